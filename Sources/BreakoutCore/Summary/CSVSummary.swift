import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One row per note, for spreadsheets and for importing into another session. Cells a spreadsheet would run as a
/// formula (starting with = + - @, a tab or CR) are neutralised with a leading apostrophe (OWASP), which the
/// import takes off again.
public enum CSVSummary {
  /// The English header row; a summary's own is in its language.
  public static var header: [String] { ReportWords.english.csvHeader }

  public static func render(_ document: SummaryDocument) -> String {
    let stream = ExportStream()
    write(document, to: stream)
    return String(decoding: stream.bytes, as: UTF8.self)
  }

  /// Writes the rows one at a time into `stream`.
  public static func write(_ document: SummaryDocument, to stream: ExportStream) {
    func row(_ cells: [String]) {
      for (index, value) in cells.enumerated() {
        if index > 0 { stream.write(byte: 0x2C) }
        stream.write(cell(value))
      }
      stream.write(bytes: [0x0D, 0x0A])
    }
    let words = document.words
    row(words.csvHeader)
    let (yes, no) = (words(.yes), words(.no))
    let session = cell(document.background.title)
    for group in document.groups {
      let theme = cell(group.theme)
      let name = cell(group.name)
      for question in group.questions {
        let label = cell(question.label)
        for note in question.notes {
          stream.write(session)
          for value in [
            String(note.day), theme, name, label, cell(note.tags.joined(separator: " ")),
            note.keyPoint ? yes : no, cell(note.speaker?.display ?? ""), cell(note.text),
            ISOTime.string(note.createdAt), String(note.noteID),
          ] {
            stream.write(byte: 0x2C)
            stream.write(value)
          }
          stream.write(bytes: [0x0D, 0x0A])
        }
      }
    }
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
