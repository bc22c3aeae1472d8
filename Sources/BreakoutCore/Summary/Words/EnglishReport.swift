/// The summary's words in English, as the meeting reports write them.
enum EnglishReport {
  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .background: "Background"
    case .keyQuestions: "Key questions"
    case .section(let section):
      switch section {
      case .conclusions: "Conclusions"
      case .recommendations: "Recommendations"
      case .keyMessages: "A few key messages"
      case .proceedings: "The proceedings"
      case .nextSteps: "Next steps"
      }
    case .dayName(let day):
      day >= 1 && day <= ordinals.count ? "Day \(ordinals[day - 1])" : "Day \(day)"
    case .dayOnly(let day): "\(text(.dayName(day))) only."
    case .chathamHouseNotice:
      "Held under the Chatham House Rule: neither the identity nor the affiliation of the speakers, nor that of any other participant, is revealed."
    case .participants(let total, let counts, let facilitators):
      "Participants: \(total)\(ReportWords.counted(counts))"
        + (facilitators == 0 ? "" : facilitators == 1 ? ", and 1 facilitator" : ", and \(facilitators) facilitators")
        + "."
    case .countries(let total, let counts): "Countries: \(total)\(ReportWords.counted(counts))."
    case .organisedBy(let organisers): "Organised by \(organisers.joined(separator: ", "))."
    case .dateSpan(let first, let last): "\(first) to \(last)"
    case .groupHeading(let number, let name): "Breakout Group \(number) \u{2013} \(titleCase(name))"
    case .round(let number, let name): "Round \(number)" + (name.map { ": \($0)" } ?? "")
    case .groupOfTheme(let theme, let letter): "\(theme) (group \(letter))"
    case .mergedGroupsHeading(let groups, let theme):
      "Breakout Groups \(ReportWords.list(groups.map(String.init), and: "and")) \u{2013} \(theme)"
    case .groupsOnTheme(let count, let theme):
      "There were \(ReportWords.numberWord(count, numbers)) breakout groups on \(theme.lowercased())."
    case .groupLeads(let group, let moderator, let rapporteur):
      "Group \(group) "
        + [moderator.map { "was moderated by \($0)" }, rapporteur.map { "its rapporteur was \($0)" }]
        .compactMap { $0 }.joined(separator: "; ") + "."
    case .leads(let moderator, let rapporteur):
      [moderator.map { "Moderator: \($0)" }, rapporteur.map { "Rapporteur: \($0)" }].compactMap { $0 }
        .joined(separator: ". ") + "."
    case .mergedPointsIntroduction(let groups):
      groups == 2
        ? "The key points from both groups follow; a point made in both is listed once."
        : "The key points from all \(ReportWords.numberWord(groups, numbers)) groups follow; a point made in more than one is listed once."
    case .noNotes: "No notes."
    case .noKeyPoints: "No key points."
    case .unstarredNotice: "No note was starred as a key point here; these are all the notes taken."
    case .pointFromGroups(let groups): " (groups \(groups.map(String.init).joined(separator: " and ")))"
    case .keyPointLabel: "Key point:"
    case .withheld: "[withheld]"
    case .online: "online"
    case .untitledSummary: "Summary"
    case .stakeholder(let type):
      switch type {
      case .government: "Government"
      case .privateSector: "Private sector"
      case .civilSociety: "NGO / civil society"
      case .academia: "Academia"
      case .internationalOrganisation: "International organisation"
      case .other: "Other"
      case .unspecified: "Unspecified"
      }
    case .affiliation(let type):
      switch type {
      case .government: "a government official"
      case .privateSector: "a representative of a private sector company"
      case .civilSociety: "a representative of a civil society organisation"
      case .academia: "an academic"
      case .internationalOrganisation: "a representative of an international organisation"
      case .other, .unspecified: "a participant"
      }
    case .csvColumn(let column):
      switch column {
      case .session: "Session"
      case .day: "Day"
      case .theme: "Theme"
      case .group: "Group"
      case .question: "Question"
      case .tags: "Tags"
      case .keyPoint: "Key point"
      case .speaker: "Speaker"
      case .text: "Text"
      case .time: "Time"
      case .note: "Note"
      }
    case .yes: "yes"
    case .no: "no"
    case .headingName(let name): titleCase(name)
    case .compendiumTitle: "Compendium of promising practices"
    case .drawnFrom(let count, let sessions):
      "Drawn from \(count) session\(count == 1 ? "" : "s"): \(sessions.joined(separator: "; "))."
    case .recommendationsAcrossRegions: "Recommendations across regions"
    case .noRecommendations: "No recommendations."
    case .keyMessagesAcrossRegions: "Key messages across regions"
    case .noKeyMessages: "No key messages."
    case .otherRegions: "Other regions"
    case .sessionLabel: "Session"
    }
  }

  private static let ordinals = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
  private static let numbers = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

  /// "Supply Chain (group A)": English headings capitalise each word but the small ones.
  static func titleCase(_ text: String) -> String {
    let small: Set<String> = ["and", "of", "the", "in", "for", "on", "a", "group"]
    return text.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
      let lower = word.lowercased()
      if index > 0 && (small.contains(lower) || lower.hasPrefix("(")) { return String(word) }
      return word.prefix(1).uppercased() + word.dropFirst()
    }.joined(separator: " ")
  }
}
