import BreakoutCore
import Foundation

/// The part of the screen a view may draw in.
struct Area {
  var x: Int
  var y: Int
  var width: Int
  var height: Int
}

/// Draws the whole state into a fresh screen buffer. Pure: the same state always gives the same screen.
public func render(_ state: AppState) -> ScreenBuffer {
  var screen = ScreenBuffer(width: state.width, height: state.height)
  guard state.width >= AppState.minimumWidth, state.height >= AppState.minimumHeight else {
    let notice =
      state.words(.terminalTooSmall(width: AppState.minimumWidth, height: AppState.minimumHeight))
      .split(separator: "\n").map(String.init) + [state.words(.quitsHint)]
    for (row, line) in notice.enumerated() where row < state.height {
      screen.put(line, x: 0, y: row, style: CellStyle(bold: row == 0))
    }
    return screen
  }
  drawTabs(state, &screen)
  drawHeader(state, &screen)
  let body = Area(x: 0, y: 3, width: state.width, height: state.height - 4)
  if case .help(let top) = state.modal {
    drawHelp(state, &screen, body, top: top)
  } else if case .history(let noteID, let top) = state.modal,
    let note = state.session.notes.first(where: { $0.id == noteID })
  {
    for (row, line) in historyLines(note, state).dropFirst(top).prefix(body.height).enumerated() {
      screen.put(
        line.text, x: body.x + 1, y: body.y + row, style: line.heading ? state.accent : .plain, limit: body.width - 2)
    }
  } else if case .refused(let top) = state.modal {
    for (row, line) in refusedLines(state).dropFirst(top).prefix(body.height).enumerated() {
      screen.put(
        InertText.visible(line.text), x: body.x + 1, y: body.y + row, style: line.heading ? state.accent : .plain,
        limit: body.width - 2)
    }
  } else {
    switch state.screen {
    case .roster: drawRoster(state, &screen, body)
    case .groups: drawGroups(state, &screen, body)
    case .facilitate: drawFacilitate(state, &screen, body)
    case .notes: drawNotes(state, &screen, body)
    case .summary: drawSummary(state, &screen, body)
    }
  }
  drawStatusBar(state, &screen)
  return screen
}

extension AppState {
  var accent: CellStyle { CellStyle(bold: true, tone: color ? .accent : .normal) }
  var warning: CellStyle { CellStyle(bold: true, tone: color ? .warning : .normal) }
  var muted: CellStyle { CellStyle(tone: color ? .muted : .normal) }
  /// The selected row: reverse video, so it shows without colour.
  var selected: CellStyle { CellStyle(bold: true, reverse: true) }
}

private func drawTabs(_ state: AppState, _ screen: inout ScreenBuffer) {
  screen.put(" breakout ", x: 0, y: 0, style: CellStyle(bold: true, reverse: true))
  var x = 0
  for tab in tabSpans(state) {
    let style = tab.screen == state.screen ? state.selected : CellStyle()
    screen.put(" \(tab.screen.rawValue) \(tab.title) ", x: tab.columns.lowerBound, y: 0, style: style)
    x = tab.columns.upperBound
  }
  var label = state.readOnlyReason != nil ? state.words(.readOnlyBadge) : ""
  if case .rapporteur = state.seat, let group = state.notesGroup {
    label += (label.isEmpty ? "" : "  ") + state.words(.rapporteurBadge(group: group.name))
  }
  var width = DisplayWidth.of(label)
  if !label.isEmpty, x + width + 2 <= state.width {
    screen.put(label, x: state.width - width - 1, y: 0, style: state.accent)
  } else {
    width = -2
  }
  // How the link to a server stands goes first, where it is seen whatever the width.
  if let link = state.session.link.flatMap({ linkLabel($0, state.words) }) {
    let linkWidth = DisplayWidth.of(link)
    let right = state.width - width - 3
    if x + linkWidth + 1 <= right { screen.put(link, x: right - linkWidth, y: 0, style: state.warning) }
  }
}

/// What the top line says of a session on a server: nothing while every note is there.
func linkLabel(_ link: LinkStatus, _ words: InterfaceWords) -> String? {
  var parts: [String] = []
  if link.isOffline {
    parts.append(words(link.waiting > 0 ? .offlineWaiting(link.waiting) : .offline))
  } else if link.waiting > 0 {
    parts.append(words(.sending(link.waiting)))
  }
  if !link.refusedNotes.isEmpty { parts.append(words(.refusedByServer(link.refusedNotes.count))) }
  if !link.refusedMoves.isEmpty { parts.append(words(.movesRefusedByServer(link.refusedMoves.count))) }
  return parts.isEmpty ? nil : parts.joined(separator: "; ")
}

