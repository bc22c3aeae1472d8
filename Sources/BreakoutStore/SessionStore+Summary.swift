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
    guard !trimmed.isEmpty else { throw StoreError("the line is empty") }
    return try write { db in
      let days = try Int.fetchOne(db, sql: "SELECT days FROM session_info WHERE id = 1") ?? 1
      // The proceedings are told day by day; a line without a day belongs to the day under way.
      let lineDay = section == .proceedings ? try (day ?? Self.dayUnderWay(db, now: now)) : day
      if let lineDay, !(1...days).contains(lineDay) {
        throw StoreError("the meeting has \(days) day\(days == 1 ? "" : "s"); there is no day \(lineDay)")
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
      guard db.changesCount == 1 else { throw StoreError("there is no plenary line \(id)") }
    }
  }

  /// Imports notes from a `breakout export --format csv` file, all or nothing: each row's group (by name or
  /// number) and question must exist here; speakers are matched by name when the file names them.
  @discardableResult
  public func importNotes(_ data: Data, author: String, now: Date = Date()) throws -> Int {
    let table: CSVTable
    do { table = try CSVReader.read(data) } catch { throw StoreError("cannot import the notes: \(error)") }
    func column(_ name: String) throws -> Int {
      guard let index = table.header.firstIndex(where: { LooseText.matches($0, name) }) else {
        throw StoreError("cannot import the notes: the file has no \(name) column")
      }
      return index
    }
    let groupColumn = try column("Group")
    let questionColumn = try column("Question")
    let textColumn = try column("Text")
    let tagsColumn = table.header.firstIndex { LooseText.matches($0, "Tags") }
    let keyColumn = table.header.firstIndex { LooseText.matches($0, "Key point") }
    let speakerColumn = table.header.firstIndex { LooseText.matches($0, "Speaker") }
    let dayColumn = table.header.firstIndex { LooseText.matches($0, "Day") }
    let timeColumn = table.header.firstIndex { LooseText.matches($0, "Time") }
    let snapshot = try snapshot()
    let time = ISO8601DateFormatter()
    var rows:
      [(group: Int64, question: Int, text: String, speaker: Int64?, tags: Set<NoteTag>, key: Bool, day: Int, at: Date)] =
        []
    for record in table.records {
      guard record.fields.count == table.header.count else {
        throw StoreError(
          "cannot import the notes: line \(record.line) has \(record.fields.count) fields, the header \(table.header.count)"
        )
      }
      func value(_ index: Int?) -> String { index.map { CSVSummary.restored(record.fields[$0]) } ?? "" }
      guard let group = snapshot.group(matching: value(groupColumn)) else {
        throw StoreError(
          "cannot import the notes: line \(record.line): no group \"\(InertText.visible(value(groupColumn)))\" here")
      }
      guard let question = Question.number(from: value(questionColumn)),
        snapshot.questions.contains(where: { $0.number == question })
      else {
        throw StoreError(
          "cannot import the notes: line \(record.line): no question \"\(InertText.visible(value(questionColumn)))\"")
      }
      let speakerName = value(speakerColumn)
      let speaker = snapshot.participants(named: speakerName.split(separator: ",").first.map(String.init) ?? "").first?
        .id
      rows.append(
        (
          group.id, question, value(textColumn), speaker,
          Set(value(tagsColumn).split(separator: " ").compactMap { NoteTag(rawValue: String($0)) }),
          ["yes", "true", "1"].contains(value(keyColumn).lowercased()), Int(value(dayColumn)) ?? 1,
          time.date(from: value(timeColumn)) ?? now
        ))
    }
    try write { db in
      for row in rows {
        try db.execute(
          sql: "INSERT INTO note (group_id, question_number, day, created_at, author) VALUES (?, ?, ?, ?, ?)",
          arguments: [row.group, row.question, row.day, row.at, author])
        try Self.insert(
          NoteRevision(
            revision: 1, text: row.text, speakerID: row.speaker, tags: row.tags, isKeyPoint: row.key, editedAt: row.at,
            author: author), note: db.lastInsertedRowID, db: db)
      }
    }
    return rows.count
  }
}
