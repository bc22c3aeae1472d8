import BreakoutCore
import Foundation

/// Repeated pairs when people are regrouped round after round (Benchmarks/assignment/README.md, "Rounds"): breakout's
/// regroup against an exact optimum (Benchmarks/assignment/rounds.py, N <= 200), a random feasible regrouping and
/// the pigeonhole bound.
enum RoundsBenchmark {
  static let cases: [(people: Int, groups: Int)] = [(60, 6), (200, 6), (200, 12), (1000, 12), (5000, 12)]
  static let roundCounts = [2, 3, 4]
  static let randomSeeds: [UInt64] = [1, 2, 3, 4, 5]
  /// Every earlier round's pairs count alike and before Q: what the exact optimum minimises, so the search is
  /// measured on pairs alone. (The default weights, 1, 0.5, 0.25, trade pairs against Q; see the second table.)
  static let pairsFirst = [100.0]

  /// One case: the roster, and each earlier round as breakout regrouped it (what rounds.py solves the last round of).
  struct Instance: Codable {
    var roster: BenchmarkRoster
    /// Each earlier round, oldest first: person id (as text) to group id.
    var earlierRounds: [[String: Int64]]
  }

  struct Exact: Decodable {
    var status: String
    var pairs: Double?
    var bound: Double?
    var seconds: Double
  }

  static func name(_ people: Int, _ groups: Int, rounds: Int) -> String { "rounds-n\(people)-g\(groups)-r\(rounds)" }

  /// Round 1 as `assign` makes it, then each later round regrouped from all the rounds before it.
  static func earlierRounds(_ problem: AssignmentProblem, count: Int, weights: [Double]) throws -> [[Int64: Int64]] {
    var rounds = [try Assigner.assign(problem, seed: 1).groupOf]
    while rounds.count < count {
      var next = problem
      next.earlierRounds = rounds
      next.roundWeights = weights
      rounds.append(try Assigner.assign(next, seed: 1).groupOf)
    }
    return rounds
  }

  static func writeInstances(folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (people, groups) in cases where people <= 200 {
      let roster = BenchmarkRoster.make(people: people, groups: groups, seed: 1)
      for rounds in roundCounts {
        let earlier = try earlierRounds(roster.problem, count: rounds - 1, weights: pairsFirst)
        let instance = Instance(
          roster: roster,
          earlierRounds: earlier.map { Dictionary(uniqueKeysWithValues: $0.map { (String($0.key), $0.value) }) })
        let path = "\(folder)/\(name(people, groups, rounds: rounds)).json"
        try JSONEncoder().encode(instance).write(to: URL(fileURLWithPath: path))
        print("wrote \(path)")
      }
    }
  }

