/// The summary as a sequence of blocks in the report's order; Markdown, text, HTML and Word each write these.
public enum SummaryBlock: Equatable, Sendable {
  case title(String)
  case heading(level: Int, String)
  case paragraph(String)
  /// A point; `emphasis` marks a key point; `quote` a quotation; `reference` is the `--trace` mark.
  case point(text: String, speaker: String?, emphasis: Bool, quote: Bool, reference: String?)
  /// Where a printed report starts a new page (before each group).
  case pageBreak
}

public enum SummaryOutline {
  /// Said (in English) where a group starred no key point for a question and its notes stand in for them.
  public static var unstarredNotice: String { ReportWords.english(.unstarredNotice) }

  public static func blocks(_ document: SummaryDocument, trace: Bool = false) -> [SummaryBlock] {
    var blocks: [SummaryBlock] = []
    forEachBlock(document, trace: trace) { blocks.append($0) }
    return blocks
  }

  /// The blocks one at a time, as a writer streams them: a large summary's blocks are never all held at once.
  public static func forEachBlock(
    _ document: SummaryDocument, trace: Bool = false, _ emit: (SummaryBlock) -> Void
  ) {
    let words = document.words
    emit(.title(document.background.title))
    let background = document.background
    let facts = [
      background.region, background.dates.isEmpty ? nil : dateSpan(background.dates, words), background.venue,
    ].compactMap { $0 }.filter { !$0.isEmpty }
    if !facts.isEmpty { emit(.paragraph(facts.joined(separator: " | "))) }
    if let day = document.day { emit(.paragraph(words(.dayOnly(day)))) }
    if document.attribution == AttributionMode.chathamHouse.rawValue { emit(.paragraph(words(.chathamHouseNotice))) }

    emit(.heading(level: 1, words(.background)))
    if let purpose = background.purpose { emit(.paragraph(purpose)) }
    emit(
      .paragraph(
        words(
          .participants(
            total: background.participants, counts: background.byStakeholderType,
            facilitators: background.facilitators))))
    emit(.paragraph(words(.countries(total: background.byCountry.count, counts: background.byCountry))))
    if !background.organisers.isEmpty { emit(.paragraph(words(.organisedBy(background.organisers)))) }
    emit(.heading(level: 2, words(.keyQuestions)))
    for question in document.questions {
      emit(
        .point(
          text: "\(question.label). \(question.title ?? "")\(question.title == nil ? "" : ": ")\(question.text)",
          speaker: nil, emphasis: false, quote: false, reference: nil))
    }

    let sections = document.plenary.filter { $0.section != PlenaryItem.Section.nextSteps.rawValue }
    for section in sections where !section.lines.isEmpty { appendPlenary(section, emit: emit, trace: trace) }

    emit(.heading(level: 1, words(.section(.proceedings))))
    var toldGroups = false
    for day in document.proceedings where !day.agenda.isEmpty || !day.lines.isEmpty || day.day == document.breakoutDay {
      emit(.heading(level: 2, day.name + (day.date.map { " (\($0))" } ?? "")))
      for item in day.agenda {
        emit(
          .point(text: "\(item.startsAt) \(item.title)", speaker: nil, emphasis: false, quote: false, reference: nil))
      }
      for line in day.lines {
        var text = line.text
        if let speaker = line.speaker?.display, !speaker.isEmpty { text = "\(speaker): \(text)" }
        emit(.paragraph(text + (trace ? " [\(line.reference)]" : "")))
      }
      if day.day == document.breakoutDay {
        appendBreakoutGroups(document, emit: emit, trace: trace)
        toldGroups = true
      }
    }
    if !toldGroups { appendBreakoutGroups(document, emit: emit, trace: trace) }

    for section in document.plenary where section.section == PlenaryItem.Section.nextSteps.rawValue {
      if !section.lines.isEmpty { appendPlenary(section, emit: emit, trace: trace) }
    }
  }

  private static func appendPlenary(
    _ section: SummaryDocument.PlenarySection, emit: (SummaryBlock) -> Void, trace: Bool
  ) {
    emit(.heading(level: 1, section.title))
    let quote = section.section == PlenaryItem.Section.keyMessages.rawValue
    for line in section.lines {
      emit(
        .point(
          text: line.text, speaker: line.speaker?.display, emphasis: false, quote: quote,
          reference: trace ? line.reference : nil))
    }
  }

