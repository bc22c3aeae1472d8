import BreakoutCore
import Foundation

/// breakout's assignment against the exact optimum (Benchmarks/assignment/exact.py) on seeded rosters.
enum AssignmentBenchmark {
  static let sizes = [60, 250, 1000, 5000]
  static let groupCounts = [3, 6, 12]
  static let seeds: [UInt64] = [1, 2, 3, 4, 5]

  static func writeInstances(folder: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    for size in sizes {
      for groups in groupCounts {
        let roster = BenchmarkRoster.make(people: size, groups: groups, seed: 1)
        try encoder.encode(roster).write(to: URL(fileURLWithPath: "\(folder)/\(roster.name).json"))
        print("wrote \(folder)/\(roster.name).json")
      }
    }
  }

  struct Exact: Decodable {
    var status: String
    var q: Double?
    /// The solver's lower bound on Q*: when it stopped at its time limit, the true gap is at most Q / bound - 1.
    var bound: Double?
    var seconds: Double
    var assignment: [String: Int64]?
  }

  static func run(folder: String) throws {
    print(
      "| N | G | Q* (solver's best) | lower bound | solver time | breakout Q best | median | gap best | gap median "
        + "| gap median to the bound | breakout time (median) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes {
      for groups in groupCounts {
        let name = "n\(size)-g\(groups)-s1"
        let roster = try JSONDecoder().decode(
          BenchmarkRoster.self, from: Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name).json")))
        let problem = roster.problem
        let exact = try? JSONDecoder().decode(
          Exact.self, from: Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name).exact.json")))
        var scores: [Double] = []
        var times: [Double] = []
        for seed in seeds {
          var assignment: Assignment?
          times.append(try milliseconds { assignment = try Assigner.assign(problem, seed: seed) })
          let quality = AssignmentQuality.measure(problem, assignment!)
          precondition(quality.hardViolations == 0, "\(name): a hard rule broken")
          scores.append(quality.score)
        }
        var optimum = exact?.q
        if let exact, let placed = exact.assignment {
          // Measured again here: the solver's objective and breakout's measure must agree.
          let groupOf = Dictionary(uniqueKeysWithValues: placed.map { (Int64($0.key)!, $0.value) })
          let remeasured = AssignmentQuality.measure(problem, Assignment(groupOf: groupOf))
          if let q = exact.q, abs(remeasured.score - q) > 1e-6 {
            print("  \(name): the solver says Q* = \(q) but its assignment measures \(remeasured.score)")
          }
          optimum = remeasured.score
        }
        let best = scores.min()!
        let median = scores.sorted()[scores.count / 2]
        let time = times.sorted()[times.count / 2]
        func gap(_ q: Double) -> String {
          guard let optimum else { return "-" }
          return optimum == 0 ? (q == 0 ? "0.00%" : "inf") : String(format: "%.2f%%", 100 * (q - optimum) / optimum)
        }
        let solver = exact.map { String(format: "%.1f s%@", $0.seconds, $0.status == "optimal" ? "" : " (limit)") }
        print(
          "| \(size) | \(groups) | \(optimum.map { String(format: "%.4f", $0) } ?? "-") | "
            + "\(exact?.bound.map { String(format: "%.4f", $0) } ?? "-") | \(solver ?? "-") | "
            + String(format: "%.4f | %.4f | ", best, median) + "\(gap(best)) | \(gap(median)) | "
            + "\(exact?.bound.map { String(format: "%.2f%%", 100 * (median - $0) / $0) } ?? "-") | "
            + String(format: "%.0f ms |", time))
      }
    }
  }
}
