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
      if singles.count >= 2 && random.next() & 1 == 0 {
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
        board.place(first, in: b)
        board.place(second, in: a)
      } else {
        let unit = free[below(free.count)]
        let from = board.groupOf[unit.members[0]]
        var to = below(groupCount - 1)
        if to >= from { to += 1 }
        guard Assigner.fits(unit, to, board, capacity, units) else { continue }
        let delta = Assigner.costOfMoving(unit, to: to, &board)
        guard accepts(delta, temperature) else { continue }
        for person in unit.members { board.place(person, in: to) }
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
