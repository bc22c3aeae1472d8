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
    /// Only for messages: an error names the person the facilitator has to look at.
    public var name: String

    public init(
      id: Int64, stakeholderType: StakeholderType, country: String = "", organisation: String = "",
      preferredThemeID: Int64? = nil, lockedGroupID: Int64? = nil, currentGroupID: Int64? = nil, name: String = ""
    ) {
      self.currentGroupID = currentGroupID
      self.name = name
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
    /// Only for messages.
    public var name: String

    public init(groupID: Int64, themeID: Int64, capacity: Int? = nil, name: String = "") {
      self.name = name
      self.groupID = groupID
      self.themeID = themeID
      self.capacity = capacity
    }
  }

  public var people: [Person]
  public var groups: [Slot]
  public var rules: [GroupingRule]
  /// Where people sat in each earlier round, oldest first (person to that round's group): two people who shared a
  /// group there and share one again are a repeated pair, counted in Q with their round's weight.
  public var earlierRounds: [[Int64: Int64]] = []
  /// What a repeated pair counts for, the most recent earlier round first; older rounds count as the last weight.
  /// At 1 a pair weighs as much as a size or country excess, a quarter of an unmet preference: meeting new people
  /// can outweigh a stated theme, and a lower weight keeps more preferences.
  public var roundWeights: [Double] = AssignmentProblem.defaultRoundWeights
  public static let defaultRoundWeights = [1.0, 0.5, 0.25]

  /// The weight of a pair who met in `earlierRounds[index]`.
  func weight(ofRound index: Int) -> Double {
    guard let last = roundWeights.last else { return 0 }
    let back = earlierRounds.count - 1 - index
    return back < roundWeights.count ? roundWeights[back] : last
  }

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
        lockedGroupID: person.isLocked ? person.groupID : nil, currentGroupID: person.groupID,
        name: InertText.visible(person.name))
    }
    groups = snapshot.groups.map {
      Slot(groupID: $0.id, themeID: $0.themeID, capacity: $0.capacity, name: InertText.visible($0.name))
    }
    let ids = Set(people.map(\.id))
    rules = snapshot.rules.filter { ids.contains($0.first) && ids.contains($0.second) }
    earlierRounds = snapshot.earlierRounds
    if !earlierRounds.isEmpty { keepLeads(of: snapshot) }
  }

  /// The next round's problem, before it exists: the current round becomes the most recent earlier one; everyone
  /// not locked or leading a group is placed anew.
  public static func nextRound(of snapshot: SessionSnapshot, roundWeights: [Double]) -> AssignmentProblem {
    var problem = AssignmentProblem(snapshot: snapshot)
    problem.earlierRounds.append(
      Dictionary(uniqueKeysWithValues: snapshot.participants.compactMap { p in p.groupID.map { (p.id, $0) } }))
    problem.roundWeights = roundWeights
    problem.keepLeads(of: snapshot)
    return problem
  }

  /// In a round after the first, the groups came with their leads: a lead sitting in the group they lead stays
  /// there, as a locked person stays in theirs.
  mutating func keepLeads(of snapshot: SessionSnapshot) {
    var leads: [Int64: Int64] = [:]
    for group in snapshot.groups {
      for lead in [group.moderatorID, group.rapporteurID].compactMap({ $0 }) where leads[lead] == nil {
        leads[lead] = group.id
      }
    }
    for index in people.indices {
      if let led = leads[people[index].id], people[index].currentGroupID == led { people[index].lockedGroupID = led }
    }
  }

  /// How a message names the person at this index: their name, or their id when the problem has no names.
  func label(person index: Int) -> String {
    let person = people[index]
    return person.name.isEmpty ? "participant \(person.id)" : person.name
  }

  /// How a message names the group at this index.
  func label(group index: Int) -> String {
    let group = groups[index]
    return group.name.isEmpty ? "group \(group.groupID)" : group.name
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

/// Why no assignment keeps the hard rules, as a value a facilitator can act on; `message` says it in English, the
/// screen and the command line in the person's language.
public enum AssignmentError: Error, Equatable, Sendable, CustomStringConvertible {
  case noGroups
  case tooFewPlaces(people: Int, places: Int)
  case tooManyLocked(group: String, capacity: Int)
  case noGroupCanTake(String)
  case lockedInMissingGroup(String)
  case togetherButLockedApart([String])
  case apartAndTogether(String)

  public var message: String {
    switch self {
    case .noGroups: "the session has no groups yet; create them with `breakout groups set`"
    case .tooFewPlaces(let people, let places):
      "\(people) people but the groups hold only \(places); raise the capacity or add a group"
    case .tooManyLocked(let group, let capacity): "more people are locked in \(group) than its capacity of \(capacity)"
    case .noGroupCanTake(let person):
      "no group can take \(person) without breaking a capacity or an apart rule"
    case .lockedInMissingGroup(let person): "\(person) is locked in a group that no longer exists"
    case .togetherButLockedApart(let people):
      "\(people.joined(separator: ", ")) must be together but are locked in different groups; unlock one of them or "
        + "remove the rule"
    case .apartAndTogether(let person):
      "\(person) has both an apart and a together rule with the same people; remove one"
    }
  }

  public var description: String { message }
}
