import BreakoutCore
import Foundation

/// Keys while a note is being typed. Every few keystrokes (or half a second after the last one, on the clock tick)
/// the draft goes to the session file, so a killed terminal loses at most about a second of typing.
func editorKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var editor = state.editor else { return [] }
  var changed = false
  if key == .control("c") {
    state.editor = editor
    return draftSaveIfDue(&state, force: true) + [.quit]
  }
  var command: Command.Editor?
  if case .editor(let name)? = Command.matching(key, in: .editor)?.name { command = name }
  switch (editor.field, command) {
  case (_, .close):
    return closeEditor(&state, editor)
  case (.speaker, .save) where !editor.speakerQuery.isEmpty:
    guard resolveSpeaker(&editor, &state, choosing: true) else {
      state.editor = editor
      return []
    }
    changed = true
  case (_, .save):
    return save(&state, editor)
  case (_, .keyPoint):
    editor.isKeyPoint.toggle()
    changed = true
  case (_, .nextField), (_, .previousField):
    // Leaving the speaker field settles what was typed there, so a name is never dropped on the way out.
    if editor.field == .speaker, !editor.speakerQuery.isEmpty {
      let before = editor.speakerID
      guard resolveSpeaker(&editor, &state, choosing: false) else {
        state.editor = editor
        return []
      }
      changed = before != editor.speakerID
    }
    let fields = NoteEditor.Field.allCases
    let step = command == .nextField ? 1 : fields.count - 1
    editor.field = fields[(editor.field.rawValue + step) % fields.count]
  case (.text, _):
    changed = editor.body.apply(key, multiline: true).changed
  case (.speaker, _) where key == .down: editor.speakerChoice += 1
  case (.speaker, _) where key == .up: editor.speakerChoice = max(0, editor.speakerChoice - 1)
  case (.speaker, _) where key == .backspace && editor.speakerQuery.isEmpty:
    if editor.speakerID != nil {
      editor.speakerID = nil
      state.message = "Speaker cleared: the note is unattributed."
      changed = true
    }
  case (.speaker, _):
    if editor.speakerQuery.apply(key).changed { editor.speakerChoice = 0 }
  case (.tags, .toggleTag):
    guard case .character(let character) = key, let tag = NoteTag(shortcut: character) else { break }
    if editor.tags.contains(tag) { editor.tags.remove(tag) } else { editor.tags.insert(tag) }
    changed = true
  case (.tags, _):
    if case .character = key {
      state.message = "Tags: c challenge, p practice, r recommendation, o role, q quote."
    }
  }
  if changed {
    editor.unsavedEdits += 1
    editor.lastEditAt = state.now
  }
  let candidates = editor.speakerCandidates(in: state.session).count
  editor.speakerChoice = max(0, min(editor.speakerChoice, candidates - 1))
  state.editor = editor
  return draftSaveIfDue(&state, force: false)
}

/// Settles the typed speaker query. Returns false (and says why) when it cannot be settled without a choice:
/// several people match and none was chosen, or nobody does.
private func resolveSpeaker(_ editor: inout NoteEditor, _ state: inout AppState, choosing: Bool) -> Bool {
  let query = editor.speakerQuery.text
  switch editor.resolveSpeaker(in: state.session, choosing: choosing) {
  case .unchanged:
    return true
  case .picked(let person):
    editor.speakerID = person.id
    editor.speakerQuery = TextField()
    editor.speakerChoice = 0
    state.message = "Speaker: \(person.name)."
    return true
  case .several(let count):
    state.message = "\(count) people match \"\(query)\": choose with ↑/↓ and Enter, or type more of the name."
    return false
  case .nobody:
    state.message =
      "Nobody on the roster matches \"\(query)\": correct it, C-u to clear it, or add them on the Roster screen."
    return false
  }
}

/// Esc: the editor closes and its draft stays, offered again by a.
private func closeEditor(_ state: inout AppState, _ editor: NoteEditor) -> [Effect] {
  state.editor = nil
  let draft = editor.draft(owner: state.owner, at: state.now)
  if state.waitingCommit != nil {
    // Enter was pressed and the save is waiting: the retry saves everything typed, also after Esc.
    state.waitingCommit?.draft = draft
    state.message = "Closed; the note is saved as soon as it can be."
    return []
  }
  state.closedDraft = editor.text.isEmpty ? nil : draft
  state.closedDraftUnsaved = false
  state.message = editor.text.isEmpty ? nil : "Closed; the draft is kept and comes back with a."
  return editor.unsavedEdits > 0 ? [.saveDraft(draft)] : []
}

extension NoteTag {
  /// The key that toggles the tag in the editor's tags field.
  init?(shortcut: Character) {
    switch shortcut {
    case "c": self = .challenge
    case "p": self = .practice
    case "r": self = .recommendation
    case "o": self = .role
    case "q": self = .quote
    default: return nil
    }
  }
}

