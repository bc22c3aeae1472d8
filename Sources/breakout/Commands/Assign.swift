import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

struct Assign: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Assign everyone who is not locked to a group: preferences first, sizes balanced, types and countries mixed.")

  @Argument(help: "Session name or path.") var session: String
  @Option(help: "Seed: the same seed gives the same assignment.") var seed: UInt64 = 1
  @Flag(help: "Print the assignment without saving it.") var dryRun = false
  @Option(help: "table, csv (columns Name,Group) or json.") var format: OutputFormat = .table

  func run() throws {
    let store = try openSession(session)
    let snapshot = try store.snapshot()
    let problem = AssignmentProblem(snapshot: snapshot)
    let assignment = try Assigner.assign(problem, seed: seed)
    let quality = AssignmentQuality.measure(problem, assignment)
    if !dryRun { try store.apply(assignment) }
    let people = snapshot.participants.filter { assignment.groupOf[$0.id] != nil }
    let groupName = { (person: Participant) -> String in
      snapshot.groups.first { $0.id == assignment.groupOf[person.id] }?.name ?? ""
    }
    switch format {
    case .csv:
      print(
        CSVWriter.render(header: ["Name", "Group"], rows: people.map { [$0.name, groupName($0)] }), terminator: "")
    case .json:
      let output = AssignJSON(
        saved: !dryRun, seed: seed,
        assignments: people.map { person in
          AssignJSON.Placement(
            name: person.name,
            group: snapshot.groups.first { $0.id == assignment.groupOf[person.id] }.map { snapshot.reference(of: $0) }
              ?? "")
        }, quality: AssignJSON.Quality(quality))
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      print(String(decoding: try encoder.encode(output), as: UTF8.self))
    case .table:
      let rows: [[String]] = people.map { (person: Participant) -> [String] in
        [groupName(person), person.name, person.stakeholderType.displayName, person.country]
      }
      let sorted = rows.sorted { (lhs: [String], rhs: [String]) -> Bool in
        lhs[0] != rhs[0] ? lhs[0] < rhs[0] : lhs[1] < rhs[1]
      }
      print(TextTable.render(header: ["Group", "Name", "Stakeholder type", "Country"], rows: sorted), terminator: "")
      print("")
      print(QualityReport.lines(quality).joined(separator: "\n"))
      print(dryRun ? "Dry run: nothing was saved." : "Saved.")
    }
  }
}

enum QualityReport {
  static func lines(_ quality: AssignmentQuality) -> [String] {
    [
      String(format: "Q = %.3f (lower is better, 0 ideal)", quality.score),
      String(
        format: "  unmet preferences U = %d, size excess S = %d, mix deviation M = %.2f, country excess C = %d",
        quality.unmetPreferences, quality.sizeExcess, quality.mixDeviation, quality.countryExcess),
      "  hard-rule violations: \(quality.hardViolations)",
      String(format: "  preferences met: %.0f%% of %d", quality.preferencesMetPercent, quality.statedPreferences),
      "  group sizes: \(quality.smallestGroup) to \(quality.largestGroup)",
      "  fewest stakeholder types in a group: \(quality.fewestStakeholderTypes)",
      String(format: "  largest same-country share in a group: %.0f%%", quality.largestCountryShare * 100),
      "  colleagues sharing a group (same organisation): \(quality.organisationOverlap)",
    ]
  }
}

struct AssignJSON: Encodable {
  struct Placement: Encodable {
    var name: String
    var group: String
  }
  struct Quality: Encodable {
    var q, mixDeviation, preferencesMetPercent, largestCountryShare: Double
    var unmetPreferences, sizeExcess, countryExcess, hardViolations, organisationOverlap: Int
    var smallestGroup, largestGroup, fewestStakeholderTypes: Int

    init(_ quality: AssignmentQuality) {
      q = quality.score
      mixDeviation = quality.mixDeviation
      preferencesMetPercent = quality.preferencesMetPercent
      largestCountryShare = quality.largestCountryShare
      unmetPreferences = quality.unmetPreferences
      sizeExcess = quality.sizeExcess
      countryExcess = quality.countryExcess
      hardViolations = quality.hardViolations
      organisationOverlap = quality.organisationOverlap
      smallestGroup = quality.smallestGroup
      largestGroup = quality.largestGroup
      fewestStakeholderTypes = quality.fewestStakeholderTypes
    }
  }
  var saved: Bool
  var seed: UInt64
  var assignments: [Placement]
  var quality: Quality
}
