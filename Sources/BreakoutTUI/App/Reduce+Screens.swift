import BreakoutCore
import Foundation

func runOnScreen(_ name: Command.Name, _ state: inout AppState) -> [Effect] {
  let groups = state.session.groups
  switch name {
  case .filter:
    state.prompt = Prompt(purpose: .filter, label: "Filter", text: state.rosterFilter)
  case .addParticipant:
    state.form = ParticipantForm()
  case .editParticipant:
    guard let person = selectedParticipant(state) else { return [] }
    state.form = ParticipantForm(person)
  case .deleteParticipant:
    guard let person = selectedParticipant(state) else { return [] }
    let spoken = state.session.notes.filter { $0.speakerID == person.id }.count
    let consequence = spoken == 0 ? "" : "; \(counted(spoken, "note", "notes")) by them become unattributed"
    state.confirmation = Confirmation(
      purpose: .deleteParticipant(person.id),
      question: "Remove \(person.name) from the roster\(consequence)? (y/n)")
  case .left, .right:
    if state.screen == .groups {
      guard !groups.isEmpty else { return [] }
      state.groups.group = (state.groups.group + (name == .right ? 1 : groups.count - 1)) % groups.count
      state.groups.member = 0
    } else if state.screen == .summary, case .facilitator = state.seat {
      // Cycle: all groups, then each group in turn.
      let ids: [Int64?] = [nil] + groups.map(\.id)
      let index = ids.firstIndex(of: state.summaryGroupID) ?? 0
      state.summaryGroupID = ids[(index + (name == .right ? 1 : ids.count - 1)) % ids.count]
      state.summary = ListPosition()
    }
  case .runAssignment, .reshuffleAssignment:
    let problem = AssignmentProblem(snapshot: state.session)
    let waiting = problem.people.filter { $0.currentGroupID == nil }.count
    let reshuffle = name == .reshuffleAssignment
    if !reshuffle && waiting == 0 {
      state.message = "Everyone already has a group; A reshuffles everyone who is not locked."
      return []
    }
    do {
      let keepPlaced = !reshuffle && waiting < problem.people.count
      let assignment = try Assigner.assign(problem, options: Assigner.Options(seed: 1, keepPlaced: keepPlaced))
      let quality = AssignmentQuality.measure(problem, assignment)
      let scope =
        keepPlaced
        ? "Placing \(waiting) without a group; nobody else moves."
        : "Everyone who is not locked is reassigned."
      state.assignmentPreview = AssignmentPreview(assignment: assignment, lines: [scope] + qualityLines(quality))
    } catch {
      state.message = "Cannot assign: \(error.message)"
    }
  case .acceptAssignment:
    guard let preview = state.assignmentPreview else { return [] }
    state.assignmentPreview = nil
    state.message = "Assignment saved."
    return [.applyAssignment(preview.assignment)]
  case .moveParticipant:
    guard let person = selectedMember(state) else { return [] }
    let choices = groups.map { state.session.reference(of: $0) }.joined(separator: ", ")
    state.prompt = Prompt(purpose: .moveTo(participantID: person.id), label: "Move \(person.name) to (\(choices))")
  case .toggleLock:
    guard let person = selectedMember(state) else { return [] }
    return [.setLock(participantID: person.id, locked: !person.isLocked)]
  case .makeModerator, .makeRapporteur:
    guard let person = selectedMember(state) else { return [] }
    return requestLead(person, role: name == .makeModerator ? .moderator : .rapporteur, &state)
  case .undoMove:
    return undoLastMove(&state)
  case .startTimebox, .startTimeboxAll:
    guard !groups.isEmpty else { return [] }
    state.prompt = Prompt(
      purpose: .timebox(allGroups: name == .startTimeboxAll),
      label: name == .startTimeboxAll
        ? "Every group: question and minutes (e.g. ii 15)" : "Question and minutes (e.g. ii 15)")
  case .pauseResume, .pauseResumeAll:
    let targets = name == .pauseResumeAll ? groups : selectedFacilitateGroup(state).map { [$0] } ?? []
    let timers = targets.compactMap { state.session.timers[$0.id] }
    guard !timers.isEmpty else {
      state.message = "No clock to pause: start one with s."
      return []
    }
    let anyRunning = timers.contains(where: \.isRunning)
    let changed = timers.map { anyRunning ? $0.paused(at: state.now) : $0.started(at: state.now) }
    return [.saveTimers(changed)]
  case .extend:
    guard let group = selectedFacilitateGroup(state), let timer = state.session.timers[group.id] else { return [] }
    state.message = "Five more minutes for \(group.name)."
    return [.saveTimers([timer.extended(by: 300, at: state.now)])]
  case .extendAll:
    // Running clocks only, as the key says: a paused group is waiting for the facilitator, not for time.
    let timers = groups.compactMap { state.session.timers[$0.id] }.filter(\.isRunning)
    guard !timers.isEmpty else {
      state.message = "No clock is running; + gives the selected group five more minutes, paused or not."
      return []
    }
    state.message = "Five more minutes for \(counted(timers.count, "running clock", "running clocks"))."
    return [.saveTimers(timers.map { $0.extended(by: 300, at: state.now) })]
  case .nextQuestion:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    let next = min(state.session.currentQuestion(of: group) + 1, state.session.questions.count)
    let duration = state.session.timers[group.id]?.duration ?? 900
    return [.saveTimers([Timebox(groupID: group.id, question: next, duration: duration)])]
  case .nextAgendaItem, .previousAgendaItem:
    let agenda = state.session.agenda
    guard !agenda.isEmpty else {
      state.message = "No agenda yet: breakout agenda add SESSION --day 1 09:00 \"Opening remarks\""
      return []
    }
    let current = agenda.firstIndex(where: \.isCurrent)
    let next =
      name == .nextAgendaItem
      ? (current.map { min($0 + 1, agenda.count - 1) } ?? 0) : (current.map { max($0 - 1, 0) } ?? 0)
    return [.setCurrentAgendaItem(agenda[next].id)]
  case .openGroupNotes:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    showNotes(of: group, &state)
  case .previousNotesGroup, .nextNotesGroup:
    guard state.seat == .facilitator else {
      state.message = "A rapporteur's screen shows their own group only."
      return []
    }
    guard !groups.isEmpty else { return [] }
    let index = groups.firstIndex { $0.id == state.notesGroupID } ?? 0
    let step = name == .nextNotesGroup ? 1 : groups.count - 1
    showNotes(of: groups[(index + step) % groups.count], &state)
  case .broadcast:
    state.prompt = Prompt(purpose: .broadcast(groupID: nil), label: "Message to every rapporteur")
  case .broadcastToGroup:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    state.prompt = Prompt(
      purpose: .broadcast(groupID: group.id), label: "Message to \(group.number). \(group.name) only")
  case .acknowledgeHelp:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    state.message = "\(group.name): call for help acknowledged."
    return [.acknowledgeHelp(groupID: group.id)]
  case .askForHelp:
    guard let group = state.notesGroup else { return [] }
    state.prompt = Prompt(purpose: .askForHelp(groupID: group.id), label: "Ask the facilitator for help (a few words)")
  case .newNote:
    guard let group = state.notesGroup else {
      state.message = "There are no groups yet."
      return []
    }
    if let closed = state.closedDraft, closed.groupID == group.id {
      var editor = NoteEditor(draft: closed)
      editor.unsavedEdits = state.closedDraftUnsaved ? 1 : 0
      state.editor = editor
      state.closedDraft = nil
      state.closedDraftUnsaved = false
      state.message = "The note you closed is back."
    } else if let waiting = state.waitingDrafts[group.id] {
      return takeOver(waiting, &state)
    } else {
      state.editor = NoteEditor(groupID: group.id, question: state.notesQuestion)
    }
  case .findNote:
    state.prompt = Prompt(purpose: .findNote, label: "Find in this group's notes")
  case .editNote:
    guard let note = selectedNote(state) else { return [] }
    state.editor = NoteEditor(
      groupID: note.groupID, question: note.questionNumber, text: note.text, speakerID: note.speakerID,
      tags: note.tags, isKeyPoint: note.isKeyPoint, editingNoteID: note.id, baseRevision: note.current.revision)
  case .deleteNote:
    guard let note = selectedNote(state) else { return [] }
    let preview = DisplayWidth.prefix(note.text, fitting: 30)
    state.confirmation = Confirmation(purpose: .deleteNote(note.id), question: "Delete \"\(preview)\"? (y/n)")
  case .noteHistory:
    guard let note = selectedNote(state) else { return [] }
    state.modal = .history(noteID: note.id, top: 0)
  case .moveNote:
    guard let note = selectedNote(state) else { return [] }
    let others = state.session.questions.map(\.number).filter { $0 != note.questionNumber }
    state.prompt = Prompt(
      purpose: .moveNote(noteID: note.id),
      label: "Move the note to question (\(others.map { Question.roman($0) }.joined(separator: ", ")))")
  case .toggleAttendance:
    guard let person = selectedParticipant(state) else { return [] }
    let group = state.session.groups.first { $0.id == person.groupID }
    if person.isAbsent {
      state.message = "\(person.name) has arrived and waits for a group: a on the Groups screen places them."
    } else {
      state.message =
        "\(person.name) is marked absent" + (group.map { " and leaves \($0.name)" } ?? "") + "; x again if they arrive."
    }
    return [.setAbsent(participantID: person.id, !person.isAbsent)]
  case .toggleKeyPoint:
    guard let note = selectedNote(state) else { return [] }
    return [.setKeyPoint(noteID: note.id, !note.isKeyPoint)]
  case .previousQuestion, .followingQuestion:
    let count = max(1, state.session.questions.count)
    state.notesQuestion = (state.notesQuestion - 1 + (name == .followingQuestion ? 1 : count - 1)) % count + 1
    state.notes = ListPosition()
  case .addPlenaryLine:
    guard state.seat == .facilitator else {
      state.message = "The plenary is written by the facilitator."
      return []
    }
    state.prompt = Prompt(
      purpose: .plenary, label: "Section (conclusions, recommendations, messages, next) then the line")
  case .export:
    state.prompt = Prompt(
      purpose: .export, label: "Export: format file [--attribution named|affiliation|none] [--day N] [--all-notes]",
      text: "md summary.md")
  case .cycleAttribution:
    let modes = AttributionMode.allCases
    let current = summaryAttribution(state)
    let next = modes[((modes.firstIndex(of: current) ?? 0) + 1) % modes.count]
    state.summaryAttribution = next
    state.message = "Attribution: \(attributionDescription(next)); exports from here use it too."
  default:
    break
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

func selectedParticipant(_ state: AppState) -> Participant? {
  let people = filteredRoster(state)
  return people.indices.contains(state.roster.row) ? people[state.roster.row] : nil
}

func selectedMember(_ state: AppState) -> Participant? {
  guard state.session.groups.indices.contains(state.groups.group) else { return nil }
  let members = state.session.members(of: state.session.groups[state.groups.group])
  return members.indices.contains(state.groups.member) ? members[state.groups.member] : nil
}

func selectedFacilitateGroup(_ state: AppState) -> BreakoutGroup? {
  state.session.groups.indices.contains(state.facilitate.row) ? state.session.groups[state.facilitate.row] : nil
}

func selectedNote(_ state: AppState) -> Note? {
  let notes = currentNotes(state)
  return notes.indices.contains(state.notes.row) ? notes[state.notes.row] : nil
}

func qualityLines(_ quality: AssignmentQuality) -> [String] {
  [
    String(format: "Q = %.3f (lower is better)", quality.score),
    String(
      format: "U %d  S %d  M %.1f  C %d  violations %d", quality.unmetPreferences, quality.sizeExcess,
      quality.mixDeviation, quality.countryExcess, quality.hardViolations),
    String(
      format: "preferences met %.0f%%, sizes %d-%d, fewest types %d, top country share %.0f%%",
      quality.preferencesMetPercent, quality.smallestGroup, quality.largestGroup, quality.fewestStakeholderTypes,
      quality.largestCountryShare * 100),
  ]
}
