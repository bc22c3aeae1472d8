import BreakoutCore

/// The help's lines: the keys of the screen, then of everything that can open over it. Made from the command table,
/// so the help can never disagree with the keys.
func helpLines(_ state: AppState) -> [(text: String, heading: Bool)] {
  let words = state.words
  var lines: [(String, Bool)] = [(words(.helpScreenHeading(state.screen)), true)]
  for command in Command.all where command.applies(on: state.screen) && command.isForSeat(of: state) {
    lines.append(("  " + fit(command.keyLabel, 14) + words.help(command), false))
  }
  var scopes: [Command.Scope] = []
  switch state.screen {
  case .roster: scopes = [.form, .textFields, .prompt, .confirmation]
  case .groups: scopes = [.preview, .prompt, .textFields]
  case .facilitate: scopes = [.prompt, .textFields]
  case .notes: scopes = [.editor, .textFields, .prompt, .confirmation, .history, .refused]
  case .summary: scopes = [.prompt, .textFields]
  }
  for scope in scopes + [.help] {
    lines.append((words(.helpScope(scope)), true))
    for command in Command.of(scope) {
      lines.append(("  " + fit(command.keyLabel, 14) + words.help(command), false))
    }
  }
  return lines
}

/// Lines of help shown at once: the body between the header and the status bar.
func helpPageHeight(_ state: AppState) -> Int { max(1, state.height - 4) }

/// Keys while the help is open: it scrolls like every list and closes with Esc, ? or q.
func helpKey(_ state: inout AppState, _ key: Key, top: Int) -> [Effect] {
  guard let command = Command.matching(key, in: .help) else {
    if key == .control("c") { return [.quit] }
    return []
  }
  let page = helpPageHeight(state)
  let last = max(0, helpLines(state).count - page)
  var newTop = top
  switch command.name {
  case .help(.close):
    state.modal = nil
    return []
  case .move(.down): newTop += 1
  case .move(.up): newTop -= 1
  case .move(.pageDown): newTop += page - 1
  case .move(.pageUp): newTop -= page - 1
  default: break
  }
  state.modal = .help(top: max(0, min(newTop, last)))
  return []
}

/// A note's history, oldest version first: who changed what, when.
func historyLines(_ note: Note, _ state: AppState) -> [(text: String, heading: Bool)] {
  let words = state.words
  var lines: [(String, Bool)] = [
    (
      words(
        .historyHeading(
          note: note.id, question: Question.roman(note.questionNumber), day: note.day,
          versions: note.revisions.count)), true
    )
  ]
  var previous: NoteRevision?
  for revision in note.revisions {
    var changes: [UIText.HistoryChange] = []
    if previous == nil { changes.append(.written) }
    if let previous, previous.text != revision.text { changes.append(.text) }
    if let previous, previous.speakerID != revision.speakerID { changes.append(.speaker) }
    if let previous, previous.tags != revision.tags { changes.append(.tags) }
    if let previous, previous.isKeyPoint != revision.isKeyPoint {
      changes.append(revision.isKeyPoint ? .madeKeyPoint : .noLongerKeyPoint)
    }
    let speaker = state.session.participant(revision.speakerID)?.name ?? words(.unattributed)
    let tags = revision.tags.sorted().map { words(.tagName($0)) }.joined(separator: ", ")
    lines.append(
      (
        words(
          .historyEntry(
            revision: revision.revision, time: clockTime(revision.editedAt, in: state.timeZone),
            author: revision.author, changes: changes)), true
      ))
    lines.append(("   \(revision.text)", false))
    lines.append(
      (
        "   \(speaker)" + (tags.isEmpty ? "" : " [\(tags)]") + (revision.isKeyPoint ? words(.historyKeyPoint) : ""),
        false
      ))
    previous = revision
  }
  if note.isDeleted { lines.append((words(.historyDeleted), true)) }
  return lines
}

/// Keys while a note's history is open.
func historyKey(_ state: inout AppState, _ key: Key, noteID: Int64, top: Int) -> [Effect] {
  guard let command = Command.matching(key, in: .history) else {
    if key == .control("c") { return [.quit] }
    return []
  }
  let lines = state.session.notes.first { $0.id == noteID }.map { historyLines($0, state).count } ?? 0
  let last = max(0, lines - helpPageHeight(state))
  switch command.name {
  case .history(.close): state.modal = nil
  case .move(.down): state.modal = .history(noteID: noteID, top: min(last, top + 1))
  case .move(.up): state.modal = .history(noteID: noteID, top: max(0, top - 1))
  default: break
  }
  return []
}

/// The notes a server refused, each with where it was to go, when it was saved, its words and why.
func refusedLines(_ state: AppState) -> [(text: String, heading: Bool)] {
  let words = state.words
  let refused = state.session.link?.refusedNotes ?? []
  var lines: [(String, Bool)] = refused.isEmpty ? [] : [(words(.refusedHeading(refused.count)), true)]
  for note in refused {
    let group = state.session.groups.first { $0.id == note.groupID }.map { state.session.reference(of: $0) }
    lines.append(("", false))
    lines.append(
      (
        words(
          .refusedEntry(
            group: group ?? "\(note.groupID)", question: Question.roman(note.question),
            time: clockTime(note.savedAt, in: state.timeZone))), true
      ))
    lines += note.text.split(separator: "\n", omittingEmptySubsequences: false).map { ("   " + $0, false) }
    lines.append(("   " + words(.refusedWhy(note.reason)), false))
  }
  let moves = state.session.link?.refusedMoves ?? []
  if !moves.isEmpty {
    lines += (lines.isEmpty ? [] : [("", false)]) + [(words(.refusedMovesHeading(moves.count)), true)]
    for move in moves {
      let name = state.session.participant(move.participantID)?.name ?? "\(move.participantID)"
      let group = move.groupID.map { id in state.session.groups.first { $0.id == id }?.name ?? "\(id)" }
      lines.append(
        (words(.refusedMoveEntry(name: name, group: group, time: clockTime(move.madeAt, in: state.timeZone))), false))
      lines.append(("   " + words(.refusedWhy(move.reason)), false))
    }
  }
  return lines
}

/// Keys while the refused notes are open.
func refusedKey(_ state: inout AppState, _ key: Key, top: Int) -> [Effect] {
  guard let command = Command.matching(key, in: .refused) else {
    if key == .control("c") { return [.quit] }
    return []
  }
  let last = max(0, refusedLines(state).count - helpPageHeight(state))
  switch command.name {
  case .refused(.close): state.modal = nil
  case .move(.down): state.modal = .refused(top: min(last, top + 1))
  case .move(.up): state.modal = .refused(top: max(0, top - 1))
  default: break
  }
  return []
}
