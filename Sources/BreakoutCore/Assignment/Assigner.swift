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
      throw .noGroups
    }
    var random = SeededGenerator(seed: options.seed)
    let units = try Units(problem: problem, keepPlaced: options.keepPlaced)
    var board = ScoreBoard(problem: problem)
    let capacity = problem.groups.map { $0.capacity ?? Int.max }
    let places = capacity.contains(Int.max) ? Int.max : capacity.reduce(0, +)
    if places < problem.people.count {
      throw .tooFewPlaces(people: problem.people.count, places: places)
    }

    // Locked and kept people first, where they are.
    for unit in units.all where unit.fixedGroup != nil {
      for person in unit.members { board.place(person, in: unit.fixedGroup!) }
    }
    for group in capacity.indices where board.size[group] > capacity[group] {
      throw .tooManyLocked(group: problem.label(group: group), capacity: capacity[group])
    }

    // Then the rest: people held apart from others first (they have the fewest places), then larger units, then
    // people with a preference; ties in seeded order.
    var free = units.all.filter { $0.fixedGroup == nil }
    free.shuffle(using: &random)
    free = stableSorted(free) { lhs, rhs in
      let lhsApart = lhs.members.contains { units.hasApartRule($0) }
      let rhsApart = rhs.members.contains { units.hasApartRule($0) }
      if lhsApart != rhsApart { return lhsApart }
      if lhs.members.count != rhs.members.count { return lhs.members.count > rhs.members.count }
      return lhs.hasPreference && !rhs.hasPreference
    }
    for unit in free {
      var best: (group: Int, cost: Double)?
      for group in problem.groups.indices where fits(unit, group, board, capacity, units) {
        let cost = costOfMoving(unit, to: group, &board)
        if best == nil || cost < best!.cost - 1e-9 { best = (group, cost) }
      }
      if best == nil, makeRoom(for: unit, &board, capacity, units, placed: free) {
        for group in problem.groups.indices where fits(unit, group, board, capacity, units) {
          let cost = costOfMoving(unit, to: group, &board)
          if best == nil || cost < best!.cost - 1e-9 { best = (group, cost) }
        }
      }
      guard let best else {
        throw .noGroupCanTake(problem.label(person: unit.members[0]))
      }
      for person in unit.members { board.place(person, in: best.group) }
    }

    if !free.isEmpty && problem.groups.count > 1 {
      // Small rosters get several independent runs from the same start (cheap, and an annealing run can freeze
      // next to the optimum); large ones one long run.
      let movable = free.reduce(0) { $0 + $1.members.count }
      let runs = max(1, min(8, 4_000 / movable))
      let deadline = options.timeLimit.map { Date().addingTimeInterval($0) }
      var best: ScoreBoard?
      for _ in 0..<runs {
        var search = Search(
          board: board, units: units, free: free, capacity: capacity,
          random: SeededGenerator(seed: random.next()), deadline: deadline)
        search.anneal(steps: options.stepsPerPerson * movable)
        search.descend()
        if best == nil || search.board.total < best!.total - 1e-9 { best = search.board }
        if let deadline, Date() > deadline { break }
      }
      board = best!
    }

    var groupOf: [Int64: Int64] = [:]
    for (index, person) in problem.people.enumerated() {
      groupOf[person.id] = problem.groups[board.groupOf[index]].groupID
    }
    return Assignment(groupOf: groupOf)
  }

  /// When every group the unit may join is full, moves one single person out of such a group into a group with
  /// room, so the construction does not fail where a feasible assignment exists.
  private static func makeRoom(
    for unit: Units.Unit, _ board: inout ScoreBoard, _ capacity: [Int], _ units: Units, placed: [Units.Unit]
  ) -> Bool {
    for target in capacity.indices
    where !unit.members.contains(where: { units.conflicts($0, withGroup: target, ignoring: nil, board) }) {
      for other in placed where other.members.count == 1 && board.groupOf[other.members[0]] == target {
        let person = other.members[0]
        for destination in capacity.indices
        where destination != target && board.size[destination] < capacity[destination]
          && !units.conflicts(person, withGroup: destination, ignoring: nil, board)
        {
          board.place(person, in: destination)
          if fits(unit, target, board, capacity, units) { return true }
        }
      }
    }
    return false
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
