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

  /// Header names that registration systems use (English, Spanish, French), compared loosely (case and accents
  /// aside).
  static let synonyms: [RosterField: [String]] = [
    .name: [
      "name", "full name", "participant", "participant name", "attendee name", "delegate", "your name",
      "nombre completo", "nombre y apellido", "nombre y apellidos", "nombres y apellidos", "nom complet",
      "nom et prenom", "prenom et nom",
    ],
    .firstName: ["first name", "firstname", "given name", "forename", "prenom", "nombre", "nombres", "primer nombre"],
    .lastName: [
      "last name", "lastname", "surname", "family name", "nom", "nom de famille", "apellido", "apellidos",
      "apellido s",
    ],
    .organisation: [
      "organisation", "organization", "company", "affiliation", "institution", "employer",
      "organisation name", "organization name", "agency", "organizacion", "institucion", "entidad", "empresa",
      "organismo", "organisme", "entreprise", "structure",
    ],
    .email: [
      "email", "e mail", "email address", "e mail address", "mail", "your email", "correo electronico", "correo",
      "courriel",
      "adresse e mail", "adresse electronique", "adresse courriel",
    ],
    .country: ["country", "country region", "country of residence", "nationality", "location", "pais", "pays"],
    .stakeholderType: [
      "stakeholder type", "stakeholder", "sector", "category", "organisation type", "organization type", "type",
      "stakeholder group", "secteur", "tipo de organizacion", "tipo de actor", "type d organisation",
      "type de structure", "categoria", "categorie",
    ],
    .preference: [
      "preferred group", "theme", "breakout preference", "preferred theme", "breakout group", "preference",
      "breakout", "working group", "group preference", "grupo preferido", "grupo de trabajo", "tema",
      "groupe souhaite", "groupe prefere", "groupe de travail", "theme souhaite",
    ],
    .role: ["role", "meeting role", "participation", "rol", "papel", "funcion"],
    .consent: [
      "consent", "consent to be quoted", "quote consent", "may be quoted", "quotable", "consent to quote",
      "consent to be quoted by name", "quote you", "quoted by name", "consentimiento", "consentement",
    ],
  ]

  /// Every header name above, for telling a row that repeats them from a person.
  static let headerNames: Set<String> = Set(synonyms.values.joined())

  /// The field a header names: exactly one of the synonyms, or else (a form's question, such as "Which breakout
  /// group would you prefer?" or "Organization / Institution") the field whose longest synonym it contains as
  /// whole words, when no other field's synonym is as long.
  public static func forHeader(_ header: String) -> RosterField? {
    let key = LooseText.normalised(header)
    if let exact = synonyms.first(where: { _, names in names.contains(key) })?.key { return exact }
    let padded = " \(key) "
    var best: (field: RosterField, length: Int)?
    var tied = false
    for (field, names) in synonyms {
      // Short single words ("name", "type") are too common inside other headers ("Event Name", "Ticket Type").
      for name in names where (name.contains(" ") || name.count >= 6) && padded.contains(" \(name) ") {
        if best == nil || name.count > best!.length {
          best = (field, name.count)
          tied = false
        } else if name.count == best!.length, best!.field != field {
          tied = true
        }
      }
    }
    return tied ? nil : best?.field
  }

  public static func loosely(_ text: String) -> RosterField? {
    let key = LooseText.normalised(text)
    return allCases.first { LooseText.normalised($0.rawValue) == key } ?? forHeader(text)
  }
}
