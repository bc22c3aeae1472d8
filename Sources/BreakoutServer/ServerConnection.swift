import BreakoutCore
import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// The connections to one session on a PostgreSQL server. Each session is a schema of its own (`breakout_NAME`),
/// set as every connection's search path, so the statements name tables as the session file does.
public final class ServerConnection: Sendable {
  public let address: ServerAddress
  /// The session's schema, as written in SQL.
  let schema: String
  let client: PostgresClient
  private let running: Task<Void, Never>
  /// Quiet: what the client would log (connection attempts, with their addresses) is not for a meeting's screen;
  /// failures come back as typed errors instead.
  let logger = Logger(label: "breakout.server", factory: { _ in SwiftLogNoOpLogHandler() })
  /// postgres-nio never gives up on a server that has gone away: a query waits until it is back, or forever.
  /// Every call is given this long.
  public let timeout: Duration
  /// Where the connections' own work runs (see `init`).
  let executor: (any TaskExecutor)?

  /// `executor` runs the connections' own work (the client's run loop, each call's wait): a thread of the caller's,
  /// so that nothing waits for Swift's shared threads, which other work may hold.
  public init(_ address: ServerAddress, timeout: Duration = .seconds(10), executor: (any TaskExecutor)? = nil)
    throws(ServerProblem)
  {
    self.address = address
    self.timeout = timeout
    self.executor = executor
    schema = try Self.schemaName(for: address.session)
    var configuration: PostgresClient.Configuration
    if let socket = address.socketPath {
      configuration = .init(
        unixSocketPath: socket, username: address.user, password: address.password, database: address.database)
    } else {
      configuration = .init(
        host: address.host, port: address.port, username: address.user, password: address.password,
        database: address.database, tls: try Self.tls(address))
    }
    configuration.options.additionalStartupParameters = [("search_path", schema)]
    configuration.options.connectTimeout = timeout
    client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    let client = client
    running = Task(executorPreference: executor) { await client.run() }
  }

  deinit { running.cancel() }

  /// A session's name becomes part of a schema name: letters, digits, `-` and `_`, at most 50 of them.
  static func schemaName(for session: String) throws(ServerProblem) -> String {
    guard !session.isEmpty, session.count <= 50,
      session.unicodeScalars.allSatisfy({
        $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_".unicodeScalars.contains($0))
      })
    else { throw .badSessionName(session) }
    return "\"breakout_\(session.lowercased())\""
  }

  static func tls(_ address: ServerAddress) throws(ServerProblem) -> PostgresClient.Configuration.TLS {
    var tls = TLSConfiguration.makeClientConfiguration()
    switch address.tls {
    case .disable: return .disable
    case .require: tls.certificateVerification = .none
    case .verifyCA: tls.certificateVerification = .noHostnameVerification
    case .verifyFull: tls.certificateVerification = .fullVerification
    }
    if let root = address.rootCertificate {
      guard let certificates = try? NIOSSLCertificate.fromPEMFile(root) else { throw .unreadableCertificate(root) }
      tls.trustRoots = .certificates(certificates)
    }
    return .require(tls)
  }

