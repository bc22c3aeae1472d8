import Foundation

/// Under the Chatham House Rule a note's own words can still give someone away. This finds the roster's names and
/// organisations in notes, so the rapporteur can rephrase them, and the export withholds them in the meantime.
/// Words that are part of the meeting's own framing (its title, organisers and questions, e.g. "UNODC") are not
/// treated as giving anyone away.
public enum ChathamHouseCheck {
  public struct Finding: Equatable, Sendable {
    public var noteID: Int64
    public var group: Int
    public var question: Int
    /// What the text gives away: names or organisations, as written in the roster.
    public var mentions: [String]
    /// Ordinary words that are also someone's name ("Grant", "Park"): left as written, for the rapporteur to check.
    public var questions: [String] = []

    public init(noteID: Int64, group: Int, question: Int, mentions: [String], questions: [String] = []) {
      self.noteID = noteID
      self.group = group
      self.question = question
      self.mentions = mentions
      self.questions = questions
    }
  }

  public static let placeholder = "[withheld]"

  /// The meeting's own words (its title, organisers and questions), normalised: every run of up to six words, so
  /// that thousands of roster names are each checked against it in one lookup.
  struct Framing {
    private var runs: Set<String> = []
    private var padded: String

    init(_ session: SessionSnapshot) {
      let text = LooseText.normalised(
        ([session.info.title] + session.info.organisers + session.questions.map(\.text)).joined(separator: " "))
      padded = " " + text + " "
      let words = text.split(separator: " ")
      for start in words.indices {
        for end in start..<min(words.count, start + 6) { runs.insert(words[start...end].joined(separator: " ")) }
      }
    }

    /// Whether `key` (normalised) is a run of whole words of the framing.
    func contains(_ key: String) -> Bool {
      if runs.contains(key) { return true }
      guard key.utf8.reduce(0, { $0 + ($1 == 0x20 ? 1 : 0) }) >= 6 else { return false }
      return padded.utf8.firstRange(of: (" " + key + " ").utf8) != nil
    }
  }

  /// Names, their longer parts and organisations, longest first, less the meeting's own words and the parts of
  /// names that are ordinary words (see `nameWords`).
  public static func terms(in session: SessionSnapshot) -> [String] {
    let framing = Framing(session)
    var terms = Set<String>()
    let cleared = clearedWords(in: session)
    for person in session.participants {
      terms.insert(person.name)
      for part in person.name.split(separator: " ")
      where part.count >= 4 && !isOrdinaryWord(String(part)) && !isNumber(part)
        && !cleared.contains(LooseText.normalised(String(part)))
      {
        terms.insert(String(part))
      }
      if person.organisation.count >= 3 { terms.insert(person.organisation) }
      if let email = person.email { terms.insert(email) }
    }
    return terms.filter { term in
      let key = LooseText.normalised(term)
      return key.count >= 3 && !framing.contains(key)
    }.longestFirst()
  }

  /// Parts of names on the roster that are also ordinary words ("Grant", "Park", "Young"): withholding them alone
  /// turns "Grant funding" into "[withheld] funding", so they are left as written and listed for the rapporteur,
  /// while the full name is still withheld. Only their capitalised form is asked about.
  public static func nameWords(in session: SessionSnapshot) -> [String] {
    let cleared = clearedWords(in: session)
    return Set(session.participants.flatMap { $0.name.split(separator: " ").map(String.init) }.filter(isOrdinaryWord))
      .filter { !cleared.contains(LooseText.normalised($0)) }.sorted()
  }

  /// The words the session has recorded as identifying nobody (`breakout ordinary-words add`), normalised.
  static func clearedWords(in session: SessionSnapshot) -> Set<String> {
    Set(session.notIdentifying.map(LooseText.normalised))
  }

  static func isOrdinaryWord(_ part: String) -> Bool { ordinaryWords.contains(part.lowercased()) }

  /// A part of a name that is only digits ("Participant 12" after a purge) names nobody on its own.
  static func isNumber(_ part: Substring) -> Bool { part.allSatisfy(\.isNumber) }

  /// English words that are also common given names or surnames.
  static let ordinaryWords: Set<String> = [
    "grant", "park", "young", "king", "long", "brown", "white", "green", "black", "gray", "grey", "rose", "hope",
    "faith", "grace", "joy", "will", "mark", "bill", "frank", "hall", "wood", "woods", "stone", "bush", "ford",
    "cook", "baker", "miller", "smith", "page", "rich", "fair", "bank", "banks", "marsh", "field", "fields", "hill",
    "hills", "lane", "moore", "moss", "wells", "west", "north", "south", "east", "street", "price", "rice", "love",
    "hunter", "mason", "porter", "walker", "turner", "cooper", "parker", "carter", "fisher", "sharp", "short",
    "little", "strong", "bird", "fox", "wolf", "lamb", "bishop", "dean", "chase", "case", "cross", "gross", "hart",
    "holly", "ivy", "summer", "winter", "april", "june", "august", "major", "power", "powers", "story", "land",
    "lord", "noble", "guy", "victor", "earnest", "constance", "patience", "prudence", "justice", "liberty", "sterling",
    "golden", "silver", "chance", "sky", "river", "dale", "glen", "cliff", "brook", "heath", "may", "sun", "song",
    "lee", "day", "dawn", "rain", "snow", "gay", "bell", "best", "good", "law", "cash", "ward", "ray", "read", "reed",
    // What `purge --all-personal` names everyone: "Participant 12".
    "participant",
  ]

