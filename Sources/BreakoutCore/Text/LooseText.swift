import Foundation

/// Comparison of what people type: case, accents, punctuation and spacing do not matter.
public enum LooseText {
  /// "Non-Governmental  Org." -> "non governmental org"
  public static func normalised(_ text: String) -> String {
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

  /// Same text ignoring case, accents, punctuation and spacing.
  public static func matches(_ lhs: String, _ rhs: String) -> Bool {
    normalised(lhs) == normalised(rhs)
  }

  /// An email address as people mistype it: case and surrounding spaces do not make a new person.
  public static func emailKey(_ email: String) -> String {
    email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }
}
