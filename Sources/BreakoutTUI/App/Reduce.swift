import BreakoutCore
import Foundation

/// The state machine: state + action -> new state + effects. Pure, so every change is testable without a terminal.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  // Keys typed ahead of a note's first save wait for its answer (see AppState.typeahead).
  if case .key(let key) = action, state.commitInFlight != nil, state.waitingCommit == nil {
    state.typeahead.append(key)
    return []
  }
  var effects = reduceAction(&state, action)
  for effect in effects {
    if case .commitNote(let draft) = effect { state.commitInFlight = draft }
    showAtOnce(effect, &state)
  }
  effects += refreshDerived(&state)
  if state.commitInFlight == nil && !state.typeahead.isEmpty {
    let keys = state.typeahead
    state.typeahead = []
    for key in keys { effects += reduce(&state, .key(key)) }
  }
  return effects
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
  switch action {
  case .resize(let width, let height):
    state.width = width
    state.height = height
    return [.redrawAll]
  case .tick(let now):
    let rings = state.bell && clockAlarmStarted(state, from: state.now, to: now)
    state.now = now
    if rings { return [.bell] + tickEffects(&state, now) }
    return tickEffects(&state, now)
  case .reloaded(let session):
    let earlier = state.session
    state.session = session
    state.derived.sessionStamp += 1
    if earlier.currentRound != session.currentRound { followRound(from: earlier, &state) }
    if state.notesGroupID == nil { state.notesGroupID = session.groups.first?.id }
    return []
  case .draftRecovered(let draft):
    state.editor = NoteEditor(draft: draft)
    state.notesGroupID = draft.groupID
    state.notesQuestion = draft.question
    state.screen = .notes
    state.message = state.words(.draftRecovered(time: clockTime(draft.updatedAt, in: state.timeZone)))
    return []
  case .draftsFound(let drafts):
    return draftsFound(drafts, &state)
  case .noteSaved(let commit):
    return noteSaved(commit, &state)
  case .exported(let path, let attribution, let findings):
    let withheld = findings.filter { !$0.mentions.isEmpty }
    state.message = state.words(.exported(path: path, attribution: attribution, withheld: withheld.map(\.noteID)))
    return []
  case .failed(let effect, let failure):
    return failed(effect, failure, &state)
  case .computed(let result):
    return computed(result, &state)
  case .exportFailed(let path, let reason):
    state.message = state.words(.notExported(path: path, reason: reason))
    return []
  case .roomsWritten(let rooms, let path):
    state.message = state.words(
      .roomsWritten(
        path: path, tool: rooms.tool.displayName, rooms: rooms.rooms.count,
        withoutEmail: rooms.warnings.flatMap { warning -> [String] in
          if case .withoutEmail(_, let names) = warning { return names }
          return []
        }))
    return []
  case .terminate:
    return draftSaveIfDue(&state, force: true) + [.quit]
  case .click(let x, let y):
    guard y == 0, state.editor == nil, state.prompt == nil, state.form == nil, state.confirmation == nil else {
      return []
    }
    if let tab = tabSpans(state).first(where: { $0.columns.contains(x) }) { state.screen = tab.screen }
    return []
  case .wheel(let down):
    guard state.editor == nil, state.prompt == nil, state.form == nil else { return [] }
    moveCursor(down ? .down : .up, &state)
    return []
  case .key(let key):
    state.message = nil
    switch state.modal {
    case .help(let top): return helpKey(&state, key, top: top)
    case .confirmation: return confirm(&state, key)
    case .prompt: return promptKey(&state, key)
    case .form: return formKey(&state, key)
    case .editor: return editorKey(&state, key)
    case .history(let noteID, let top): return historyKey(&state, key, noteID: noteID, top: top)
    case .refused(let top): return refusedKey(&state, key, top: top)
    case .preview:
      if let command = Command.matching(key, in: .preview) { return run(command.name, &state) }
      return screenKey(&state, key)
    case nil: return screenKey(&state, key)
    }
  }
}

/// A key on a screen with nothing open over it: the command table says what it means, and whether it can.
private func screenKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let command = Command.matching(key, on: state.screen) else { return [] }
  if let reason = command.unavailableReason(in: state) {
    state.message = state.words(reason)
    return []
  }
  if state.assignmentPreview != nil, !command.isNavigation {
    state.message = state.words(.acceptOrDiscardFirst)
    return []
  }
  return run(command.name, &state)
}

