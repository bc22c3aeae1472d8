import BreakoutCore
import Foundation
import GRDB

/// A rapporteur's own small file beside a session kept on a server: the note being typed (drafts) and the notes
/// saved but not yet on the server (the outbox), so that nothing typed waits for, or is lost with, the network.
/// Private to its owner (0600, in a 0700 folder), one per person and session, and only ever written by this host.
public final class LocalOutbox: Sendable {
  public let path: String
  private let database: DatabaseQueue
  private let lock = NSLock()
  nonisolated(unsafe) private var isClosed = false

  /// The file, until `close`: after it every call says so instead of reaching a closed connection (a sender or a
  /// save beside the screen may still be on its way when the screen closes).
  private var queue: DatabaseQueue {
    get throws {
      if lock.withLock({ isClosed }) { throw StorageFailure.unexpected("the outbox \(path) is closed") }
      return database
    }
  }

  /// A note saved here, waiting to be sent or already sent.
  public struct Entry: Equatable, Sendable {
    /// Its place in the order notes were saved; a note not yet sent is shown as note `-sequence`.
    public var sequence: Int64
    public var note: PendingNote

    public init(sequence: Int64, note: PendingNote) {
      self.sequence = sequence
      self.note = note
    }
  }

  /// Opens the file, making it (privately) the first time.
  public init(path: String) throws {
    if !FileManager.default.fileExists(atPath: path) { try SessionFile.createPrivate(path) }
    self.path = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(2)
    database = try DatabaseQueue(path: path, configuration: configuration)
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: drafts and notes waiting for the server") { db in
      try db.execute(
        sql: """
          CREATE TABLE draft (
            owner TEXT NOT NULL, group_id INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (owner, group_id));
          CREATE TABLE pending_note (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            client_id TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            saved_at DATETIME NOT NULL,
            -- Set once the server has it: the note's id there.
            note_id INTEGER,
            delivered_at DATETIME,
            -- Set when the server refused it for good, saying why; the note stays here.
            refusal TEXT);
          """)
    }
    migrator.registerMigration("v2: the session as last read from the server") { db in
      try db.execute(
        sql: """
          CREATE TABLE kept_session (
            id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL, kept_at DATETIME NOT NULL);
          """)
    }
    migrator.registerMigration("v3: a facilitator's changes waiting for the server") { db in
      try db.execute(
        sql: """
          CREATE TABLE pending_change (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            body TEXT NOT NULL,
            saved_at DATETIME NOT NULL,
            sent_at DATETIME,
            -- Set when the server refused it for good, saying why.
            refusal TEXT);
          """)
    }
    try migrator.migrate(database)
  }

  /// Keeps a change for the server, after any kept before it; its sequence.
  @discardableResult
  public func keep(_ change: PendingChange, at time: Date = Date()) throws -> Int64 {
    let body = try Self.encoded(change)
    return try write { db in
      try db.execute(sql: "INSERT INTO pending_change (body, saved_at) VALUES (?, ?)", arguments: [body, time])
      return db.lastInsertedRowID
    }
  }

  /// The changes still to send, in the order they were made.
  public func waitingChanges() throws -> [(sequence: Int64, change: PendingChange)] {
    try queue.read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT sequence, body FROM pending_change WHERE sent_at IS NULL AND refusal IS NULL ORDER BY sequence"
      ).compactMap { row in
        guard let change = try? Self.decoded(PendingChange.self, row["body"]) else { return nil }
        return (row["sequence"], change)
      }
    }
  }

  public func markChangeSent(_ sequence: Int64, at time: Date = Date()) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE pending_change SET sent_at = ? WHERE sequence = ?", arguments: [time, sequence])
    }
  }

  /// The changes the server refused for good, with when they were made and why.
  public func refusedChanges() throws -> [(change: PendingChange, madeAt: Date, reason: String)] {
    try queue.read { db in
      try Row.fetchAll(
        db, sql: "SELECT body, saved_at, refusal FROM pending_change WHERE refusal IS NOT NULL ORDER BY sequence"
      ).compactMap { row in
        guard let change = try? Self.decoded(PendingChange.self, row["body"]) else { return nil }
        return (change, row["saved_at"], row["refusal"])
      }
    }
  }

  public func markChangeRefused(_ sequence: Int64, reason: String) throws {
    try write { db in
      try db.execute(sql: "UPDATE pending_change SET refusal = ? WHERE sequence = ?", arguments: [reason, sequence])
    }
  }

  /// Keeps the session as last read from the server, for a start while the server is away (one, replaced).
  public func keep(_ session: SessionSnapshot, at time: Date = Date()) throws {
    let body = try Self.encoded(session)
    try write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO kept_session (id, body, kept_at) VALUES (1, ?, ?)", arguments: [body, time])
    }
  }

  /// The session as last read from the server, and when, if it was ever kept here.
  public func keptSession() throws -> (session: SessionSnapshot, keptAt: Date)? {
    try queue.read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT body, kept_at FROM kept_session WHERE id = 1") else {
        return nil
      }
      return (try Self.decoded(SessionSnapshot.self, row["body"]), row["kept_at"])
    }
  }

  /// Where a person's file for a session on a server is kept: `$BREAKOUT_STATE_DIR`, else
  /// `$XDG_STATE_HOME/breakout`, else `~/.local/state/breakout`; its name says the server and session it is for.
  public static func defaultPath(
    server: String, session: String, owner: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let folder: String
    if let dir = environment["BREAKOUT_STATE_DIR"], !dir.isEmpty {
      folder = dir
    } else if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
      folder = state + "/breakout"
    } else {
      folder = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state/breakout"
    }
    let readable = String(
      session.unicodeScalars.filter { $0.isASCII && CharacterSet.alphanumerics.contains($0) }.map(Character.init)
        .prefix(40))
    return folder + "/outbox-\(readable)-\(stableHash(server + "\u{0}" + session + "\u{0}" + owner)).sqlite"
  }

  /// FNV-1a: the same name for the same server, session and person, on every run.
  static func stableHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }

  // MARK: Drafts

  public func save(_ draft: Draft) throws {
    let body = try Self.encoded(draft)
    try write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO draft (owner, group_id, body) VALUES (?, ?, ?)",
        arguments: [draft.owner, draft.groupID, body])
    }
  }

  public func discardDraft(owner: String, group: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM draft WHERE owner = ? AND group_id = ?", arguments: [owner, group])
    }
  }

  public func drafts() throws -> [Draft] {
    try queue.read { db in
      try String.fetchAll(db, sql: "SELECT body FROM draft").compactMap { try? Self.decoded(Draft.self, $0) }
    }.sorted { $0.updatedAt > $1.updatedAt }
  }

  // MARK: Notes on their way

  /// Keeps a saved note for sending and removes its draft, at once; returns its place in the order.
  public func enqueue(_ note: PendingNote) throws -> Int64 {
    let body = try Self.encoded(note)
    return try write { db in
      try db.execute(
        sql: "INSERT INTO pending_note (client_id, body, saved_at) VALUES (?, ?, ?)",
        arguments: [note.clientID.uuidString, body, note.savedAt])
      try db.execute(
        sql: "DELETE FROM draft WHERE owner = ? AND group_id = ?", arguments: [note.draft.owner, note.draft.groupID])
      return db.lastInsertedRowID
    }
  }

  /// Replaces a note not yet sent (an edit of it made before it left); false if it has left meanwhile.
  public func replaceWaiting(_ sequence: Int64, with note: PendingNote) throws -> Bool {
    let body = try Self.encoded(note)
    return try write { db in
      try db.execute(
        sql: "UPDATE pending_note SET body = ? WHERE sequence = ? AND note_id IS NULL AND refusal IS NULL",
        arguments: [body, sequence])
      let changed = db.changesCount > 0
      if changed {
        try db.execute(
          sql: "DELETE FROM draft WHERE owner = ? AND group_id = ?",
          arguments: [note.draft.owner, note.draft.groupID])
      }
      return changed
    }
  }

  /// The notes still to send, in the order they were saved.
  public func waiting() throws -> [Entry] {
    try entries("WHERE note_id IS NULL AND refusal IS NULL")
  }

  /// The notes the server refused for good, with why.
  public func refused() throws -> [(entry: Entry, reason: String)] {
    try queue.read { db in
      try Row.fetchAll(
        db, sql: "SELECT sequence, body, refusal FROM pending_note WHERE refusal IS NOT NULL ORDER BY sequence"
      ).compactMap { row in
        guard let note = try? Self.decoded(PendingNote.self, row["body"]) else { return nil }
        return (Entry(sequence: row["sequence"], note: note), row["refusal"])
      }
    }
  }

  public func markDelivered(_ sequence: Int64, as noteID: Int64, at time: Date = Date()) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE pending_note SET note_id = ?, delivered_at = ? WHERE sequence = ?",
        arguments: [noteID, time, sequence])
    }
  }

  public func markRefused(_ sequence: Int64, reason: String) throws {
    try write { db in
      try db.execute(sql: "UPDATE pending_note SET refusal = ? WHERE sequence = ?", arguments: [reason, sequence])
    }
  }

  /// The server's id for a note sent from here, once it has been sent.
  public func deliveredNoteID(_ sequence: Int64) throws -> Int64? {
    try queue.read { db in
      try Int64.fetchOne(db, sql: "SELECT note_id FROM pending_note WHERE sequence = ?", arguments: [sequence])
    }
  }

  /// Forgets notes the server has had for more than `age` (their ids only matter while a screen may still show them
  /// as waiting).
  public func forgetDelivered(olderThan age: TimeInterval, now: Date = Date()) throws {
    try write { db in
      try db.execute(
        sql: "DELETE FROM pending_note WHERE note_id IS NOT NULL AND delivered_at < ?",
        arguments: [now.addingTimeInterval(-age)])
    }
  }

  /// No call reaches the file after this; the file itself closes when the last call under way has let go of it.
  public func close() throws { lock.withLock { isClosed = true } }

  private func entries(_ condition: String) throws -> [Entry] {
    try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT sequence, body FROM pending_note \(condition) ORDER BY sequence").compactMap {
        row in
        guard let note = try? Self.decoded(PendingNote.self, row["body"]) else { return nil }
        return Entry(sequence: row["sequence"], note: note)
      }
    }
  }

  private func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.write(body)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
      throw StorageFailure.diskFull
    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
      throw StorageFailure.busy
    }
  }

  private static func encoded(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(date.timeIntervalSince1970)
    }
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  private static func decoded<T: Decodable>(_ type: T.Type, _ body: String) throws -> T {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      Date(timeIntervalSince1970: try decoder.singleValueContainer().decode(Double.self))
    }
    return try decoder.decode(type, from: Data(body.utf8))
  }
}
