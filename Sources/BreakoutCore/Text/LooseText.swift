import Foundation

/// Comparison of what people type: case, accents, punctuation and spacing do not matter.
public enum LooseText {
  /// "Non-Governmental  Org." -> "non governmental org"
  public static func normalised(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNormalised(text) }
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var words: [String] = []
    var word = ""
    for scalar in folded.unicodeScalars {
      if CharacterSet.alphanumerics.contains(scalar) {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.joined(separator: " ")
  }

  /// The same as `normalised` for ASCII text, without Foundation's folding.
  private static func asciiNormalised(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      let isDigit = byte >= 0x30 && byte <= 0x39
      let isUpper = byte >= 0x41 && byte <= 0x5A
      let isLower = byte >= 0x61 && byte <= 0x7A
      if isDigit || isUpper || isLower {
        if pendingSpace && !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(isUpper ? byte + 32 : byte)
      } else {
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Same text ignoring case, accents, punctuation and spacing.
  public static func matches(_ lhs: String, _ rhs: String) -> Bool {
    normalised(lhs) == normalised(rhs)
  }

  /// An email address as people mistype it: case and surrounding spaces do not make a new person.
  public static func emailKey(_ email: String) -> String {
    email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }
}
