/// Assignment v1: a greedy construction followed by a local search of moves and swaps, deterministic for a seed.
/// Hard rules (one group each, capacities, apart, together, locks) are never broken; when they cannot all hold,
/// it says why instead of returning something wrong.
public enum Assigner {
  public static func assign(_ problem: AssignmentProblem, seed: UInt64 = 1, passes: Int = 40) throws(AssignmentError)
    -> Assignment
  {
    guard !problem.groups.isEmpty else {
      throw AssignmentError("the session has no groups yet; create them with `breakout groups set`")
    }
    var random = SeededGenerator(seed: seed)
    let units = try Units(problem: problem)
    var board = ScoreBoard(problem: problem)
    let capacity = problem.groups.map { $0.capacity ?? Int.max }
    let places = capacity.contains(Int.max) ? Int.max : capacity.reduce(0, +)
    if places < problem.people.count {
      throw AssignmentError(
        "\(problem.people.count) people but the groups hold only \(places); raise the capacity or add a group")
    }

    // Locked people first, where they are.
    for unit in units.all where unit.lockedGroup != nil {
      for person in unit.members { board.place(person, in: unit.lockedGroup!) }
    }
    for group in capacity.indices where board.size[group] > capacity[group] {
      throw AssignmentError(
        "more people are locked in group \(problem.groups[group].groupID) than its capacity of \(capacity[group])")
    }

    // Then the rest: people with a preference before others, larger units first, ties in seeded order.
    var free = units.all.filter { $0.lockedGroup == nil }
    free.shuffle(using: &random)
    free = stableSorted(free) { lhs, rhs in
      if lhs.hasPreference != rhs.hasPreference { return lhs.hasPreference }
      return lhs.members.count > rhs.members.count
    }
    for unit in free {
      var best: (group: Int, cost: Double)?
      for group in problem.groups.indices where fits(unit, group, board, capacity, units) {
        let cost = costOfMoving(unit, to: group, &board)
        if best == nil || cost < best!.cost - 1e-9 { best = (group, cost) }
      }
      guard let best else {
        throw AssignmentError(
          "no group can take participant \(problem.people[unit.members[0]].id) without breaking a capacity or an apart rule"
        )
      }
      for person in unit.members { board.place(person, in: best.group) }
    }

    improve(&board, free, problem, capacity, units, passes: passes, random: &random)

    var groupOf: [Int64: Int64] = [:]
    for (index, person) in problem.people.enumerated() {
      groupOf[person.id] = problem.groups[board.groupOf[index]].groupID
    }
    return Assignment(groupOf: groupOf)
  }

  /// First-improvement local search: move a unit to a better group, or swap two single people.
  private static func improve(
    _ board: inout ScoreBoard, _ free: [Units.Unit], _ problem: AssignmentProblem, _ capacity: [Int],
    _ units: Units, passes: Int, random: inout SeededGenerator
  ) {
    let singles = free.filter { $0.members.count == 1 }
    for _ in 0..<passes {
      var improved = false
      var order = free
      order.shuffle(using: &random)
      for unit in order {
        let from = board.groupOf[unit.members[0]]
        var best: (group: Int, cost: Double)?
        for group in problem.groups.indices where group != from && fits(unit, group, board, capacity, units) {
          let cost = costOfMoving(unit, to: group, &board)
          if cost < -1e-9 && (best == nil || cost < best!.cost) { best = (group, cost) }
        }
        if let best {
          for person in unit.members { board.place(person, in: best.group) }
          improved = true
        }
      }
      // Swaps keep sizes, so they fix the mix once sizes are right.
      var shuffled = singles
      shuffled.shuffle(using: &random)
      for unit in shuffled {
        let person = unit.members[0]
        let partners = singles.indices.map { _ in singles[Int(random.next() % UInt64(singles.count))] }.prefix(8)
        for partnerUnit in partners {
          let partner = partnerUnit.members[0]
          let mine = board.groupOf[person]
          let theirs = board.groupOf[partner]
          guard mine != theirs,
            !units.conflicts(person, withGroup: theirs, ignoring: partner, board),
            !units.conflicts(partner, withGroup: mine, ignoring: person, board)
          else { continue }
          let before = board.total
          board.place(person, in: theirs)
          board.place(partner, in: mine)
          if board.total < before - 1e-9 {
            improved = true
            break
          }
          board.place(person, in: mine)
          board.place(partner, in: theirs)
        }
      }
      if !improved { break }
    }
  }

  private static func fits(
    _ unit: Units.Unit, _ group: Int, _ board: ScoreBoard, _ capacity: [Int], _ units: Units
  ) -> Bool {
    let alreadyThere = unit.members.filter { board.groupOf[$0] == group }.count
    guard capacity[group] == Int.max || board.size[group] - alreadyThere + unit.members.count <= capacity[group]
    else { return false }
    return !unit.members.contains { units.conflicts($0, withGroup: group, ignoring: nil, board) }
  }

  /// How much the objective changes if the unit moves to the group (tried, measured, undone).
  private static func costOfMoving(_ unit: Units.Unit, to group: Int, _ board: inout ScoreBoard) -> Double {
    let before = board.total
    let origins = unit.members.map { board.groupOf[$0] }
    for person in unit.members { board.place(person, in: group) }
    let after = board.total
    for (person, origin) in zip(unit.members, origins) { board.place(person, in: origin) }
    return after - before
  }

  private static func stableSorted<T>(_ items: [T], by before: (T, T) -> Bool) -> [T] {
    items.enumerated().sorted { lhs, rhs in
      if before(lhs.element, rhs.element) { return true }
      if before(rhs.element, lhs.element) { return false }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}
