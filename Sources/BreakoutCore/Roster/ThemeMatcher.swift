/// Finds the theme a person meant: "Finance" finds "Financial institutions", "tech" finds "Technology".
public enum ThemeMatcher {
  public static func match(_ text: String, in themes: [Theme]) -> Theme? {
    let value = LooseText.normalised(text)
    guard !value.isEmpty else { return nil }
    let compact = value.replacingOccurrences(of: " ", with: "")
    if let exact = themes.first(where: {
      LooseText.normalised($0.name) == value || LooseText.normalised($0.shortName) == value
        || LooseText.normalised($0.shortName).replacingOccurrences(of: " ", with: "") == compact
    }) {
      return exact
    }
    // Loose: a word of at least four letters that begins (or is the beginning of) a word of one theme only.
    let valueWords = value.split(separator: " ").map(String.init).filter { $0.count >= 4 }
    let candidates = themes.filter { theme in
      let themeWords = Set(
        (LooseText.normalised(theme.name) + " " + LooseText.normalised(theme.shortName))
          .split(separator: " ").map(String.init))
      return valueWords.contains { word in
        themeWords.contains { themeWord in
          themeWord.hasPrefix(word) || (word.hasPrefix(themeWord) && themeWord.count >= 4)
            || commonPrefixLength(word, themeWord) >= 5
        }
      }
    }
    return candidates.count == 1 ? candidates[0] : nil
  }

  private static func commonPrefixLength(_ lhs: String, _ rhs: String) -> Int {
    zip(lhs, rhs).prefix { $0 == $1 }.count
  }
}
