/// Everything a summary says in its own words (not the meeting's): headings, labels, the sentences around the
/// notes. Each language's catalogue renders every phrase, so a report is wholly in the session's language.
public enum ReportPhrase: Sendable {
  case background
  case keyQuestions
  case section(PlenaryItem.Section)
  /// "Day Two"
  case dayName(Int)
  /// "Day Two only." under a summary of one day.
  case dayOnly(Int)
  case chathamHouseNotice
  /// "Participants: 40 (Government 10, …), and 2 facilitators."
  case participants(total: Int, counts: [SummaryDocument.Count], facilitators: Int)
  /// "Countries: 12 (Panama 5, …)."
  case countries(total: Int, counts: [SummaryDocument.Count])
  case organisedBy([String])
  /// "2020-12-01 to 2020-12-03"
  case dateSpan(first: String, last: String)
  /// "Breakout Group 1 – Supply Chain (group A)"
  case groupHeading(number: Int, name: String)
  /// A round, where a session has several: "Round 2", or "Round 2: Day Two" when it has a name.
  case round(number: Int, name: String?)
  /// "Supply chain (group A)": one of a theme's several groups, as a new group is named.
  case groupOfTheme(theme: String, letter: String)
  /// "Breakout Groups 1 and 2 – Supply Chain"
  case mergedGroupsHeading(groups: [Int], theme: String)
  /// "There were two breakout groups on supply chain."
  case groupsOnTheme(count: Int, theme: String)
  /// "Group 1 was moderated by X; its rapporteur was Y."
  case groupLeads(group: Int, moderator: String?, rapporteur: String?)
  /// "Moderator: X. Rapporteur: Y."
  case leads(moderator: String?, rapporteur: String?)
  /// "The key points from both groups follow; …"
  case mergedPointsIntroduction(groups: Int)
  case noNotes
  case noKeyPoints
  case unstarredNotice
  /// " (groups 1 and 2)" after a point made in more than one group.
  case pointFromGroups([Int])
  /// "Key point:" before a starred note when every note is listed.
  case keyPointLabel
  /// What stands for a name that may not be given.
  case withheld
  /// The venue of a meeting held online.
  case online
  /// The document title when a session has none.
  case untitledSummary
  case stakeholder(StakeholderType)
  /// "a government official": a speaker who may not be named.
  case affiliation(StakeholderType)
  case csvColumn(CSVColumn)
  case yes
  case no
  /// A theme or group name as a heading writes it (English title-cases it; Spanish and French do not).
  case headingName(String)

  // The compendium across meetings.
  case compendiumTitle
  /// "Drawn from 2 sessions: …."
  case drawnFrom(count: Int, sessions: [String])
  case recommendationsAcrossRegions
  case noRecommendations
  case keyMessagesAcrossRegions
  case noKeyMessages
  /// Where a session names no region.
  case otherRegions
  /// A session's short label when it names no region.
  case sessionLabel

  /// The columns of the CSV export, in order.
  public enum CSVColumn: CaseIterable, Sendable {
    case session, day, theme, group, question, tags, keyPoint, speaker, text, time, note
  }

  /// One of each kind of phrase, with sample values, for tests that compare the catalogues.
  public static var samples: [ReportPhrase] {
    let counts = [SummaryDocument.Count(label: "X", count: 3)]
    return [
      .background, .keyQuestions, .dayName(2), .dayName(12), .dayOnly(2), .chathamHouseNotice,
      .participants(total: 40, counts: counts, facilitators: 0), .participants(total: 40, counts: [], facilitators: 1),
      .participants(total: 40, counts: counts, facilitators: 2), .countries(total: 12, counts: counts),
      .organisedBy(["A", "B"]), .dateSpan(first: "2020-12-01", last: "2020-12-03"),
      .groupHeading(number: 1, name: "x"), .round(number: 2, name: nil), .round(number: 2, name: "x"),
      .groupOfTheme(theme: "x", letter: "A"),
      .mergedGroupsHeading(groups: [1, 2], theme: "x"),
      .mergedGroupsHeading(groups: [1, 2, 3], theme: "x"), .groupsOnTheme(count: 2, theme: "x"),
      .groupLeads(group: 1, moderator: "M", rapporteur: "R"), .groupLeads(group: 1, moderator: "M", rapporteur: nil),
      .groupLeads(group: 1, moderator: nil, rapporteur: "R"), .leads(moderator: "M", rapporteur: "R"),
      .leads(moderator: nil, rapporteur: "R"), .mergedPointsIntroduction(groups: 2),
      .mergedPointsIntroduction(groups: 3), .noNotes, .noKeyPoints, .unstarredNotice, .pointFromGroups([1, 2]),
      .keyPointLabel, .withheld, .online, .untitledSummary, .compendiumTitle, .drawnFrom(count: 1, sessions: ["A"]),
      .drawnFrom(count: 2, sessions: ["A", "B"]), .recommendationsAcrossRegions, .noRecommendations,
      .keyMessagesAcrossRegions, .noKeyMessages, .otherRegions, .sessionLabel, .yes, .no,
    ] + PlenaryItem.Section.allCases.map { .section($0) }
      + StakeholderType.allCases.flatMap { [.stakeholder($0), .affiliation($0)] }
      + CSVColumn.allCases.map { .csvColumn($0) }
  }
}

/// A summary's words in one language.
public struct ReportWords: Sendable {
  public var language: SessionLanguage

  public init(_ language: SessionLanguage) { self.language = language }

  public static let english = ReportWords(.english)

  public func callAsFunction(_ phrase: ReportPhrase) -> String {
    switch language {
    case .english: EnglishReport.text(phrase)
    case .spanish: SpanishReport.text(phrase)
    case .french: FrenchReport.text(phrase)
    }
  }

  /// The language a word processor checks the document's spelling in (Word's `w:lang`).
  public var documentLanguage: String {
    switch language {
    case .english: "en-GB"
    case .spanish: "es-ES"
    case .french: "fr-FR"
    }
  }

  /// The CSV header row.
  public var csvHeader: [String] { ReportPhrase.CSVColumn.allCases.map { self(.csvColumn($0)) } }

  /// "A, B and C" as this language lists things.
  static func list(_ items: [String], and word: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(word) " + items[items.count - 1]
  }

  /// " (Government 10, NGO 4)" after a total.
  static func counted(_ counts: [SummaryDocument.Count]) -> String {
    counts.isEmpty ? "" : " (" + counts.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + ")"
  }

  /// A small count as a word ("two"); larger ones as digits.
  static func numberWord(_ count: Int, _ words: [String]) -> String {
    words.indices.contains(count) ? words[count] : String(count)
  }
}
