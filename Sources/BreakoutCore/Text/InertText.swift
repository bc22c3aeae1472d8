/// Text from a roster or a note made safe to print on a terminal: control characters, escape sequences and
/// bidirectional overrides are shown as visible `\u{..}` marks instead of acting on the terminal.
public enum InertText {
  public static func visible(_ text: String, keepNewlines: Bool = false) -> String {
    // Most text needs nothing: check before building a copy.
    guard text.unicodeScalars.contains(where: { isDangerous($0) && !(keepNewlines && $0 == "\n") }) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if keepNewlines && scalar == "\n" {
        out.unicodeScalars.append(scalar)
      } else if isLineBreak(scalar) {
        // A note's line breaks become spaces where a format writes one line; other controls show as marks.
        out.unicodeScalars.append(" ")
      } else if isDangerous(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and invisible format characters. The zero-width
  /// joiner and non-joiner are not among them: Persian, Sinhala, Indic conjuncts and emoji sequences are spelled
  /// with them, and they cannot move or hide anything outside their own word.
  public static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C: true
    default: false
    }
  }
}
