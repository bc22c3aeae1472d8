import ArgumentParser
import BreakoutCore
import BreakoutStore

struct GroupsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "groups", abstract: "Set up and list the breakout groups.",
    subcommands: [Set.self, List.self, Lead.self, Intro.self], defaultSubcommand: List.self)

  struct Set: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Give themes their number of groups, e.g. supply-chain=2 technology=1 finance=1.")

    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "THEME=COUNT for each theme to change.") var counts: [String]
    @Option(help: "Most people a group may hold.") var capacity: Int?

    func run() async throws {
      let parsed = try counts.map { item -> (theme: String, count: Int) in
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let count = Int(parts[1]) else {
          throw ValidationError(say(.groupCountFormat(item)))
        }
        return (parts[0], count)
      }
      let store = try await openSession(session)
      try await store.setGroupCounts(parsed, capacity: capacity)
      printGroups(try await store.withoutNotes())
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the groups with their members.")
    @Argument(help: "Session name or path.") var session: String
    @Option(help: "Another round's groups, as they were (round list numbers them); left out, the current round's.")
    var round: Int?
    func run() async throws {
      let snapshot = try await openSession(session).withoutNotes()
      guard let round, round != snapshot.currentRound else { return printGroups(snapshot) }
      guard snapshot.rounds.contains(where: { $0.number == round }) else {
        throw StorageFailure.refused(.noRound(round, rounds: snapshot.rounds.count))
      }
      printGroups(snapshot.asOf(round: round))
    }
  }

  struct Lead: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Name a group's moderator and rapporteur.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The group, e.g. supply-chain-2 or technology.") var group: String
    @Option(help: "The moderator's name or email.") var moderator: String?
    @Option(help: "The rapporteur's name or email.") var rapporteur: String?
    @Flag(help: "Let someone who already leads another group lead this one as well.")
    var allowSecondGroup = false

    func run() async throws {
      let store = try await openSession(session)
      let snapshot = try await store.withoutNotes()
      let target = try BreakoutCLI.group(named: group, in: snapshot)
      let chosenModerator = try moderator.map { try participant(named: $0, in: snapshot) }
      let chosenRapporteur = try rapporteur.map { try participant(named: $0, in: snapshot) }
      if !allowSecondGroup {
        for person in [chosenModerator, chosenRapporteur].compactMap({ $0 }) {
          if let other = snapshot.otherLeaderships(of: person, besides: target).first {
            throw ValidationError(
              say(
                .leadsAnother(
                  name: InertText.visible(person.name), role: other.role, group: InertText.visible(other.group.name))))
          }
        }
      }
      try await store.setLeads(group: target.id, moderator: chosenModerator?.id, rapporteur: chosenRapporteur?.id)
      printGroups(try await store.withoutNotes())
    }
  }
}

extension GroupsCommand {
  struct Intro: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "How a group's session began, printed under its heading in the summary.",
      discussion: """
        e.g. groups intro s supply-chain-1 "The session began with a short presentation from MAST Human."
        Without a text, prints the group's introduction; with --clear, removes it.
        """)
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The group, e.g. supply-chain-2 or technology.") var group: String
    @Argument(help: "The introduction.") var text: String?
    @Flag(help: "Remove the introduction.") var clear = false

    func run() async throws {
      let store = try await openSession(session)
      let target = try BreakoutCLI.group(named: group, in: try await store.withoutNotes())
      if clear {
        try await store.setIntroduction(group: target.id, text: nil)
        print(say(.introductionCleared(InertText.visible(target.name))))
      } else if let text {
        try await store.setIntroduction(group: target.id, text: text)
        print(say(.introductionSaved(InertText.visible(target.name))))
      } else {
        print(target.introduction.map { InertText.visible($0) } ?? say(.noIntroductionYet))
      }
    }
  }
}

/// Lets subcommands whose own names shadow the helpers reach them.
enum BreakoutCLI {
  static func group(named reference: String, in snapshot: SessionSnapshot) throws -> BreakoutGroup {
    try breakout.group(named: reference, in: snapshot)
  }
}

func printGroups(_ snapshot: SessionSnapshot) {
  let rows = snapshot.groups.map { group -> [String] in
    let members = snapshot.members(of: group)
    return [
      String(group.number), snapshot.reference(of: group), group.name,
      group.capacity.map { "\(members.count)/\($0)" } ?? String(members.count),
      snapshot.participant(group.moderatorID)?.name ?? "", snapshot.participant(group.rapporteurID)?.name ?? "",
    ]
  }
  print(
    TextTable.render(header: CLIText.GroupsColumn.allCases.map { say(.groupsColumn($0)) }, rows: rows),
    terminator: "")
}