/// Runs a command: one exhaustive switch that hands each screen's commands to that screen's reducer, so a command
/// added to the table without a case here does not compile.
func run(_ name: Command.Name, _ state: inout AppState) -> [Effect] {
  switch name {
  case .app(let command): return reduceApp(command, &state)
  case .move(let move):
    moveCursor(move, &state)
    return []
  case .roster(let command): return reduceRoster(command, &state)
  case .groups(let command): return reduceGroups(command, &state)
  case .facilitate(let command): return reduceFacilitate(command, &state)
  case .notes(let command): return reduceNotes(command, &state)
  case .summary(let command): return reduceSummary(command, &state)
  case .preview(let command):
    switch command {
    case .accept:
      guard let preview = state.assignmentPreview else { return [] }
      state.assignmentPreview = nil
      state.message = state.words(.assignmentSaved)
      return [.applyAssignment(preview.assignment)]
    case .discard:
      state.assignmentPreview = nil
      state.message = state.words(.assignmentDiscarded)
      return []
    }
  // Keys of what opens over a screen are read by that modal's own reducer (editorKey, formKey ...).
  case .editor, .text, .form, .prompt, .confirmation, .help, .history, .refused:
    return []
  }
}

private func reduceApp(_ command: Command.App, _ state: inout AppState) -> [Effect] {
  switch command {
  case .quit:
    return draftSaveIfDue(&state, force: true) + [.quit]
  case .help:
    state.modal = .help(top: 0)
  case .refusedNotes:
    state.modal = .refused(top: 0)
  case .redraw:
    return [.redrawAll]
  case .nextScreen, .previousScreen:
    let screens = state.screens
    let index = screens.firstIndex(of: state.screen) ?? 0
    let step = command == .nextScreen ? 1 : screens.count - 1
    state.screen = screens[(index + step) % screens.count]
  case .goToScreen(.notes) where state.screen == .facilitate:
    // From the dashboard, the Notes screen opens on the group selected there.
    if let group = selectedFacilitateGroup(state) { showNotes(of: group, &state) } else { state.screen = .notes }
  case .goToScreen(let screen):
    if state.screens.contains(screen) { state.screen = screen }
  }
  return []
}

/// Moves the current screen's cursor; every list clamps to its length when drawn.
func moveCursor(_ move: Command.Move, _ state: inout AppState) {
  let page = max(1, state.height - 6)
  func apply(_ row: inout Int, count: Int) {
    switch move {
    case .down: row += 1
    case .up: row -= 1
    case .top: row = 0
    case .bottom: row = count - 1
    case .pageDown: row += page
    case .pageUp: row -= page
    }
    row = max(0, min(row, count - 1))
  }
  switch state.screen {
  case .roster: apply(&state.roster.row, count: filteredRoster(state).count)
  case .groups:
    let shown = state.groupsShown
    let group =
      shown.groups.indices.contains(state.groups.group) ? shown.groups[state.groups.group] : nil
    apply(&state.groups.member, count: group.map { shown.members(of: $0).count } ?? 0)
  case .facilitate: apply(&state.facilitate.row, count: state.session.groups.count)
  case .notes: apply(&state.notes.row, count: currentNotes(state).count)
  case .summary: apply(&state.summary.row, count: Int.max / 2)
  }
}

/// People shown on the Roster screen after the `/` filter.
public func filteredRoster(_ state: AppState) -> [Participant] {
  let query = LooseText.normalised(state.rosterFilter)
  guard !query.isEmpty else { return state.session.participants }
  return state.session.participants.filter { person in
    [person.name, person.organisation, person.country, person.stakeholderType.displayName]
      .contains { LooseText.normalised($0).contains(query) }
  }
}

/// The notes of the question shown on the Notes screen, in the order they were taken.
public func currentNotes(_ state: AppState) -> [Note] {
  guard let group = state.notesGroup else { return [] }
  return state.session.notes(of: group, question: state.notesQuestion)
}

func clockTime(_ date: Date, in zone: TimeZone) -> String {
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = zone
  let parts = calendar.dateComponents([.hour, .minute], from: date)
  return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
}

/// Where each screen's tab sits on the top line: drawn by `render`, clicked with --mouse.
func tabSpans(_ state: AppState) -> [(screen: Screen, title: String, columns: Range<Int>)] {
  var x = DisplayWidth.of(" breakout ") + 1
  return state.screens.map { screen in
    let title = state.words(.screenTitle(screen))
    let width = DisplayWidth.of(" \(screen.rawValue) \(title) ")
    defer { x += width }
    return (screen, title, x..<(x + width))
  }
}
