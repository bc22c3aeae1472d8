import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// A session on a PostgreSQL server as a repository: the same behaviour as the session file (the conformance suite
/// says so), each call one transaction, every call bounded by the connection's timeout.
public final class ServerRepository: SessionRepository {
  public let connection: ServerConnection
  /// What the day under way is told from, as last read (see `dayUnderWay(at:)`).
  let dayContext = Shared<DayContext?>(nil)

  /// Whether this login may read the roster's e-mails (see `ServerAccess`); asked when the session is opened.
  let readsEmails = Shared(true)
  /// A first look reads a session of at most this many notes whole (see `firstLook`).
  let firstLookWholeUpTo: Int

  public init(connection: ServerConnection, firstLookWholeUpTo: Int = 5_000) {
    self.connection = connection
    self.firstLookWholeUpTo = firstLookWholeUpTo
  }

  /// Roles on the server decide what may be written; the session itself is never read-only as a whole.
  public var readOnlyReason: String? { nil }

  var logger: Logger { connection.logger }

  /// Makes the session's schema (or brings it up to date) and, when it is new, its first contents: the meeting's
  /// details, the default themes and the four key questions.
  public static func create(_ connection: ServerConnection, info: SessionInfo, now: Date = Date()) async throws
    -> ServerRepository
  {
    do { try await connection.migrate() } catch { throw failure(error) }
    let repository = ServerRepository(connection: connection)
    try await repository.write { db, logger in
      let existing = try await db.query("SELECT count(*) FROM session_info", logger: logger).decode(Int.self)
      for try await count in existing where count > 0 {
        throw ServerProblem.sessionExists(connection.address.description)
      }
      try await db.query(
        """
        INSERT INTO session_info
          (id, title, region, venue, start_date, days, organisers, purpose, created_at, language)
        VALUES (1, \(info.title), \(info.region), \(info.venue), \(info.startDate), \(info.days),
                \(String(decoding: try JSONEncoder().encode(info.organisers), as: UTF8.self)), \(info.purpose), \(now),
                \(info.language.rawValue))
        """, logger: logger)
      for (position, theme) in info.language.defaultThemes.enumerated() {
        try await db.query(
          "INSERT INTO theme (short_name, name, position) VALUES (\(theme.shortName), \(theme.name), \(position + 1))",
          logger: logger)
      }
      for question in info.language.defaultQuestions {
        try await db.query(
          "INSERT INTO question (number, text, title) VALUES (\(question.number), \(question.text), \(question.title))",
          logger: logger)
      }
    }
    return repository
  }

  /// Brings the session's schema to the newest version and checks a session is there.
  public func open() async throws {
    if try await isCurrent() { return }
    do { try await connection.migrate() } catch { throw Self.failure(error) }
    let exists = try await read { db, logger in
      try await Self.exists(db, logger, "SELECT 1 FROM session_info WHERE id = 1")
    }
    guard exists else { throw ServerProblem.noSession(connection.address.description) }
  }

  /// Whether the session is there and its schema needs nothing: one round trip, as it is on almost every start (a
  /// long link makes each one count).
  private func isCurrent() async throws -> Bool {
    let (logger, known) = (logger, SchemaVersion.allCases.map(\.rawValue))
    do {
      let (current, emails) = try await connection.withConnection { db in
        var answer = (false, true)
        for try await (applied, sessions, emails) in try await db.query(
          """
          SELECT (SELECT count(*) FROM breakout_migrations WHERE identifier = ANY(\(known))),
                 (SELECT count(*) FROM session_info WHERE id = 1),
                 has_column_privilege('participant', 'email', 'SELECT')
          """, logger: logger
        ).decode((Int, Int, Bool).self) {
          answer = (applied == known.count && sessions == 1, emails)
        }
        return answer
      }
      readsEmails.set(emails)
      return current
    } catch ServerProblem.unreachable {
      throw StorageFailure.unreachable
    } catch {
      // No schema yet, or one to bring up to date: `migrate` says what is wrong, if anything is.
      return false
    }
  }

  // MARK: Transactions

  /// One read-only transaction that sees one moment of the session.
  func read<T: Sendable>(
    _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
  ) async throws -> T {
    try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
  }

  /// One transaction that writes; a failure undoes all of it, and so does `rollingBack` (a dry run).
  @discardableResult
  func write<T: Sendable>(
    rollingBack: Bool = false, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
  ) async throws -> T {
    try await transaction("BEGIN", end: rollingBack ? "ROLLBACK" : "COMMIT", body)
  }

  private func transaction<T: Sendable>(
    _ begin: PostgresQuery, end: PostgresQuery = "COMMIT",
    _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
  ) async throws -> T {
    let logger = logger
    do {
      return try await connection.withConnection { db in
        try await db.query(begin, logger: logger)
        do {
          let result = try await body(db, logger)
          try await db.query(end, logger: logger)
          return result
        } catch {
          _ = try? await db.query("ROLLBACK", logger: logger)
          throw error
        }
      }
    } catch {
      throw Self.failure(error)
    }
  }

