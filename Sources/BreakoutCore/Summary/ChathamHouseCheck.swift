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

  /// A word or words to withhold: a name as people may call someone, an organisation or an e-mail address.
  public struct Term: Hashable, Sendable {
    public var text: String
    /// A name that is also a short word of the meeting's language ("An", "Lê"): only counted where it reads as a
    /// name (see `Index`).
    public var isCommonWord: Bool

    public init(_ text: String, isCommonWord: Bool) {
      self.text = text
      self.isCommonWord = isCommonWord
    }
  }

  /// Every way the roster's people may be called (see `identifyingForms`), their organisations and e-mail
  /// addresses, less the meeting's own words.
  public static func terms(in session: SessionSnapshot) -> [Term] {
    let framing = Framing(session)
    let cleared = clearedWords(in: session)
    var terms: [String: Bool] = [:]
    for person in session.participants {
      for form in identifyingForms(
        of: person.name, language: session.info.language, framing: framing, cleared: cleared, shared: [])
      {
        terms[form.text] = (terms[form.text] ?? true) && form.isCommonWord
      }
      for other in [person.organisation, person.email ?? ""] {
        let key = LooseText.normalised(other)
        if key.count >= 3, !framing.contains(key) { terms[other] = false }
      }
    }
    return terms.map { Term($0.key, isCommonWord: $0.value) }.sorted { $0.text < $1.text }
  }

  /// The forms of a name (`NameForms`) that identify its person: always the whole name; a part or run of parts
  /// unless it is an ordinary word (see `nameWords`), a number, cleared by the session, in the meeting's own
  /// words, or in `shared` (the forms of people it cannot be told from).
  static func identifyingForms(
    of name: String, language: SessionLanguage, framing: Framing, cleared: Set<String>, shared: Set<String>
  ) -> [NameForms.Form] {
    NameForms.forms(of: name, language: language).enumerated().compactMap { index, form in
      let key = form.words.joined(separator: " ")
      guard !framing.contains(key) else { return nil }
      if index == 0 { return key.count >= 2 ? form : nil }
      guard !cleared.contains(key), !shared.contains(key) else { return nil }
      if form.words.count == 1, isOrdinaryWord(key) || key.allSatisfy(\.isNumber) { return nil }
      return form
    }
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
    struct Candidate: Sendable {
      var words: [String]
      var term: String
      var isCommonWord: Bool
      /// The first word as the roster writes it, lowercased, when it has letters beyond ASCII ("lê"): written so,
      /// it is the name even where the same letters without accents would be a common word.
      var written: String?
    }
    var byFirstWord: [String: [Candidate]] = [:]
    /// Hashes of the terms' first words, for a pass over a note's bytes that allocates nothing: most notes name
    /// nobody and are passed over without being split into words.
    var firstWordHashes: Set<UInt64> = []
    /// Terms in scripts written without spaces between words (Thai, Khmer, Chinese): their letters, looked up by
    /// the first, found inside runs of letters, spaces or none between them.
    var unspaced: [Character: [(letters: [Character], term: String)]] = [:]

    public init(terms: [Term]) {
      for term in terms {
        let tokens = ChathamHouseCheck.words(term.text)
        guard let first = tokens.first?.word else { continue }
        let writtenFirst = term.text[tokens[0].range].lowercased()
        byFirstWord[first, default: []].append(
          Candidate(
            words: tokens.map(\.word), term: term.text, isCommonWord: term.isCommonWord,
            written: term.isCommonWord && !writtenFirst.utf8.allSatisfy({ $0 < 0x80 }) ? writtenFirst : nil))
        if first.utf8.allSatisfy({ $0 < 0x80 }) { firstWordHashes.insert(Self.hash(first.utf8)) }
        if term.text.unicodeScalars.contains(where: Self.isUnspacedScript) {
          let letters = tokens.flatMap { Array(term.text[$0.range]) }
          if letters.count >= 2 { unspaced[letters[0], default: []].append((letters, term.text)) }
        }
      }
      for key in byFirstWord.keys {
        byFirstWord[key]!.sort {
          $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.term < $1.term
        }
      }
      for key in unspaced.keys {
        unspaced[key]!.sort {
          $0.letters.count != $1.letters.count ? $0.letters.count > $1.letters.count : $0.term < $1.term
        }
      }
    }

    /// Thai, Lao, Khmer, Myanmar, Tibetan, Chinese, Japanese kana: scripts that do not put spaces between words.
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x0E00...0x0FFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0x3040...0x30FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF:
        true
      default: false
      }
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
      scan(text).mentions
    }

    /// The mentions, and the common-word names written where they may be the word or the name ("An" opening a
    /// sentence): those are left as written, for the rapporteur to check.
    func scan(_ text: String) -> (mentions: [(range: Range<String.Index>, term: String)], doubts: [String]) {
      let tokens = ChathamHouseCheck.words(text)
      var found: [(range: Range<String.Index>, term: String)] = []
      var doubts: [String] = []
      var position = 0
      while position < tokens.count {
        var matched = 0
        search: for (key, prefix, suffix) in Self.keys(of: tokens[position].word) {
          for candidate in byFirstWord[key] ?? [] {
            let count = candidate.words.count
            guard position + count <= tokens.count, suffix == 0 || count == 1 else { continue }
            // The last word may carry a case ending, as a name of one word may.
            var ending = suffix
            if count > 1 {
              let last = tokens[position + count - 1].word
              guard (1..<(count - 1)).allSatisfy({ tokens[position + $0].word == candidate.words[$0] }),
                let stem = Self.keys(of: last).first(where: { $0.prefix == 0 && $0.key == candidate.words[count - 1] })
              else { continue }
              ending = stem.suffix
            }
            let start = text.index(tokens[position].range.lowerBound, offsetBy: prefix)
            let end = text.index(tokens[position + count - 1].range.upperBound, offsetBy: -ending)
            let range = start..<end
            if candidate.isCommonWord {
              switch Self.reading(
                start..<(count == 1 ? end : tokens[position].range.upperBound), in: text, written: candidate.written)
              {
              case .name: break
              case .either:
                if !doubts.contains(candidate.term) { doubts.append(candidate.term) }
                continue
              case .word: continue
              }
            }
            found.append((range, candidate.term))
            matched = count
            break search
          }
        }
        position += max(1, matched)
      }
      if !unspaced.isEmpty, !text.utf8.allSatisfy({ $0 < 0x80 }) {
        for mention in unspacedMentions(in: text)
        where !found.contains(where: { $0.range.overlaps(mention.range) }) {
          found.append(mention)
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
      }
      return (found, doubts)
    }

    /// A word as it is, then without what some scripts join to a name, each with how many letters were taken
    /// off its start and its end: Arabic and Hebrew write "and", "to", "the" joined before it ("لأحمد" is "to
    /// Ahmed"), Amharic "of", "to", "by", "from" before and case endings after ("የአበበ", "አበበን"), Georgian case
    /// endings after ("ნინომ").
    static func keys(of word: String) -> [(key: String, prefix: Int, suffix: Int)] {
      guard let first = word.unicodeScalars.first?.value, first >= 0x0590 else { return [(word, 0, 0)] }
      let letters = Array(word)
      var stems: [(prefix: Int, suffix: Int)] = [(0, 0)]
      let joinedBefore: Set<Character>
      var endings: [String] = []
      switch first {
      case 0x0590...0x06FF:
        joinedBefore = [
          "\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}", "\u{0627}", "ו", "ה", "ב", "כ", "ל", "מ", "ש",
        ]
      case 0x1200...0x137F:
        joinedBefore = ["የ", "ለ", "በ", "ከ"]
        endings = ["ን", "ም", "ስ", "ንም"]
      case 0x10A0...0x10FF:
        joinedBefore = []
        endings = ["მა", "მ", "ს", "ის", "ით", "ად", "ო", "თან", "ზე", "ში", "სთვის", "ისთვის", "ისა", "სა"]
      default: return [(word, 0, 0)]
      }
      var taken = 0
      while taken < 3, taken + 3 <= letters.count, joinedBefore.contains(letters[taken]) {
        taken += 1
        stems.append((taken, 0))
      }
      for ending in endings where word.hasSuffix(ending) {
        let count = ending.count
        for stem in stems where letters.count - stem.prefix - count >= 2 { stems.append((stem.prefix, count)) }
      }
      var keys = stems.map { (String(letters[$0.prefix..<(letters.count - $0.suffix)]), $0.prefix, $0.suffix) }
      // Georgian names in -ე and -ა lose it before -ის, -ით, -ად: "ბერიძის" is Beridze's.
      for (key, prefix, suffix) in keys where suffix >= 2 && (0x10A0...0x10FF).contains(first) {
        keys += [(key + "ე", prefix, suffix), (key + "ა", prefix, suffix)]
      }
      return keys
    }

    enum Reading { case name, either, word }

    /// Whether a common-word name as written there is the name: written with the name's own accents ("Hà"), with
    /// a capital inside a sentence, or followed by "'s"; with a capital opening a sentence it may be either.
    static func reading(_ range: Range<String.Index>, in text: String, written: String?) -> Reading {
      let word = text[range]
      if let written, word.lowercased() == written { return .name }
      guard word.first?.isUppercase == true else { return .word }
      let after = text[range.upperBound...]
      if after.hasPrefix("'s") || after.hasPrefix("\u{2019}s") { return .name }
      return opens(at: range.lowerBound, in: text, after: ".!?…:;-•*¿¡") ? .either : .name
    }

    /// Whether a word there opens the text, a line, or what follows one of `marks` (quotes and brackets aside).
    static func opens(at start: String.Index, in text: String, after marks: String) -> Bool {
      var index = start
      while index > text.startIndex {
        index = text.index(before: index)
        let character = text[index]
        if character.isNewline { return true }
        if character.isWhitespace || "\"'“‘«(".contains(character) { continue }
        return marks.contains(character)
      }
      return true
    }

    /// Mentions of the terms in scripts without spaces between words.
    func unspacedMentions(in text: String) -> [(range: Range<String.Index>, term: String)] {
      var letters: [(character: Character, index: String.Index)] = []
      var index = text.startIndex
      while index < text.endIndex {
        if !text[index].isWhitespace { letters.append((text[index], index)) }
        index = text.index(after: index)
      }
      var found: [(range: Range<String.Index>, term: String)] = []
      var position = 0
      while position < letters.count {
        var matched = 0
        for candidate in unspaced[letters[position].character] ?? [] {
          let count = candidate.letters.count
          guard position + count <= letters.count,
            (1..<count).allSatisfy({ letters[position + $0].character == candidate.letters[$0] })
          else { continue }
          let last = letters[position + count - 1].index
          found.append((letters[position].index..<text.index(after: last), candidate.term))
          matched = count
          break
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
      let (mentions, doubts) = index.mayMention(note.text) ? index.scan(note.text) : ([], [])
      var hits: [String] = []
      for mention in mentions where !hits.contains(mention.term) { hits.append(mention.term) }
      // A capitalised ordinary word that is also a name part, outside the names withheld: a question, not a change.
      var questions: [String] = doubts
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
      var replacement = replacements[mention.term] ?? placeholder
      // "a government official said" opening a sentence is "A government official said".
      if let first = replacement.first, first.isLowercase,
        Index.opens(at: mention.range.lowerBound, in: text, after: ".!?…")
      {
        replacement = first.uppercased() + replacement.dropFirst()
      }
      result.replaceSubrange(mention.range, with: replacement)
    }
    return result
  }

  /// The forms of the names of people who did not consent to be quoted (see `identifyingForms`), each with the
  /// phrase that stands for them ("a government official"): under `named` and `affiliation` a note's own words must
  /// not name them either. A form that a person who consented shares is left alone: it cannot tell the two apart.
  public static func unconsentedNames(in session: SessionSnapshot, report: ReportWords) -> [Term: String] {
    let framing = Framing(session)
    let language = session.info.language
    let consented = Set(
      session.participants.filter(\.consentsToBeQuoted).flatMap {
        NameForms.forms(of: $0.name, language: language).map { $0.words.joined(separator: " ") }
      })
    var phrases: [Term: String] = [:]
    let cleared = clearedWords(in: session)
    for person in session.participants where !person.consentsToBeQuoted {
      let phrase = report(.affiliation(person.stakeholderType))
      for form in identifyingForms(
        of: person.name, language: language, framing: framing, cleared: cleared, shared: consented)
      {
        phrases[Term(form.text, isCommonWord: form.isCommonWord)] = phrase
      }
    }
    return phrases
  }

  /// Notes whose own words name someone who did not consent to be quoted (under `named` or `affiliation`).
  public static func unconsentedFindings(in notes: [Note], session: SessionSnapshot) -> [Finding] {
    let index = Index(terms: Array(unconsentedNames(in: session, report: ReportWords(session.info.language)).keys))
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
      let key = word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : LooseText.folded(word)
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
