import BreakoutCore

/// The Notes screen's commands.
func reduceNotes(_ command: Command.Notes, _ state: inout AppState) -> [Effect] {
  let groups = state.session.groups
  switch command {
  case .previousGroup, .nextGroup:
    guard !groups.isEmpty else { return [] }
    let index = groups.firstIndex { $0.id == state.notesGroupID } ?? 0
    let step = command == .nextGroup ? 1 : groups.count - 1
    showNotes(of: groups[(index + step) % groups.count], &state)
  case .askForHelp:
    guard let group = state.notesGroup else { return [] }
    state.prompt = Prompt(purpose: .askForHelp(groupID: group.id), label: state.words(.askHelpLabel))
  case .introduction:
    guard let group = state.notesGroup else { return [] }
    state.prompt = Prompt(
      purpose: .introduction(groupID: group.id),
      label: state.words(.introductionLabel(group: group.name)), text: group.introduction ?? "")
  case .newNote:
    guard let group = state.notesGroup else { return [] }
    if let closed = state.closedDraft, closed.groupID == group.id {
      var editor = NoteEditor(draft: closed)
      editor.unsavedEdits = state.closedDraftUnsaved ? 1 : 0
      state.editor = editor
      state.closedDraft = nil
      state.closedDraftUnsaved = false
      state.message = state.words(.closedNoteBack)
    } else if let waiting = state.waitingDrafts[group.id] {
      return takeOver(waiting, &state)
    } else {
      state.editor = NoteEditor(groupID: group.id, question: state.notesQuestion)
    }
  case .find:
    state.prompt = Prompt(purpose: .findNote, label: state.words(.findLabel))
  case .edit:
    guard let note = selectedNote(state) else { return [] }
    state.editor = NoteEditor(
      groupID: note.groupID, question: note.questionNumber, text: note.text, speakerID: note.speakerID,
      tags: note.tags, isKeyPoint: note.isKeyPoint, editingNoteID: note.id, baseRevision: note.current.revision)
  case .delete:
    guard let note = selectedNote(state) else { return [] }
    let preview = DisplayWidth.prefix(note.text, fitting: 30)
    state.confirmation = Confirmation(
      purpose: .deleteNote(note.id), question: state.words(.deleteNoteQuestion(preview)))
  case .history:
    guard let note = selectedNote(state) else { return [] }
    state.modal = .history(noteID: note.id, top: 0)
  case .moveToQuestion:
    guard let note = selectedNote(state) else { return [] }
    let others = state.session.questions.map(\.number).filter { $0 != note.questionNumber }
    state.prompt = Prompt(
      purpose: .moveNote(noteID: note.id),
      label: state.words(.moveNoteLabel(questions: others.map { Question.roman($0) }.joined(separator: ", "))))
  case .toggleKeyPoint:
    guard let note = selectedNote(state) else { return [] }
    return [.setKeyPoint(noteID: note.id, !note.isKeyPoint)]
  case .previousQuestion, .nextQuestion:
    let count = max(1, state.session.questions.count)
    state.notesQuestion = (state.notesQuestion - 1 + (command == .nextQuestion ? 1 : count - 1)) % count + 1
    state.notes = ListPosition()
  }
  return []
}

/// The Notes screen on a group, at the question it is on.
func showNotes(of group: BreakoutGroup, _ state: inout AppState) {
  if state.notesGroupID != group.id {
    state.notesGroupID = group.id
    state.notesQuestion = state.session.currentQuestion(of: group)
    state.notes = ListPosition()
  }
  state.screen = .notes
}

func selectedNote(_ state: AppState) -> Note? {
  let notes = currentNotes(state)
  return notes.indices.contains(state.notes.row) ? notes[state.notes.row] : nil
}

/// Selects the first note of the group, from the current question on, whose text or speaker matches.
func findNote(_ text: String, _ state: inout AppState) {
  guard let group = state.notesGroup, !text.isEmpty else { return }
  let query = LooseText.normalised(text)
  let questions = state.session.questions.map(\.number)
  let start = questions.firstIndex(of: state.notesQuestion) ?? 0
  for question in questions[start...] + questions[..<start] {
    let notes = state.session.notes(of: group, question: question)
    let match = notes.firstIndex { note in
      LooseText.normalised(note.text).contains(query)
        || state.session.participant(note.speakerID).map { LooseText.normalised($0.name).contains(query) } == true
    }
    if let match {
      state.notesQuestion = question
      state.notes.row = match
      return
    }
  }
  state.message = state.words(.noNoteMentions(text))
}
