import Foundation

/// One row per note, for spreadsheets and for importing into another session. Cells a spreadsheet would run as a
/// formula (starting with = + - @, a tab or CR) are neutralised with a leading apostrophe (OWASP), which the
/// import takes off again.
public enum CSVSummary {
  public static let header = [
    "Session", "Day", "Theme", "Group", "Question", "Tags", "Key point", "Speaker", "Text", "Time", "Note",
  ]

  public static func render(_ document: SummaryDocument) -> String {
    let time = ISO8601DateFormatter()
    var rows = [header]
    for group in document.groups {
      for question in group.questions {
        for note in question.notes {
          rows.append([
            document.background.title, String(note.day), group.theme, group.name, question.label,
            note.tags.joined(separator: " "), note.keyPoint ? "yes" : "no", note.speaker ?? "", note.text,
            time.string(from: note.createdAt), String(note.noteID),
          ])
        }
      }
    }
    return rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  public static func cell(_ value: String) -> String {
    var text = SafeText.plain(value)
    if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
    if text.contains(where: { ",\"\r\n".contains($0) }) {
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
  }

  /// A cell as it was before `cell` neutralised it.
  public static func restored(_ value: String) -> String {
    guard value.hasPrefix("'"), let second = value.dropFirst().first, "=+-@\t\r".contains(second) else { return value }
    return String(value.dropFirst())
  }
}
