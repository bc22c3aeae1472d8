import Foundation

/// Reads CSV as registration systems export it: UTF-8 with or without BOM, comma, semicolon or tab delimited
/// (a `sep=;` first line is honoured), CRLF, LF or CR line ends, quoted fields holding delimiters, quotes and newlines.
public enum CSVReader {
  /// The longest field read: a longer one is nearly always a missing quote swallowing the rest of the file.
  public static let fieldLimit = 65_536

  /// - Parameter encoding: what the bytes are; anything but UTF-8 is converted only when the caller says so.
  public static func read(_ data: Data, encoding: RosterEncoding = .utf8) throws(CSVError) -> CSVTable {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      throw CSVError(line: 1, .workbook)
    }
    // Excel's "Unicode Text": UTF-16 with a byte order mark, tab-separated.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      bytes = try utf8(fromUTF16: bytes)
    } else if looksLikeUTF16(bytes) {
      throw CSVError(line: 1, .utf16WithoutMark)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    bytes = encoding.utf8(bytes)
    if let offset = firstInvalidUTF8Offset(bytes) {
      let byte = bytes[offset]
      let hex = "0x" + String(byte, radix: 16, uppercase: true)
      let looksLikeWindows = byte >= 0x80
      throw CSVError(
        line: lineNumber(at: offset, in: bytes),
        .notUTF8(hex: hex, windows1252: looksLikeWindows ? RosterEncoding.windows1252Character(byte) : nil))
    }
    if let offset = bytes.firstIndex(of: 0) {
      throw CSVError(line: lineNumber(at: offset, in: bytes), .nulByte)
    }
    var start = 0
    var line = 1
    var delimiter: UInt8?
    if let (declared, next) = sepDeclaration(bytes) {
      delimiter = declared
      start = next
      line = 2
    }
    let usedDelimiter = delimiter ?? guessDelimiter(bytes, from: start)
    let records = try parse(bytes, from: start, firstLine: line, delimiter: usedDelimiter)
    guard let header = records.first else {
      throw CSVError(line: line, .empty)
    }
    return CSVTable(
      delimiter: Character(Unicode.Scalar(usedDelimiter)),
      header: header.fields.map { $0.trimmingCharacters(in: .whitespaces) },
      headerLine: header.line,
      records: Array(records.dropFirst()))
  }

  /// UTF-16 bytes after their byte order mark, as UTF-8; a lone surrogate is named by its line.
  private static func utf8(fromUTF16 bytes: [UInt8]) throws(CSVError) -> [UInt8] {
    let bigEndian = bytes[0] == 0xFE
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    var output: [UInt8] = []
    output.reserveCapacity(units.count * 2)
    var line = 1
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1 }
        output.append(contentsOf: String(scalar).utf8)
      case .emptyInput:
        guard bytes.count % 2 == 0 else { throw CSVError(line: line, .notUTF16) }
        return output
      case .error:
        throw CSVError(line: line, .notUTF16)
      }
    }
  }

  /// Text with a NUL byte beside most of its first letters: UTF-16 saved without its byte order mark.
  private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(512)
    guard sample.count >= 4 else { return false }
    let even = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
    let odd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
    return max(even, odd) * 10 >= (sample.count / 2) * 6
  }

  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  /// `sep=;` (Excel's hint) on the first line: the delimiter and where the data starts.
  private static func sepDeclaration(_ bytes: [UInt8]) -> (UInt8, Int)? {
    let prefix = Array("sep=".utf8)
    guard bytes.count > prefix.count, bytes[0..<prefix.count].map({ $0 | 0x20 }) == prefix else { return nil }
    let delimiter = bytes[prefix.count]
    var next = prefix.count + 1
    while next < bytes.count, bytes[next] != cr, bytes[next] != lf { next += 1 }
    if next < bytes.count, bytes[next] == cr { next += 1 }
    if next < bytes.count, bytes[next] == lf { next += 1 }
    return (delimiter, next)
  }

  /// The most frequent of comma, semicolon and tab outside quotes on the header line.
  private static func guessDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
    var inQuotes = false
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == quote {
        inQuotes.toggle()
      } else if !inQuotes && (byte == lf || byte == cr) {
        break
      } else if !inQuotes, counts[byte] != nil {
        counts[byte]! += 1
      }
      index += 1
    }
    let best = counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }!
    return best.value > 0 ? best.key : UInt8(ascii: ",")
  }

  private static func parse(_ bytes: [UInt8], from start: Int, firstLine: Int, delimiter: UInt8) throws(CSVError)
    -> [CSVTable.Record]
  {
    var records: [CSVTable.Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = firstLine
    var recordLine = firstLine
    var index = start
    var fieldWasQuoted = false

    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      fieldWasQuoted = false
    }
    func endRecord() {
      endField()
      let blank = fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty
      if !blank { records.append(CSVTable.Record(line: recordLine, fields: fields)) }
      fields.removeAll(keepingCapacity: true)
    }

    while index < bytes.count {
      let byte = bytes[index]
      if byte == quote && field.allSatisfy({ $0 == UInt8(ascii: " ") }) && !fieldWasQuoted {
        // A quoted field: runs to the matching quote, doubled quotes stand for one.
        let openedOn = line
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = true
        index += 1
        var closed = false
        while index < bytes.count {
          let inner = bytes[index]
          if inner == quote {
            if index + 1 < bytes.count && bytes[index + 1] == quote {
              field.append(quote)
              index += 2
              continue
            }
            closed = true
            index += 1
            break
          }
          if inner == lf || (inner == cr && (index + 1 >= bytes.count || bytes[index + 1] != lf)) { line += 1 }
          if field.count >= fieldLimit {
            throw CSVError(line: openedOn, .quotedFieldTooLong(kilobytes: fieldLimit / 1024))
          }
          field.append(inner)
          index += 1
        }
        if !closed {
          throw CSVError(line: openedOn, .quoteNeverClosed)
        }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        if index < bytes.count, bytes[index] != delimiter, bytes[index] != cr, bytes[index] != lf {
          throw CSVError(line: line, .textAfterQuote)
        }
        continue
      }
      if byte == delimiter {
        endField()
      } else if byte == cr || byte == lf {
        endRecord()
        if byte == cr, index + 1 < bytes.count, bytes[index + 1] == lf { index += 1 }
        line += 1
        recordLine = line
      } else if !fieldWasQuoted {
        if field.count >= fieldLimit {
          throw CSVError(line: line, .fieldTooLong(kilobytes: fieldLimit / 1024))
        }
        field.append(byte)
      }
      index += 1
    }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
    return records
  }

  static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    var index = 0
    while index < offset {
      if bytes[index] == lf || (bytes[index] == cr && (index + 1 >= bytes.count || bytes[index + 1] != lf)) {
        line += 1
      }
      index += 1
    }
    return line
  }

  /// Where the first byte that is not well-formed UTF-8 sits, if any.
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      let lowest: UInt32
      switch lead {
      case 0x00...0x7F:
        index += 1
        continue
      case 0xC2...0xDF:
        length = 2
        lowest = 0x80
      case 0xE0...0xEF:
        length = 3
        lowest = 0x800
      case 0xF0...0xF4:
        length = 4
        lowest = 0x10000
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      var value = UInt32(lead) & (0xFF >> (length + 1))
      for continuation in bytes[(index + 1)..<(index + length)] {
        guard continuation & 0xC0 == 0x80 else { return index }
        value = value << 6 | UInt32(continuation & 0x3F)
      }
      if value < lowest || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
      index += length
    }
    return nil
  }
}
