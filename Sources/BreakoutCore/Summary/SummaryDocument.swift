import Foundation

/// The rapporteur summary as data, shaped like the meeting report: background, plenary (conclusions,
/// recommendations, key messages, next steps), each breakout group by question, and each theme with its groups
/// merged. Every export format writes this; JSON schema `breakout.summary/1` (`Sources/BreakoutCore/Summary/summary.schema.json`).
public struct SummaryDocument: Codable, Equatable, Sendable {
  public static let schema = "breakout.summary/1"

  public struct Count: Codable, Equatable, Sendable {
    public var label: String
    public var count: Int
  }

  public struct Background: Codable, Equatable, Sendable {
    public var title: String
    public var region: String?
    public var venue: String
    public var dates: [String]
    public var days: Int
    public var organisers: [String]
    public var participants: Int
    public var byStakeholderType: [Count]
    public var byCountry: [Count]
  }

  /// One line of the summary, traceable to the note it came from.
  public struct NoteLine: Codable, Equatable, Sendable {
    public var noteID: Int64
    /// The groups that said it (two when the same point came up in both groups of a theme).
    public var groups: [Int]
    public var question: Int
    public var day: Int
    public var text: String
    public var tags: [String]
    public var keyPoint: Bool
    public var quote: Bool
    public var speaker: String?
    public var createdAt: Date
    public var editedAt: Date

    /// "g1 q.ii #12": where a line came from, for `--trace`.
    public var reference: String {
      "g\(groups.map(String.init).joined(separator: "+")) q.\(Question.roman(question)) #\(noteID)"
    }
  }

  public struct QuestionSection: Codable, Equatable, Sendable {
    public var number: Int
    public var label: String
    public var text: String
    public var notes: [NoteLine]
  }

  public struct GroupSection: Codable, Equatable, Sendable {
    public var number: Int
    public var reference: String
    public var name: String
    public var theme: String
    public var heading: String
    public var moderator: String?
    public var rapporteur: String?
    public var participants: Int
    public var byStakeholderType: [Count]
    public var questions: [QuestionSection]
  }

  public struct ThemeSection: Codable, Equatable, Sendable {
    public var theme: String
    public var groups: [Int]
    public var questions: [QuestionSection]
  }

  public struct PlenaryLine: Codable, Equatable, Sendable {
    public var text: String
    public var speaker: String?
    /// Set when the line came from a note rather than from the facilitator.
    public var noteID: Int64?
  }

  public struct PlenarySection: Codable, Equatable, Sendable {
    public var section: String
    public var title: String
    public var lines: [PlenaryLine]
  }

  public var schema: String
  public var generatedAt: Date
  public var attribution: String
  public var day: Int?
  public var allNotes: Bool
  public var background: Background
  public var questions: [Question]
  public var plenary: [PlenarySection]
  public var groups: [GroupSection]
  public var themes: [ThemeSection]

  /// Groups that starred no key point although they have notes: their notes stand in for key points.
  public var unstarredGroups: [GroupSection] {
    guard !allNotes else { return [] }
    return groups.filter { group in
      let lines = group.questions.flatMap(\.notes)
      return !lines.isEmpty && !lines.contains(where: \.keyPoint)
    }
  }

