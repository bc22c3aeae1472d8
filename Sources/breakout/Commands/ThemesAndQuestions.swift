import ArgumentParser
import BreakoutCore
import BreakoutStore

struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes", abstract: "List, add or rename the session's themes.",
    subcommands: [List.self, Add.self, Rename.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the themes.")
    @Argument(help: "Session name or path.") var session: String
    func run() throws {
      let snapshot = try openSession(session).snapshot()
      let rows = snapshot.themes.map { theme in
        [theme.shortName, theme.name, String(snapshot.groups(of: theme).count)]
      }
      print(TextTable.render(header: ["Short name", "Name", "Groups"], rows: rows), terminator: "")
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a theme, e.g. themes add s health \"Health care\".")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "Short name for the command line, e.g. health-care.") var shortName: String
    @Argument(help: "The theme's name.") var name: String
    func run() throws {
      try openSession(session).addTheme(shortName: shortName, name: name)
      print("Added the theme \(InertText.visible(name)); give it groups with `breakout groups set`.")
    }
  }

  struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Rename a theme (its groups follow).")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The theme's short name.") var theme: String
    @Argument(help: "The new name.") var name: String
    func run() throws {
      try openSession(session).renameTheme(theme, to: name)
      print("Renamed.")
    }
  }
}

struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions", abstract: "List or edit the key questions (the four of the meeting by default).",
    subcommands: [List.self, Set.self, Remove.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the questions.")
    @Argument(help: "Session name or path.") var session: String
    func run() throws {
      for question in try openSession(session).snapshot().questions {
        print("\(question.label). \(InertText.visible(question.text))")
      }
    }
  }

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Set the text of question N (or add the next one).")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The question: 1-4 or i-iv.") var number: String
    @Argument(help: "The question's text.") var text: String
    func run() throws {
      guard let value = Question.number(from: number) else { throw ValidationError("give the question as 1-4 or i-iv") }
      try openSession(session).setQuestion(value, text: text)
      print("Question \(Question.roman(value)) saved.")
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove the last question if it has no notes.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The question: its number or numeral.") var number: String
    func run() throws {
      guard let value = Question.number(from: number) else { throw ValidationError("give the question as 1-4 or i-iv") }
      try openSession(session).removeQuestion(value)
      print("Question \(Question.roman(value)) removed.")
    }
  }
}