  /// Runs `work` on one connection, giving up after `timeout`: a server that has gone away is said to be so. The
  /// caller is answered at the deadline even if the work does not heed its cancellation (a query waiting for a
  /// server that is not there may not).
  func withConnection<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T
  {
    let (client, timeout, address, executor) = (client, timeout, address, executor)
    let answer = Answer<T>()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        answer.waiting(continuation)
        let working = Task(executorPreference: executor) {
          do { answer.give(.success(try await client.withConnection { try await work($0) })) } catch {
            answer.give(.failure(error))
          }
        }
        Task(executorPreference: executor) {
          try? await Task.sleep(for: timeout)
          if answer.give(.failure(ServerProblem.unreachable(address.description))) { working.cancel() }
        }
      }
    } onCancel: {
      answer.give(.failure(CancellationError()))
    }
  }

  /// Brings the session's schema to the newest version, in one transaction under a lock of its own: two clients
  /// starting at once do not race, and a failure leaves the schema as it was.
  public func migrate() async throws {
    let (schema, logger) = (schema, logger)
    try await withConnection { connection in
      try await connection.query("BEGIN", logger: logger)
      do {
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(schema)))", logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \(schema)"), logger: logger)
        try await connection.query(
          """
          CREATE TABLE IF NOT EXISTS breakout_migrations (
            identifier text PRIMARY KEY, applied_in bigint GENERATED ALWAYS AS IDENTITY,
            applied_at timestamptz NOT NULL DEFAULT now())
          """, logger: logger)
        var applied: Set<String> = []
        for try await identifier in try await connection.query(
          "SELECT identifier FROM breakout_migrations", logger: logger
        ).decode(String.self) {
          applied.insert(identifier)
        }
        let missing = SchemaVersion.allCases.filter { !applied.contains($0.rawValue) }
        for version in missing {
          for statement in ServerSchema.statements(version) {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
          }
          try await connection.query(
            "INSERT INTO breakout_migrations (identifier) VALUES (\(version.rawValue))", logger: logger)
        }
        try await connection.query("COMMIT", logger: logger)
        if !missing.isEmpty {
          serverLog.notice(
            "server session migrated",
            metadata: [
              "schema": "\(schema)", "from": "v\(applied.count)", "to": "v\(SchemaVersion.allCases.count)",
            ])
        }
      } catch {
        _ = try? await connection.query("ROLLBACK", logger: logger)
        throw error
      }
    }
  }

  /// Each part's counter (see `SchemaRegion`).
  public func regionVersions() async throws -> [String: Int] {
    let logger = logger
    return try await withConnection { connection in
      var versions: [String: Int] = [:]
      let rows = try await connection.query("SELECT region, version FROM region_change", logger: logger)
      for try await (region, version) in rows.decode((String, Int).self) { versions[region] = version }
      return versions
    }
  }

  /// Runs statements one after another in one transaction (the store's own statements are made by the store).
  func execute(_ statements: [String]) async throws {
    let logger = logger
    try await withConnection { connection in
      try await connection.query("BEGIN", logger: logger)
      do {
        for statement in statements { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
        try await connection.query("COMMIT", logger: logger)
      } catch {
        _ = try? await connection.query("ROLLBACK", logger: logger)
        throw error
      }
    }
  }

  /// The versions the session's schema has been through, in the order they were applied.
  public func appliedVersions() async throws -> [String] {
    let logger = logger
    return try await withConnection { connection in
      var versions: [String] = []
      let rows = try await connection.query(
        "SELECT identifier FROM breakout_migrations ORDER BY applied_in", logger: logger)
      for try await identifier in rows.decode(String.self) { versions.append(identifier) }
      return versions
    }
  }

  /// Every table of the session and its columns, as the server has them.
  public func columns() async throws -> [String: Set<String>] {
    let (schema, logger) = (schema, logger)
    let bare = String(schema.dropFirst().dropLast())
    return try await withConnection { connection in
      var tables: [String: Set<String>] = [:]
      let rows = try await connection.query(
        """
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = \(bare) AND table_name NOT IN ('breakout_migrations', 'breakout_rapporteurs')
        """, logger: logger)
      for try await (table, column) in rows.decode((String, String).self) { tables[table, default: []].insert(column) }
      return tables
    }
  }
}

/// What can go wrong reaching a session on a server, before any store refusal.
public enum ServerProblem: Error, Equatable, Sendable {
  case badSessionName(String)
  case unreadableCertificate(String)
  case unreachable(String)
  /// `create` found a session already there.
  case sessionExists(String)
  /// Nothing was created under that session's name yet.
  case noSession(String)
  /// Not a name a login can have.
  case badLogin(String)
}

/// The one answer a call gets: the work's result or the deadline's failure, whichever comes first.
final class Answer<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var continuation: CheckedContinuation<T, any Error>?
  private var early: Result<T, any Error>?
  private var given = false

  func waiting(_ continuation: CheckedContinuation<T, any Error>) {
    lock.lock()
    if let early {
      lock.unlock()
      continuation.resume(with: early)
      return
    }
    self.continuation = continuation
    lock.unlock()
  }

  /// Whether this was the answer (false: another came first).
  @discardableResult
  func give(_ result: Result<T, any Error>) -> Bool {
    lock.lock()
    guard !given else {
      lock.unlock()
      return false
    }
    given = true
    let waiting = continuation
    continuation = nil
    if waiting == nil { early = result }
    lock.unlock()
    waiting?.resume(with: result)
    return true
  }
}

/// A server session's log (see the program's log file): migrations, the server going away and coming back, notes
/// it refused.
let serverLog = Logger(label: "breakout.server")
