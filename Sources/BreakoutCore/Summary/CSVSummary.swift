import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One row per note, for spreadsheets and for importing into another session. Cells a spreadsheet would run as a
/// formula (starting with = + - @, a tab or CR) are neutralised with a leading apostrophe (OWASP), which the
/// import takes off again.
public enum CSVSummary {
  public static let header = [
    "Session", "Day", "Theme", "Group", "Question", "Tags", "Key point", "Speaker", "Text", "Time", "Note",
  ]

  public static func render(_ document: SummaryDocument) -> String {
    var rows = [header]
    for group in document.groups {
      for question in group.questions {
        for note in question.notes {
          rows.append([
            document.background.title, String(note.day), group.theme, group.name, question.label,
            note.tags.joined(separator: " "), note.keyPoint ? "yes" : "no", note.speaker?.display ?? "", note.text,
            ISOTime.string(note.createdAt), String(note.noteID),
          ])
        }
      }
    }
    return rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  public static func cell(_ value: String) -> String {
    if let first = value.utf8.first, !"=+-@\t\r".utf8.contains(first),
      !value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A || $0 == 0 })
    {
      return SafeText.plain(value)
    }
    var text = SafeText.plain(value)
    if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
    // By bytes: as Characters, "\r\n" is one grapheme and a lone "\n" would not be found.
    if text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) {
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

/// ISO 8601 in UTC ("2021-03-24T02:00:00Z") without a formatter: exports write one per note.
public enum ISOTime {
  public static func string(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(20)
    func digits(_ value: Int, _ count: Int) {
      var divisor = 1
      for _ in 1..<count { divisor *= 10 }
      while divisor > 0 {
        bytes.append(UInt8(0x30 + (value / divisor) % 10))
        divisor /= 10
      }
    }
    digits(Int(parts.tm_year) + 1900, 4)
    bytes.append(0x2D)
    digits(Int(parts.tm_mon) + 1, 2)
    bytes.append(0x2D)
    digits(Int(parts.tm_mday), 2)
    bytes.append(0x54)
    digits(Int(parts.tm_hour), 2)
    bytes.append(0x3A)
    digits(Int(parts.tm_min), 2)
    bytes.append(0x3A)
    digits(Int(parts.tm_sec), 2)
    bytes.append(0x5A)
    return String(decoding: bytes, as: UTF8.self)
  }
}
