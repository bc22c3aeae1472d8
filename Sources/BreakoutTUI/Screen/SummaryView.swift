import BreakoutCore
import Foundation

/// The rapporteur summary as it will read, for one group or all.
func summaryLines(_ state: AppState, width: Int) -> [(String, Bool)] {
  let document = SummaryDocument.compile(filteredSession(state), generatedAt: state.now)
  var lines: [(String, Bool)] = []
  for group in document.groups {
    lines.append((group.heading, true))
    let leads = [group.moderator.map { "Moderator: \($0)" }, group.rapporteur.map { "Rapporteur: \($0)" }]
      .compactMap { $0 }.joined(separator: "  ")
    if !leads.isEmpty { lines.append((leads, false)) }
    let mix = group.byStakeholderType.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
    lines.append(("Participants: \(group.participants)" + (mix.isEmpty ? "" : " (\(mix))"), false))
    for question in group.questions {
      lines.append(("", false))
      for line in wrap("\(question.label). \(question.text)", width: width) { lines.append((line, true)) }
      if question.notes.isEmpty { lines.append(("  (no notes)", false)) }
      for note in question.notes {
        let text = (note.keyPoint ? "Key point: " : "") + note.text + (note.speaker.map { " (\($0))" } ?? "")
        for (index, line) in wrap(text, width: width - 2).enumerated() {
          lines.append(((index == 0 ? "- " : "  ") + line, false))
        }
      }
    }
    lines.append(("", false))
  }
  return lines
}

func drawSummary(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area) {
  let width = area.width - 2
  let scope = state.summaryGroupID.flatMap { id in state.session.groups.first { $0.id == id }?.name } ?? "all groups"
  screen.put("Summary: \(scope)", x: area.x + 1, y: area.y, style: state.accent, limit: width)
  let lines = summaryLines(state, width: width)
  let height = area.height - 1
  let top = min(state.summary.row, max(0, lines.count - height))
  for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
    screen.put(
      line.0, x: area.x + 1, y: area.y + 1 + offset, style: line.1 ? CellStyle(bold: true) : .plain, limit: width)
  }
}
