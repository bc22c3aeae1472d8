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
    // The default themes as Spanish and French registration forms name them.
    if let alias = aliases.first(where: { $0.value.contains(value) }),
      let theme = themes.first(where: { $0.shortName == alias.key })
    {
      return theme
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

  static let aliases: [String: [String]] = [
    "supply-chain": [
      "cadena de suministro", "cadenas de suministro", "cadena de valor", "suministro", "chaine d approvisionnement",
      "chaines d approvisionnement", "chaine logistique", "approvisionnement",
    ],
    "technology": ["tecnologia", "tecnologias", "sector tecnologico", "technologie", "technologies", "numerique"],
    "finance": [
      "instituciones financieras", "institucion financiera", "finanzas", "sector financiero",
      "institutions financieres", "institution financiere", "secteur financier",
    ],
  ]

  private static func commonPrefixLength(_ lhs: String, _ rhs: String) -> Int {
    zip(lhs, rhs).prefix { $0 == $1 }.count
  }
}