  /// The terms as word sequences, looked up by their first word: a 50,000-note summary checks every word of
  /// every note once instead of searching every note for every name.
  public struct Index: Sendable {
    var byFirstWord: [String: [(words: [String], term: String)]] = [:]
    /// Hashes of the terms' first words, for a pass over a note's bytes that allocates nothing: most notes name
    /// nobody and are passed over without being split into words.
    var firstWordHashes: Set<UInt64> = []

    public init(terms: [String]) {
      for term in terms {
        let words = ChathamHouseCheck.words(term).map(\.word)
        guard let first = words.first else { continue }
        byFirstWord[first, default: []].append((words, term))
        if first.utf8.allSatisfy({ $0 < 0x80 }) { firstWordHashes.insert(Self.hash(first.utf8)) }
      }
      for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// FNV-1a over a word's ASCII bytes, lowercased unless told not to.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, foldingCase: Bool = true) -> UInt64 {
      var value: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes {
        value = (value ^ UInt64(foldingCase && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)) &* 0x100_0000_01b3
      }
      return value
    }

    /// Whether the text may hold one of the words hashed: false only for ASCII text with none of them, found
    /// without splitting it into words. A word is a run of letters (and digits, if `digits`), its case folded if
    /// `foldingCase`, as the hashes were made.
    @inline(__always)
    static func mayHoldWord(_ text: String, hashes: Set<UInt64>, foldingCase: Bool, digits: Bool) -> Bool {
      guard !hashes.isEmpty else { return false }
      var value: UInt64 = 0xcbf2_9ce4_8422_2325
      var inWord = false
      for byte in text.utf8 {
        if byte >= 0x80 { return true }
        let isUpper = byte >= 0x41 && byte <= 0x5A
        if isUpper || (byte >= 0x61 && byte <= 0x7A) || (digits && byte >= 0x30 && byte <= 0x39) {
          value = (value ^ UInt64(foldingCase && isUpper ? byte + 32 : byte)) &* 0x100_0000_01b3
          inWord = true
        } else if inWord {
          if hashes.contains(value) { return true }
          value = 0xcbf2_9ce4_8422_2325
          inWord = false
        }
      }
      return inWord && hashes.contains(value)
    }

    /// Whether the text may mention a term: false only for ASCII text none of whose words starts a term.
    func mayMention(_ text: String) -> Bool {
      !byFirstWord.isEmpty && Self.mayHoldWord(text, hashes: firstWordHashes, foldingCase: true, digits: true)
    }

    /// Each mention: its range in the text and the roster term it matches; longest match first, no overlaps.
    func mentions(in text: String) -> [(range: Range<String.Index>, term: String)] {
      mayMention(text) ? allMentions(in: text) : []
    }

    /// The same, without the quick pass (what the quick pass must agree with).
    func allMentions(in text: String) -> [(range: Range<String.Index>, term: String)] {
      let tokens = ChathamHouseCheck.words(text)
      var found: [(Range<String.Index>, String)] = []
      var position = 0
      while position < tokens.count {
        var matched = 0
        for candidate in byFirstWord[tokens[position].word] ?? [] {
          let count = candidate.words.count
          guard position + count <= tokens.count else { continue }
          if (0..<count).allSatisfy({ tokens[position + $0].word == candidate.words[$0] }) {
            found.append(
              (tokens[position].range.lowerBound..<tokens[position + count - 1].range.upperBound, candidate.term))
            matched = count
            break
          }
        }
        position += max(1, matched)
      }
      return found
    }
  }

