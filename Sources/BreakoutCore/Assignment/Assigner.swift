import Foundation

/// The assignment: a greedy construction, then simulated annealing over moves and swaps priced incrementally, then
/// a descent to the nearest local optimum. Deterministic for a seed (the work is counted in steps, not seconds).
/// Hard rules (one group each, capacities, apart, together, locks) are never broken; when they cannot all hold,
/// it says why instead of returning something wrong.
public enum Assigner {
  public struct Options: Sendable {
    public var seed: UInt64
    /// Keep everyone who already has a group where they are and place only the others (late arrivals).
    public var keepPlaced: Bool
    /// Search steps per movable person; more is slower and rarely better.
    public var stepsPerPerson: Int
    /// Stops the search early on a slow machine; then the result can depend on the machine's speed.
    public var timeLimit: Double?

    public init(seed: UInt64 = 1, keepPlaced: Bool = false, stepsPerPerson: Int = 1_500, timeLimit: Double? = nil) {
      self.seed = seed
      self.keepPlaced = keepPlaced
      self.stepsPerPerson = stepsPerPerson
      self.timeLimit = timeLimit
    }
  }

  public static func assign(_ problem: AssignmentProblem, seed: UInt64 = 1) throws(AssignmentError) -> Assignment {
    try assign(problem, options: Options(seed: seed))
  }

  public static func assign(_ problem: AssignmentProblem, options: Options) throws(AssignmentError) -> Assignment {
    guard !problem.groups.isEmpty else {
      throw AssignmentError("the session has no groups yet; create them with `breakout groups set`")
    }
    var random = SeededGenerator(seed: options.seed)
    let units = try Units(problem: problem, keepPlaced: options.keepPlaced)
    var board = ScoreBoard(problem: problem)
    let capacity = problem.groups.map { $0.capacity ?? Int.max }
    let places = capacity.contains(Int.max) ? Int.max : capacity.reduce(0, +)
    if places < problem.people.count {
      throw AssignmentError(
        "\(problem.people.count) people but the groups hold only \(places); raise the capacity or add a group")
    }

    // Locked and kept people first, where they are.
    for unit in units.all where unit.fixedGroup != nil {
      for person in unit.members { board.place(person, in: unit.fixedGroup!) }
    }
    for group in capacity.indices where board.size[group] > capacity[group] {
      throw AssignmentError(
        "more people are locked in group \(problem.groups[group].groupID) than its capacity of \(capacity[group])")
    }

    // Then the rest: people with a preference before others, larger units first, ties in seeded order.
    var free = units.all.filter { $0.fixedGroup == nil }
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

    if !free.isEmpty && problem.groups.count > 1 {
      var search = Search(
        board: board, units: units, free: free, capacity: capacity, random: random,
        deadline: options.timeLimit.map { Date().addingTimeInterval($0) })
      search.anneal(steps: options.stepsPerPerson * free.reduce(0) { $0 + $1.members.count })
      search.descend()
      board = search.board
    }

    var groupOf: [Int64: Int64] = [:]
    for (index, person) in problem.people.enumerated() {
      groupOf[person.id] = problem.groups[board.groupOf[index]].groupID
    }
    return Assignment(groupOf: groupOf)
  }

  static func fits(_ unit: Units.Unit, _ group: Int, _ board: ScoreBoard, _ capacity: [Int], _ units: Units) -> Bool {
    let alreadyThere = unit.members.filter { board.groupOf[$0] == group }.count
    guard capacity[group] == Int.max || board.size[group] - alreadyThere + unit.members.count <= capacity[group]
    else { return false }
    return !unit.members.contains { units.conflicts($0, withGroup: group, ignoring: nil, board) }
  }

  /// How much the total changes if the unit moves to the group.
  static func costOfMoving(_ unit: Units.Unit, to group: Int, _ board: inout ScoreBoard) -> Double {
    if unit.members.count == 1 { return board.moveDelta(unit.members[0], to: group) }
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
