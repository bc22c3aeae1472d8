import BreakoutCore
import BreakoutStore
import Foundation
import Logging
import PostgresNIO

/// The session's tables on the server as plain rows, and a new session on the server filled from such rows: how a
/// session moves between a file and a server (`push`, `pull`, a backup), every row kept.
extension ServerConnection {
  /// Each table's columns and their types, as the server has them.
  private func columnTypes(_ db: PostgresConnection) async throws -> [String: [String: String]] {
    let bare = String(schema.dropFirst().dropLast())
    var types: [String: [String: String]] = [:]
    for try await (table, column, type) in try await db.query(
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = \(bare)",
      logger: logger
    ).decode((String, String, String).self) {
      types[table, default: [:]][column] = type
    }
    return types
  }

  /// Every row of every table, in one transaction (one moment of the session).
  public func tables() async throws -> SessionTables {
    let logger = logger
    return try await withConnection { db in
      try await db.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
      do {
        let tables = try await self.readTables(db)
        try await db.query("COMMIT", logger: logger)
        return tables
      } catch {
        _ = try? await db.query("ROLLBACK", logger: logger)
        throw error
      }
    }
  }

  private func readTables(_ db: PostgresConnection) async throws -> SessionTables {
    do {
      let types = try await self.columnTypes(db)
      var tables: [SessionTables.Table] = []
      for name in SessionTables.order {
        guard let columnTypes = types[name] else { continue }
        let columns = columnTypes.keys.sorted()
        let values = columns.map { column -> String in
          switch columnTypes[column] {
          case "timestamp with time zone": "to_char(\"\(column)\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')"
          case "boolean": "\"\(column)\"::int"
          case "uuid": "\"\(column)\"::text"
          default: "\"\(column)\""
          }
        }
        var text = "[]"
        for try await rows in try await db.query(
          PostgresQuery(
            unsafeSQL:
              "SELECT coalesce(json_agg(json_build_array(\(values.joined(separator: ", ")))), '[]')::text FROM \(name)"
          ), logger: logger
        ).decode(String.self) {
          text = rows
        }
        let decoded = (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]]) ?? []
        let rows = decoded.map { row in
          zip(columns, row).map { column, value in Self.stored(value, type: columnTypes[column] ?? "text") }
        }
        tables.append(SessionTables.Table(name: name, columns: columns, rows: rows))
      }
      return SessionTables(tables: tables)
    }
  }

  /// Makes the session on the server from `tables`, all at once: on any failure nothing is kept. Refused if a
  /// session is already there.
  public func fill(with tables: SessionTables) async throws {
    try await migrate()
    let (schema, logger, address) = (schema, logger, address)
    try await withConnection { db in
      try await db.query("BEGIN", logger: logger)
      do {
        try await db.query("SELECT pg_advisory_xact_lock(hashtext(\(schema)))", logger: logger)
        // Times move as UTC text, as the session file keeps them.
        try await db.query("SET LOCAL TimeZone = 'UTC'", logger: logger)
        for try await count in try await db.query("SELECT count(*) FROM session_info", logger: logger).decode(
          Int.self)
        where count > 0 {
          throw ServerProblem.sessionExists(address.description)
        }
        // The rounds are the session's own, not the one round a new schema starts with.
        try await db.query("DELETE FROM breakout_round", logger: logger)
        for table in tables.tables where table.name != "region_change" {
          var records = table.records
          // A participant's group is set once the groups are in (each refers to the other).
          if table.name == "participant" { records = records.map { $0.merging(["group_id": .null]) { $1 } } }
          let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
          try await db.query(
            PostgresQuery(
              unsafeSQL: """
                INSERT INTO \(table.name) (\(columns))
                SELECT \(columns) FROM json_populate_recordset(NULL::\(table.name), $1::json)
                """, binds: Self.binds(try Self.json(records))), logger: logger)
          if table.name == "breakout_group", let people = tables["participant"] {
            try await db.query(
              PostgresQuery(
                unsafeSQL: """
                  UPDATE participant p SET group_id = v.group_id
                  FROM json_populate_recordset(NULL::participant, $1::json) v
                  WHERE p.id = v.id AND v.group_id IS NOT NULL
                  """, binds: Self.binds(try Self.json(people.records))), logger: logger)
          }
          if table.columns.contains("id") {
            try await db.query(
              PostgresQuery(
                unsafeSQL: """
                  SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), max(id)) FROM \(table.name)
                  HAVING max(id) IS NOT NULL AND pg_get_serial_sequence('\(table.name)', 'id') IS NOT NULL
                  """), logger: logger)
          }
        }
        // Filling moved the counters and stamped the notes anew: they are set back to what the session had.
        if let notes = tables["note"] {
          try await db.query(
            PostgresQuery(
              unsafeSQL: """
                UPDATE note SET changed_in = v.changed_in FROM json_populate_recordset(NULL::note, $1::json) v
                WHERE note.id = v.id
                """, binds: Self.binds(try Self.json(notes.records))), logger: logger)
        }
        if let counters = tables["region_change"] {
          try await db.query(
            PostgresQuery(
              unsafeSQL: """
                INSERT INTO region_change (region, version)
                SELECT region, version FROM json_populate_recordset(NULL::region_change, $1::json)
                ON CONFLICT (region) DO UPDATE SET version = excluded.version
                """, binds: Self.binds(try Self.json(counters.records))), logger: logger)
        }
        try await db.query("COMMIT", logger: logger)
      } catch {
        _ = try? await db.query("ROLLBACK", logger: logger)
        throw error
      }
    }
  }

  static func binds(_ json: String) -> PostgresBindings {
    var binds = PostgresBindings()
    binds.append(json, context: .default)
    return binds
  }

  static func json(_ records: [[String: StoredValue]]) throws -> String {
    let objects: [[String: Any]] = records.map { record in
      record.mapValues { value -> Any in
        switch value {
        case .null: NSNull()
        case .integer(let number): NSNumber(value: number)
        case .real(let number): NSNumber(value: number)
        case .text(let text): text
        }
      }
    }
    return String(decoding: try JSONSerialization.data(withJSONObject: objects), as: UTF8.self)
  }

  static func stored(_ value: Any, type: String) -> StoredValue {
    if value is NSNull { return .null }
    switch type {
    case "integer", "bigint", "smallint", "boolean":
      return .integer((value as? NSNumber)?.int64Value ?? 0)
    case "double precision", "real", "numeric":
      return .real((value as? NSNumber)?.doubleValue ?? 0)
    default:
      return .text(value as? String ?? "\(value)")
    }
  }
}

