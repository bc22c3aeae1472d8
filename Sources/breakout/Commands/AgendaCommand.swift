import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

struct AgendaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agenda", abstract: "The programme of each day, shown on the Facilitate screen.",
    subcommands: [List.self, Add.self, Current.self], defaultSubcommand: List.self)

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the agenda; > marks the item under way.")
    @Argument(help: "Session name or path.") var session: String
    func run() async throws {
      let agenda = try await openSession(session).withoutNotes().agenda
      if agenda.isEmpty { print(say(.noAgendaYet)) }
      for (index, item) in agenda.enumerated() {
        print(
          "\(item.isCurrent ? ">" : " ") \(index + 1). \(reportWords(.dayName(item.day)))  \(item.startsAt)  \(InertText.visible(item.title))"
        )
      }
    }
  }

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an item, e.g. agenda add s --day 1 10:30 \"Breakout groups\".")
    @Argument(help: "Session name or path.") var session: String
    @Option(help: "Which day (1 = Day One).") var day = 1
    @Argument(help: "Start time, HH:MM.") var time: String
    @Argument(help: "What happens.") var title: String

    func validate() throws {
      let parts = time.split(separator: ":")
      guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour),
        (0..<60).contains(minute)
      else { throw ValidationError(say(.timeFormat)) }
    }

    func run() async throws {
      let store = try await openSession(session)
      let days = try await store.withoutNotes().info.days
      guard day >= 1 && day <= days else {
        throw ValidationError(say(.notADay(day)))
      }
      let parts = time.split(separator: ":").compactMap { Int($0) }
      try await store.addAgendaItem(day: day, startsAt: String(format: "%02d:%02d", parts[0], parts[1]), title: title)
      print(say(.added))
    }
  }

  struct Current: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mark the item under way by its number in the list.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The item's number (agenda list), or 0 for none.") var number: Int
    func run() async throws {
      let store = try await openSession(session)
      let agenda = try await store.withoutNotes().agenda
      guard number == 0 || agenda.indices.contains(number - 1) else {
        throw ValidationError(say(.noAgendaItem(number: number, count: agenda.count)))
      }
      try await store.setCurrentAgendaItem(number == 0 ? nil : agenda[number - 1].id)
      print(say(number == 0 ? .nothingUnderWay : .underWay(InertText.visible(agenda[number - 1].title))))
    }
  }
}
