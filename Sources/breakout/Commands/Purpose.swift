import ArgumentParser
import BreakoutCore
import BreakoutStore

struct PurposeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "purpose", abstract: "What the meeting is for: the purpose paragraph of the summary's background.",
    discussion: """
      e.g. purpose s "The purpose of the meeting was to facilitate focused, solution-oriented discussions ..."
      Without a text, prints it; with --clear, removes it.
      """)
  @Argument(help: "Session name or path.") var session: String
  @Argument(help: "The paragraph.") var text: String?
  @Flag(help: "Remove the paragraph.") var clear = false

  func run() async throws {
    let store = try await openSession(session)
    if clear {
      try await store.setPurpose(nil)
      print(say(.purposeCleared))
    } else if let text {
      try await store.setPurpose(text)
      print(say(.purposeSaved))
    } else {
      print(try await store.withoutNotes().info.purpose.map { InertText.visible($0) } ?? say(.noPurposeYet))
    }
  }
}

struct OrdinaryWordsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ordinary-words",
    abstract: "Words that are part of a name on the roster but identify nobody in this meeting's notes.",
    discussion: """
      An export asks about a capitalised ordinary word that is also part of someone's name ("Grant funding" when
      someone is called Grant). Once you have checked that it names nobody here, add it: exports stop asking about
      it and never withhold it alone. Full names are always withheld under the Chatham House Rule.
      """,
    subcommands: [List.self, Add.self, Remove.self], defaultSubcommand: List.self)

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the words recorded as identifying nobody.")
    @Argument(help: "Session name or path.") var session: String
    func run() async throws {
      let words = try await openSession(session).withoutNotes().notIdentifying.sorted()
      if words.isEmpty { print(say(.noOrdinaryWordsYet)) }
      for word in words { print(InertText.visible(word)) }
    }
  }

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record words as identifying nobody here.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The words, e.g. Grant Park.") var words: [String]
    func run() async throws {
      try await openSession(session).setNotIdentifying(words, true)
      print(say(.wordsRecorded(words.map { InertText.visible($0) })))
    }
  }

  struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Treat words as possibly identifying again.")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The words.") var words: [String]
    func run() async throws {
      try await openSession(session).setNotIdentifying(words, false)
      print(say(.wordsRemoved(words.map { InertText.visible($0) })))
    }
  }
}
