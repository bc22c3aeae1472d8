import Foundation

/// Comparison of what people type: case, accents, punctuation and spacing do not matter.
public enum LooseText {
  /// "Non-Governmental  Org." -> "non governmental org"
  public static func normalised(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNormalised(text) }
    let folded = folded(text)
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

  /// The text without case, accents or width, and without what Foundation's folding leaves: letters with a stroke
  /// ("Đặng" is "dang", "Łukasz" "lukasz"), the forms of alef and the vowel marks of Arabic ("أحمد" is "احمد"), and
  /// Hebrew points. People type names both ways.
  public static func folded(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    guard folded.unicodeScalars.contains(where: { strokeOrMark($0) != nil }) else { return folded }
    var scalars = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      if let replacement = strokeOrMark(scalar) {
        scalars.append(contentsOf: replacement.unicodeScalars)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// What a scalar Foundation's folding leaves stands for ("" to drop it), or nil to keep it.
  private static func strokeOrMark(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x0111: "d"  // đ
    case 0x0142: "l"  // ł
    case 0x00F8: "o"  // ø
    case 0x0131: "i"  // ı
    case 0x0127: "h"  // ħ
    case 0x00E6: "ae"
    case 0x0153: "oe"
    case 0x0622, 0x0623, 0x0625, 0x0671: "\u{0627}"  // alef with madda or hamza: alef
    case 0x0629: "\u{0647}"  // teh marbuta: heh
    case 0x0649: "\u{064A}"  // alef maksura: yeh
    case 0x0640, 0x064B...0x065F, 0x0670: ""  // tatweel, harakat
    case 0x0591...0x05BD, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7: ""  // Hebrew points and accents
    default: nil
    }
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
