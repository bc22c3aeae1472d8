import BreakoutCore
import Foundation
import GRDB
import Logging

/// One breakout session in one SQLite file. Several processes (the facilitator and the rapporteurs on one host)
/// may hold the same file open: WAL, a busy timeout and immediate write transactions let them all write safely, and
/// `synchronous = FULL` puts every commit on disk before a write returns.
public final class SessionStore: Sendable {
  public let path: String
  let writer: any DatabaseWriter
  /// Opened for reading only: the file or its folder cannot be written from here. Every write says so.
  public let isReadOnly: Bool

  /// How long a write waits for another process holding the session file before it gives up.
  public static let busyTimeout: TimeInterval = 10

  /// How long a write waits for another process's lock before it reports the file busy.
  let busyTimeout: TimeInterval

  private init(path: String, writer: any DatabaseWriter, busyTimeout: TimeInterval, isReadOnly: Bool = false) {
    self.path = path
    self.writer = writer
    self.busyTimeout = busyTimeout
    self.isReadOnly = isReadOnly
  }

  /// Opens an existing session file, running any pending migrations. The screen passes a short `busyTimeout` so
  /// a blocked save returns quickly, says it is waiting, and is retried while the person keeps typing.
  public static func open(_ path: String, busyTimeout: TimeInterval = busyTimeout) throws -> SessionStore {
    guard SessionFile.exists(path) else {
      throw SessionFileError.noSession(path: path)
    }
    if let reason = SessionFile.whyNotWritable(path) { return try connectReadOnly(path, reason: reason) }
    do {
      return try connect(path, busyTimeout: busyTimeout)
    } catch let error as DatabaseError
      where [.SQLITE_FULL, .SQLITE_IOERR].contains(error.resultCode) && SessionFile.diskIsFull(holding: path)
    {
      throw SessionFileError.diskFullOpening(path: path)
    }
  }

  /// Why nothing can be saved to this file from here, when it was opened read-only.
  public var readOnlyReason: String? { isReadOnly ? SessionFile.whyNotWritable(path) ?? "it is read-only" : nil }

