/// How a speaker is named in a summary: by name only with their consent, otherwise by affiliation type.
public enum Attribution {
  public static func speaker(_ person: Participant?) -> String? {
    guard let person else { return nil }
    guard person.consentsToBeQuoted else { return person.stakeholderType.affiliationPhrase }
    return person.organisation.isEmpty ? person.name : "\(person.name), \(person.organisation)"
  }
}
