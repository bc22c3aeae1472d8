/// People who must stay together (joined by `together` rules) move as one unit; `apart` rules are kept as
/// conflicts between people.
struct Units {
  struct Unit {
    var members: [Int]
    /// Where the unit must stay: a locked member's group, or its current group when placed people are kept.
    var fixedGroup: Int?
    var hasPreference: Bool
  }

  private(set) var all: [Unit] = []
  private var apartFrom: [[Int]]

  init(problem: AssignmentProblem, keepPlaced: Bool = false) throws(AssignmentError) {
    let index = Dictionary(uniqueKeysWithValues: problem.people.enumerated().map { ($1.id, $0) })
    let groupIndex = Dictionary(uniqueKeysWithValues: problem.groups.enumerated().map { ($1.groupID, $0) })
    var parent = Array(problem.people.indices)
    func root(_ person: Int) -> Int {
      var current = person
      while parent[current] != current {
        parent[current] = parent[parent[current]]
        current = parent[current]
      }
      return current
    }
    apartFrom = Array(repeating: [], count: problem.people.count)
    for rule in problem.rules {
      guard let first = index[rule.first], let second = index[rule.second], first != second else { continue }
      switch rule.kind {
      case .together: parent[root(first)] = root(second)
      case .apart:
        apartFrom[first].append(second)
        apartFrom[second].append(first)
      }
    }
    var membersOf: [Int: [Int]] = [:]
    var roots: [Int] = []
    for person in problem.people.indices {
      let top = root(person)
      if membersOf[top] == nil { roots.append(top) }
      membersOf[top, default: []].append(person)
    }
    for top in roots {
      let members = membersOf[top]!
      var locked: Int?
      for person in members {
        guard let lockedID = problem.people[person].lockedGroupID else { continue }
        guard let group = groupIndex[lockedID] else {
          throw .lockedInMissingGroup(problem.label(person: person))
        }
        if let locked, locked != group {
          throw .togetherButLockedApart(members.map { problem.label(person: $0) })
        }
        locked = group
      }
      if locked == nil && keepPlaced {
        locked = members.lazy.compactMap { problem.people[$0].currentGroupID.flatMap { groupIndex[$0] } }.first
      }
      for person in members where apartFrom[person].contains(where: { members.contains($0) }) {
        throw .apartAndTogether(problem.label(person: person))
      }
      all.append(
        Unit(
          members: members, fixedGroup: locked,
          hasPreference: members.contains { problem.people[$0].preferredThemeID != nil }))
    }
  }

  func hasApartRule(_ person: Int) -> Bool { !apartFrom[person].isEmpty }

  /// Whether the person would sit in the group with someone they must be kept apart from.
  func conflicts(_ person: Int, withGroup group: Int, ignoring other: Int?, _ board: ScoreBoard) -> Bool {
    apartFrom[person].contains { $0 != other && board.groupOf[$0] == group }
  }
}
