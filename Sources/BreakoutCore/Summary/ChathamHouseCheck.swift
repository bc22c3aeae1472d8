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
  }

  public static let placeholder = "[withheld]"

  /// Names, their longer parts and organisations, longest first, less the meeting's own words.
  public static func terms(in session: SessionSnapshot) -> [String] {
    let framing = LooseText.normalised(
      ([session.info.title] + session.info.organisers + session.questions.map(\.text)).joined(separator: " "))
    var terms = Set<String>()
    for person in session.participants {
      terms.insert(person.name)
      for part in person.name.split(separator: " ") where part.count >= 4 { terms.insert(String(part)) }
      if person.organisation.count >= 3 { terms.insert(person.organisation) }
      if let email = person.email { terms.insert(email) }
    }
    return terms.filter { term in
      let key = LooseText.normalised(term)
      return key.count >= 3 && !(" " + framing + " ").contains(" \(key) ")
    }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
  }

  public static func findings(in notes: [Note], session: SessionSnapshot) -> [Finding] {
    let terms = terms(in: session)
    return notes.compactMap { note in
      let hits = terms.filter { !ranges(of: $0, in: note.text).isEmpty }
      guard !hits.isEmpty else { return nil }
      let group = session.groups.first { $0.id == note.groupID }?.number ?? 0
      return Finding(noteID: note.id, group: group, question: note.questionNumber, mentions: hits)
    }
  }

  /// The text with every term replaced by "[withheld]".
  public static func redact(_ text: String, terms: [String]) -> String {
    var result = text
    for term in terms {
      for range in ranges(of: term, in: result).reversed() { result.replaceSubrange(range, with: placeholder) }
    }
    return result
  }

  /// Whole-word, case- and accent-insensitive occurrences.
  static func ranges(of term: String, in text: String) -> [Range<String.Index>] {
    var found: [Range<String.Index>] = []
    var start = text.startIndex
    while let range = text.range(
      of: term, options: [.caseInsensitive, .diacriticInsensitive], range: start..<text.endIndex)
    {
      let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      let isWord = { (character: Character?) in character.map { $0.isLetter || $0.isNumber } ?? false }
      if !isWord(before) && !isWord(after) { found.append(range) }
      start = range.upperBound
    }
    return found
  }
}
