/// Points that say nearly the same thing in nearly the same words, so a summary lists them once and credits every
/// group (or session) that made them: "Getting the right people to the table is crucial." and "Getting the right
/// people to the table is absolutely crucial." are one point.
///
/// The measure is lexical: the Dice coefficient of the two points' content words (case, accents, punctuation,
/// little words such as "the" or "de" and a plural "s" set aside) must reach `threshold`. Two points never merge
/// when their numbers differ ("2 banks" / "3 banks") or when one says "not" where the other does not, however
/// alike the rest. Scripts written without spaces between words (Thai, Lao, Khmer, Burmese, Chinese, Japanese) are
/// compared by pairs of characters.
public struct NearDuplicates: Sendable {
  public static let threshold = 0.8

  /// What a point is compared by.
  struct Analysis: Equatable {
    /// Content words, each once, sorted.
    var words: [String]
    /// Numbers and negations: points merge only when these are the same.
    var signature: String
    /// The whole text, normalised: what points without content words are compared by.
    var normalised: String
  }

  private var wordIDs: [String: Int32] = [:]
  /// Each point's content words as sorted ids.
  private var points: [[Int32]] = []
  /// Per signature, the points holding each word.
  private var postings: [String: [Int32: [Int]]] = [:]
  /// Points without content words ("It is what it is."), by their whole normalised text.
  private var bare: [String: Int] = [:]

  public init() {}

  /// The number of points added.
  public var count: Int { points.count }

  /// The earlier point `text` nearly repeats, if any; else `text` becomes a new point. Returns the point's index
  /// (in the order points were first added) and whether it is new.
  @discardableResult
  public mutating func merge(_ text: String) -> (index: Int, isNew: Bool) {
    let analysis = Self.analyse(text)
    if let index = match(analysis) { return (index, false) }
    let index = points.count
    let ids = analysis.words.map { word -> Int32 in
      if let id = wordIDs[word] { return id }
      let id = Int32(wordIDs.count)
      wordIDs[word] = id
      return id
    }.sorted()
    points.append(ids)
    if ids.isEmpty {
      bare[analysis.normalised] = index
    } else {
      for id in ids { postings[analysis.signature, default: [:]][id, default: []].append(index) }
    }
    return (index, true)
  }

  /// The earlier point `text` nearly repeats, without adding it.
  public func match(_ text: String) -> Int? { match(Self.analyse(text)) }

  private func match(_ analysis: Analysis) -> Int? {
    guard !analysis.words.isEmpty else { return bare[analysis.normalised] }
    guard let byWord = postings[analysis.signature] else { return nil }
    let ids = analysis.words.compactMap { wordIDs[$0] }.sorted()
    let size = analysis.words.count
    // A match shares at least this many words (Dice ≥ t needs overlap ≥ t·a/(2−t) whatever the other's size), so
    // probing the size − minimum + 1 rarest words finds every candidate.
    let minimumShared = Int((Self.threshold * Double(size) / (2 - Self.threshold)).rounded(.up))
    guard ids.count >= minimumShared else { return nil }
    let probed = ids.map { ($0, byWord[$0]?.count ?? 0) }.sorted { $0.1 < $1.1 }.prefix(size - minimumShared + 1)
    var best: (index: Int, score: Double)?
    var seen = Set<Int>()
    for (id, _) in probed {
      for candidate in byWord[id] ?? [] where seen.insert(candidate).inserted {
        let other = points[candidate]
        let score = 2 * Double(Self.sharedCount(ids, other)) / Double(size + other.count)
        if score >= Self.threshold, score > (best?.score ?? 0) || (score == best?.score && candidate < best!.index) {
          best = (candidate, score)
        }
      }
    }
    return best?.index
  }

  static func sharedCount(_ first: [Int32], _ second: [Int32]) -> Int {
    var shared = 0
    var i = 0
    var j = 0
    while i < first.count && j < second.count {
      if first[i] == second[j] {
        shared += 1
        i += 1
        j += 1
      } else if first[i] < second[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }

  /// Content words, numbers and negations of a point.
  static func analyse(_ text: String) -> Analysis {
    let normalised = LooseText.normalised(text)
    var words = Set<String>()
    var numbers: [Substring] = []
    var negations = Set<Substring>()
    for word in normalised.split(separator: " ") {
      if word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        numbers.append(word)
      } else if negationWords.contains(word) {
        negations.insert(word == "t" || word == "cannot" ? "not" : word)
      } else if littleWords.contains(word) {
        continue
      } else if word.unicodeScalars.contains(where: isUnspacedScript) {
        let characters = Array(word)
        if characters.count == 1 { words.insert(String(word)) }
        for index in characters.indices.dropLast() { words.insert(String(characters[index...index + 1])) }
      } else if word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") {
        words.insert(String(word.dropLast()))
      } else {
        words.insert(String(word))
      }
    }
    let signature = numbers.sorted().joined(separator: ",") + "|" + negations.sorted().joined(separator: ",")
    return Analysis(words: words.sorted(), signature: signature, normalised: normalised)
  }

  static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0E00...0x0EFF,  // Thai, Lao
      0x1000...0x109F,  // Myanmar
      0x1780...0x17FF,  // Khmer
      0x3040...0x30FF,  // Hiragana, Katakana
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F:  // Han
      true
    default: false
    }
  }

  /// Words that change what a point says however alike the rest is ("don't" normalises to "don t").
  static let negationWords: Set<Substring> = [
    "not", "no", "never", "without", "cannot", "nor", "neither", "none", "t", "ni", "sin", "nunca", "jamas", "ne",
    "pas", "sans", "jamais", "aucun", "aucune",
  ]

  /// Little words of English, Spanish and French that carry no point of their own (after folding: "más" is "mas").
  static let littleWords: Set<Substring> = [
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "was",
    "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them",
    "we", "our", "us", "you", "your", "he", "she", "his", "her", "i", "me", "my", "which", "who", "whom", "what",
    "also", "very", "more", "most", "such", "so", "than", "then", "can", "could", "should", "would", "will", "may",
    "might", "must", "shall", "do", "does", "did", "has", "have", "had", "about", "into", "between", "within",
    "all", "any", "some", "each", "both", "other", "but", "if", "while", "whether", "how", "when", "where", "why",
    "up", "out", "over", "under", "again", "further", "only", "own", "same", "too", "just", "well", "s", "el", "la",
    "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "y", "o", "e", "en", "por", "para", "con", "que",
    "es", "son", "se", "su", "sus", "lo", "como", "mas", "muy", "entre", "le", "les", "une", "des", "du", "et",
    "ou", "dans", "par", "pour", "avec", "qui", "est", "sont", "sa", "son", "ses", "au", "aux", "ce", "cette",
    "ces", "plus", "tres", "l", "d",
  ]
}
