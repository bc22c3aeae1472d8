import BreakoutCore
import Foundation
import GRDB

/// The session file's tables as plain rows, and a new file made from such rows: how a session moves to a server
/// and back (see `SessionTables`).
extension SessionStore {
  public func tables() throws -> SessionTables {
    try read { db in
      var tables: [SessionTables.Table] = []
      for name in SessionTables.order {
        let columns = try db.columns(in: name).map(\.name).sorted()
        let quoted = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: "SELECT \(quoted) FROM \(name)").map { row in
          columns.indices.map { Self.stored(row[$0] as DatabaseValue) }
        }
        tables.append(SessionTables.Table(name: name, columns: columns, rows: rows))
      }
      return SessionTables(tables: tables)
    }
  }

  /// A new, private session file holding exactly these rows, written all at once (nothing is left on failure).
  public static func create(_ path: String, holding tables: SessionTables) throws -> SessionStore {
    guard !SessionFile.exists(path) else { throw SessionFileError.alreadyExists(path: path) }
    try SessionFile.createPrivate(path)
    do {
      let store = try connect(path)
      try store.write { db in
        // A participant names a group and a group its moderator: checked once everything is in.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        // The rounds are the session's own, not the one round a new schema starts with.
        try db.execute(sql: "DELETE FROM breakout_round")
        for table in tables.tables where table.name != "region_change" {
          let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
          let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
          let statement = try db.makeStatement(sql: "INSERT INTO \(table.name) (\(columns)) VALUES (\(marks))")
          for row in table.rows {
            try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
          }
        }
        // Filling moved the counters and stamped the notes anew: they are set back to what the session had.
        for note in tables["note"]?.records ?? [] {
          try db.execute(
            sql: "UPDATE note SET changed_in = ? WHERE id = ?",
            arguments: [Self.databaseValue(note["changed_in"] ?? .null), Self.databaseValue(note["id"] ?? .null)])
        }
        for counter in tables["region_change"]?.records ?? [] {
          try db.execute(
            sql: "INSERT OR REPLACE INTO region_change (region, version) VALUES (?, ?)",
            arguments: [
              Self.databaseValue(counter["region"] ?? .null), Self.databaseValue(counter["version"] ?? .null),
            ])
        }
      }
      return store
    } catch {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      throw error
    }
  }

  static func stored(_ value: DatabaseValue) -> StoredValue {
    switch value.storage {
    case .null: .null
    case .int64(let number): .integer(number)
    case .double(let number): .real(number)
    case .string(let text): .text(text)
    case .blob(let data): .text(String(decoding: data, as: UTF8.self))
    }
  }

  static func databaseValue(_ value: StoredValue) -> DatabaseValue {
    switch value {
    case .null: .null
    case .integer(let number): number.databaseValue
    case .real(let number): number.databaseValue
    case .text(let text): text.databaseValue
    }
  }
}
