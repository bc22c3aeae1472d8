import BreakoutCore
import Foundation

/// The rapporteur summary exactly as `breakout export --format txt` writes it, for one group or all.
func summaryLines(_ state: AppState, width: Int) -> [(String, Bool)] {
  let options = SummaryOptions(attribution: summaryAttribution(state))
  let document = SummaryDocument.compile(filteredSession(state), options: options, generatedAt: state.now)
  let lines = TextSummary.lines(document, width: min(80, width))
  return lines.enumerated().map { index, line in
    let underline =
      index + 1 < lines.count && !lines[index + 1].isEmpty
      && lines[index + 1].allSatisfy { $0 == "=" || $0 == "-" }
    return (line, underline || line.first.map { !$0.isWhitespace && $0 != "*" } == true && line.uppercased() == line)
  }
}

func drawSummary(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area) {
  let width = area.width - 2
  let scope = state.summaryGroupID.flatMap { id in state.session.groups.first { $0.id == id }?.name } ?? "all groups"
  let heading = "Summary: \(scope)  attribution: \(attributionDescription(summaryAttribution(state)))"
  screen.put(heading, x: area.x + 1, y: area.y, style: state.accent, limit: width)
  let lines = summaryLines(state, width: width)
  let height = area.height - 1
  let top = min(state.summary.row, max(0, lines.count - height))
  for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
    screen.put(
      line.0, x: area.x + 1, y: area.y + 1 + offset, style: line.1 ? CellStyle(bold: true) : .plain, limit: width)
  }
}

/// The attribution the Summary screen shows and exports with: the one chosen with `a`, else the session's default
/// decided over every group's key points (so each group's view names people the same way).
func summaryAttribution(_ state: AppState) -> AttributionMode {
  state.summaryAttribution
    ?? Attribution.defaultMode(for: state.session.notes.filter(\.isKeyPoint), in: state.session)
}

func attributionDescription(_ mode: AttributionMode) -> String {
  switch mode {
  case .named: "named (with consent)"
  case .affiliation: "by affiliation"
  case .chathamHouse: "none (Chatham House Rule)"
  }
}
