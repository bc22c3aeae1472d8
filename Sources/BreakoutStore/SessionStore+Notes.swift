import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Saves a new note. When this returns, the note is committed and on disk.
  @discardableResult
  public func addNote(
    group: Int64, question: Int, text: String, speaker: Int64? = nil, tags: Set<NoteTag> = [],
    isKeyPoint: Bool = false, day: Int? = nil, author: String, now: Date = Date()
  ) throws -> Note {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw refusal(.emptyNote) }
    return try write { db in
      guard
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM question WHERE number = ?)", arguments: [question])
          == true
      else { throw refusal(.noQuestion(question)) }
      let day = try day ?? Self.dayUnderWay(db, now: now)
      try db.execute(
        sql: "INSERT INTO note (group_id, question_number, day, created_at, author) VALUES (?, ?, ?, ?, ?)",
        arguments: [group, question, day, now, author])
      let id = db.lastInsertedRowID
      let revision = NoteRevision(
        revision: 1, text: trimmed, speakerID: speaker, tags: tags, isKeyPoint: isKeyPoint, editedAt: now,
        author: author)
      try Self.insert(revision, note: id, db: db)
      return Note(
        id: id, groupID: group, questionNumber: question, day: day, createdAt: now, author: author,
        revisions: [revision])
    }
  }

  /// Edits a note by adding a revision; the earlier text stays in its history.
  @discardableResult
  public func editNote(
    _ id: Int64, text: String? = nil, speaker: Int64?? = nil, tags: Set<NoteTag>? = nil, isKeyPoint: Bool? = nil,
    author: String, now: Date = Date()
  ) throws -> Note {
    try write { db in
      guard let note = try Self.loadNotes(db, whereClause: "n.id = ?", arguments: [id]).first else {
        throw refusal(.noNote(id))
      }
      let edited = note.edited(
        text: text?.trimmingCharacters(in: .whitespacesAndNewlines), speakerID: speaker, tags: tags,
        isKeyPoint: isKeyPoint, at: now, by: author)
      try Self.insert(edited.current, note: id, db: db)
      return edited
    }
  }

  /// Deletes a note from the summary; its history stays in the file.
  public func deleteNote(_ id: Int64, now: Date = Date()) throws {
    try write { db in
      try db.execute(sql: "UPDATE note SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", arguments: [now, id])
      guard db.changesCount == 1 else { throw refusal(.noNote(id)) }
    }
  }

  /// Files a note under another question of the same group; its versions stay as they were.
  public func moveNote(_ id: Int64, toQuestion question: Int) throws {
    try write { db in
      guard
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM question WHERE number = ?)", arguments: [question])
          == true
      else { throw refusal(.noQuestion(question)) }
      try db.execute(sql: "UPDATE note SET question_number = ? WHERE id = ?", arguments: [question, id])
      guard db.changesCount == 1 else { throw refusal(.noNote(id)) }
    }
  }

  /// A note with every revision, deleted or not.
  public func noteHistory(_ id: Int64) throws -> Note? {
    try read { db in try Self.loadNotes(db, whereClause: "n.id = ?", arguments: [id]).first }
  }

  /// Writes `revision` only if the note's newest revision is still `after`, checked by the statement that writes it
  /// (so the rule holds with many writers, not only under SQLite's one writer at a time). False if it was not.
  static func insert(_ revision: NoteRevision, note: Int64, after: Int, db: Database) throws -> Bool {
    try db.execute(
      sql: """
        INSERT INTO note_revision (note_id, revision, text, speaker_id, tags, is_key, edited_at, author)
        SELECT ?, ?, ?, ?, ?, ?, ?, ?
        WHERE (SELECT MAX(revision) FROM note_revision WHERE note_id = ?) = ?
          AND (SELECT deleted_at FROM note WHERE id = ?) IS NULL
        """,
      arguments: [
        note, revision.revision, revision.text, revision.speakerID,
        revision.tags.sorted().map(\.rawValue).joined(separator: ","), revision.isKeyPoint, revision.editedAt,
        revision.author, note, after, note,
      ])
    return db.changesCount == 1
  }

  static func insert(_ revision: NoteRevision, note: Int64, db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO note_revision (note_id, revision, text, speaker_id, tags, is_key, edited_at, author)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        note, revision.revision, revision.text, revision.speakerID,
        revision.tags.sorted().map(\.rawValue).joined(separator: ","), revision.isKeyPoint, revision.editedAt,
        revision.author,
      ])
  }
}

extension SessionStore {
  /// Many notes in one transaction (imports, benchmarks): each one as `addNote` would write it.
  public func addNotesInBulk(
    _ notes: [(group: Int64, question: Int, text: String, speaker: Int64?, isKeyPoint: Bool, at: Date)], author: String
  ) throws {
    try write { db in
      for note in notes {
        try db.execute(
          sql: "INSERT INTO note (group_id, question_number, day, created_at, author) VALUES (?, ?, 1, ?, ?)",
          arguments: [note.group, note.question, note.at, author])
        try Self.insert(
          NoteRevision(
            revision: 1, text: note.text, speakerID: note.speaker, isKeyPoint: note.isKeyPoint, editedAt: note.at,
            author: author), note: db.lastInsertedRowID, db: db)
      }
    }
  }
}
