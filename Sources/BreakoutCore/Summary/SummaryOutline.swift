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
    var blocks: [SummaryBlock] = [.title(document.background.title)]
    let background = document.background
    let facts = [
      background.region, background.dates.isEmpty ? nil : dateSpan(background.dates), background.venue,
    ].compactMap { $0 }.filter { !$0.isEmpty }
    if !facts.isEmpty { blocks.append(.paragraph(facts.joined(separator: " | "))) }
    if let day = document.day { blocks.append(.paragraph("\(SessionInfo.dayName(day)) only.")) }
    if document.attribution == AttributionMode.chathamHouse.rawValue {
      blocks.append(
        .paragraph(
          "Held under the Chatham House Rule: neither the identity nor the affiliation of the speakers, nor that of any other participant, is revealed."
        ))
    }

    blocks.append(.heading(level: 1, "Background"))
    if let purpose = background.purpose { blocks.append(.paragraph(purpose)) }
    blocks.append(
      .paragraph(
        "Participants: \(background.participants)\(counted(background.byStakeholderType))"
          + facilitatorsApart(background.facilitators) + "."))
    blocks.append(.paragraph("Countries: \(background.byCountry.count)\(counted(background.byCountry))."))
    if !background.organisers.isEmpty {
      blocks.append(.paragraph("Organised by \(background.organisers.joined(separator: ", "))."))
    }
    blocks.append(.heading(level: 2, "Key questions"))
    for question in document.questions {
      blocks.append(
        .point(
          text: "\(question.label). \(question.title ?? "")\(question.title == nil ? "" : ": ")\(question.text)",
          speaker: nil, emphasis: false, quote: false, reference: nil))
    }

    let sections = document.plenary.filter { $0.section != PlenaryItem.Section.nextSteps.rawValue }
    for section in sections where !section.lines.isEmpty { appendPlenary(section, to: &blocks, trace: trace) }

    blocks.append(.heading(level: 1, PlenaryItem.Section.proceedings.title))
    var toldGroups = false
    for day in document.proceedings where !day.agenda.isEmpty || !day.lines.isEmpty || day.day == document.breakoutDay {
      blocks.append(.heading(level: 2, day.name + (day.date.map { " (\($0))" } ?? "")))
      for item in day.agenda {
        blocks.append(
          .point(text: "\(item.startsAt) \(item.title)", speaker: nil, emphasis: false, quote: false, reference: nil))
      }
      for line in day.lines {
        var text = line.text
        if let speaker = line.speaker?.display, !speaker.isEmpty { text = "\(speaker): \(text)" }
        blocks.append(.paragraph(text + (trace ? " [\(line.reference)]" : "")))
      }
      if day.day == document.breakoutDay {
        appendBreakoutGroups(document, to: &blocks, trace: trace)
        toldGroups = true
      }
    }
    if !toldGroups { appendBreakoutGroups(document, to: &blocks, trace: trace) }

    for section in document.plenary where section.section == PlenaryItem.Section.nextSteps.rawValue {
      if !section.lines.isEmpty { appendPlenary(section, to: &blocks, trace: trace) }
    }
    return blocks
  }

  private static func appendPlenary(
    _ section: SummaryDocument.PlenarySection, to blocks: inout [SummaryBlock], trace: Bool
  ) {
    blocks.append(.heading(level: 1, section.title))
    let quote = section.section == PlenaryItem.Section.keyMessages.rawValue
    for line in section.lines {
      blocks.append(
        .point(
          text: line.text, speaker: line.speaker?.display, emphasis: false, quote: quote,
          reference: trace ? line.reference : nil))
    }
  }

  /// Each group on its own; or, merged, each theme's groups once ("the key points from both groups").
  private static func appendBreakoutGroups(_ document: SummaryDocument, to blocks: inout [SummaryBlock], trace: Bool) {
    var merged = Set<Int>()
    for group in document.groups where !merged.contains(group.number) {
      blocks.append(.pageBreak)
      if document.mergeThemes, let theme = document.themes.first(where: { $0.groups.contains(group.number) }) {
        let members = document.groups.filter { theme.groups.contains($0.number) }
        merged.formUnion(theme.groups)
        let numbers = theme.groups.map(String.init)
        let count = theme.groups.count
        blocks.append(
          .heading(
            level: 3,
            "Breakout Groups \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last ?? "") \u{2013} \(theme.theme)"
          ))
        blocks.append(.paragraph("There were \(numberWord(count)) breakout groups on \(theme.theme.lowercased())."))
        for member in members {
          let leads = [
            member.moderator.map { "was moderated by \($0)" }, member.rapporteur.map { "its rapporteur was \($0)" },
          ].compactMap { $0 }
          if !leads.isEmpty { blocks.append(.paragraph("Group \(member.number) \(leads.joined(separator: "; ")).")) }
        }
        for member in members { if let introduction = member.introduction { blocks.append(.paragraph(introduction)) } }
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
        blocks.append(.paragraph("Participants: \(people)\(counted(counts))\(facilitatorsApart(facilitators))."))
        blocks.append(
          .paragraph(
            count == 2
              ? "The key points from both groups follow; a point made in both is listed once."
              : "The key points from all \(numberWord(count)) groups follow; a point made in more than one is listed once."
          ))
        appendQuestions(theme.questions, to: &blocks, trace: trace, allNotes: document.allNotes, credit: true)
      } else {
        blocks.append(.heading(level: 3, group.heading))
        let leads = leadsSentence(group)
        if !leads.isEmpty { blocks.append(.paragraph(leads)) }
        if let introduction = group.introduction { blocks.append(.paragraph(introduction)) }
        blocks.append(
          .paragraph(
            "Participants: \(group.participants)\(counted(group.byStakeholderType))"
              + facilitatorsApart(group.facilitators) + "."))
        appendQuestions(group.questions, to: &blocks, trace: trace, allNotes: document.allNotes)
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
    _ questions: [SummaryDocument.QuestionSection], to blocks: inout [SummaryBlock], trace: Bool, allNotes: Bool,
    credit: Bool = false
  ) {
    for question in questions {
      blocks.append(.heading(level: 4, "\(question.label). \(question.title)"))
      if question.notes.isEmpty { blocks.append(.paragraph(allNotes ? "No notes." : "No key points.")) }
      if !allNotes, !question.notes.isEmpty, !question.notes.contains(where: \.keyPoint) {
        blocks.append(.paragraph(unstarredNotice))
      }
      for note in question.notes {
        var text = note.text
        if credit && note.groups.count > 1 {
          text += " (groups \(note.groups.map(String.init).joined(separator: " and ")))"
        }
        blocks.append(
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
