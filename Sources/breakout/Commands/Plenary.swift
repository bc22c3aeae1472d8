import ArgumentParser
import BreakoutCore
import BreakoutStore

extension PlenaryItem.Section: ExpressibleByArgument {}

struct PlenaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plenary",
    abstract: "The plenary's conclusions, recommendations, key messages, proceedings of each day and next steps.",
    subcommands: [List.self, Add.self, Remove.self], defaultSubcommand: List.self)

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the facilitator's plenary lines.")
    @Argument(help: "Session name or path.") var session: String
    func run() async throws {
      let snapshot = try await openSession(session).withoutNotes()
      for section in PlenaryItem.Section.allCases {
        let items = snapshot.plenary.filter { $0.section == section }
        guard !items.isEmpty else { continue }
        print(reportWords(.section(section)))
        for item in items {
          let day = section == .proceedings ? " (\(reportWords(.dayName(item.day ?? 1))))" : ""
          print("  \(item.id).\(day) \(InertText.visible(item.text))")
        }
      }
    }
  }

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a line to a plenary section.")
    @Argument(help: "Session name or path.") var session: String
    @Option(help: "conclusions, recommendations, key-messages, proceedings or next-steps.")
    var section: PlenaryItem.Section
    @Option(help: "For a key message: who said it.") var speaker: String?
    @Option(help: "For the proceedings: the day it happened on (1 = Day One); left out, the day under way.") var day:
      Int?
    @Argument(help: "The line.") var text: String
    func run() async throws {
      let store = try await openSession(session)
      let snapshot = try await store.withoutNotes()
      let speakerID = try speaker.map { try participant(named: $0, in: snapshot).id }
      if day != nil && section != .proceedings {
        throw ValidationError(say(.dayIsForProceedings))
      }
      let id = try await store.addPlenaryItem(section, text: text, speaker: speakerID, day: day)
      print(say(.lineAdded(id: id, section: section)))
    }
  }

  struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove a plenary line by its number.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The line's number (plenary list).") var id: Int64
    func run() async throws {
      try await openSession(session).removePlenaryItem(id)
      print(say(.removed))
    }
  }
}
