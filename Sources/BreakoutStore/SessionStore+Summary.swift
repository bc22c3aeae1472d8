import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// A line the facilitator writes for the plenary (conclusions, recommendations, key messages, next steps).
  @discardableResult
  public func addPlenaryItem(
    _ section: PlenaryItem.Section, text: String, speaker: Int64? = nil, day: Int? = nil, now: Date = Date()
  ) throws -> Int64 {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw refusal(.emptyLine) }
    return try write { db in
      let days = try Int.fetchOne(db, sql: "SELECT days FROM session_info WHERE id = 1") ?? 1
      // The proceedings are told day by day; a line without a day belongs to the day under way.
      let lineDay = section == .proceedings ? try (day ?? Self.dayUnderWay(db, now: now)) : day
      if let lineDay, !(1...days).contains(lineDay) {
        throw refusal(.noDay(lineDay, days: days))
      }
      try db.execute(
        sql: "INSERT INTO plenary_item (section, text, speaker_id, day, created_at) VALUES (?, ?, ?, ?, ?)",
        arguments: [section.rawValue, trimmed, speaker, lineDay, now])
      return db.lastInsertedRowID
    }
  }

  public func removePlenaryItem(_ id: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM plenary_item WHERE id = ?", arguments: [id])
      guard db.changesCount == 1 else { throw refusal(.noPlenaryLine(id)) }
    }
  }

  /// Imports notes from a `breakout export --format csv` file, all or nothing: each row's group (by name or
  /// number) and question must exist here; speakers are matched by name when the file names them.
  @discardableResult
  public func importNotes(_ data: Data, author: String, now: Date = Date()) throws -> Int {
    let session = try snapshot()
    let rows: [NoteImport.Row]
    do {
      rows = try NoteImport.rows(data, into: session, now: now)
    } catch {
      throw refusal(.noteImport(error))
    }
    try write { db in
      for row in rows {
        try db.execute(
          sql: "INSERT INTO note (group_id, question_number, day, created_at, author) VALUES (?, ?, ?, ?, ?)",
          arguments: [row.groupID, row.question, row.day, row.createdAt, author])
        try Self.insert(
          NoteRevision(
            revision: 1, text: row.text, speakerID: row.speakerID, tags: row.tags, isKeyPoint: row.isKeyPoint,
            editedAt: row.createdAt, author: author), note: db.lastInsertedRowID, db: db)
      }
    }
    return rows.count
  }
}
