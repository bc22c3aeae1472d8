import ArgumentParser
import BreakoutCore
import BreakoutStore

struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes", abstract: "List, add or rename the session's themes.",
    subcommands: [List.self, Add.self, Rename.self], defaultSubcommand: List.self)

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the themes.")
    @Argument(help: "Session name or path.") var session: String
    func run() async throws {
      let snapshot = try await openSession(session).withoutNotes()
      let rows = snapshot.themes.map { theme in
        [theme.shortName, theme.name, String(snapshot.groups(of: theme).count)]
      }
      print(
        TextTable.render(header: CLIText.ThemesColumn.allCases.map { say(.themesColumn($0)) }, rows: rows),
        terminator: "")
    }
  }

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a theme, e.g. themes add s health \"Health care\".")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "Short name for the command line, e.g. health-care.") var shortName: String
    @Argument(help: "The theme's name.") var name: String
    func run() async throws {
      try await openSession(session).addTheme(shortName: shortName, name: name)
      print(say(.themeAdded(InertText.visible(name))))
    }
  }

  struct Rename: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Rename a theme (its groups follow).")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The theme's short name.") var theme: String
    @Argument(help: "The new name.") var name: String
    func run() async throws {
      try await openSession(session).renameTheme(theme, to: name)
      print(say(.renamed))
    }
  }
}

struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions", abstract: "List or edit the key questions (the four of the meeting by default).",
    subcommands: [List.self, Set.self, Title.self, Remove.self], defaultSubcommand: List.self)

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the questions, each with its short title.")
    @Argument(help: "Session name or path.") var session: String
    func run() async throws {
      for question in try await openSession(session).withoutNotes().questions {
        print("\(question.label). \(InertText.visible(question.shortTitle)): \(InertText.visible(question.text))")
      }
    }
  }

  struct Title: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set the short title that heads a question's answers in the summary, e.g. \"Challenges\".")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The question: 1-4 or i-iv.") var number: String
    @Argument(help: "The title; empty for the default.") var title: String
    func run() async throws {
      guard let value = Question.number(from: number) else { throw ValidationError(say(.questionChoiceGeneral)) }
      try await openSession(session).setQuestionTitle(value, title: title)
      print(say(.questionHeaded(question: Question.roman(value), title: InertText.visible(title))))
    }
  }

  struct Set: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Set the text of question N (or add the next one).")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The question: 1-4 or i-iv.") var number: String
    @Argument(help: "The question's text.") var text: String
    @Option(help: "A short title for the summary's headings, e.g. \"Challenges\".") var title: String?
    func run() async throws {
      guard let value = Question.number(from: number) else { throw ValidationError(say(.questionChoiceGeneral)) }
      try await openSession(session).setQuestion(value, text: text, title: title)
      print(say(.questionSaved(Question.roman(value))))
    }
  }

  struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove the last question if it has no notes.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The question: its number or numeral.") var number: String
    func run() async throws {
      guard let value = Question.number(from: number) else { throw ValidationError(say(.questionChoiceGeneral)) }
      try await openSession(session).removeQuestion(value)
      print(say(.questionRemoved(Question.roman(value))))
    }
  }
}
