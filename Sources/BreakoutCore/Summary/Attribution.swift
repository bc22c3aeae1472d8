/// How a speaker is named under each attribution mode.
public enum Attribution {
  public static func speaker(_ person: Participant?, mode: AttributionMode, words: ReportWords = .english)
    -> String?
  {
    speakerParts(person, mode: mode, words: words)?.display
  }

  /// The speaker as separate parts, so an organisation with a comma in its name stays one field.
  public static func speakerParts(_ person: Participant?, mode: AttributionMode, words: ReportWords = .english)
    -> SummaryDocument.Speaker?
  {
    guard let person else { return nil }
    switch mode {
    case .chathamHouse: return nil
    case .affiliation: return SummaryDocument.Speaker(affiliation: words(.affiliation(person.stakeholderType)))
    case .named:
      guard person.consentsToBeQuoted else {
        return SummaryDocument.Speaker(affiliation: words(.affiliation(person.stakeholderType)))
      }
      return SummaryDocument.Speaker(
        name: person.name, organisation: person.organisation.isEmpty ? nil : person.organisation)
    }
  }

  /// A moderator or rapporteur: named except under the Chatham House Rule (they run the group, they are not quoted).
  public static func lead(_ person: Participant?, mode: AttributionMode, words: ReportWords = .english) -> String? {
    guard let person else { return nil }
    switch mode {
    case .chathamHouse: return nil
    case .affiliation: return words(.affiliation(person.stakeholderType))
    case .named: return person.organisation.isEmpty ? person.name : "\(person.name) (\(person.organisation))"
    }
  }

  /// `named` only when every person quoted in these notes agreed to be named.
  public static func defaultMode(for notes: [Note], in session: SessionSnapshot) -> AttributionMode {
    let speakers = notes.compactMap { session.participant($0.speakerID) }
    return speakers.allSatisfy(\.consentsToBeQuoted) ? .named : .affiliation
  }
}
