/// The encodings a roster file may be converted from, only when the person importing it says so.
public enum RosterEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case windows1252 = "windows-1252"
  case latin1 = "latin-1"

  /// Accepts the usual spellings: `cp1252`, `ISO-8859-1`, `UTF8`.
  public static func loosely(_ text: String) -> RosterEncoding? {
    switch text.lowercased().filter({ $0.isLetter || $0.isNumber }) {
    case "utf8": .utf8
    case "windows1252", "cp1252", "win1252", "ansi": .windows1252
    case "latin1", "iso88591", "l1": .latin1
    default: nil
    }
  }

  /// The bytes as UTF-8.
  func utf8(_ bytes: [UInt8]) -> [UInt8] {
    guard self != .utf8 else { return bytes }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      let scalar: UInt32 =
        self == .windows1252 && (0x80...0x9F).contains(byte)
        ? Self.windows1252High[Int(byte - 0x80)] : UInt32(byte)
      output.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
    }
    return output
  }

  /// Windows-1252's 0x80-0x9F (where it differs from Latin-1); unassigned bytes map to themselves.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// What a byte that is not UTF-8 would be in Windows-1252, to show the person importing.
  static func windows1252Character(_ byte: UInt8) -> String {
    let scalar = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
    return String(Character(Unicode.Scalar(scalar)!))
  }
}