  static func run(folder: String) throws {
    print(
      "| N | G | rounds | pigeonhole bound | random (median of 5) | optimum (HiGHS) | breakout | off the optimum "
        + "| over the bound | breakout time |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    var defaults: [String] = []
    for (people, groups) in cases {
      let roster = BenchmarkRoster.make(people: people, groups: groups, seed: 1)
      for rounds in roundCounts {
        var problem = roster.problem
        problem.earlierRounds = try earlierRounds(problem, count: rounds - 1, weights: pairsFirst)
        problem.roundWeights = pairsFirst
        var regrouped: Assignment?
        let time = try milliseconds { regrouped = try Assigner.assign(problem, seed: 1) }
        let pairs = repeatedPairs(problem, regrouped!)
        precondition(AssignmentQuality.measure(problem, regrouped!).hardViolations == 0, "a hard rule broken")
        let random = randomSeeds.map { repeatedPairs(problem, randomRegrouping(problem, seed: $0)) }.sorted()[2]
        let bound = pigeonholeBound(problem)
        let exact = try? JSONDecoder().decode(
          Exact.self,
          from: Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name(people, groups, rounds: rounds)).exact.json")))
        let optimum = exact?.pairs.map { Int($0.rounded()) }
        print(
          "| \(people) | \(groups) | \(rounds) | \(bound) | \(random) | "
            + "\(optimum.map { String($0) + (exact?.status == "optimal" ? "" : " (limit)") } ?? "-") | \(pairs) | "
            + "\(optimum.map { String(pairs - $0) } ?? "-") | "
            + (bound == 0 ? "-" : String(format: "%.1f%%", 100 * Double(pairs - bound) / Double(bound)))
            + String(format: " | %.0f ms |", time))

        // The same regroup with the default weights: fewer pairs avoided, more preferences kept.
        var byDefault = problem
        byDefault.roundWeights = AssignmentProblem.defaultRoundWeights
        let assignment = try Assigner.assign(byDefault, seed: 1)
        let quality = AssignmentQuality.measure(byDefault, assignment)
        let first = AssignmentQuality.measure(roster.problem, try Assigner.assign(roster.problem, seed: 1))
        defaults.append(
          "| \(people) | \(groups) | \(rounds) | \(repeatedPairs(problem, assignment)) | "
            + String(
              format: "%.0f%% | %.0f%% | %.2f | %.2f |", quality.preferencesMetPercent, first.preferencesMetPercent,
              quality.mixDeviation / Double(people), first.mixDeviation / Double(people)))
      }
    }
    print("")
    print(
      "| N | G | rounds | repeated pairs, default weights | preferences met | in round 1 | M / N | in round 1 |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for line in defaults { print(line) }
  }

  /// Pairs who share a group now and shared one in an earlier round, counted once per earlier round (what the
  /// exact optimum and the bound count).
  static func repeatedPairs(_ problem: AssignmentProblem, _ assignment: Assignment) -> Int {
    var pairs = 0
    for round in problem.earlierRounds {
      var together: [Int64: [Int64: Int]] = [:]
      for person in problem.people {
        guard let now = assignment.groupOf[person.id], let then = round[person.id] else { continue }
        together[now, default: [:]][then, default: 0] += 1
      }
      for counts in together.values { for count in counts.values { pairs += count * (count - 1) / 2 } }
    }
    return pairs
  }

  /// No regrouping does better, for any group sizes: each round's pairs are fewest with the people spread as evenly
  /// as they can be over the groups, and each group drawn as evenly as it can be from that round's groups.
  static func pigeonholeBound(_ problem: AssignmentProblem) -> Int {
    let people = problem.people.count
    let groups = problem.groups.count
    let sizes = (0..<groups).map { people / groups + ($0 < people % groups ? 1 : 0) }
    return problem.earlierRounds.reduce(0) { total, round in
      let earlier = max(1, Set(round.values).count)
      return total
        + sizes.reduce(0) { sum, size in
          (0..<earlier).reduce(sum) { sum, index in
            let share = size / earlier + (index < size % earlier ? 1 : 0)
            return sum + share * (share - 1) / 2
          }
        }
    }
  }

  /// Everyone placed at random where the hard rules allow: `together` pairs side by side, `apart` pairs in
  /// different groups, no group past its capacity.
  static func randomRegrouping(_ problem: AssignmentProblem, seed: UInt64) -> Assignment {
    var random = SeededGenerator(seed: seed)
    var partner: [Int64: Int64] = [:]
    var apart: [Int64: Set<Int64>] = [:]
    for rule in problem.rules {
      if rule.kind == .together {
        partner[rule.first] = rule.second
        partner[rule.second] = rule.first
      } else {
        apart[rule.first, default: []].insert(rule.second)
        apart[rule.second, default: []].insert(rule.first)
      }
    }
    var groupOf: [Int64: Int64] = [:]
    var size: [Int64: Int] = [:]
    for person in problem.people.map(\.id).shuffled(using: &random) where groupOf[person] == nil {
      let unit = [person] + (partner[person].map { [$0] } ?? [])
      let open = problem.groups.filter { group in
        (size[group.groupID] ?? 0) + unit.count <= (group.capacity ?? .max)
          && !unit.contains { member in apart[member, default: []].contains { groupOf[$0] == group.groupID } }
      }
      let group = open[Int(random.next() % UInt64(open.count))].groupID
      for member in unit { groupOf[member] = group }
      size[group, default: 0] += unit.count
    }
    return Assignment(groupOf: groupOf)
  }
}