  /// Each group on its own; or, merged, each theme's groups once ("the key points from both groups").
  private static func appendBreakoutGroups(_ document: SummaryDocument, emit: (SummaryBlock) -> Void, trace: Bool) {
    let words = document.words
    // A group is its round and its number (numbers start again in each round).
    var merged = Set<[Int]>()
    for group in document.groups where !merged.contains([group.round ?? 0, group.number]) {
      emit(.pageBreak)
      if document.mergeThemes,
        let theme = document.themes.first(where: { $0.round == group.round && $0.groups.contains(group.number) })
      {
        let members = document.groups.filter { $0.round == theme.round && theme.groups.contains($0.number) }
        merged.formUnion(theme.groups.map { [theme.round ?? 0, $0] })
        let count = theme.groups.count
        let round = members.first?.roundName
        emit(
          .heading(
            level: 3,
            words(.mergedGroupsHeading(groups: theme.groups, theme: theme.theme)) + (round.map { ", \($0)" } ?? "")))
        emit(.paragraph(words(.groupsOnTheme(count: count, theme: theme.theme))))
        for member in members where member.moderator != nil || member.rapporteur != nil {
          emit(
            .paragraph(
              words(.groupLeads(group: member.number, moderator: member.moderator, rapporteur: member.rapporteur))))
        }
        for member in members { if let introduction = member.introduction { emit(.paragraph(introduction)) } }
        let people = members.reduce(0) { $0 + $1.participants }
        let facilitators = members.reduce(0) { $0 + $1.facilitators }
        var types: [String: Int] = [:]
        var order: [String] = []
        for member in members {
          for type in member.byStakeholderType {
            if types[type.label] == nil { order.append(type.label) }
            types[type.label, default: 0] += type.count
          }
        }
        let counts = order.map { SummaryDocument.Count(label: $0, count: types[$0] ?? 0) }
        emit(.paragraph(words(.participants(total: people, counts: counts, facilitators: facilitators))))
        emit(.paragraph(words(.mergedPointsIntroduction(groups: count))))
        appendQuestions(
          theme.questions, words: words, emit: emit, trace: trace, allNotes: document.allNotes, credit: true)
      } else {
        emit(.heading(level: 3, group.heading))
        if group.moderator != nil || group.rapporteur != nil {
          emit(.paragraph(words(.leads(moderator: group.moderator, rapporteur: group.rapporteur))))
        }
        if let introduction = group.introduction { emit(.paragraph(introduction)) }
        emit(
          .paragraph(
            words(
              .participants(
                total: group.participants, counts: group.byStakeholderType, facilitators: group.facilitators))))
        appendQuestions(group.questions, words: words, emit: emit, trace: trace, allNotes: document.allNotes)
      }
    }
  }

  private static func appendQuestions(
    _ questions: [SummaryDocument.QuestionSection], words: ReportWords, emit: (SummaryBlock) -> Void, trace: Bool,
    allNotes: Bool, credit: Bool = false
  ) {
    for question in questions {
      emit(.heading(level: 4, "\(question.label). \(question.title)"))
      if question.notes.isEmpty { emit(.paragraph(words(allNotes ? .noNotes : .noKeyPoints))) }
      if !allNotes, !question.notes.isEmpty, !question.notes.contains(where: \.keyPoint) {
        emit(.paragraph(words(.unstarredNotice)))
      }
      for note in question.notes {
        var text = note.text
        if credit && note.groups.count > 1 {
          text += words(.pointFromGroups(note.groups))
        }
        emit(
          .point(
            text: text, speaker: note.speaker?.display, emphasis: allNotes && note.keyPoint, quote: note.quote,
            reference: trace ? note.reference : nil))
      }
    }
  }

  static func dateSpan(_ dates: [String], _ words: ReportWords) -> String {
    dates.count > 1 ? words(.dateSpan(first: dates[0], last: dates[dates.count - 1])) : dates[0]
  }
}