  /// A session that can be read but not written here (a read-only folder or disk, a file not ours to write):
  /// SQLite cannot make its -wal and -shm files beside it, so it is read as it stands (immutable) unless a -wal
  /// is already there to be read too.
  private static func connectReadOnly(_ path: String, reason: String) throws -> SessionStore {
    var configuration = Configuration()
    configuration.readonly = true
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let hasWAL = FileManager.default.fileExists(atPath: absolute + "-wal")
    let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["?", "#", "%"]))
    let location = hasWAL ? absolute : "file:\(encoded ?? absolute)?immutable=1"
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: location, configuration: configuration)
      let applied = try queue.read { db in try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) }
      let known = Set(Schema.migrator.migrations)
      guard known.isSubset(of: applied) else {
        throw SessionFileError.needsUpgrade(path: path, readOnlyReason: reason)
      }
    } catch let error as DatabaseError {
      throw SessionFileError.unreadable(
        path: path, readOnlyReason: reason, detail: error.message ?? "\(error.resultCode)")
    }
    return SessionStore(path: path, writer: queue, busyTimeout: 0, isReadOnly: true)
  }

  /// Creates a new session file with the default themes and the four key questions.
  public static func create(_ path: String, info: SessionInfo, now: Date = Date()) throws -> SessionStore {
    guard !SessionFile.exists(path) else {
      throw SessionFileError.alreadyExists(path: path)
    }
    try SessionFile.createPrivate(path)
    do {
      let store = try connect(path)
      try store.write { db in
        try db.execute(
          sql: """
            INSERT INTO session_info
              (id, title, region, venue, start_date, days, organisers, purpose, created_at, language)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            info.title, info.region, info.venue, info.startDate, info.days, try encodeList(info.organisers),
            info.purpose, now, info.language.rawValue,
          ])
        for (position, theme) in info.language.defaultThemes.enumerated() {
          try db.execute(
            sql: "INSERT INTO theme (short_name, name, position) VALUES (?, ?, ?)",
            arguments: [theme.shortName, theme.name, position + 1])
        }
        for question in info.language.defaultQuestions {
          try db.execute(
            sql: "INSERT INTO question (number, text, title) VALUES (?, ?, ?)",
            arguments: [question.number, question.text, question.title])
        }
      }
      return store
    } catch {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      throw error
    }
  }

  static func connect(_ path: String, busyTimeout: TimeInterval = busyTimeout) throws -> SessionStore {
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.foreignKeysEnabled = true
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw SessionFileError.notASessionFile(path: path)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
      throw SessionFileError.cannotOpen(path: path)
    }
    // GRDB sets synchronous = NORMAL when it turns WAL on; FULL makes each commit durable before the write returns.
    // The pool keeps one writer connection, so setting it once holds for every write.
    try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    // A session already at this schema is opened without a write (and its fsyncs): most opens are of one.
    if try !pool.read({ try Schema.migrator.hasCompletedMigrations($0) }) {
      let before = try pool.read { try Schema.migrator.appliedIdentifiers($0) }
      try Schema.migrator.migrate(pool)
      storeLog.notice(
        "session file migrated",
        metadata: [
          "file": "\(path)", "from": "v\(before.count)", "to": "v\(SchemaVersion.allCases.count)",
        ])
    }
    return SessionStore(path: path, writer: pool, busyTimeout: busyTimeout)
  }

  /// Runs a write in an IMMEDIATE transaction: the write lock is taken up front (waiting up to the busy timeout),
  /// so a write never fails half-way because another process started writing first. `rollingBack` runs the same
  /// work and then undoes it (a dry run).
  @discardableResult
  func write<T>(rollingBack: Bool = false, _ body: (Database) throws -> T) throws -> T {
    if let readOnlyReason {
      throw StorageFailure.readOnly(readOnlyReason)
    }
    do {
      return try writer.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return rollingBack ? .rollback : .commit
        }
        return result!
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
      throw StorageFailure.busy
    } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
      throw StorageFailure.diskFull
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
      throw refusal(.conflictsWithStored)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
      throw StorageFailure.readOnly(SessionFile.whyNotWritable(path) ?? "it is read-only")
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws -> T {
    try writer.read(body)
  }

  /// A number that moves whenever anything a screen shows changes, in this process or another (drafts do not
  /// move it). Cheap enough to ask twice a second.
  /// Each part of the session's own counter (see Schema v9).
  func regionVersions() throws -> [String: Int] {
    try writer.read { db in try Self.regionVersions(db) }
  }

  public func changeVersion() throws -> Int {
    try writer.read { db in try Int.fetchOne(db, sql: "SELECT SUM(version) FROM region_change") ?? 0 }
  }

  /// Closes the file: the write-ahead log is folded into it, so the file alone holds the whole session (a copy
  /// made with `cp` afterwards is complete) and its -wal and -shm go away.
  public func close() throws {
    if let pool = writer as? DatabasePool {
      try pool.close()
      // GRDB closes the pool's writer before its readers, and a reader cannot fold the log into the file or remove
      // it: the last connection to close must be one that writes, so one is opened and closed here.
      if !isReadOnly { try DatabaseQueue(path: path).close() }
    }
    if let queue = writer as? DatabaseQueue { try queue.close() }
  }

  /// Every table of the session and its columns (the schema's own bookkeeping aside).
  func tableColumns() throws -> [String: Set<String>] {
    try read { db in
      var tables: [String: Set<String>] = [:]
      for table in try String.fetchAll(
        db,
        sql:
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'grdb_migrations'"
      ) {
        tables[table] = Set(try db.columns(in: table).map(\.name))
      }
      return tables
    }
  }

  static func encodeList(_ list: [String]) throws -> String {
    String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
  }

  static func decodeList(_ text: String?) -> [String] {
    guard let text, let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
    return list
  }
}

/// A change no store would make, as the error a store throws.
func refusal(_ reason: StorageRefusal) -> StorageFailure { .refused(reason) }

/// The session file's log (see the program's log file): migrations and what could not be written.
let storeLog = Logger(label: "breakout.store")
