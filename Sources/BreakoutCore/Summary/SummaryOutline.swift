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
  /// Said where a group starred no key point for a question and its notes stand in for them.
  public static let unstarredNotice = "No note was starred as a key point here; these are all the notes taken."

  public static func blocks(_ document: SummaryDocument, trace: Bool = false) -> [SummaryBlock] {
    var blocks: [SummaryBlock] = []
    forEachBlock(document, trace: trace) { blocks.append($0) }
    return blocks
  }

  /// The blocks one at a time, as a writer streams them: a large summary's blocks are never all held at once.
  public static func forEachBlock(
    _ document: SummaryDocument, trace: Bool = false, _ emit: (SummaryBlock) -> Void
  ) {
    emit(.title(document.background.title))
    let background = document.background
    let facts = [
      background.region, background.dates.isEmpty ? nil : dateSpan(background.dates), background.venue,
    ].compactMap { $0 }.filter { !$0.isEmpty }
    if !facts.isEmpty { emit(.paragraph(facts.joined(separator: " | "))) }
    if let day = document.day { emit(.paragraph("\(SessionInfo.dayName(day)) only.")) }
    if document.attribution == AttributionMode.chathamHouse.rawValue {
      emit(
        .paragraph(
          "Held under the Chatham House Rule: neither the identity nor the affiliation of the speakers, nor that of any other participant, is revealed."
        ))
    }

    emit(.heading(level: 1, "Background"))
    if let purpose = background.purpose { emit(.paragraph(purpose)) }
    emit(
      .paragraph(
        "Participants: \(background.participants)\(counted(background.byStakeholderType))"
          + facilitatorsApart(background.facilitators) + "."))
    emit(.paragraph("Countries: \(background.byCountry.count)\(counted(background.byCountry))."))
    if !background.organisers.isEmpty {
      emit(.paragraph("Organised by \(background.organisers.joined(separator: ", "))."))
    }
    emit(.heading(level: 2, "Key questions"))
    for question in document.questions {
      emit(
        .point(
          text: "\(question.label). \(question.title ?? "")\(question.title == nil ? "" : ": ")\(question.text)",
          speaker: nil, emphasis: false, quote: false, reference: nil))
    }

    let sections = document.plenary.filter { $0.section != PlenaryItem.Section.nextSteps.rawValue }
    for section in sections where !section.lines.isEmpty { appendPlenary(section, emit: emit, trace: trace) }

    emit(.heading(level: 1, PlenaryItem.Section.proceedings.title))
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
    var merged = Set<Int>()
    for group in document.groups where !merged.contains(group.number) {
      emit(.pageBreak)
      if document.mergeThemes, let theme = document.themes.first(where: { $0.groups.contains(group.number) }) {
        let members = document.groups.filter { theme.groups.contains($0.number) }
        merged.formUnion(theme.groups)
        let numbers = theme.groups.map(String.init)
        let count = theme.groups.count
        emit(
          .heading(
            level: 3,
            "Breakout Groups \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last ?? "") \u{2013} \(theme.theme)"
          ))
        emit(.paragraph("There were \(numberWord(count)) breakout groups on \(theme.theme.lowercased())."))
        for member in members {
          let leads = [
            member.moderator.map { "was moderated by \($0)" }, member.rapporteur.map { "its rapporteur was \($0)" },
          ].compactMap { $0 }
          if !leads.isEmpty { emit(.paragraph("Group \(member.number) \(leads.joined(separator: "; ")).")) }
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
        emit(.paragraph("Participants: \(people)\(counted(counts))\(facilitatorsApart(facilitators))."))
        emit(
          .paragraph(
            count == 2
              ? "The key points from both groups follow; a point made in both is listed once."
              : "The key points from all \(numberWord(count)) groups follow; a point made in more than one is listed once."
          ))
        appendQuestions(theme.questions, emit: emit, trace: trace, allNotes: document.allNotes, credit: true)
      } else {
        emit(.heading(level: 3, group.heading))
        let leads = leadsSentence(group)
        if !leads.isEmpty { emit(.paragraph(leads)) }
        if let introduction = group.introduction { emit(.paragraph(introduction)) }
        emit(
          .paragraph(
            "Participants: \(group.participants)\(counted(group.byStakeholderType))"
              + facilitatorsApart(group.facilitators) + "."))
        appendQuestions(group.questions, emit: emit, trace: trace, allNotes: document.allNotes)
      }
    }
  }

  private static func leadsSentence(_ group: SummaryDocument.GroupSection) -> String {
    let leads = [group.moderator.map { "Moderator: \($0)" }, group.rapporteur.map { "Rapporteur: \($0)" }]
      .compactMap { $0 }
    return leads.isEmpty ? "" : leads.joined(separator: ". ") + "."
  }

  private static func facilitatorsApart(_ count: Int) -> String {
    count == 0 ? "" : count == 1 ? ", and 1 facilitator" : ", and \(count) facilitators"
  }

  /// "two", "three" ... as the report writes a small count.
  static func numberWord(_ count: Int) -> String {
    let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return words.indices.contains(count) ? words[count] : String(count)
  }

  private static func appendQuestions(
    _ questions: [SummaryDocument.QuestionSection], emit: (SummaryBlock) -> Void, trace: Bool, allNotes: Bool,
    credit: Bool = false
  ) {
    for question in questions {
      emit(.heading(level: 4, "\(question.label). \(question.title)"))
      if question.notes.isEmpty { emit(.paragraph(allNotes ? "No notes." : "No key points.")) }
      if !allNotes, !question.notes.isEmpty, !question.notes.contains(where: \.keyPoint) {
        emit(.paragraph(unstarredNotice))
      }
      for note in question.notes {
        var text = note.text
        if credit && note.groups.count > 1 {
          text += " (groups \(note.groups.map(String.init).joined(separator: " and ")))"
        }
        emit(
          .point(
            text: text, speaker: note.speaker?.display, emphasis: allNotes && note.keyPoint, quote: note.quote,
            reference: trace ? note.reference : nil))
      }
    }
  }

  static func counted(_ counts: [SummaryDocument.Count]) -> String {
    counts.isEmpty ? "" : " (" + counts.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + ")"
  }

  static func dateSpan(_ dates: [String]) -> String {
    dates.count > 1 ? "\(dates[0]) to \(dates[dates.count - 1])" : dates[0]
  }
}
