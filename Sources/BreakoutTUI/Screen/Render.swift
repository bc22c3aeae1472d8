import BreakoutCore
import Foundation

/// Draws the whole state into a fresh screen buffer. Pure: the same state always gives the same screen.
public func render(_ state: AppState) -> ScreenBuffer {
  var screen = ScreenBuffer(width: state.width, height: state.height)
  guard state.width >= AppState.minimumWidth, state.height >= AppState.minimumHeight else {
    let notice = ["terminal too small", "(need \(AppState.minimumWidth)x\(AppState.minimumHeight))", "q quits"]
    for (row, line) in notice.enumerated() where row < state.height {
      screen.put(line, x: 0, y: row, style: CellStyle(bold: row == 0))
    }
    return screen
  }
  let accent = CellStyle(bold: true, tone: state.color ? .accent : .normal)
  screen.put(" breakout ", x: 0, y: 0, style: CellStyle(bold: true, reverse: true))
  screen.put(state.overview.title, x: 11, y: 0, style: CellStyle(bold: true), limit: state.width - 11)
  screen.put(state.overview.facts, x: 0, y: 1, style: CellStyle(tone: .muted))

  let body = state.showingHelp ? helpLines() : overviewLines(state.overview)
  let bodyTop = 3
  let bodyHeight = state.height - bodyTop - 1
  let maxScroll = max(0, body.count - bodyHeight)
  let first = min(state.scroll, maxScroll)
  for (row, line) in body.dropFirst(first).prefix(bodyHeight).enumerated() {
    screen.put(line.text, x: 1, y: bodyTop + row, style: line.heading ? accent : .plain, limit: state.width - 2)
  }
  let hints = Command.all.filter(\.inStatusBar).map(\.hint)
  let status = " " + hints.joined(separator: "  ") + (state.showingHelp ? "  Esc back" : "")
  screen.fill(y: state.height - 1, style: CellStyle(reverse: true))
  screen.put(status, x: 0, y: state.height - 1, style: CellStyle(reverse: true))
  return screen
}

struct Line {
  var text: String
  var heading = false
}

func overviewLines(_ overview: SessionOverview) -> [Line] {
  var lines = [
    Line(text: "\(overview.participants) participants from \(overview.countries) countries", heading: false),
    Line(text: ""), Line(text: "Breakout groups", heading: true),
  ]
  if overview.groups.isEmpty {
    lines.append(Line(text: "No groups yet: breakout groups set SESSION supply-chain=2 ..."))
  }
  for group in overview.groups {
    let size = group.capacity.map { "\(group.members)/\($0) people" } ?? counted(group.members, "person", "people")
    lines.append(
      Line(
        text: "\(group.number). \(group.name)  \(size)  \(counted(group.notes, "note", "notes")), "
          + counted(group.keyPoints, "key point", "key points")))
    let leads = [group.moderator.map { "moderator \($0)" }, group.rapporteur.map { "rapporteur \($0)" }].compactMap {
      $0
    }
    if !leads.isEmpty { lines.append(Line(text: "   " + leads.joined(separator: ", "))) }
  }
  lines.append(Line(text: ""))
  lines.append(Line(text: "Key questions", heading: true))
  for question in overview.questions { lines.append(Line(text: "\(question.label). \(question.text)")) }
  return lines
}

func helpLines() -> [Line] {
  [Line(text: "Keys", heading: true)]
    + Command.all.map { command in
      Line(text: command.keyLabel.padding(toLength: 8, withPad: " ", startingAt: 0) + command.summary)
    }
}

func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
