import Foundation

/// Simulated annealing over two kinds of step, a unit moving to another group and two single people changing
/// places, each priced by the score board before it is taken; then a descent that stops at a local optimum.
struct Search {
  var board: ScoreBoard
  let units: Units
  let free: [Units.Unit]
  let singles: [Int]
  let capacity: [Int]
  var random: SeededGenerator
  let deadline: Date?
  /// Units of several people (together rules), which cannot move into a group that is nearly full by themselves.
  let multiples: [Units.Unit]
  let isFreeSingle: [Bool]
  /// Who is in each group, to pick people to trade places with a unit.
  private var membersOf: [[Int]]
  private var position: [Int]

  static let startTemperature = 1.5
  static let endTemperature = 0.02

  init(
    board: ScoreBoard, units: Units, free: [Units.Unit], capacity: [Int], random: SeededGenerator, deadline: Date?
  ) {
    self.board = board
    self.units = units
    self.free = free
    self.singles = free.filter { $0.members.count == 1 }.map { $0.members[0] }
    self.capacity = capacity
    self.random = random
    self.deadline = deadline
    self.multiples = free.filter { $0.members.count > 1 }
    var isFreeSingle = Array(repeating: false, count: board.groupOf.count)
    for person in singles { isFreeSingle[person] = true }
    self.isFreeSingle = isFreeSingle
    membersOf = Array(repeating: [], count: capacity.count)
    position = Array(repeating: -1, count: board.groupOf.count)
    for (person, group) in board.groupOf.enumerated() where group >= 0 {
      position[person] = membersOf[group].count
      membersOf[group].append(person)
    }
  }

  /// Moves a person on the board and in the membership lists.
  private mutating func relocate(_ person: Int, to group: Int) {
    let from = board.groupOf[person]
    guard from != group else { return }
    let last = membersOf[from].removeLast()
    if last != person {
      membersOf[from][position[person]] = last
      position[last] = position[person]
    }
    position[person] = membersOf[group].count
    membersOf[group].append(person)
    board.place(person, in: group)
  }

  /// A unit of several people goes to another group and as many single people as it needs room come back.
  private mutating func tradeUnit(_ temperature: Double) {
    let unit = multiples[below(multiples.count)]
    let from = board.groupOf[unit.members[0]]
    var to = below(capacity.count - 1)
    if to >= from { to += 1 }
    let need = capacity[to] == Int.max ? 0 : board.size[to] + unit.members.count - capacity[to]
    guard need > 0, need <= unit.members.count else { return }
    var displaced: [Int] = []
    for _ in 0..<(4 * need) where displaced.count < need {
      let candidate = membersOf[to][below(membersOf[to].count)]
      if isFreeSingle[candidate] && !displaced.contains(candidate) { displaced.append(candidate) }
    }
    guard displaced.count == need else { return }
    let before = board.total
    for person in unit.members { relocate(person, to: to) }
    for person in displaced { relocate(person, to: from) }
    let allowed =
      !unit.members.contains { units.conflicts($0, withGroup: to, ignoring: nil, board) }
      && !displaced.contains { units.conflicts($0, withGroup: from, ignoring: nil, board) }
    if allowed && accepts(board.total - before, temperature) { return }
    for person in displaced { relocate(person, to: to) }
    for person in unit.members { relocate(person, to: from) }
  }

  private mutating func uniform() -> Double { Double(random.next() >> 11) * 0x1.0p-53 }
  private mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

  mutating func anneal(steps: Int) {
    guard steps > 0 else { return }
    let groupCount = capacity.count
    var temperature = Self.startTemperature
    let cooling = pow(Self.endTemperature / Self.startTemperature, 1 / Double(steps))
    var best = board.total
    var bestPlaces = board.groupOf
    let keepBestFrom = steps / 2
    for step in 0..<steps {
      temperature *= cooling
      if step & 0xFFFF == 0, let deadline, Date() > deadline { break }
      if !multiples.isEmpty && step % 16 == 0 {
        tradeUnit(temperature)
      } else if singles.count >= 2 && random.next() & 1 == 0 {
        let first = singles[below(singles.count)]
        let second = singles[below(singles.count)]
        let a = board.groupOf[first]
        let b = board.groupOf[second]
        guard a != b,
          !units.conflicts(first, withGroup: b, ignoring: second, board),
          !units.conflicts(second, withGroup: a, ignoring: first, board)
        else { continue }
        let delta = board.swapDelta(first, second)
        guard accepts(delta, temperature) else { continue }
        relocate(first, to: b)
        relocate(second, to: a)
      } else {
        let unit = free[below(free.count)]
        let from = board.groupOf[unit.members[0]]
        var to = below(groupCount - 1)
        if to >= from { to += 1 }
        guard Assigner.fits(unit, to, board, capacity, units) else { continue }
        let delta = Assigner.costOfMoving(unit, to: to, &board)
        guard accepts(delta, temperature) else { continue }
        for person in unit.members { relocate(person, to: to) }
      }
      if step >= keepBestFrom && board.total < best - 1e-9 {
        best = board.total
        bestPlaces = board.groupOf
      }
    }
    if board.total > best + 1e-9 {
      for (person, group) in bestPlaces.enumerated() where board.groupOf[person] != group {
        board.place(person, in: -1)
      }
      for (person, group) in bestPlaces.enumerated() where board.groupOf[person] != group {
        board.place(person, in: group)
      }
    }
  }

  private mutating func accepts(_ delta: Double, _ temperature: Double) -> Bool {
    delta <= 0 || uniform() < exp(-delta / temperature)
  }

  /// Best-improvement moves until none is left.
  mutating func descend() {
    var improved = true
    var rounds = 0
    while improved && rounds < 100 {
      improved = false
      rounds += 1
      for unit in free {
        let from = board.groupOf[unit.members[0]]
        var best: (group: Int, cost: Double)?
        for group in capacity.indices where group != from && Assigner.fits(unit, group, board, capacity, units) {
          let cost = Assigner.costOfMoving(unit, to: group, &board)
          if cost < -1e-9 && (best == nil || cost < best!.cost) { best = (group, cost) }
        }
        if let best {
          for person in unit.members { board.place(person, in: best.group) }
          improved = true
        }
      }
    }
  }
}
