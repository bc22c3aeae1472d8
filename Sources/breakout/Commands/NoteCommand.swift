import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note", abstract: "Take notes from the command line.", subcommands: [Add.self, Import.self])

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a note to a group's question; it is on disk when this returns.")

    @Argument(help: "Session name or path.") var session: String
    @Option(help: "The group, e.g. supply-chain-2 or technology.") var group: String
    @Option(help: "The question: 1-4 or i-iv.") var question: String
    @Option(help: "Who said it (name or email); left out, the note is unattributed.") var speaker: String?
    @Option(help: "challenge, practice, recommendation, role or quote (repeatable).") var tag: [String] = []
    @Flag(help: "Mark it as a key point.") var key = false
    @Option(help: "Which day of the meeting (1 = Day One); left out, the day under way (the agenda's current item).")
    var day: Int?
    @Option(help: "Who wrote it (default: $BREAKOUT_AUTHOR or the login name).") var author: String?
    @Argument(help: "The note's text.") var text: String

    func run() async throws {
      guard let number = Question.number(from: question) else {
        throw ValidationError(say(.questionChoice(question)))
      }
      let tags = try Set(
        tag.map { text in
          guard let tag = NoteTag.loosely(text) else {
            throw ValidationError(say(.tagChoice(text)))
          }
          return tag
        })
      let store = try await openSession(session)
      let snapshot = try await store.withoutNotes()
      guard snapshot.questions.contains(where: { $0.number == number }) else {
        throw ValidationError(say(.noQuestion(Question.roman(number))))
      }
      if let day, day < 1 || day > snapshot.info.days {
        throw ValidationError(say(.dayOutOfRange(day: day, days: snapshot.info.days)))
      }
      let target = try BreakoutCLI.group(named: group, in: snapshot)
      let speakerID = try speaker.map { try participant(named: $0, in: snapshot).id }
      let note = try await store.addNote(
        NewNote(
          group: target.id, question: number, text: text, speaker: speakerID, tags: tags, isKeyPoint: key, day: day,
          author: author ?? defaultAuthor()))
      print(
        say(
          .noteSaved(
            note: note.id, group: InertText.visible(target.name), question: Question.roman(number), day: note.day)))
    }
  }

  struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import notes from a `breakout export --format csv` file (all or nothing).")
    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "Who imports them, for the note history.") var author: String?
    func run() async throws {
      guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError(say(.cannotRead(file))) }
      let count = try await openSession(session).importNotes(data, author: author ?? defaultAuthor())
      commandLog.info("notes imported", metadata: ["notes": "\(count)"])
      print(say(.notesImported(count)))
    }
  }
}