  /// What the server said, as a store failure: the refusals a store makes pass through; the server's own
  /// refusals are read by their SQLSTATE, never by their words.
  public static func failure(_ error: any Error) -> any Error {
    switch error {
    case let failure as StorageFailure: return failure
    case let refusal as StorageRefusal: return StorageFailure.refused(refusal)
    case ServerProblem.unreachable: return StorageFailure.unreachable
    case let problem as ServerProblem: return problem
    case let error as PSQLError:
      switch error.serverInfo?[.sqlState] {
      case "23505", "23503", "23514", "23502": return StorageFailure.refused(.conflictsWithStored)
      case "53100": return StorageFailure.diskFull
      case "25006": return StorageFailure.readOnly("the server allows only reading")
      case "42501": return StorageFailure.refused(.notAllowed)
      case "40001", "40P01", "55P03": return StorageFailure.busy
      // The server shutting down, restarting or not taking connections: it is away, not refusing.
      case let state? where state.hasPrefix("57P") || state.hasPrefix("08") || state == "53300":
        return StorageFailure.unreachable
      default:
        if error.serverInfo == nil { return StorageFailure.unreachable }
        return StorageFailure.unexpected(error.serverInfo?[.message] ?? "\(error.code)")
      }
    default: return StorageFailure.unexpected("\(error)")
    }
  }

  // MARK: Reading

  public func snapshot() async throws -> SessionSnapshot {
    let emails = readsEmails.value
    return remember(try await single { [logger] db in try await Self.loadSnapshot(db, logger, emails: emails) })
  }

  /// Everything but the notes and, on a session of at most `firstLookWholeUpTo` notes, every note, in one statement; on a bigger
  /// one the notes of the group `choose` picks are read next (the whole session follows beside the screen).
  public func firstLook(notesOf choose: @escaping @Sendable (SessionSnapshot) -> Int64?) async throws
    -> SessionSnapshot
  {
    let (logger, wholeUpTo, emails) = (logger, firstLookWholeUpTo, readsEmails.value)
    return remember(
      try await single { db in
        var snapshot = SessionSnapshot(info: SessionInfo(title: ""))
        let parts = SchemaRegion.allCases.filter { $0 != .notes && $0 != .notesRemoved }
        let read = try await Self.read(
          PartsQuery(regions: parts, notes: "false", wholeNotesUpTo: wholeUpTo, emails: emails), into: &snapshot, db,
          logger)
        if read.wholeNotes {
          snapshot.storeStamps = read.versions ?? [:]
          return snapshot
        }
        guard let group = choose(snapshot) else { return try await Self.loadSnapshot(db, logger, emails: emails) }
        _ = try await Self.read(
          PartsQuery(regions: [], notes: "n.deleted_at IS NULL AND n.group_id = \(group)", versions: false),
          into: &snapshot, db, logger)
        snapshot.notesOnlyOf = group
        return snapshot
      })
  }

  /// What moved since `snapshot`, in one statement: each part only if its counter moved, the notes changed since.
  public func refreshed(_ snapshot: SessionSnapshot) async throws -> SessionSnapshot {
    let (logger, emails) = (logger, readsEmails.value)
    return remember(
      try await single { db in
        let stamps = snapshot.storeStamps
        guard !stamps.isEmpty else { return try await Self.loadSnapshot(db, logger, emails: emails) }
        var refreshed = snapshot
        let parts = SchemaRegion.allCases.filter { $0 != .notes && $0 != .notesRemoved }
        let read = try await Self.read(
          PartsQuery(
            regions: parts, since: stamps,
            changedNotes: (stamps[SchemaRegion.notes.rawValue] ?? 0, stamps[SchemaRegion.notesRemoved.rawValue] ?? 0),
            emails: emails),
          into: &refreshed, db, logger)
        refreshed.storeStamps = read.versions ?? stamps
        return refreshed
      })
  }

  /// Changes as the server announces them (`NOTIFY` on the session's channel, sent at commit by the triggers), on
  /// a connection of their own. Whenever listening starts (at first, and again after the server or the link came
  /// back) everything is said to have moved: a refresh then reads what was missed, and only that.
  public func changes() -> AsyncStream<SessionChange> {
    let (stream, continuation) = AsyncStream.makeStream(of: SessionChange.self, bufferingPolicy: .bufferingNewest(1))
    let connection = connection
    let channel = String(connection.schema.dropFirst().dropLast())
    let watching = Task(executorPreference: connection.executor) {
      while !Task.isCancelled {
        do {
          try await connection.client.withConnection { db in
            try await db.listen(on: channel) { notifications in
              continuation.yieldMerging(.all)
              for try await notification in notifications {
                continuation.yieldMerging(SchemaRegion(rawValue: notification.payload)?.change ?? .all)
              }
            }
          }
        } catch {
          // The server or the link went away: listen again once it can be reached.
        }
        try? await Task.sleep(for: .seconds(1))
      }
    }
    continuation.onTermination = { _ in watching.cancel() }
    return stream
  }

  public func drafts() async throws -> [Draft] {
    try await read { db, logger in
      var drafts: [Draft] = []
      let rows = try await db.query(
        """
        SELECT owner, group_id, question_number, text, speaker_id, tags, is_key, editing_note_id, base_revision,
               updated_at
        FROM draft ORDER BY updated_at DESC
        """, logger: logger)
      for try await (owner, group, question, text, speaker, tags, isKey, editing, base, updated) in rows.decode(
        (String, Int64, Int, String, Int64?, String, Bool, Int64?, Int?, Date).self)
      {
        drafts.append(
          Draft(
            owner: owner, groupID: group, question: question, text: text, speakerID: speaker,
            tags: NoteTag.stored(tags),
            isKeyPoint: isKey, editingNoteID: editing, baseRevision: base, updatedAt: updated))
      }
      return drafts
    }
  }

  static func text(_ tags: Set<NoteTag>) -> String { tags.sorted().map(\.rawValue).joined(separator: ",") }
}

extension Date {
  /// Now, as the server keeps a time (to the microsecond): what a write returns is what a read gives back.
  static var storable: Date {
    Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1_000_000).rounded(.down) / 1_000_000)
  }
}