/// Writes the draft after five unsaved keystrokes, or half a second after the last one.
func draftSaveIfDue(_ state: inout AppState, force: Bool) -> [Effect] {
  guard var editor = state.editor else { return closedDraftSaveIfDue(&state, force: force) }
  guard editor.unsavedEdits > 0 else { return [] }
  let quiet = editor.lastEditAt.map { state.now.timeIntervalSince($0) >= 0.5 } ?? true
  guard force || editor.unsavedEdits >= 5 || quiet else { return [] }
  // While the file is locked elsewhere, a draft save would only make typing wait; the words stay counted as unsaved.
  if !force, state.waitingCommit != nil || (state.draftSavesHeldUntil.map { state.now < $0 } ?? false) { return [] }
  editor.unsavedEdits = 0
  state.editor = editor
  return [.saveDraft(editor.draft(owner: state.owner, at: state.now))]
}

/// A closed draft whose save failed (a locked file, a full disk) is tried again once saves are no longer held.
private func closedDraftSaveIfDue(_ state: inout AppState, force: Bool) -> [Effect] {
  guard state.closedDraftUnsaved, let draft = state.closedDraft else { return [] }
  if !force, state.draftSavesHeldUntil.map({ state.now < $0 }) ?? false { return [] }
  state.closedDraftUnsaved = false
  return [.saveDraft(draft)]
}

/// A draft save that could not be made yet: its words count as unsaved again, so a later tick retries them.
func markDraftUnsaved(_ state: inout AppState) {
  if var editor = state.editor {
    editor.unsavedEdits = max(editor.unsavedEdits, 1)
    state.editor = editor
  } else if state.closedDraft != nil {
    state.closedDraftUnsaved = true
  }
}

private func save(_ state: inout AppState, _ editor: NoteEditor) -> [Effect] {
  guard !editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
    state.message = "The note is empty: type something, or Esc to close."
    state.editor = editor
    return []
  }
  // The editor closes only when the store confirms; until then the text stays on screen.
  var pending = editor
  pending.unsavedEdits = 0
  state.editor = pending
  return [.commitNote(pending.draft(owner: state.owner, at: state.now))]
}

/// Keys while a one-line prompt is open.
func promptKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var prompt = state.prompt else { return [] }
  switch Command.matching(key, in: .prompt)?.name {
  case .prompt(.cancel):
    if prompt.purpose == .filter { state.rosterFilter = "" }
    state.prompt = nil
    return []
  case .prompt(.submit):
    state.prompt = nil
    return submit(prompt, &state)
  default:
    if key == .control("c") { return [.quit] }
    prompt.field.apply(key)
  }
  state.prompt = prompt
  if prompt.purpose == .filter {
    state.rosterFilter = prompt.text
    state.roster = ListPosition()
  }
  return []
}

private func submit(_ prompt: Prompt, _ state: inout AppState) -> [Effect] {
  let text = prompt.text.trimmingCharacters(in: .whitespaces)
  switch prompt.purpose {
  case .filter:
    state.rosterFilter = text
    return []
  case .broadcast(let groupID):
    guard !text.isEmpty else {
      state.message = "Nothing sent: the message was empty."
      return []
    }
    let group = groupID.flatMap { id in state.session.groups.first { $0.id == id } }
    state.message = group.map { "Message sent to \($0.name)." } ?? "Broadcast sent to every group."
    return [.broadcast(text, groupID: groupID)]
  case .askForHelp(let groupID):
    state.message = "The facilitator has been asked for help; it shows on their screen until they see it."
    return [.requestHelp(groupID: groupID, text.isEmpty ? "help" : text)]
  case .timebox(let allGroups):
    let questions = state.session.questions.map(\.number)
    switch Timebox.request(text, questions: questions) {
    case .failure(let error):
      state.message = timeboxRefusal(error, questions: questions)
      return []
    case .success(let request):
      let targets = allGroups ? state.session.groups : selectedFacilitateGroup(state).map { [$0] } ?? []
      let timers = targets.map {
        Timebox(groupID: $0.id, question: request.question, duration: request.seconds).started(at: state.now)
      }
      let whom = targets.count == 1 ? targets[0].name : counted(targets.count, "group", "groups")
      state.message =
        "Timebox: question \(Question.roman(request.question)), \(Timebox.spoken(request.seconds)), \(whom)."
      return [.saveTimers(timers)]
    }
  case .moveTo(let participantID):
    guard let group = state.session.group(matching: text) else {
      let choices = state.session.groups.map { state.session.reference(of: $0) }.joined(separator: ", ")
      state.message = "No group \"\(text)\": write one of \(choices), or its number."
      return []
    }
    guard let person = state.session.participant(participantID) else { return [] }
    return requestMove(person, to: group, &state)
  case .findNote:
    findNote(text, &state)
    return []
  case .moveNote(let noteID):
    let questions = state.session.questions.map(\.number)
    guard let question = Question.number(from: text), questions.contains(question) else {
      state.message =
        "Write the question to move the note to: \(questions.map { Question.roman($0) }.joined(separator: ", "))."
      return []
    }
    guard let note = state.session.notes.first(where: { $0.id == noteID }), note.questionNumber != question else {
      state.message = "The note is already in question \(Question.roman(question))."
      return []
    }
    state.message = "Note moved to question \(Question.roman(question)); it keeps its history."
    return [.moveNote(noteID: noteID, question: question)]
  case .plenary:
    let words = text.split(separator: " ", maxSplits: 1).map(String.init)
    let sections: [(String, PlenaryItem.Section)] = [
      ("conclusion", .conclusions), ("recommendation", .recommendations), ("message", .keyMessages),
      ("key", .keyMessages), ("next", .nextSteps),
    ]
    guard words.count == 2, words[1].contains(where: { !$0.isWhitespace }),
      let section = sections.first(where: { words[0].lowercased().hasPrefix(String($0.0.prefix(3))) })?.1
    else {
      state.message = "Start with the section, e.g. \"conclusions Collaboration is crucial.\""
      return []
    }
    state.message = "Added to \(section.title)."
    return [.addPlenaryItem(section, words[1])]
  case .export:
    let defaults = SummaryOptions(attribution: summaryAttribution(state))
    switch SummaryExport.parse(prompt.text, days: state.session.info.days, defaults: defaults) {
    case .failure(let error):
      state.message = exportRefusal(error)
      return []
    case .success(let export):
      state.message = "Exporting \(export.output ?? "")..."
      return [.export(export, session: filteredSession(state))]
    }
  }
}

