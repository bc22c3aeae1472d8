import ArgumentParser
import BreakoutCore
import BreakoutStore

extension PlenaryItem.Section: ExpressibleByArgument {}

struct PlenaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plenary", abstract: "The plenary's conclusions, recommendations, key messages and next steps.",
    subcommands: [List.self, Add.self, Remove.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the facilitator's plenary lines.")
    @Argument(help: "Session name or path.") var session: String
    func run() throws {
      let snapshot = try openSession(session).snapshot()
      for section in PlenaryItem.Section.allCases {
        let items = snapshot.plenary.filter { $0.section == section }
        guard !items.isEmpty else { continue }
        print(section.title)
        for item in items { print("  \(item.id). \(InertText.visible(item.text))") }
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a line to a plenary section.")
    @Argument(help: "Session name or path.") var session: String
    @Option(help: "conclusions, recommendations, key-messages or next-steps.") var section: PlenaryItem.Section
    @Option(help: "For a key message: who said it.") var speaker: String?
    @Argument(help: "The line.") var text: String
    func run() throws {
      let store = try openSession(session)
      let speakerID = try speaker.map { try participant(named: $0, in: store.snapshot()).id }
      let id = try store.addPlenaryItem(section, text: text, speaker: speakerID)
      print("Added line \(id) to \(section.title).")
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove a plenary line by its number.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The line's number (plenary list).") var id: Int64
    func run() throws {
      try openSession(session).removePlenaryItem(id)
      print("Removed.")
    }
  }
}
