/// What moving one person by hand would break. Assignment never breaks a hard rule; a hand move must not either
/// without the facilitator saying so.
public enum MoveProblem: Equatable, Sendable {
  /// The group is at its capacity (members counted without the person moved).
  case full(members: Int, capacity: Int)
  /// A rule keeps them apart from someone already in the group.
  case keptApart(from: Participant)
  /// A rule keeps them with someone who stays in another group.
  case keptTogether(with: Participant)
}

/// A role that leads a group.
public enum LeadRole: String, Equatable, Sendable {
  case moderator, rapporteur
}

/// A group someone already leads, and as what.
public struct Leadership: Equatable, Sendable {
  public var group: BreakoutGroup
  public var role: LeadRole
}

extension SessionSnapshot {
  /// The hard rules a move of `person` into `group` would break, capacity first.
  public func problems(moving person: Participant, to group: BreakoutGroup) -> [MoveProblem] {
    var problems: [MoveProblem] = []
    let others = members(of: group).filter { $0.id != person.id }
    if let capacity = group.capacity, others.count + 1 > capacity {
      problems.append(.full(members: others.count, capacity: capacity))
    }
    for rule in rules where rule.first == person.id || rule.second == person.id {
      guard let partner = participant(rule.first == person.id ? rule.second : rule.first) else { continue }
      switch rule.kind {
      case .apart where partner.groupID == group.id:
        problems.append(.keptApart(from: partner))
      case .together where partner.groupID != nil && partner.groupID != group.id:
        problems.append(.keptTogether(with: partner))
      default:
        break
      }
    }
    return problems
  }

  /// The groups other than `group` that `person` already leads: one person leads at most one group unless the
  /// facilitator says otherwise.
  public func otherLeaderships(of person: Participant, besides group: BreakoutGroup) -> [Leadership] {
    groups.filter { $0.id != group.id }.flatMap { other -> [Leadership] in
      (other.moderatorID == person.id ? [Leadership(group: other, role: .moderator)] : [])
        + (other.rapporteurID == person.id ? [Leadership(group: other, role: .rapporteur)] : [])
    }
  }
}
