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
    blocks.append(.paragraph("Participants: \(background.participants)\(counted(background.byStakeholderType))."))
    blocks.append(.paragraph("Countries: \(background.byCountry.count)\(counted(background.byCountry))."))
    if !background.organisers.isEmpty {
      blocks.append(.paragraph("Organised by \(background.organisers.joined(separator: ", "))."))
    }
    blocks.append(.heading(level: 2, "Key questions"))
    for question in document.questions {
      blocks.append(
        .point(text: "\(question.label). \(question.text)", speaker: nil, emphasis: false, quote: false, reference: nil)
      )
    }

    for section in document.plenary where !section.lines.isEmpty {
      blocks.append(.heading(level: 1, section.title))
      for line in section.lines {
        let quote = section.section == PlenaryItem.Section.keyMessages.rawValue
        blocks.append(
          .point(
            text: line.text, speaker: line.speaker, emphasis: false, quote: quote,
            reference: trace ? line.noteID.map { "#\($0)" } : nil))
      }
    }

    blocks.append(.heading(level: 1, "The breakout groups"))
    for group in document.groups {
      blocks.append(.pageBreak)
      blocks.append(.heading(level: 2, group.heading))
      let leads = [group.moderator.map { "Moderator: \($0)" }, group.rapporteur.map { "Rapporteur: \($0)" }]
        .compactMap { $0 }
      if !leads.isEmpty { blocks.append(.paragraph(leads.joined(separator: ". ") + ".")) }
      blocks.append(.paragraph("Participants: \(group.participants)\(counted(group.byStakeholderType))."))
      appendQuestions(group.questions, to: &blocks, trace: trace, allNotes: document.allNotes)
    }

    let merged = document.themes
    if !merged.isEmpty {
      blocks.append(.heading(level: 1, "By theme"))
      for theme in merged {
        blocks.append(.pageBreak)
        let numbers = theme.groups.map(String.init)
        blocks.append(
          .heading(
            level: 2,
            "\(theme.theme) (groups \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last ?? ""))"))
        blocks.append(
          .paragraph(
            "The key points from all \(theme.groups.count) groups; a point made in several groups is listed once."))
        appendQuestions(theme.questions, to: &blocks, trace: trace, allNotes: document.allNotes, credit: true)
      }
    }
    return blocks
  }

  private static func appendQuestions(
    _ questions: [SummaryDocument.QuestionSection], to blocks: inout [SummaryBlock], trace: Bool, allNotes: Bool,
    credit: Bool = false
  ) {
    for question in questions {
      blocks.append(.heading(level: 3, "\(question.label). \(question.text)"))
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
            text: text, speaker: note.speaker, emphasis: allNotes && note.keyPoint, quote: note.quote,
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