private func drawHeader(_ state: AppState, _ screen: inout ScreenBuffer) {
  screen.put(state.session.info.title, x: 1, y: 1, style: CellStyle(bold: true), limit: state.width - 2)
  if let broadcast = state.session.messages(for: state.followedGroupID).first {
    screen.put(messageLine(broadcast, state), x: 1, y: 2, style: state.warning, limit: state.width - 2)
  } else {
    let info = state.session.info
    let facts = [info.region, info.dates.first.map { _ in dateSpan(info.dates, state.words) }, info.venue]
      .compactMap { $0 }
    screen.put(facts.joined(separator: " | "), x: 1, y: 2, style: state.muted, limit: state.width - 2)
  }
}

func dateSpan(_ dates: [String], _ words: InterfaceWords) -> String {
  dates.count > 1 ? words(.dateSpan(dates[0], dates[dates.count - 1])) : (dates.first ?? "")
}

private func drawStatusBar(_ state: AppState, _ screen: inout ScreenBuffer) {
  let y = state.height - 1
  screen.fill(y: y, style: CellStyle(reverse: true))
  func hints(_ scope: Command.Scope) -> String {
    Command.of(scope).filter(\.inStatusBar).map(state.words.hint).joined(separator: "  ")
  }
  let text: String
  switch state.modal {
  case .confirmation(let confirmation):
    text = " " + confirmation.question
  case .prompt(let prompt):
    text = promptLine(prompt, width: state.width, words: state.words)
  case _ where state.message != nil:
    // A message too long for the line takes the line above as well, over the screen's last row, rather than
    // losing its end (Spanish and French sentences run a quarter longer).
    let lines = wrap(InertText.visible(state.message ?? ""), width: state.width - 2)
    if lines.count > 1 && state.height > AppState.minimumHeight {
      screen.fill(y: y - 1, style: CellStyle(reverse: true))
      screen.put(" " + lines[0], x: 0, y: y - 1, style: CellStyle(reverse: true))
      text = " " + lines.dropFirst().joined(separator: " ")
    } else {
      text = " " + (state.message ?? "")
    }
  case .form: text = " " + hints(.form)
  case .editor: text = " " + hints(.editor)
  case .preview: text = " " + hints(.preview)
  case .help: text = " " + hints(.help)
  case .history: text = " " + hints(.history)
  case .refused: text = " " + hints(.refused)
  case nil:
    let own = Command.all.filter {
      $0.inStatusBar && $0.scope == .screen(state.screen) && $0.isEnabled(in: state)
    }
    // Help first: whatever the width cuts off, ? finds it.
    let general = Command.all.filter { $0.inStatusBar && $0.scope == .everywhere }
    let help = general.filter { $0.name == .app(.help) }
    let rest = general.filter { $0.name != .app(.help) }
    text = " " + (help + own + rest).map(state.words.hint).joined(separator: "  ")
  }
  screen.put(text, x: 0, y: y, style: CellStyle(reverse: true))
}

private func drawHelp(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area, top: Int) {
  let lines = helpLines(state)
  for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
    screen.put(
      line.text, x: area.x + 1, y: area.y + row, style: line.heading ? state.accent : .plain, limit: area.width - 2)
  }
  if lines.count > area.height {
    let position = state.words(.helpScroll(shown: min(lines.count, top + area.height), total: lines.count))
    screen.put(position, x: area.x + area.width - DisplayWidth.of(position) - 1, y: area.y, style: state.muted)
  }
}

/// Keeps the selected row visible: the first row to draw for a list of `count` rows in `height` lines.
func scrollTop(selected: Int, count: Int, height: Int) -> Int {
  guard count > height, height > 0 else { return 0 }
  return min(max(0, selected - height / 2), count - height)
}

/// A prompt on the status line: what is typed always shows (its end, with the caret); the label and the key hints
/// give way when the line is too narrow for all of them.
func promptLine(_ prompt: Prompt, width: Int, words: InterfaceWords = .english) -> String {
  let typed = InertText.visible(prompt.field.withCaret)
  let hints = words(.promptHints)
  let typedWidth = DisplayWidth.of(typed)
  let room = width - 1
  if DisplayWidth.of(prompt.label) + 2 + typedWidth + DisplayWidth.of(hints) <= room {
    return " \(prompt.label): \(typed)\(hints)"
  }
  let labelRoom = room - typedWidth - 2
  if labelRoom >= 8 {
    return " " + DisplayWidth.prefix(prompt.label, fitting: labelRoom - 1) + "…: " + typed
  }
  // Only the typed text's end fits: drop characters from its start.
  var tail = typed
  while DisplayWidth.of(tail) > room - 1, !tail.isEmpty { tail.removeFirst() }
  return " …" + tail
}

/// "Message 10:31: Wrap up" or, for one group, "Message to Technology 10:31: Wrap up".
func messageLine(_ broadcast: Broadcast, _ state: AppState) -> String {
  let group = broadcast.groupID.flatMap { id in state.session.groups.first { $0.id == id } }
  return state.words(
    .broadcastLine(group: group?.name, time: clockTime(broadcast.sentAt, in: state.timeZone), text: broadcast.text))
}
