/// What the assignment needs to know: the people, the groups and the hard rules.
public struct AssignmentProblem: Sendable {
  public struct Person: Sendable, Equatable {
    public var id: Int64
    public var stakeholderType: StakeholderType
    public var country: String
    public var organisation: String
    public var preferredThemeID: Int64?
    /// A locked person's group; they are never moved.
    public var lockedGroupID: Int64?
    /// Where the person sits now, if anywhere: kept when only new people are placed.
    public var currentGroupID: Int64?

    public init(
      id: Int64, stakeholderType: StakeholderType, country: String = "", organisation: String = "",
      preferredThemeID: Int64? = nil, lockedGroupID: Int64? = nil, currentGroupID: Int64? = nil
    ) {
      self.currentGroupID = currentGroupID
      self.id = id
      self.stakeholderType = stakeholderType
      self.country = country
      self.organisation = organisation
      self.preferredThemeID = preferredThemeID
      self.lockedGroupID = lockedGroupID
    }
  }

  public struct Slot: Sendable, Equatable {
    public var groupID: Int64
    public var themeID: Int64
    public var capacity: Int?

    public init(groupID: Int64, themeID: Int64, capacity: Int? = nil) {
      self.groupID = groupID
      self.themeID = themeID
      self.capacity = capacity
    }
  }

  public var people: [Person]
  public var groups: [Slot]
  public var rules: [GroupingRule]

  public init(people: [Person], groups: [Slot], rules: [GroupingRule] = []) {
    self.people = people
    self.groups = groups
    self.rules = rules
  }

  /// Builds the problem from a session: participants who are neither facilitators nor absent take part in groups.
  public init(snapshot: SessionSnapshot) {
    people = snapshot.participants.filter { $0.role != .facilitator && !$0.isAbsent }.map { person in
      Person(
        id: person.id, stakeholderType: person.stakeholderType, country: person.country,
        organisation: person.organisation, preferredThemeID: person.preferredThemeID,
        lockedGroupID: person.isLocked ? person.groupID : nil, currentGroupID: person.groupID)
    }
    groups = snapshot.groups.map { Slot(groupID: $0.id, themeID: $0.themeID, capacity: $0.capacity) }
    let ids = Set(people.map(\.id))
    rules = snapshot.rules.filter { ids.contains($0.first) && ids.contains($0.second) }
  }

  /// Each group's fair share of the people: N * cap_g / sum(cap); equal shares when no capacity is set.
  public var targets: [Double] {
    let given = groups.compactMap(\.capacity)
    let fallback = given.isEmpty ? 1.0 : Double(given.reduce(0, +)) / Double(given.count)
    let weights = groups.map { $0.capacity.map(Double.init) ?? fallback }
    let total = weights.reduce(0, +)
    guard total > 0 else { return groups.map { _ in 0 } }
    return weights.map { Double(people.count) * $0 / total }
  }
}

/// Who goes where.
public struct Assignment: Equatable, Sendable {
  public var groupOf: [Int64: Int64]

  public init(groupOf: [Int64: Int64]) { self.groupOf = groupOf }
}

/// Why no assignment keeps the hard rules, in words a facilitator can act on.
public struct AssignmentError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