/// Why a typed export was not made, in words.
func exportRefusal(_ error: SummaryExport.RequestError) -> String {
  let formats = SummaryExport.Format.allCases.map(\.rawValue).joined(separator: ", ")
  switch error {
  case .noFormat(let word):
    return (word.isEmpty ? "" : "\"\(word)\" is not a format. ")
      + "Write the format (\(formats)) and the file, e.g. \"md summary.md\"."
  case .noFile: return "Write the file after the format, e.g. \"md summary.md\"."
  case .unknownOption(let option):
    return "\(option) is not an export option: use --attribution, --day, --all-notes or --trace."
  case .badValue(let option, let value):
    return option == "--attribution"
      ? "--attribution \(value): use named, affiliation or none." : "\(option) \(value): give a number."
  case .dayOutOfRange(let day, let days): return "--day \(day): the meeting has \(counted(days, "day", "days"))."
  case .twoFiles(let first, let second):
    return "Two files (\(first) and \(second)): put a name with spaces in quotes."
  }
}

/// Why a typed timebox was not started, in words.
func timeboxRefusal(_ error: Timebox.RequestError, questions: [Int]) -> String {
  let range = "\(Question.roman(questions.first ?? 1))-\(Question.roman(questions.last ?? 1))"
  switch error {
  case .shape: return "Write the question and the minutes, e.g. \"ii 15\" or \"iii 2:30\"."
  case .noSuchQuestion(let text): return "There is no question \"\(text)\": the questions are \(range)."
  case .notPositive(let text): return "\"\(text)\" minutes: a timebox needs more than 0 minutes."
  case .tooLong(let text): return "\"\(text)\" minutes is more than ten hours: write the minutes, e.g. \"ii 15\"."
  }
}

/// The session limited to the Summary screen's group (all groups when none is chosen).
func filteredSession(_ state: AppState) -> SessionSnapshot {
  guard let id = state.summaryGroupID else { return state.session }
  var session = state.session
  session.groups = session.groups.filter { $0.id == id }
  session.notes = session.notes.filter { $0.groupID == id }
  return session
}

/// y or n for a pending question.
func confirm(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let confirmation = state.confirmation else { return [] }
  switch Command.matching(key, in: .confirmation)?.name {
  case .confirmation(.yes):
    state.confirmation = nil
  case .confirmation(.no):
    state.confirmation = nil
    state.message = "Nothing changed."
    return []
  default:
    if key == .control("c") { return [.quit] }
    state.message = "y to go ahead, n or Esc to leave it."
    return []
  }
  switch confirmation.purpose {
  case .deleteNote(let id):
    state.message = "Note deleted (its history is kept in the session file)."
    return [.deleteNote(id)]
  case .deleteParticipant(let id):
    state.message = "Removed from the roster."
    return [.deleteParticipant(id)]
  case .moveRaisingCapacity(let move, let capacity):
    var record = move
    record.raisedCapacity = true
    return [.setCapacity(groupID: move.toGroupID, capacity: capacity)] + performMove(record, &state)
  case .lead(let groupID, let participantID, let role):
    return leadEffects(groupID: groupID, participantID: participantID, role: role, &state)
  }
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
  state.message = "No note in this group mentions \"\(text)\"."
}
