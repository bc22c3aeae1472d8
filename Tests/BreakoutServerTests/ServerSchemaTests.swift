import BreakoutCore
import BreakoutRuntime
import Foundation
import LinkProxy
import Testing

@testable import BreakoutServer
@testable import BreakoutStore

/// The server to test against: scripts/with-postgres makes one for the test run. The README's test command
/// requires it (BREAKOUT_REQUIRE_POSTGRES); a bare `swift test` without one skips these tests.
enum TestServer {
  static let url = ProcessInfo.processInfo.environment["BREAKOUT_TEST_POSTGRES"]
  static let required = ProcessInfo.processInfo.environment["BREAKOUT_REQUIRE_POSTGRES"] == "1"
  static var available: Bool { url != nil || required }

  /// The server's work runs here, not on Swift's shared threads, which the end-to-end tests hold while they wait.
  static let executor = ThreadExecutor(name: "server-tests")

  /// A new, empty session on the test server.
  static func session(_ name: String = "t\(UUID().uuidString.prefix(8).lowercased())") throws -> ServerConnection {
    guard let url else {
      Issue.record("BREAKOUT_TEST_POSTGRES is not set: run the tests through scripts/with-postgres")
      throw ServerProblem.unreachable("no test server")
    }
    return try ServerConnection(
      ServerAddress.parse(url + "?session=\(name)"), timeout: .seconds(30), executor: executor)
  }
}

extension TestServer {
  /// The session `name` reached through a link the test controls (see `LinkProxy`), with calls given `timeout`.
  static func throughLink(_ name: String, timeout: Duration = .seconds(30)) throws -> (LinkProxy, ServerRepository) {
    guard let url, let port = URLComponents(string: url)?.port, var components = URLComponents(string: url) else {
      throw ServerProblem.unreachable("no test server")
    }
    let proxy = try LinkProxy(to: UInt16(port))
    components.port = Int(proxy.port)
    let repository = ServerRepository(
      connection: try ServerConnection(
        ServerAddress.parse(components.string! + "?session=\(name)"), timeout: timeout, executor: executor))
    return (proxy, repository)
  }
}

/// Runs async work on the tests' own thread and waits for it.
func onServer<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
  try TestServer.executor.wait(work)
}

@Suite(.enabled(if: TestServer.available)) struct ServerSchemaTests {
  /// Both stores migrate through the same versions to the same tables and columns.
  @Test func theServerHasTheSessionFilesTablesAndColumns() throws {
    let server = try TestServer.session()
    try onServer { try await server.migrate() }
    let file = try SessionStore.create(
      FileManager.default.temporaryDirectory.appendingPathComponent("parity-\(UUID()).sqlite").path,
      info: SessionInfo(title: "Parity"))
    let fileColumns = try file.tableColumns()
    let serverColumns = try onServer { try await server.columns() }
    #expect(serverColumns == fileColumns)
    #expect(serverColumns.keys.sorted().contains("note_revision"))
  }

  /// Two clients starting on a new server at once: one migrates, the other waits and finds nothing left to do.
  @Test func twoClientsMigratingAtOnceDoNotRace() throws {
    let name = "race\(UUID().uuidString.prefix(8).lowercased())"
    let first = try TestServer.session(name)
    let second = try TestServer.session(name)
    let (columns, otherColumns, applied) = try onServer {
      async let one: Void = first.migrate()
      async let other: Void = second.migrate()
      _ = try await (one, other)
      try await first.migrate()
      return (try await first.columns(), try await second.columns(), try await first.appliedVersions())
    }
    #expect(columns == otherColumns && !columns.isEmpty)
    #expect(applied == SchemaVersion.allCases.map(\.rawValue))
  }

  /// The counters a screen refreshes by move on the server as they do in the file: per part of the session, and
  /// a note stamped each time it or one of its revisions changes.
  @Test func theCountersMoveOnTheServerAsInTheFile() throws {
    let server = try TestServer.session()
    var versions = try onServer {
      try await server.migrate()
      try await server.execute([
        "INSERT INTO theme (short_name, name, position) VALUES ('technology', 'Technology', 1)",
        "INSERT INTO question (number, text) VALUES (1, 'What are the challenges?')",
        "INSERT INTO breakout_group (theme_id, number, index_in_theme, name) VALUES (1, 1, 1, 'Technology')",
        "INSERT INTO note (group_id, question_number, created_at, author) VALUES (1, 1, now(), 'ana')",
        "INSERT INTO note_revision (note_id, revision, text, edited_at, author) VALUES (1, 1, 'Trust', now(), 'ana')",
      ])
      return try await server.regionVersions()
    }
    #expect(versions["info"] == 2 && versions["groups"] == 1 && versions["notes"] == 2 && versions["roster"] == 0)
    versions = try onServer {
      try await server.execute([
        "UPDATE note SET deleted_at = now() WHERE id = 1",
        "DELETE FROM note_revision",
        "DELETE FROM note",
      ])
      return try await server.regionVersions()
    }
    #expect(versions["notes"] == 3 && versions["notes-removed"] == 1)
    #expect(Set(versions.keys) == Set(SchemaRegion.allCases.map(\.rawValue)))
  }

  @Test func theFileMigratesThroughTheSameVersions() {
    #expect(Schema.migrator.migrations == SchemaVersion.allCases.map(\.rawValue))
  }

  @Test func aSessionNameIsOneASchemaCanCarry() throws {
    #expect(throws: ServerProblem.badSessionName("a;drop")) { try ServerConnection.schemaName(for: "a;drop") }
    #expect(throws: ServerProblem.badSessionName("")) { try ServerConnection.schemaName(for: "") }
    #expect(try ServerConnection.schemaName(for: "Bangkok-2021") == "\"breakout_bangkok-2021\"")
  }
}
