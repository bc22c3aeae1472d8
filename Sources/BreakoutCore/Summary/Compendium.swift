import Foundation

/// Several sessions (the regional meetings) into one compendium of promising practices: practices by theme and
/// region, each listed once and credited to every session that raised it, then the recommendations across regions.
public struct CompendiumDocument: Codable, Equatable, Sendable {
  public static let schema = "breakout.compendium/2"

  public struct Entry: Codable, Equatable, Sendable {
    public var text: String
    public var speakers: [String]
    /// Each session that raised it, by its short label ("Asia-Pacific, 2021-03-24").
    public var sessions: [String]
  }

  public struct RegionPractices: Codable, Equatable, Sendable {
    public var region: String
    public var practices: [Entry]
  }

  public struct ThemePractices: Codable, Equatable, Sendable {
    public var theme: String
    public var regions: [RegionPractices]
  }

  public var schema: String
  /// The language of the compendium's own words (`en`, `es`, `fr`).
  public var language: String
  public var generatedAt: Date
  public var attribution: String
  /// "Asia-Pacific, 2021-03-24: Fostering Cooperation ...": each session once, its short label first.
  public var sessions: [String]
  public var themes: [ThemePractices]
  public var recommendations: [Entry]
  /// Notes tagged as quotes: the meetings' key messages, printed as quotations (not as recommendations).
  public var keyMessages: [Entry] = []

  /// A note the compendium lists as a practice: tagged so, or said under question ii (best practices).
  public static func isPractice(_ note: Note) -> Bool { note.tags.contains(.practice) || note.questionNumber == 2 }

  /// Whether a note is in the compendium at all.
  public static func includes(_ note: Note) -> Bool {
    isPractice(note) || note.tags.contains(.recommendation) || note.tags.contains(.quote)
  }

  /// The language of several sessions: theirs when they share one, else English.
  public static func commonLanguage(_ sessions: [SessionSnapshot]) -> SessionLanguage {
    let languages = Set(sessions.map(\.info.language))
    return languages.count == 1 ? languages.first! : .english
  }

