import ArgumentParser
import BreakoutCore
import Foundation

@main
struct Breakout: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "breakout",
    abstract: "Run the breakout groups of an expert meeting: roster, groups, live notes and the rapporteur summary.",
    discussion: """
      A session is one SQLite file, by convention sessions/NAME.sqlite; SESSION may be that NAME or a path.
      Several terminals may open the same session at once.
      """,
    version: VersionText.lines,
    subcommands: [
      Open.self, New.self, Demo.self, RosterCommand.self, ThemesCommand.self, GroupsCommand.self, QuestionsCommand.self,
      RuleCommand.self, Assign.self, NoteCommand.self, AgendaCommand.self, PlenaryCommand.self, Export.self,
      PurposeCommand.self, OrdinaryWordsCommand.self, Compendium.self, Backup.self, Purge.self, Push.self, Pull.self,
      ServerCommand.self, RoundCommand.self, Version.self, Manual.self,
    ],
    defaultSubcommand: Open.self
  )

  /// As ArgumentParser runs a command, with what storage reports put in words on the way out. On the main thread:
  /// the screen (`open`, not async) blocks it for as long as it is open, never a thread of Swift's shared pool.
  @MainActor static func main() async {
    do {
      let environment = ProcessInfo.processInfo.environment
      let arguments = try FileLogHandler.bootstrap(Array(CommandLine.arguments.dropFirst()), environment: environment)
      let (language, rest) = try CommandLanguage.extract(arguments, environment: environment)
      CommandLanguage.chosen = language
      var command = try parseAsRoot(rest)
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      openedFiles.closeAll()
    } catch {
      if let failure = error as? StorageFailure {
        commandLog.error("storage failure", metadata: ["failure": "\(failure)"])
      }
      openedFiles.closeAll()
      exit(withError: CommandFailure.worded(error))
    }
  }
}
