/// The summary as CommonMark, shaped like the meeting report: background, then one section per breakout group with
/// the key questions i-iv and their notes, key points first.
public enum MarkdownSummary {
  public static func render(_ document: SummaryDocument) -> String {
    var out: [String] = []
    let background = document.background
    out.append("# \(inline(background.title))")
    out.append("")
    let facts = [
      background.region, background.dates.isEmpty ? nil : dateRange(background.dates), background.venue,
    ].compactMap { $0 }.filter { !$0.isEmpty }
    if !facts.isEmpty {
      out.append(facts.map(inline).joined(separator: " | "))
      out.append("")
    }
    out.append("## Background")
    out.append("")
    out.append("- Participants: \(background.participants)\(counted(background.byStakeholderType))")
    out.append("- Countries: \(background.byCountry.count)\(counted(background.byCountry))")
    if !background.organisers.isEmpty {
      out.append("- Organisers: \(background.organisers.map(inline).joined(separator: ", "))")
    }
    out.append("")
    out.append("## Key questions")
    out.append("")
    for question in document.questions {
      out.append("\(question.label). \(inline(question.text))")
      out.append("")
    }
    for group in document.groups {
      out.append("## \(inline(group.heading))")
      out.append("")
      var roles: [String] = []
      if let moderator = group.moderator { roles.append("Moderator: \(inline(moderator))") }
      if let rapporteur = group.rapporteur { roles.append("Rapporteur: \(inline(rapporteur))") }
      if !roles.isEmpty {
        out.append(roles.joined(separator: " | "))
        out.append("")
      }
      out.append("Participants: \(group.participants)\(counted(group.byStakeholderType))")
      out.append("")
      for question in group.questions {
        out.append("### \(question.label). \(inline(question.text))")
        out.append("")
        if question.notes.isEmpty {
          out.append("_No notes._")
        }
        for note in question.notes {
          var line = "- "
          if note.keyPoint { line += "**Key point:** " }
          let lines = note.text.split(separator: "\n", omittingEmptySubsequences: true).map { inline(String($0)) }
          line += lines.joined(separator: "  \n  ")
          if let speaker = note.speaker { line += " (\(inline(speaker)))" }
          out.append(line)
        }
        out.append("")
      }
    }
    return out.joined(separator: "\n")
  }

  private static func counted(_ counts: [SummaryDocument.Count]) -> String {
    counts.isEmpty ? "" : " (" + counts.map { "\(inline($0.label)) \($0.count)" }.joined(separator: ", ") + ")"
  }

  private static func dateRange(_ dates: [String]) -> String {
    dates.count > 1 ? "\(dates[0]) to \(dates[dates.count - 1])" : dates[0]
  }

  /// Text from a note as literal Markdown: it cannot open a heading, list, quote, table, link or HTML.
  public static func inline(_ text: String) -> String {
    let visible = InertText.visible(text)
    var out = ""
    for character in visible {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "&", "{", "}", "(", ")":
        out.append("\\")
        out.append(character)
      default:
        out.append(character)
      }
    }
    let trimmed = out.drop { $0 == " " }
    guard let first = trimmed.first else { return out }
    // A line that starts like a list item, a heading underline or a numbered list stays a paragraph.
    if "-+=".contains(first) { return "\\" + trimmed }
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let after = trimmed.dropFirst(digits.count).first, after == "." {
      return digits + "\\" + trimmed.dropFirst(digits.count)
    }
    return String(trimmed)
  }
}