extension ServerConnection {
  /// Removes personal data from the session on the server, then rewrites the tables that held it (`VACUUM FULL`),
  /// so the old values are gone from those tables' files; returns how many people were changed. What PostgreSQL
  /// may still hold elsewhere (its write-ahead log, archives, backups, replicas) is beyond a client's reach.
  public func purge(_ scope: SessionStore.PurgeScope) async throws -> Int {
    let logger = logger
    let changed = try await withConnection { db in
      try await db.query("BEGIN", logger: logger)
      do {
        var count = 0
        let people: PostgresQuery =
          switch scope {
          case .emails: "UPDATE participant SET email = NULL WHERE email IS NOT NULL RETURNING id"
          case .allPersonal:
            "UPDATE participant SET name = 'Participant ' || id, organisation = '', email = NULL RETURNING id"
          }
        for try await _ in try await db.query(people, logger: logger) { count += 1 }
        if scope == .allPersonal { try await db.query("DELETE FROM draft", logger: logger) }
        try await db.query("COMMIT", logger: logger)
        return count
      } catch {
        _ = try? await db.query("ROLLBACK", logger: logger)
        throw error
      }
    }
    try await withConnection { db in
      try await db.query("VACUUM FULL participant", logger: logger)
      if scope == .allPersonal { try await db.query("VACUUM FULL draft", logger: logger) }
    }
    return changed
  }
}
