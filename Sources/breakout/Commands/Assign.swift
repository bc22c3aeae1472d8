import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

struct Assign: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Assign people to groups: preferences first, sizes balanced, types and countries mixed.",
    discussion: """
      The first run places everyone. Once people have groups, a run places only those without one (late arrivals) \
      and keeps everyone else where they are; --reshuffle reassigns everyone who is not locked.
      """)

  @Argument(help: "Session name or path.") var session: String
  @Option(help: "Seed: the same seed gives the same assignment.") var seed: UInt64 = 1
  @Flag(help: "Print the assignment without saving it.") var dryRun = false
  @Option(
    help: """
      table (people placed now), csv (everyone: Name,Group), json (everyone), zoom (Zoom's breakout-room \
      pre-assignment CSV) or teams (a room-by-room list for Teams).
      """)
  var format: Format = .table

  enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, zoom, teams }
  @Flag(help: "Place only people without a group, where they improve Q most; nobody else moves.") var placeNew = false
  @Flag(help: "Reassign everyone who is not locked, even people who already have a group.") var reshuffle = false
  @Option(help: "Say why this person is in their group, and what any other group would change.") var explain: String?
  @Option(help: "Stop searching after this many seconds (the result may then depend on the machine's speed).")
  var timeLimit: Double?
  @OptionGroup var weights: RoundWeights

  func validate() throws {
    if placeNew && reshuffle { throw ValidationError(say(.contradictoryAssign)) }
  }

  func run() async throws {
    let store = try await openSession(session)
    let snapshot = try await store.withoutNotes()
    var problem = AssignmentProblem(snapshot: snapshot)
    problem.roundWeights = weights.roundWeights
    if let explain {
      let person = try participant(named: explain, in: snapshot)
      let names = AssignmentExplanation.Names(
        person: Dictionary(uniqueKeysWithValues: snapshot.participants.map { ($0.id, InertText.visible($0.name)) }),
        group: Dictionary(uniqueKeysWithValues: snapshot.groups.map { ($0.id, InertText.visible($0.name)) }),
        theme: Dictionary(uniqueKeysWithValues: snapshot.themes.map { ($0.id, InertText.visible($0.name)) }))
      let saved = Assignment(
        groupOf: Dictionary(
          uniqueKeysWithValues: problem.people.compactMap { p in p.currentGroupID.map { (p.id, $0) } }))
      print(
        AssignmentExplanation.explain(problem, saved, person: person.id, names: names).map { say(.explanation($0)) }
          .joined(separator: "\n"))
      return
    }
    let placed = problem.people.filter { $0.currentGroupID != nil && $0.lockedGroupID == nil }.count
    let keepPlaced = !reshuffle && (placeNew || placed > 0)
    let assignment = try Assigner.assign(
      problem, options: Assigner.Options(seed: seed, keepPlaced: keepPlaced, timeLimit: timeLimit))
    let quality = AssignmentQuality.measure(problem, assignment)
    if !dryRun { try await store.apply(assignment) }
    let newcomers = Set(problem.people.filter { $0.currentGroupID == nil }.map(\.id))
    let people = snapshot.participants.filter {
      assignment.groupOf[$0.id] != nil && (!keepPlaced || newcomers.contains($0.id))
    }
    // Files for other tools (a video-meeting tool's room list, a spreadsheet) hold everyone's group; the table
    // shows people just placed, so the facilitator sees what changed.
    let everyone = snapshot.participants.filter { assignment.groupOf[$0.id] != nil }
    let groupName = { (person: Participant) -> String in
      snapshot.groups.first { $0.id == assignment.groupOf[person.id] }?.name ?? ""
    }
    switch format {
    case .zoom, .teams:
      var placed = snapshot
      for index in placed.participants.indices {
        placed.participants[index].groupID = assignment.groupOf[placed.participants[index].id]
      }
      let rooms = VideoRooms(placed, tool: format == .zoom ? .zoom : .teams)
      print(rooms.file, terminator: "")
      for warning in rooms.warnings { printError(say(.rooms(warning))) }
      if dryRun { printError(say(.nothingSavedDryRun)) }
    case .csv:
      print(
        CSVWriter.render(header: ["Name", "Group"], rows: everyone.map { [$0.name, groupName($0)] }), terminator: "")
    case .json:
      let output = AssignJSON(
        saved: !dryRun, seed: seed,
        assignments: everyone.map { person in
          AssignJSON.Placement(
            name: person.name,
            group: snapshot.groups.first { $0.id == assignment.groupOf[person.id] }.map { snapshot.reference(of: $0) }
              ?? "",
            placedNow: !keepPlaced || newcomers.contains(person.id))
        }, quality: AssignJSON.Quality(quality))
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      print(String(decoding: try encoder.encode(output), as: UTF8.self))
    case .table:
      let rows: [[String]] = people.map { (person: Participant) -> [String] in
        [groupName(person), person.name, interfaceWords(.stakeholder(person.stakeholderType)), person.country]
      }
      let sorted = rows.sorted { (lhs: [String], rhs: [String]) -> Bool in
        lhs[0] != rhs[0] ? lhs[0] < rhs[0] : lhs[1] < rhs[1]
      }
      if keepPlaced {
        print(say(.keptPlaced(kept: problem.people.count - newcomers.count, placed: newcomers.count)))
      }
      if !rows.isEmpty {
        print(
          TextTable.render(header: CLIText.AssignColumn.allCases.map { say(.assignColumn($0)) }, rows: sorted),
          terminator: "")
      }
      print("")
      print(say(.quality(quality)))
      print(say(dryRun ? .nothingSavedDryRun : .saved))
    }
  }
}

struct AssignJSON: Encodable {
  struct Placement: Encodable {
    var name: String
    var group: String
    /// Placed by this run (false: kept where they were).
    var placedNow: Bool
  }
  struct Quality: Encodable {
    var q, mixDeviation, preferencesMetPercent, largestCountryShare: Double
    var unmetPreferences, sizeExcess, countryExcess, hardViolations, organisationOverlap: Int
    /// In a round after the first: pairs sitting together again, and R.
    var repeatedPairs: Int?
    var repeatCost: Double?
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
      if quality.earlierRounds > 0 {
        repeatedPairs = quality.repeatedPairs
        repeatCost = quality.repeatCost
      }
    }
  }
  var saved: Bool
  var seed: UInt64
  var assignments: [Placement]
  var quality: Quality
}
