import ArgumentParser
import BreakoutCore
import BreakoutStore

struct RoundCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "round",
    abstract: "Breakout rounds: a second day, a second set of questions, a regrouping after lunch.",
    discussion: """
      Each round has its own groups (with their members, leads, locks, clocks and notes); one round is current, and \
      the screens, assign and the room files work on it. The others are kept as they were left.
      """,
    subcommands: [List.self, New.self, Current.self], defaultSubcommand: List.self)

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the rounds, with their groups, people and notes.")
    @Argument(help: "Session name or path.") var session: String
    func run() async throws {
      let snapshot = try await openSession(session).snapshot()
      let rows = snapshot.everyRound.map { round, view in
        let ids = Set(view.groups.map(\.id))
        return [
          String(round.number) + (round.isCurrent ? " *" : ""), InertText.visible(round.name ?? ""),
          String(view.groups.count), String(view.participants.filter { $0.groupID != nil }.count),
          String(snapshot.notes.filter { ids.contains($0.groupID) }.count),
        ]
      }
      print(
        TextTable.render(header: CLIText.RoundColumn.allCases.map { say(.roundColumn($0)) }, rows: rows),
        terminator: "")
      print(say(.currentRoundMarked))
    }
  }

  struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Start a round after the last, with the current round's groups, and make it current.",
      discussion: """
        --same-groups (the default) keeps everyone in the same group; --regroup places everyone who is not locked \
        (or leading a group) anew, so that as few pairs as the hard rules and Q allow share a group again.
        """)
    @Argument(help: "Session name or path.") var session: String
    @Option(help: "What the round is called in the summary, e.g. \"Day Two\".") var name: String?
    @Flag(help: "Keep everyone in the same group (the default).") var sameGroups = false
    @Flag(help: "Place everyone who is not locked anew, to meet people they have not sat with.") var regroup = false
    @Option(help: "With --regroup: the seed (the same seed gives the same groups).") var seed: UInt64 = 1
    @OptionGroup var weights: RoundWeights
    @Option(help: "With --regroup: stop searching after this many seconds.") var timeLimit: Double?

    func validate() throws {
      if sameGroups && regroup { throw ValidationError(say(.sameGroupsOrRegroup)) }
    }

    func run() async throws {
      let store = try await openSession(session)
      let snapshot = try await store.withoutNotes()
      let groupOf: [Int64: Int64]
      var regrouped: (AssignmentProblem, Assignment)?
      if regroup && !snapshot.groups.isEmpty {
        let problem = AssignmentProblem.nextRound(of: snapshot, roundWeights: weights.roundWeights)
        guard problem.people.contains(where: { $0.lockedGroupID == nil }) else {
          throw CommandFailure(description: say(.everyoneLocked(round: snapshot.currentRound)))
        }
        let assignment = try Assigner.assign(problem, options: Assigner.Options(seed: seed, timeLimit: timeLimit))
        groupOf = assignment.groupOf
        regrouped = (problem, assignment)
      } else {
        groupOf = Dictionary(
          uniqueKeysWithValues: snapshot.participants.compactMap { p in p.groupID.map { (p.id, $0) } })
      }
      let number = try await store.startRound(name: name, groupOf: groupOf)
      let placed = groupOf.count
      print(say(.roundStarted(number: number, name: name, groups: snapshot.groups.count, placed: placed)))
      let absent = snapshot.participants.filter { $0.isAbsent && $0.role != .facilitator }
      if !absent.isEmpty { print(say(.absentFromRound(number: number, names: absent.map(\.name)))) }
      let arrived = snapshot.participants.filter {
        $0.groupID == nil && !$0.isAbsent && $0.role != .facilitator
      }
      if !arrived.isEmpty {
        print(
          say(
            .newSinceRound(
              round: snapshot.currentRound, names: arrived.map(\.name), placed: regrouped != nil, session: session)))
      }
      if let (problem, assignment) = regrouped {
        print(say(.quality(AssignmentQuality.measure(problem, assignment))))
      }
    }
  }

  struct Current: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Say which round is current, or make round N current again, as it was left.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The round to make current.") var number: Int?
    func run() async throws {
      let store = try await openSession(session)
      if let number { try await store.setCurrentRound(number) }
      let snapshot = try await store.withoutNotes()
      let round = snapshot.rounds.first(where: \.isCurrent) ?? Round(number: 1, isCurrent: true)
      print(say(.roundIsCurrent(number: round.number, name: round.name, of: snapshot.rounds.count)))
    }
  }
}

/// What a pair who sat together in an earlier round counts for, in `assign` and `round new --regroup`.
struct RoundWeights: ParsableArguments {
  @Option(
    parsing: .upToNextOption,
    help: "In a round after the first: what a pair who met in an earlier round counts for, the most recent first.")
  var roundWeights: [Double] = AssignmentProblem.defaultRoundWeights

  func validate() throws {
    if roundWeights.isEmpty || roundWeights.contains(where: { $0 < 0 || !$0.isFinite }) {
      throw ValidationError(say(.roundWeightsNotNegative))
    }
  }
}
