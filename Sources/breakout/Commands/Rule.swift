import ArgumentParser
import BreakoutCore
import BreakoutStore

struct RuleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rule", abstract: "Hard rules for the assignment.", subcommands: [Add.self])

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Keep two people apart (different groups) or together (same group).")

    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "apart or together.") var kind: GroupingRule.Kind
    @Argument(help: "First person's name or email.") var first: String
    @Argument(help: "Second person's name or email.") var second: String

    func run() async throws {
      let store = try await openSession(session)
      let snapshot = try await store.withoutNotes()
      let a = try participant(named: first, in: snapshot)
      let b = try participant(named: second, in: snapshot)
      try await store.addRule(GroupingRule(kind: kind, first: a.id, second: b.id))
      print(
        say(.ruleAdded(first: InertText.visible(a.name), second: InertText.visible(b.name), apart: kind == .apart))
      )
    }
  }
}

extension GroupingRule.Kind: ExpressibleByArgument {}
