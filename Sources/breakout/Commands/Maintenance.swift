import ArgumentParser
import BreakoutCore
import BreakoutServer
import BreakoutStore
import Foundation

struct Backup: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Make a consistent copy of a session while others keep writing (a new private file).")
  @Argument(help: "Session name or path.") var session: String
  @Argument(help: "The backup file to create.") var file: String
  func run() async throws {
    // A session on a server is backed up as a session file: every table, as `pull` copies it.
    if case .server = try SessionLocation(session) {
      try await Pull.copy(from: session, to: file)
    } else {
      try await openSessionFile(session, for: "backup").backup(to: file)
    }
    print(say(.backedUp(file)))
  }
}

struct Purge: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Remove personal data after the meeting, so that the file's bytes no longer hold it.")
  @Argument(help: "Session name or path.") var session: String
  @Flag(help: "Email addresses.") var emails = false
  @Flag(help: "Names, organisations and emails (people become \"Participant 12\"; notes stay).") var allPersonal = false

  func validate() throws {
    guard emails || allPersonal else { throw ValidationError(say(.purgeWhat)) }
  }

  func run() async throws {
    if case .server = try SessionLocation(session) {
      let connection = try serverConnection(session)
      try await ServerRepository(connection: connection).open()
      let count: Int
      do { count = try await connection.purge(allPersonal ? .allPersonal : .emails) } catch {
        throw serverFailure(error)
      }
      print(say(.purgedOnServer(count: count, allPersonal: allPersonal)))
      return
    }
    let count = try await openSessionFile(session, for: "purge").purge(allPersonal ? .allPersonal : .emails)
    print(say(.purged(count: count, allPersonal: allPersonal)))
  }
}

struct Push: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Copy a session file to a PostgreSQL server (every note, revision, draft and agenda item; all or nothing).",
    discussion:
      "e.g. breakout push sessions/bangkok.sqlite 'postgres://breakout@db.example.org/meetings?session=bangkok'")
  @Argument(help: "The session file.") var file: String
  @Argument(help: "The new session's address (postgres://HOST/DATABASE?session=NAME).") var server: String

  func run() async throws {
    let source = try await openSessionFile(file, for: "push")
    let tables = try source.store.tables()
    let connection = try serverConnection(server)
    do { try await connection.fill(with: tables) } catch { throw serverFailure(error) }
    print(say(.copied(from: file, to: connection.address.description, tables: Pull.counted(tables))))
  }
}

struct Pull: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Copy a session on a PostgreSQL server to a new session file (for the archive, the compendium or offline).",
    discussion: "e.g. breakout pull 'postgres://breakout@db.example.org/meetings?session=bangkok' bangkok.sqlite")
  @Argument(help: "The session's address (postgres://HOST/DATABASE?session=NAME).") var server: String
  @Argument(help: "The session file to create.") var file: String

  func run() async throws {
    let tables = try await Self.copy(from: server, to: file)
    print(say(.copied(from: nil, to: file, tables: Self.counted(tables))))
  }

  /// Every table of the session on the server into a new private file, all at once.
  @discardableResult
  static func copy(from server: String, to file: String) async throws -> SessionTables {
    let connection = try serverConnection(server)
    try await ServerRepository(connection: connection).open()
    let tables: SessionTables
    do { tables = try await connection.tables() } catch { throw serverFailure(error) }
    try SessionStore.create(SessionFile.path(for: file), holding: tables).close()
    return tables
  }

  static func counted(_ tables: SessionTables) -> CLIText.TableCounts {
    let count = { (name: String) in tables[name]?.rows.count ?? 0 }
    return CLIText.TableCounts(
      participants: count("participant"), groups: count("breakout_group"), notes: count("note"),
      revisions: count("note_revision"), drafts: count("draft"), agendaItems: count("agenda_item"))
  }
}
