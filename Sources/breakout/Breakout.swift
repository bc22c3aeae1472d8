import ArgumentParser

@main
struct Breakout: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "breakout",
    abstract: "Run the breakout groups of an expert meeting: roster, groups, live notes and the rapporteur summary.",
    discussion: """
      A session is one SQLite file, by convention sessions/NAME.sqlite; SESSION may be that NAME or a path.
      Several terminals may open the same session at once.
      """,
    subcommands: [
      Open.self, New.self, Demo.self, RosterCommand.self, ThemesCommand.self, GroupsCommand.self, QuestionsCommand.self,
      RuleCommand.self, Assign.self, NoteCommand.self, AgendaCommand.self, PlenaryCommand.self, Export.self,
      PurposeCommand.self, OrdinaryWordsCommand.self, Compendium.self, Backup.self, Purge.self,
    ],
    defaultSubcommand: Open.self
  )
}