  public static func compile(_ session: SessionSnapshot, options: SummaryOptions = SummaryOptions(), generatedAt: Date)
    -> SummaryDocument
  {
    let dayNotes = session.notes.filter { options.day == nil || $0.day == options.day }
    // Key points only, except where a group starred nothing for a question: its notes stand in for them (they
    // are not marked as key points), so a group's answer is never "No key points" while it has notes.
    var starred: Set<[Int64]> = []
    for note in dayNotes where note.isKeyPoint { starred.insert([note.groupID, Int64(note.questionNumber)]) }
    let included = dayNotes.filter {
      options.allNotes || $0.isKeyPoint || !starred.contains([$0.groupID, Int64($0.questionNumber)])
    }
    let mode = options.attribution ?? Attribution.defaultMode(for: included, in: session)
    // Under the Chatham House Rule, names and organisations in the notes' own words are withheld; otherwise the
    // names of people who did not consent to be quoted are, each written as their affiliation.
    let unconsented = mode == .chathamHouse ? [:] : ChathamHouseCheck.unconsentedNames(in: session)
    let withheld =
      mode == .chathamHouse
      ? ChathamHouseCheck.Index(terms: ChathamHouseCheck.terms(in: session))
      : unconsented.isEmpty ? nil : ChathamHouseCheck.Index(terms: unconsented.keys.sorted { $0.count > $1.count })
    func words(_ text: String) -> String {
      withheld.map { ChathamHouseCheck.redact(text, index: $0, replacements: unconsented) } ?? text
    }

    func line(_ note: Note, groups: [Int]) -> NoteLine {
      NoteLine(
        noteID: note.id, groups: groups, question: note.questionNumber, day: note.day, text: words(note.text),
        tags: note.tags.sorted().map(\.rawValue), keyPoint: note.isKeyPoint, quote: note.tags.contains(.quote),
        speaker: Attribution.speaker(session.participant(note.speakerID), mode: mode), createdAt: note.createdAt,
        editedAt: note.editedAt)
    }
    func ordered(_ notes: [Note]) -> [Note] {
      notes.filter(\.isKeyPoint) + notes.filter { !$0.isKeyPoint }
    }
    // Each group's notes per question, gathered once.
    var notesByGroup: [Int64: [Int: [Note]]] = [:]
    for note in included { notesByGroup[note.groupID, default: [:]][note.questionNumber, default: []].append(note) }
    func notes(of group: BreakoutGroup, _ question: Int) -> [Note] { ordered(notesByGroup[group.id]?[question] ?? []) }

    let groups = session.groups.map { group -> GroupSection in
      let members = session.members(of: group)
      let questions = session.questions.map { question -> QuestionSection in
        return QuestionSection(
          number: question.number, label: question.label, text: question.text,
          notes: notes(of: group, question.number).map { line($0, groups: [group.number]) })
      }
      return GroupSection(
        number: group.number, reference: session.reference(of: group), name: group.name,
        theme: session.theme(of: group)?.name ?? "", heading: heading(of: group, in: session),
        moderator: Attribution.lead(session.participant(group.moderatorID), mode: mode),
        rapporteur: Attribution.lead(session.participant(group.rapporteurID), mode: mode),
        participants: members.count, byStakeholderType: typeCounts(members), questions: questions)
    }

    // A theme's groups merged: the same point made in both groups is listed once, crediting both. A theme with
    // one group is that group's section already.
    let themes = session.themes.compactMap { theme -> ThemeSection? in
      let themeGroups = session.groups(of: theme)
      guard themeGroups.count > 1 else { return nil }
      let questions = session.questions.map { question -> QuestionSection in
        var lines: [NoteLine] = []
        var indexByText: [String: Int] = [:]
        for group in themeGroups {
          for note in notes(of: group, question.number) {
            let key = LooseText.normalised(note.text)
            if let index = indexByText[key] {
              if !lines[index].groups.contains(group.number) { lines[index].groups.append(group.number) }
              lines[index].keyPoint = lines[index].keyPoint || note.isKeyPoint
            } else {
              indexByText[key] = lines.count
              lines.append(line(note, groups: [group.number]))
            }
          }
        }
        return QuestionSection(
          number: question.number, label: question.label, text: question.text,
          notes: lines.filter(\.keyPoint) + lines.filter { !$0.keyPoint })
      }
      return ThemeSection(theme: titleCase(theme.name), groups: themeGroups.map(\.number), questions: questions)
    }

    let background = Background(
      title: session.info.title, region: session.info.region, venue: session.info.venue, dates: session.info.dates,
      days: session.info.days, organisers: session.info.organisers,
      participants: session.participants.count, byStakeholderType: typeCounts(session.participants),
      byCountry: countryCounts(session.participants))

    return SummaryDocument(
      schema: schema, generatedAt: generatedAt, attribution: mode.rawValue, day: options.day,
      allNotes: options.allNotes, background: background, questions: session.questions,
      plenary: plenary(session, notes: dayNotes, mode: mode, words: words), groups: groups, themes: themes)
  }

  /// The facilitator's own lines first; recommendations and key messages also come from notes tagged
  /// `recommendation` (key points) and `quote`.
  static func plenary(
    _ session: SessionSnapshot, notes: [Note], mode: AttributionMode, words: (String) -> String
  ) -> [PlenarySection] {
    PlenaryItem.Section.allCases.map { section in
      var lines = session.plenary.filter { $0.section == section }.map { item in
        PlenaryLine(
          text: words(item.text), speaker: Attribution.speaker(session.participant(item.speakerID), mode: mode),
          noteID: nil)
      }
      let drawn: [Note] =
        switch section {
        case .recommendations: notes.filter { $0.tags.contains(.recommendation) && $0.isKeyPoint }
        case .keyMessages: notes.filter { $0.tags.contains(.quote) }
        case .conclusions, .nextSteps: []
        }
      var seen = Set(lines.map { LooseText.normalised($0.text) })
      for note in drawn where seen.insert(LooseText.normalised(note.text)).inserted {
        lines.append(
          PlenaryLine(
            text: words(note.text), speaker: Attribution.speaker(session.participant(note.speakerID), mode: mode),
            noteID: note.id))
      }
      return PlenarySection(section: section.rawValue, title: section.title, lines: lines)
    }
  }

  /// "Breakout Group 1 – Supply Chain (group A)", as the report heads its group sections.
  public static func heading(of group: BreakoutGroup, in session: SessionSnapshot) -> String {
    "Breakout Group \(group.number) \u{2013} \(titleCase(group.name))"
  }

  static func titleCase(_ text: String) -> String {
    let small: Set<String> = ["and", "of", "the", "in", "for", "on", "a", "group"]
    return text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
      let lower = word.lowercased()
      if index > 0 && (small.contains(lower) || lower.hasPrefix("(")) { return String(word) }
      return word.prefix(1).uppercased() + word.dropFirst()
    }.joined(separator: " ")
  }

  public static func typeCounts(_ people: [Participant]) -> [Count] {
    let counts = Dictionary(grouping: people, by: \.stakeholderType).mapValues(\.count)
    return StakeholderType.allCases.compactMap { type in
      counts[type].map { Count(label: type.displayName, count: $0) }
    }
  }

  public static func countryCounts(_ people: [Participant]) -> [Count] {
    let counts = Dictionary(grouping: people.filter { !$0.country.isEmpty }, by: \.country).mapValues(\.count)
    return counts.map { Count(label: $0.key, count: $0.value) }.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label
    }
  }
}
