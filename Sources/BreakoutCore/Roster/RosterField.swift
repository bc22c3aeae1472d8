/// A roster column's meaning, found from its header or given with `--map COLUMN=FIELD`.
public enum RosterField: String, CaseIterable, Sendable {
  case name
  case firstName = "first-name"
  case lastName = "last-name"
  case organisation
  case email
  case country
  case stakeholderType = "stakeholder-type"
  case preference
  case role
  case consent
  case ignore

  /// Header names that registration systems use, compared loosely.
  static let synonyms: [RosterField: [String]] = [
    .name: ["name", "full name", "participant", "participant name", "attendee", "attendee name", "delegate"],
    .firstName: ["first name", "firstname", "given name", "forename", "prenom"],
    .lastName: ["last name", "lastname", "surname", "family name", "nom"],
    .organisation: [
      "organisation", "organization", "company", "affiliation", "institution", "employer",
      "organisation name", "organization name", "agency",
    ],
    .email: ["email", "e mail", "email address", "e mail address", "mail"],
    .country: ["country", "country region", "country of residence", "nationality", "location"],
    .stakeholderType: [
      "stakeholder type", "stakeholder", "sector", "category", "organisation type", "organization type", "type",
      "stakeholder group",
    ],
    .preference: [
      "preferred group", "theme", "breakout preference", "preferred theme", "breakout group", "preference",
      "breakout", "working group", "group preference",
    ],
    .role: ["role", "meeting role", "participation"],
    .consent: [
      "consent", "consent to be quoted", "quote consent", "may be quoted", "quotable", "consent to quote",
      "consent to be quoted by name",
    ],
  ]

  public static func forHeader(_ header: String) -> RosterField? {
    let key = LooseText.normalised(header)
    return synonyms.first { _, names in names.contains(key) }?.key
  }

  public static func loosely(_ text: String) -> RosterField? {
    let key = LooseText.normalised(text)
    return allCases.first { LooseText.normalised($0.rawValue) == key } ?? forHeader(text)
  }
}