  public static func findings(in notes: [Note], session: SessionSnapshot) -> [Finding] {
    let index = Index(terms: terms(in: session))
    let askAbout = Set(nameWords(in: session))
    let askAboutHashes = Set(askAbout.map { Index.hash($0.utf8, foldingCase: false) })
    let groupNumbers = Dictionary(session.groups.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
    return notes.compactMap { note in
      let mentions = index.mentions(in: note.text)
      var hits: [String] = []
      for mention in mentions where !hits.contains(mention.term) { hits.append(mention.term) }
      // A capitalised ordinary word that is also a name part, outside the names withheld: a question, not a change.
      var questions: [String] = []
      if Index.mayHoldWord(note.text, hashes: askAboutHashes, foldingCase: false, digits: false) {
        let redacted = redact(note.text, mentions: mentions)
        for word in redacted.split(whereSeparator: { !$0.isLetter }).map(String.init)
        where askAbout.contains(word) && !questions.contains(word) {
          questions.append(word)
        }
      }
      guard !hits.isEmpty || !questions.isEmpty else { return nil }
      return Finding(
        noteID: note.id, group: groupNumbers[note.groupID] ?? 0, question: note.questionNumber, mentions: hits,
        questions: questions)
    }
  }

  /// The text with every mention replaced by "[withheld]", or by the replacement given for its term.
  public static func redact(
    _ text: String, index: Index, replacements: [String: String] = [:], placeholder: String = placeholder
  ) -> String {
    redact(text, mentions: index.mentions(in: text), replacements: replacements, placeholder: placeholder)
  }

  static func redact(
    _ text: String, mentions: [(range: Range<String.Index>, term: String)], replacements: [String: String] = [:],
    placeholder: String = placeholder
  ) -> String {
    var result = text
    for mention in mentions.reversed() {
      result.replaceSubrange(mention.range, with: replacements[mention.term] ?? placeholder)
    }
    return result
  }

  /// The names (full, and their longer parts) of people who did not consent to be quoted, each with the phrase
  /// that stands for them ("a government official"): under `named` and `affiliation` a note's own words must not
  /// name them either. The meeting's own words and the names of people who consented are left alone.
  public static func unconsentedNames(in session: SessionSnapshot, report: ReportWords = .english) -> [String: String] {
    let framing = Framing(session)
    let consentedWords = Set(
      session.participants.filter(\.consentsToBeQuoted).flatMap { words($0.name).map(\.word) })
    var phrases: [String: String] = [:]
    let cleared = clearedWords(in: session)
    for person in session.participants where !person.consentsToBeQuoted {
      let phrase = report(.affiliation(person.stakeholderType))
      phrases[person.name] = phrase
      for part in person.name.split(separator: " ") where part.count >= 4 && !isNumber(part) {
        let key = LooseText.normalised(String(part))
        // A part shared with someone who consented cannot tell the two apart: only the full name counts then.
        guard !consentedWords.contains(key), !isOrdinaryWord(String(part)), !cleared.contains(key),
          !framing.contains(key)
        else { continue }
        phrases[String(part)] = phrase
      }
    }
    return phrases
  }

  /// Notes whose own words name someone who did not consent to be quoted (under `named` or `affiliation`).
  public static func unconsentedFindings(in notes: [Note], session: SessionSnapshot) -> [Finding] {
    let index = Index(terms: unconsentedNames(in: session).keys.longestFirst())
    let groupNumbers = Dictionary(session.groups.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
    return notes.compactMap { note in
      var hits: [String] = []
      for mention in index.mentions(in: note.text) where !hits.contains(mention.term) { hits.append(mention.term) }
      guard !hits.isEmpty else { return nil }
      return Finding(
        noteID: note.id, group: groupNumbers[note.groupID] ?? 0, question: note.questionNumber, mentions: hits)
    }
  }

  /// Words (runs of letters and digits) with their ranges, compared without case or accents.
  static func words(_ text: String) -> [(word: String, range: Range<String.Index>)] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
    var words: [(String, Range<String.Index>)] = []
    var start: String.Index?
    var index = text.startIndex
    func close(at end: String.Index) {
      guard let begin = start else { return }
      let word = String(text[begin..<end])
      let key =
        word.utf8.allSatisfy { $0 < 0x80 }
        ? word.lowercased() : word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      words.append((key, begin..<end))
      start = nil
    }
    while index < text.endIndex {
      let character = text[index]
      if character.isLetter || character.isNumber {
        if start == nil { start = index }
      } else {
        close(at: index)
      }
      index = text.index(after: index)
    }
    close(at: text.endIndex)
    return words
  }

  /// The same for ASCII text, byte by byte.
  static func asciiWords(_ text: String) -> [(word: String, range: Range<String.Index>)] {
    var words: [(String, Range<String.Index>)] = []
    let utf8 = text.utf8
    var start: String.Index?
    var key: [UInt8] = []
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      let isDigit = byte >= 0x30 && byte <= 0x39
      let isUpper = byte >= 0x41 && byte <= 0x5A
      let isLower = byte >= 0x61 && byte <= 0x7A
      if isDigit || isUpper || isLower {
        if start == nil { start = index }
        key.append(isUpper ? byte + 32 : byte)
      } else if let begin = start {
        words.append((String(decoding: key, as: UTF8.self), begin..<index))
        start = nil
        key.removeAll(keepingCapacity: true)
      }
      index = utf8.index(after: index)
    }
    if let begin = start { words.append((String(decoding: key, as: UTF8.self), begin..<utf8.endIndex)) }
    return words
  }
}

extension Sequence<String> {
  /// Longest first (in characters, each counted once), then in order: the order a name is looked for in.
  func longestFirst() -> [String] {
    let measured: [(term: String, length: Int)] = map { ($0, $0.count) }
    let sorted = measured.sorted { first, second in
      first.length != second.length ? first.length > second.length : first.term < second.term
    }
    return sorted.map(\.term)
  }
}
