import Foundation

/// The rapporteur summary as data, shaped like the meeting report: background, plenary (conclusions,
/// recommendations, key messages, next steps), each breakout group by question, and each theme with its groups
/// merged. Every export format writes this; JSON schema `breakout.summary/3` (`Sources/BreakoutCore/Summary/summary.schema.json`).
public struct SummaryDocument: Codable, Equatable, Sendable {
  public static let schema = "breakout.summary/3"

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
    /// What the meeting was for, as the facilitator wrote it.
    public var purpose: String?
    /// The people who took part: absent people are left out, and so are facilitators, who are counted apart.
    public var participants: Int
    public var facilitators: Int
    public var byStakeholderType: [Count]
    public var byCountry: [Count]
  }

  /// Who said something, as the attribution allows: a name (with an organisation) for someone who consented,
  /// else what they are ("a government official"); nothing under the Chatham House Rule.
  public struct Speaker: Codable, Equatable, Sendable {
    public var name: String?
    public var organisation: String?
    public var affiliation: String?

    public init(name: String? = nil, organisation: String? = nil, affiliation: String? = nil) {
      self.name = name
      self.organisation = organisation
      self.affiliation = affiliation
    }

    /// "Ana Lima, Acme", "Ana Lima" or "a government official", as the text formats write it.
    public var display: String {
      guard let name else { return affiliation ?? "" }
      guard let organisation, !organisation.isEmpty else { return name }
      return "\(name), \(organisation)"
    }
  }

  /// One line of the summary, traceable to the note it came from.
  public struct NoteLine: Codable, Equatable, Sendable {
    public var noteID: Int64
    /// The groups that said it (two when the same point came up in both groups of a theme).
    public var groups: [Int]
    /// The notes it stands for: its own, and those of the other groups that made the same point.
    public var mergedNoteIDs: [Int64]
    public var question: Int
    public var day: Int
    public var text: String
    public var tags: [String]
    public var keyPoint: Bool
    public var quote: Bool
    public var speaker: Speaker?
    public var createdAt: Date
    public var editedAt: Date

    /// "g1 q.ii #12": where a line came from, for `--trace`.
    public var reference: String {
      "g\(groups.map(String.init).joined(separator: "+")) q.\(Question.roman(question)) "
        + mergedNoteIDs.map { "#\($0)" }.joined(separator: "+")
    }
  }

  public struct QuestionSection: Codable, Equatable, Sendable {
    public var number: Int
    public var label: String
    /// The short title the answers are headed by ("Challenges").
    public var title: String
    public var text: String
    public var notes: [NoteLine]
  }

  public struct GroupSection: Codable, Equatable, Sendable {
    /// The round the group met in, and what it is called, where the session has several (nil: it has one).
    public var round: Int?
    public var roundName: String?
    public var number: Int
    public var reference: String
    public var name: String
    public var theme: String
    public var heading: String
    public var moderator: String?
    public var rapporteur: String?
    /// How the group's session began, in its rapporteur's words.
    public var introduction: String?
    /// Members who took part (absent people left out), facilitators counted apart.
    public var participants: Int
    public var facilitators: Int
    public var byStakeholderType: [Count]
    public var questions: [QuestionSection]
  }

  public struct ThemeSection: Codable, Equatable, Sendable {
    /// As a group's: the round, where the session has several.
    public var round: Int?
    public var theme: String
    public var groups: [Int]
    public var questions: [QuestionSection]
  }

  public struct PlenaryLine: Codable, Equatable, Sendable {
    public var text: String
    public var speaker: Speaker?
    /// Set when the line came from a note rather than from the facilitator.
    public var noteID: Int64?
    /// Where the line came from, for `--trace`: the note's reference, or the facilitator's line number
    /// (`plenary line 9`, as `breakout plenary list` numbers it).
    public var reference: String
  }

  public struct PlenarySection: Codable, Equatable, Sendable {
    public var section: String
    public var title: String
    public var lines: [PlenaryLine]
  }

  public struct AgendaLine: Codable, Equatable, Sendable {
    public var startsAt: String
    public var title: String
  }

  /// One day of the meeting as the report tells it: the programme, then what happened, in the facilitator's words.
  public struct ProceedingsDay: Codable, Equatable, Sendable {
    public var day: Int
    public var name: String
    public var date: String?
    public var agenda: [AgendaLine]
    public var lines: [PlenaryLine]
  }

  public var schema: String
  /// The language the summary's own words are in (`en`, `es`, `fr`): the session's.
  public var language: String
  public var generatedAt: Date
  public var attribution: String
  public var day: Int?
  public var allNotes: Bool
  /// Whether the text formats print each theme's groups once, merged, rather than each group on its own.
  public var mergeThemes: Bool
  public var background: Background
  public var questions: [Question]
  /// Conclusions, recommendations, key messages and next steps.
  public var plenary: [PlenarySection]
  public var proceedings: [ProceedingsDay]
  /// The day the breakout groups met (the first day their notes were taken on): their sections are told there.
  public var breakoutDay: Int
  public var groups: [GroupSection]
  /// Each theme's groups merged, when `mergeThemes` asks for them (else empty: every point is in its group).
  public var themes: [ThemeSection]

  /// The catalogue of the summary's own words, in its language.
  public var words: ReportWords { ReportWords(SessionLanguage(rawValue: language) ?? .english) }

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
    let report = ReportWords(session.info.language)
    // Under the Chatham House Rule, names and organisations in the notes' own words are withheld; otherwise the
    // names of people who did not consent to be quoted are, each written as their affiliation.
    let unconsented = mode == .chathamHouse ? [:] : ChathamHouseCheck.unconsentedNames(in: session, report: report)
    let withheld =
      mode == .chathamHouse
      ? ChathamHouseCheck.Index(terms: ChathamHouseCheck.terms(in: session))
      : unconsented.isEmpty ? nil : ChathamHouseCheck.Index(terms: Array(unconsented.keys))
    let phrases = Dictionary(unconsented.map { ($0.key.text, $0.value) }, uniquingKeysWith: { first, _ in first })
    func words(_ text: String) -> String {
      withheld.map {
        ChathamHouseCheck.redact(text, index: $0, replacements: phrases, placeholder: report(.withheld))
      } ?? text
    }

    func line(_ note: Note, groups: [Int]) -> NoteLine {
      NoteLine(
        noteID: note.id, groups: groups, mergedNoteIDs: [note.id], question: note.questionNumber, day: note.day,
        text: words(note.text), tags: note.tags.sorted().map(\.rawValue), keyPoint: note.isKeyPoint,
        quote: note.tags.contains(.quote),
        speaker: Attribution.speakerParts(session.participant(note.speakerID), mode: mode, words: report),
        createdAt: note.createdAt, editedAt: note.editedAt)
    }
    func ordered(_ notes: [Note]) -> [Note] {
      notes.filter(\.isKeyPoint) + notes.filter { !$0.isKeyPoint }
    }
    // Each group's notes per question, gathered once.
    var notesByGroup: [Int64: [Int: [Note]]] = [:]
    for note in included { notesByGroup[note.groupID, default: [:]][note.questionNumber, default: []].append(note) }
    func notes(of group: BreakoutGroup, _ question: Int) -> [Note] { ordered(notesByGroup[group.id]?[question] ?? []) }

    // Each round's groups in turn, each as the round had them; a session of one round is that round.
    let rounds = session.rounds.count > 1 ? session.everyRound : [(Round(number: session.currentRound), session)]
    let several = rounds.count > 1
    let groups = rounds.flatMap { round, view in
      view.groups.map { group in
        section(of: group, in: view, round: several ? round : nil)
      }
    }
    func section(of group: BreakoutGroup, in session: SessionSnapshot, round: Round?) -> GroupSection {
      let present = session.members(of: group).filter { !$0.isAbsent }
      let members = present.filter { $0.role != .facilitator }
      let questions = session.questions.map { question -> QuestionSection in
        return QuestionSection(
          number: question.number, label: question.label, title: question.shortTitle, text: question.text,
          notes: notes(of: group, question.number).map { line($0, groups: [group.number]) })
      }
      let roundName = round.map { report(.round(number: $0.number, name: $0.name.map(words))) }
      return GroupSection(
        round: round?.number, roundName: roundName, number: group.number, reference: session.reference(of: group),
        name: group.name,
        theme: session.theme(of: group)?.name ?? "",
        heading: heading(of: group, in: session, words: report) + (roundName.map { ", \($0)" } ?? ""),
        moderator: Attribution.lead(session.participant(group.moderatorID), mode: mode, words: report),
        rapporteur: Attribution.lead(session.participant(group.rapporteurID), mode: mode, words: report),
        introduction: group.introduction.map(words), participants: members.count,
        facilitators: present.count - members.count, byStakeholderType: typeCounts(members, words: report),
        questions: questions)
    }

    // A theme's groups merged: the same point made in both groups in nearly the same words is listed once,
    // crediting both. A theme with one group is that group's section already. The groups' lines are reused: their
    // words are already as the attribution allows.
    let sectionOfGroup = Dictionary(
      zip(rounds.flatMap { $0.session.groups.map(\.id) }, groups.indices), uniquingKeysWith: { first, _ in first })
    let themes =
      !options.mergeThemes
      ? []
      : rounds.flatMap { round, view in
        session.themes.compactMap { theme -> ThemeSection? in
          let themeGroups = view.groups(of: theme)
          guard themeGroups.count > 1 else { return nil }
          let questions = session.questions.enumerated().map { questionIndex, question -> QuestionSection in
            var lines: [NoteLine] = []
            var points = NearDuplicates()
            for group in themeGroups {
              guard let section = sectionOfGroup[group.id] else { continue }
              for note in groups[section].questions[questionIndex].notes {
                let point = points.merge(note.text)
                if point.isNew {
                  lines.append(note)
                } else {
                  let index = point.index
                  if !lines[index].groups.contains(group.number) { lines[index].groups.append(group.number) }
                  lines[index].mergedNoteIDs.append(note.noteID)
                  lines[index].keyPoint = lines[index].keyPoint || note.keyPoint
                }
              }
            }
            return QuestionSection(
              number: question.number, label: question.label, title: question.shortTitle, text: question.text,
              notes: lines.filter(\.keyPoint) + lines.filter { !$0.keyPoint })
          }
          return ThemeSection(
            round: several ? round.number : nil, theme: report(.headingName(theme.name)),
            groups: themeGroups.map(\.number), questions: questions)
        }
      }

    let present = session.participants.filter { !$0.isAbsent }
    let taking = present.filter { $0.role != .facilitator }
    let background = Background(
      title: session.info.title, region: session.info.region, venue: session.info.venue, dates: session.info.dates,
      days: session.info.days, organisers: session.info.organisers, purpose: session.info.purpose.map(words),
      participants: taking.count, facilitators: present.count - taking.count,
      byStakeholderType: typeCounts(taking, words: report),
      byCountry: countryCounts(taking))

    return SummaryDocument(
      schema: schema, language: session.info.language.rawValue, generatedAt: generatedAt, attribution: mode.rawValue,
      day: options.day,
      allNotes: options.allNotes, mergeThemes: options.mergeThemes, background: background,
      questions: session.questions.map { question in
        var titled = question
        titled.title = question.shortTitle
        return titled
      },
      plenary: plenary(session, notes: dayNotes, mode: mode, report: report, words: words),
      proceedings: proceedings(session, day: options.day, mode: mode, report: report, words: words),
      breakoutDay: options.day ?? included.map(\.day).min() ?? 1, groups: groups, themes: themes)
  }

  /// Each day of the meeting that has a programme or lines in the proceedings (only the chosen day, if one is).
  static func proceedings(
    _ session: SessionSnapshot, day: Int?, mode: AttributionMode, report: ReportWords, words: (String) -> String
  ) -> [ProceedingsDay] {
    let dates = session.info.dates
    return (1...max(1, session.info.days)).compactMap { number -> ProceedingsDay? in
      guard day == nil || day == number else { return nil }
      let agenda = session.agenda.filter { $0.day == number }.map {
        AgendaLine(startsAt: $0.startsAt, title: words($0.title))
      }
      let lines = session.plenary.filter { $0.section == .proceedings && ($0.day ?? 1) == number }.map { item in
        PlenaryLine(
          text: words(item.text),
          speaker: Attribution.speakerParts(session.participant(item.speakerID), mode: mode, words: report),
          noteID: nil, reference: "plenary line \(item.id)")
      }
      return ProceedingsDay(
        day: number, name: report(.dayName(number)),
        date: dates.indices.contains(number - 1) ? dates[number - 1] : nil,
        agenda: agenda, lines: lines)
    }
  }

  /// The facilitator's own lines first; recommendations and key messages also come from notes tagged
  /// `recommendation` (key points) and `quote`.
  static func plenary(
    _ session: SessionSnapshot, notes: [Note], mode: AttributionMode, report: ReportWords,
    words: (String) -> String
  ) -> [PlenarySection] {
    PlenaryItem.Section.allCases.filter { $0 != .proceedings }.map { section in
      var lines = session.plenary.filter { $0.section == section }.map { item in
        PlenaryLine(
          text: words(item.text),
          speaker: Attribution.speakerParts(session.participant(item.speakerID), mode: mode, words: report),
          noteID: nil, reference: "plenary line \(item.id)")
      }
      let drawn: [Note] =
        switch section {
        case .recommendations: notes.filter { $0.tags.contains(.recommendation) && $0.isKeyPoint }
        case .keyMessages: notes.filter { $0.tags.contains(.quote) }
        case .conclusions, .nextSteps, .proceedings: []
        }
      var seen = NearDuplicates()
      for line in lines { seen.merge(line.text) }
      for note in drawn where seen.merge(note.text).isNew {
        let group = session.groups.first { $0.id == note.groupID }?.number ?? 0
        lines.append(
          PlenaryLine(
            text: words(note.text),
            speaker: Attribution.speakerParts(session.participant(note.speakerID), mode: mode, words: report),
            noteID: note.id,
            reference: "g\(group) q.\(Question.roman(note.questionNumber)) #\(note.id)"))
      }
      return PlenarySection(section: section.rawValue, title: report(.section(section)), lines: lines)
    }
  }

  /// "Breakout Group 1 – Supply Chain (group A)", as the report heads its group sections.
  public static func heading(of group: BreakoutGroup, in session: SessionSnapshot, words: ReportWords) -> String {
    words(.groupHeading(number: group.number, name: group.name))
  }

  public static func typeCounts(_ people: [Participant], words: ReportWords = .english) -> [Count] {
    let counts = Dictionary(grouping: people, by: \.stakeholderType).mapValues(\.count)
    return StakeholderType.allCases.compactMap { type in
      counts[type].map { Count(label: words(.stakeholder(type)), count: $0) }
    }
  }

  public static func countryCounts(_ people: [Participant]) -> [Count] {
    let counts = Dictionary(grouping: people.filter { !$0.country.isEmpty }, by: \.country).mapValues(\.count)
    return counts.map { Count(label: $0.key, count: $0.value) }.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label
    }
  }
}
