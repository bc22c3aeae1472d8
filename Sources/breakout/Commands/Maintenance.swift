import ArgumentParser
import BreakoutStore

struct Backup: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Make a consistent copy of a session while others keep writing (a new private file).")
  @Argument(help: "Session name or path.") var session: String
  @Argument(help: "The backup file to create.") var file: String
  func run() async throws {
    try await openSessionFile(session, for: "backup").backup(to: file)
    print("Backed up to \(file).")
  }
}

struct Purge: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Remove personal data after the meeting, so that the file's bytes no longer hold it.")
  @Argument(help: "Session name or path.") var session: String
  @Flag(help: "Email addresses.") var emails = false
  @Flag(help: "Names, organisations and emails (people become \"Participant 12\"; notes stay).") var allPersonal = false

  func validate() throws {
    guard emails || allPersonal else { throw ValidationError("say what to purge: --emails or --all-personal") }
  }

  func run() async throws {
    let count = try await openSessionFile(session, for: "purge").purge(allPersonal ? .allPersonal : .emails)
    print("Purged \(allPersonal ? "personal data of" : "the emails of") \(count) participant(s); the file was rebuilt.")
  }
}
