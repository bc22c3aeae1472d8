/// The ways a person may be called in a note, found from their name as the roster writes it: the whole name and
/// every run of its parts (a Vietnamese given name said last, "Hà"; either Hispanic surname or both; a surname with
/// its particles as a unit, "de la Cruz", "al-Rashid"). Which of them identify someone is decided by the caller.
public enum NameForms {
  public struct Form: Equatable, Sendable {
    /// As written in the roster, e.g. "de la Cruz".
    public var text: String
    /// Its words, compared without case or accents (`ChathamHouseCheck.words`).
    public var words: [String]
    /// Every word is a particle or a word of the meeting's language ("An", "Lê", "Le An"): a mention is only
    /// counted where it reads as a name (see `ChathamHouseCheck.Index`).
    public var isCommonWord: Bool
  }

  /// Every run of consecutive words of the name that does not end with a particle, longest first; a lone initial
  /// ("J.") is left out. A particle is a word between the first and the last ("de" in "María de la Cruz"): the
  /// first and last words are names ("Đỗ Văn Minh" is called "Đỗ").
  public static func forms(of name: String, language: SessionLanguage) -> [Form] {
    let words = ChathamHouseCheck.words(name)
    let common = commonWords(language)
    func isParticle(_ index: Int) -> Bool {
      index > 0 && index < words.count - 1 && particles.contains(words[index].word)
    }
    var forms: [Form] = []
    for length in stride(from: words.count, through: 1, by: -1) {
      for start in 0...(words.count - length) {
        let end = start + length - 1
        guard !isParticle(end) else { continue }
        if length == 1, isInitial(name[words[start].range]) { continue }
        forms.append(
          Form(
            text: String(name[words[start].range.lowerBound..<words[end].range.upperBound]),
            words: words[start...end].map(\.word),
            isCommonWord: (start...end).allSatisfy { isParticle($0) || common.contains(words[$0].word) }))
      }
    }
    return forms
  }

  /// A single letter of a script with case: an initial, which names nobody alone.
  static func isInitial(_ word: Substring) -> Bool {
    word.count == 1 && word.first.map { $0.isUppercase || $0.isLowercase } == true
  }

  /// Particles of surnames, folded: part of a name before a surname, never a name alone.
  static let particles: Set<String> = [
    "de", "del", "della", "der", "den", "des", "di", "da", "das", "do", "dos", "du", "la", "le", "les", "lo", "van",
    "von", "vom", "zu", "zum", "ter", "ten", "te", "bin", "binti", "binte", "bint", "ibn", "ben", "bat", "al", "el",
    "ul", "abu", "ap", "af", "av", "y", "e", "i", "mac", "mc", "st", "bn", "بن", "ابن", "بنت", "ابو", "בן", "בת",
  ]

  /// Short words of the meeting's language that are also someone's name somewhere ("An", "Do", "He", "Ha" in a
  /// Spanish meeting), folded.
  static func commonWords(_ language: SessionLanguage) -> Set<String> {
    switch language {
    case .english:
      [
        "a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "oh", "on",
        "or", "so", "to", "up", "us", "we", "the", "and", "but", "for", "not", "all", "any", "can", "did", "has", "had",
        "her", "him", "his", "how", "its", "may", "nor", "our", "out", "she", "was", "who", "why", "yes", "you", "per",
        "via", "one", "two", "too", "new", "now", "own", "see", "say", "said", "man", "men", "son", "sun", "tan",
      ]
    case .spanish:
      [
        "a", "al", "de", "del", "el", "en", "es", "ha", "he", "la", "las", "le", "les", "lo", "los", "me", "mi", "ni",
        "no", "o", "os", "se", "si", "su", "sus", "te", "tu", "un", "una", "uno", "y", "ya", "yo", "e", "u", "que",
        "con", "por", "para", "son", "sin", "fue", "muy", "mas", "hay", "dos", "van", "da", "dan", "ve", "vi",
      ]
    case .french:
      [
        "a", "au", "aux", "ce", "ces", "de", "des", "du", "en", "et", "il", "ils", "je", "la", "le", "les", "leur",
        "lui", "ma", "me", "mes", "ne", "ni", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses",
        "si", "son", "sur", "ta", "te", "tu", "un", "une", "vu", "y", "est", "sont", "ont", "nous", "vous", "elle",
        "avec", "dans", "mai", "ai", "as", "an", "ans", "dit", "bon", "va", "vont",
      ]
    }
  }
}
