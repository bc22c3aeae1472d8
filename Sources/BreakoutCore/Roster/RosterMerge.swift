/// What importing a registration export into a roster comes to: who is added, who is updated and how, who is
/// already there as the file has them. A person already on the roster (same email, or else same name and
/// organisation with no other email on file) is updated, never added twice; a line repeating an earlier one in the
/// same file updates the person that line added. Pure: any store applies it in one transaction, ids its own.
public struct RosterMerge: Equatable, Sendable {
  /// People to add, as they stand after every line that named them (id 0: the store gives the ids).
  public var additions: [Participant] = []
  /// People on the roster whose fields the file changes, as they will stand.
  public var updates: [Participant] = []
  /// For the report, in the file's order.
  public var added: [String] = []
  public var changed: [Change] = []
  public var unchanged = 0
  public var warnings: [RosterWarning] = []

  public struct Change: Equatable, Sendable {
    public var name: String
    /// The fields that changed ("organisation", "email", ...).
    public var fields: [String]
  }

  public static func plan(_ reading: RosterReading, onto roster: [Participant]) -> RosterMerge {
    var merge = RosterMerge()
    let present = Set(reading.columns.values)
    var people = roster
    var updated: [Int] = []
    // Matching keys computed once per person: a 5,000-row import must not compare every row with everyone.
    var byEmail: [String: Int] = [:]
    var byNameAndOrganisation: [String: Int] = [:]
    func remember(_ index: Int) {
      let person = people[index]
      if let email = person.email { byEmail[LooseText.emailKey(email)] = index }
      byNameAndOrganisation[identityKey(person.name, person.organisation)] = index
    }
    people.indices.forEach(remember)
    var seenLineByEmail: [String: Int] = [:]
    for entry in reading.entries {
      if let email = entry.email.map(LooseText.emailKey) {
        if let earlier = seenLineByEmail[email] {
          merge.warnings.append(.sameEmail(InertText.visible(email), lines: (earlier, entry.line)))
        }
        seenLineByEmail[email] = entry.line
      }
      let match =
        entry.email.flatMap { byEmail[LooseText.emailKey($0)] }
        ?? byNameAndOrganisation[identityKey(entry.name, entry.organisation)].flatMap { index in
          // Someone with another email on file is another person, whatever their name.
          entry.email == nil || people[index].email == nil ? index : nil
        }
      guard let match else {
        people.append(
          Participant(
            id: 0, name: entry.name, organisation: entry.organisation, stakeholderType: entry.stakeholderType,
            country: entry.country, email: entry.email, preferredThemeID: entry.preferredThemeID, role: entry.role,
            consentsToBeQuoted: entry.consentsToBeQuoted))
        remember(people.count - 1)
        merge.added.append(entry.name)
        continue
      }
      var person = people[match]
      let fields = Self.merge(entry, into: &person, present: present)
      guard !fields.isEmpty else {
        merge.unchanged += 1
        continue
      }
      people[match] = person
      remember(match)
      if match < roster.count && !updated.contains(match) { updated.append(match) }
      if !merge.added.contains(person.name) { merge.changed.append(Change(name: person.name, fields: fields)) }
    }
    merge.additions = Array(people[roster.count...])
    merge.updates = updated.map { people[$0] }
    return merge
  }

  static func identityKey(_ name: String, _ organisation: String) -> String {
    LooseText.normalised(name) + "\u{1F}" + LooseText.normalised(organisation)
  }

  /// Copies the file's values for the columns it has; returns the names of the fields that changed.
  static func merge(_ entry: RosterEntry, into person: inout Participant, present: Set<RosterField>) -> [String] {
    var changes: [String] = []
    func set<Value: Equatable>(_ field: String, _ keyPath: WritableKeyPath<Participant, Value>, _ value: Value) {
      if person[keyPath: keyPath] != value {
        person[keyPath: keyPath] = value
        changes.append(field)
      }
    }
    set("name", \.name, entry.name)
    if present.contains(.organisation) { set("organisation", \.organisation, entry.organisation) }
    if present.contains(.email), entry.email != nil { set("email", \.email, entry.email) }
    if present.contains(.country) { set("country", \.country, entry.country) }
    if present.contains(.stakeholderType) { set("stakeholder type", \.stakeholderType, entry.stakeholderType) }
    if present.contains(.preference) { set("preferred group", \.preferredThemeID, entry.preferredThemeID) }
    if present.contains(.role) { set("role", \.role, entry.role) }
    if present.contains(.consent) { set("consent", \.consentsToBeQuoted, entry.consentsToBeQuoted) }
    return changes
  }
}
