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

  /// What a point is compared by. Words are kept as 64-bit hashes of their normalised spelling: a 50,000-note
  /// summary compares its points without making a string of every word.
  struct Analysis: Equatable {
    /// Content words, each once, sorted.
    var words: [UInt64]
    /// Numbers and negations: points merge only when these are the same.
    var signature: UInt64
    /// The whole text, normalised: what points without content words are compared by.
    var whole: UInt64
  }

  /// A word of points with one signature: points with other numbers or negations are never candidates.
  private struct Posting: Hashable {
    var signature: UInt64
    var word: UInt64
  }

  /// Each point's content words, sorted.
  private var points: [[UInt64]] = []
  /// The points of each signature. Most signatures hold a few points, compared one by one; past
  /// `indexedFrom` a signature's points are indexed by word.
  private var pointsBySignature: [UInt64: [Int]] = [:]
  private static let indexedFrom = 16
  /// The points holding each word, for the signatures with many points.
  private var postings: [Posting: [Int]] = [:]
  /// Points without content words ("It is what it is."), by their whole normalised text.
  private var bare: [UInt64: Int] = [:]

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
    points.append(analysis.words)
    if analysis.words.isEmpty {
      bare[analysis.whole] = index
      return (index, true)
    }
    let signature = analysis.signature
    pointsBySignature[signature, default: []].append(index)
    let members = pointsBySignature[signature]!
    if members.count == Self.indexedFrom {
      for member in members {
        for word in points[member] { postings[Posting(signature: signature, word: word), default: []].append(member) }
      }
    } else if members.count > Self.indexedFrom {
      for word in analysis.words { postings[Posting(signature: signature, word: word), default: []].append(index) }
    }
    return (index, true)
  }

  /// The earlier point `text` nearly repeats, without adding it.
  public func match(_ text: String) -> Int? { match(Self.analyse(text)) }

  private func match(_ analysis: Analysis) -> Int? {
    let words = analysis.words
    guard !words.isEmpty else { return bare[analysis.whole] }
    guard let members = pointsBySignature[analysis.signature] else { return nil }
    if members.count < Self.indexedFrom { return best(among: members, words) }
    // A match shares at least this many words (Dice ≥ t needs overlap ≥ t·a/(2−t) whatever the other's size), so
    // probing the size − minimum + 1 rarest words finds every candidate.
    // (Less a hair: 0.8 · 3 / 1.2 is 2.0000000000000004 in floating point, and must count as 2.)
    let minimumShared = Int((Self.threshold * Double(words.count) / (2 - Self.threshold) - 1e-9).rounded(.up))
    var lists: [[Int]] = []
    lists.reserveCapacity(words.count)
    for word in words {
      if let list = postings[Posting(signature: analysis.signature, word: word)] { lists.append(list) }
    }
    guard lists.count >= minimumShared else { return nil }
    lists.sort { $0.count < $1.count }
    var seen = Set<Int>()
    var candidates: [Int] = []
    for list in lists.prefix(words.count - minimumShared + 1) {
      for candidate in list where seen.insert(candidate).inserted { candidates.append(candidate) }
    }
    return best(among: candidates, words)
  }

  /// The candidate most alike (the earliest of equals), if any reaches the threshold.
  private func best(among candidates: [Int], _ words: [UInt64]) -> Int? {
    var best: (index: Int, score: Double)?
    for candidate in candidates {
      let other = points[candidate]
      let score = 2 * Double(Self.sharedCount(words, other)) / Double(words.count + other.count)
      if score >= Self.threshold, score > (best?.score ?? 0) || (score == best?.score && candidate < best!.index) {
        best = (candidate, score)
      }
    }
    return best?.index
  }

  static func sharedCount(_ first: [UInt64], _ second: [UInt64]) -> Int {
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

  static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let fnvPrime: UInt64 = 0x100_0000_01b3

  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    var value = fnvOffset
    for byte in bytes { value = (value ^ UInt64(byte)) &* fnvPrime }
    return value
  }

  /// Sorts words into content words, numbers and negations, as `analyse` does for each.
  private struct Sorter {
    var words: [UInt64] = []
    var numbers: [UInt64] = []
    var negations: [UInt64] = []
    var whole = NearDuplicates.fnvOffset

    /// A word, given as its hash, the hash without its last letter (for a plural "s"), and its shape.
    mutating func add(hash: UInt64, withoutLast: UInt64, length: Int, allDigits: Bool, plural: Bool) {
      whole = (whole ^ hash) &* NearDuplicates.fnvPrime
      if allDigits {
        numbers.append(hash)
      } else if let negation = NearDuplicates.negationHashes[hash] {
        negations.append(negation)
      } else if NearDuplicates.littleWordHashes.contains(hash) {
        return
      } else if length > 3 && plural {
        words.append(withoutLast)
      } else {
        words.append(hash)
      }
    }

    mutating func analysis() -> Analysis {
      words.sort()
      var unique: [UInt64] = []
      unique.reserveCapacity(words.count)
      for word in words where unique.last != word { unique.append(word) }
      numbers.sort()
      negations.sort()
      var signature = NearDuplicates.fnvOffset
      for number in numbers { signature = (signature ^ number) &* NearDuplicates.fnvPrime }
      signature = (signature ^ 0x7C) &* NearDuplicates.fnvPrime
      var previous: UInt64?
      for negation in negations where negation != previous {
        signature = (signature ^ negation) &* NearDuplicates.fnvPrime
        previous = negation
      }
      return Analysis(words: unique, signature: signature, whole: whole)
    }
  }

  /// Content words, numbers and negations of a point.
  static func analyse(_ text: String) -> Analysis {
    var sorter = Sorter()
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII, byte by byte: lowercased runs of letters and digits, as LooseText.normalised splits them.
      var hash = fnvOffset
      var withoutLast = fnvOffset
      var length = 0
      var allDigits = true
      var last: UInt8 = 0
      var beforeLast: UInt8 = 0
      func end(_ sorter: inout Sorter) {
        guard length > 0 else { return }
        sorter.add(
          hash: hash, withoutLast: withoutLast, length: length, allDigits: allDigits,
          plural: last == 0x73 && beforeLast != 0x73)
        hash = fnvOffset
        withoutLast = fnvOffset
        length = 0
        allDigits = true
        last = 0
        beforeLast = 0
      }
      for byte in text.utf8 {
        let isDigit = byte >= 0x30 && byte <= 0x39
        let isUpper = byte >= 0x41 && byte <= 0x5A
        guard isDigit || isUpper || (byte >= 0x61 && byte <= 0x7A) else {
          end(&sorter)
          continue
        }
        let lower = isUpper ? byte + 32 : byte
        withoutLast = hash
        hash = (hash ^ UInt64(lower)) &* fnvPrime
        length += 1
        allDigits = allDigits && isDigit
        beforeLast = last
        last = lower
      }
      end(&sorter)
      return sorter.analysis()
    }
    for word in LooseText.normalised(text).split(separator: " ") {
      if word.unicodeScalars.contains(where: isUnspacedScript) {
        // Written without spaces: every pair of characters is a word.
        let characters = Array(word)
        if characters.count == 1 {
          let hash = Self.hash(word.utf8)
          sorter.add(hash: hash, withoutLast: hash, length: 1, allDigits: false, plural: false)
        }
        for index in characters.indices.dropLast() {
          let hash = Self.hash(String(characters[index...index + 1]).utf8)
          sorter.add(hash: hash, withoutLast: hash, length: 2, allDigits: false, plural: false)
        }
        continue
      }
      let hash = Self.hash(word.utf8)
      let plural = word.hasSuffix("s") && !word.hasSuffix("ss")
      sorter.add(
        hash: hash, withoutLast: plural ? Self.hash(word.utf8.dropLast()) : hash, length: word.count,
        allDigits: word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }, plural: plural)
    }
    return sorter.analysis()
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

  /// Each negation's hash, and the hash it counts as ("don't" normalises to "don t"; "cannot" is "not").
  static let negationHashes: [UInt64: UInt64] = {
    var hashes: [UInt64: UInt64] = [:]
    for word in negationWords { hashes[hash(word.utf8)] = hash((word == "t" || word == "cannot" ? "not" : word).utf8) }
    return hashes
  }()

  static let littleWordHashes: Set<UInt64> = Set(littleWords.map { hash($0.utf8) })

  /// Words that change what a point says however alike the rest is ("don't" normalises to "don t").
  static let negationWords: Set<String> = [
    "not", "no", "never", "without", "cannot", "nor", "neither", "none", "t", "ni", "sin", "nunca", "jamas", "ne",
    "pas", "sans", "jamais", "aucun", "aucune",
  ]

  /// Little words of English, Spanish and French that carry no point of their own (after folding: "más" is "mas").
  static let littleWords: Set<String> = [
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