  public static func compile(
    _ sessions: [SessionSnapshot], attribution: AttributionMode, language: SessionLanguage? = nil, generatedAt: Date
  ) -> CompendiumDocument {
    let report = ReportWords(language ?? commonLanguage(sessions))
    // A short label for every line (region and first day), told apart by a number when two sessions share it;
    // the full titles are listed once at the top.
    var labels: [String] = []
    for session in sessions {
      let base = [session.info.region ?? report(.sessionLabel), session.info.startDate].compactMap { $0 }.joined(
        separator: ", ")
      let repeats = labels.filter { $0 == base || $0.hasPrefix(base + " (") }.count
      labels.append(repeats == 0 ? base : "\(base) (\(repeats + 1))")
    }
    var keyMessages: [Entry] = []
    var themeOrder: [String] = []
    var practices: [String: [String: [Entry]]] = [:]  // theme -> region -> entries
    var regionOrder: [String: [String]] = [:]
    var recommendations: [Entry] = []
    // Under the Chatham House Rule nobody on any of the sessions' rosters is named, in any session's notes.
    let withheld =
      attribution == .chathamHouse
      ? ChathamHouseCheck.Index(terms: sessions.flatMap(ChathamHouseCheck.terms(in:))) : nil
    func words(_ text: String) -> String { withheld.map { ChathamHouseCheck.redact(text, index: $0) } ?? text }

    // The same point in nearly the same words, from any session, is one point: each text is numbered by the first
    // point it nearly repeats.
    var points = NearDuplicates()
    var pointOf: [String: Int] = [:]
    func point(_ text: String) -> Int {
      if let known = pointOf[text] { return known }
      let index = points.merge(text).index
      pointOf[text] = index
      return index
    }

    func add(_ entry: Entry, to list: inout [Entry]) {
      let key = point(entry.text)
      if let index = list.firstIndex(where: { point($0.text) == key }) {
        for session in entry.sessions where !list[index].sessions.contains(session) {
          list[index].sessions.append(session)
        }
        for speaker in entry.speakers where !list[index].speakers.contains(speaker) {
          list[index].speakers.append(speaker)
        }
      } else {
        list.append(entry)
      }
    }

    for (position, session) in sessions.enumerated() {
      let region = session.info.region ?? report(.otherRegions)
      for note in session.notes {
        guard let group = session.groups.first(where: { $0.id == note.groupID }),
          let theme = session.theme(of: group)
        else { continue }
        let speaker = Attribution.speaker(session.participant(note.speakerID), mode: attribution, words: report)
        let entry = Entry(text: words(note.text), speakers: speaker.map { [$0] } ?? [], sessions: [labels[position]])
        if isPractice(note) {
          let themeName = report(.headingName(theme.name))
          if practices[themeName] == nil { themeOrder.append(themeName) }
          if practices[themeName]?[region] == nil { regionOrder[themeName, default: []].append(region) }
          add(entry, to: &practices[themeName, default: [:]][region, default: []])
        }
        if note.tags.contains(.quote) {
          add(entry, to: &keyMessages)
        } else if note.tags.contains(.recommendation) {
          add(entry, to: &recommendations)
        }
      }
      for item in session.plenary where item.section == .recommendations {
        add(Entry(text: words(item.text), speakers: [], sessions: [labels[position]]), to: &recommendations)
      }
    }
    // A practice raised in two regions is listed under the first and credits both.
    let themes = themeOrder.map { theme in
      var seen = Set<Int>()
      let regions = (regionOrder[theme] ?? []).map { region -> RegionPractices in
        let unique = (practices[theme]?[region] ?? []).filter { seen.insert(point($0.text)).inserted }
        return RegionPractices(region: region, practices: unique)
      }.filter { !$0.practices.isEmpty }
      return ThemePractices(theme: theme, regions: regions)
    }
    // Merge credits of practices repeated across regions into their first listing.
    var merged = themes
    for (themeIndex, theme) in themes.enumerated() {
      for region in regionOrder[theme.theme] ?? [] {
        for entry in practices[theme.theme]?[region] ?? [] {
          for (regionIndex, listed) in merged[themeIndex].regions.enumerated() {
            if let index = listed.practices.firstIndex(where: {
              point($0.text) == point(entry.text)
            }) {
              for session in entry.sessions
              where !merged[themeIndex].regions[regionIndex].practices[index].sessions.contains(session) {
                merged[themeIndex].regions[regionIndex].practices[index].sessions.append(session)
              }
            }
          }
        }
      }
    }
    return CompendiumDocument(
      schema: schema, language: report.language.rawValue, generatedAt: generatedAt, attribution: attribution.rawValue,
      sessions: zip(labels, sessions).map { "\($0): \($1.info.title)" }, themes: merged,
      recommendations: recommendations, keyMessages: keyMessages)
  }

  /// The catalogue of the compendium's own words.
  public var words: ReportWords { ReportWords(SessionLanguage(rawValue: language) ?? .english) }

  /// The compendium in the summary's blocks, so every summary format can write it.
  public var blocks: [SummaryBlock] {
    let words = self.words
    var blocks: [SummaryBlock] = [.title(words(.compendiumTitle))]
    blocks.append(.paragraph(words(.drawnFrom(count: sessions.count, sessions: sessions))))
    for theme in themes {
      blocks.append(.pageBreak)
      blocks.append(.heading(level: 1, theme.theme))
      for region in theme.regions {
        blocks.append(.heading(level: 2, region.region))
        for entry in region.practices {
          blocks.append(
            .point(
              text: entry.text + " [\(entry.sessions.joined(separator: "; "))]",
              speaker: entry.speakers.isEmpty ? nil : entry.speakers.joined(separator: "; "), emphasis: false,
              quote: false, reference: nil))
        }
      }
    }
    blocks.append(.heading(level: 1, words(.recommendationsAcrossRegions)))
    if recommendations.isEmpty { blocks.append(.paragraph(words(.noRecommendations))) }
    for entry in recommendations {
      blocks.append(
        .point(
          text: entry.text + " [\(entry.sessions.joined(separator: "; "))]",
          speaker: entry.speakers.isEmpty ? nil : entry.speakers.joined(separator: "; "), emphasis: false, quote: false,
          reference: nil))
    }
    blocks.append(.heading(level: 1, words(.keyMessagesAcrossRegions)))
    if keyMessages.isEmpty { blocks.append(.paragraph(words(.noKeyMessages))) }
    for entry in keyMessages {
      blocks.append(
        .point(
          text: entry.text,
          speaker: [entry.speakers.joined(separator: "; "), entry.sessions.joined(separator: "; ")]
            .filter { !$0.isEmpty }.joined(separator: ", "), emphasis: false, quote: true, reference: nil))
    }
    return blocks
  }
}
