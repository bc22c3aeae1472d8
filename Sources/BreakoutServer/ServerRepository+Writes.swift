import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// Every change a screen or a command makes, as the session file makes it: the rules come from the core's plans,
/// ids from the server, and an edit's revision is checked by the statement that writes it.
extension ServerRepository {
  // MARK: Notes and drafts

  public func save(_ draft: Draft) async throws {
    try await write { db, logger in
      try await db.query(
        """
        INSERT INTO draft (owner, group_id, question_number, text, speaker_id, tags, is_key, editing_note_id,
                           base_revision, updated_at)
        VALUES (\(draft.owner), \(draft.groupID), \(draft.question), \(draft.text), \(draft.speakerID),
                \(Self.text(draft.tags)), \(draft.isKeyPoint), \(draft.editingNoteID), \(draft.baseRevision),
                \(draft.updatedAt))
        ON CONFLICT (owner, group_id) DO UPDATE SET question_number = excluded.question_number,
          text = excluded.text, speaker_id = excluded.speaker_id, tags = excluded.tags, is_key = excluded.is_key,
          editing_note_id = excluded.editing_note_id, base_revision = excluded.base_revision,
          updated_at = excluded.updated_at
        """, logger: logger)
    }
  }

  public func discardDraft(owner: String, group: Int64) async throws {
    try await write { db, logger in
      try await db.query("DELETE FROM draft WHERE owner = \(owner) AND group_id = \(group)", logger: logger)
    }
  }

  /// A new note with its first revision, in one statement; its id is the server's.
  static func insertNote(
    group: Int64, question: Int, first: NoteRevision, day: Int?, now: Date, author: String, _ db: PostgresConnection,
    _ logger: Logger
  ) async throws -> Note {
    let day = if let day { day } else { try await dayUnderWay(db, logger, now: now) }
    var id: Int64?
    for try await inserted in try await db.query(
      """
      WITH note AS (
        INSERT INTO note (group_id, question_number, day, created_at, author)
        VALUES (\(group), \(question), \(day), \(now), \(author)) RETURNING id)
      INSERT INTO note_revision (note_id, revision, text, speaker_id, tags, is_key, edited_at, author)
      SELECT id, 1, \(first.text), \(first.speakerID), \(Self.text(first.tags)), \(first.isKeyPoint),
             \(first.editedAt), \(first.author)
      FROM note RETURNING note_id
      """, logger: logger
    ).decode(Int64.self) {
      id = inserted
    }
    guard let id else { throw StorageRefusal.conflictsWithStored }
    var stored = first
    stored.revision = 1
    return Note(
      id: id, groupID: group, questionNumber: question, day: day, createdAt: now, author: author, revisions: [stored])
  }

  /// Writes `revision` only if the note's newest revision is still `after` and the note is not deleted, checked by
  /// the statement that writes it; two writers at once meet at the revision's key, and the second writes nothing.
  static func insert(
    _ revision: NoteRevision, note: Int64, after: Int, _ db: PostgresConnection, _ logger: Logger
  ) async throws -> Bool {
    var written = false
    for try await _ in try await db.query(
      """
      INSERT INTO note_revision (note_id, revision, text, speaker_id, tags, is_key, edited_at, author)
      SELECT \(note), \(revision.revision), \(revision.text), \(revision.speakerID), \(Self.text(revision.tags)),
             \(revision.isKeyPoint), \(revision.editedAt), \(revision.author)
      WHERE (SELECT max(revision) FROM note_revision WHERE note_id = \(note)) = \(after)
        AND (SELECT deleted_at FROM note WHERE id = \(note)) IS NULL
      ON CONFLICT (note_id, revision) DO NOTHING
      RETURNING note_id
      """, logger: logger
    ).decode(Int64.self) {
      written = true
    }
    return written
  }

  public func deleteNote(_ id: Int64) async throws {
    try await write { db, logger in
      guard
        try await Self.changes(
          db, logger, "UPDATE note SET deleted_at = \(Date()) WHERE id = \(id) AND deleted_at IS NULL RETURNING id")
          == 1
      else { throw StorageRefusal.noNote(id) }
    }
  }

  public func setKeyPoint(note id: Int64, _ isKeyPoint: Bool, author: String) async throws {
    try await write { db, logger in
      var found = SessionSnapshot(info: SessionInfo(title: ""))
      _ = try await Self.read(
        PartsQuery(regions: [], notes: "n.id = \(id)", versions: false), into: &found, db, logger)
      guard let note = found.notes.first else { throw StorageRefusal.noNote(id) }
      let edited = note.edited(text: nil, speakerID: nil, tags: nil, isKeyPoint: isKeyPoint, at: .storable, by: author)
      guard try await Self.insert(edited.current, note: id, after: note.current.revision, db, logger) else {
        throw StorageRefusal.conflictsWithStored
      }
    }
  }

  public func moveNote(_ id: Int64, toQuestion question: Int) async throws {
    try await write { db, logger in
      guard try await Self.exists(db, logger, "SELECT 1 FROM question WHERE number = \(question)") else {
        throw StorageRefusal.noQuestion(question)
      }
      guard
        try await Self.changes(
          db, logger, "UPDATE note SET question_number = \(question) WHERE id = \(id) RETURNING id") == 1
      else { throw StorageRefusal.noNote(id) }
    }
  }

  @discardableResult
  public func addNote(_ note: NewNote) async throws -> Note {
    let text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw StorageFailure.refused(.emptyNote) }
    let now = note.writtenAt ?? .storable
    return try await write { db, logger in
      guard try await Self.exists(db, logger, "SELECT 1 FROM question WHERE number = \(note.question)") else {
        throw StorageRefusal.noQuestion(note.question)
      }
      return try await Self.insertNote(
        group: note.group, question: note.question,
        first: NoteRevision(
          revision: 1, text: text, speakerID: note.speaker, tags: note.tags, isKeyPoint: note.isKeyPoint,
          editedAt: now, author: note.author), day: note.day, now: now, author: note.author, db, logger)
    }
  }

  @discardableResult
  public func importNotes(_ data: Data, author: String) async throws -> Int {
    let session = try await snapshot()
    let rows: [NoteImport.Row]
    do {
      rows = try NoteImport.rows(data, into: session, now: Date())
    } catch {
      throw StorageFailure.refused(.noteImport(error))
    }
    try await write { db, logger in
      for row in rows {
        _ = try await Self.insertNote(
          group: row.groupID, question: row.question,
          first: NoteRevision(
            revision: 1, text: row.text, speakerID: row.speakerID, tags: row.tags, isKeyPoint: row.isKeyPoint,
            editedAt: row.createdAt, author: author), day: row.day, now: row.createdAt, author: author, db, logger)
      }
    }
    return rows.count
  }

  // MARK: The live meeting

  public func save(_ timers: [Timebox]) async throws {
    try await write { db, logger in
      for timer in timers {
        try await db.query(
          """
          INSERT INTO timebox (group_id, question_number, duration_seconds, remaining_seconds, started_at)
          VALUES (\(timer.groupID), \(timer.question), \(timer.duration), \(timer.remainingAtStart), \(timer.startedAt))
          ON CONFLICT (group_id) DO UPDATE SET question_number = excluded.question_number,
            duration_seconds = excluded.duration_seconds, remaining_seconds = excluded.remaining_seconds,
            started_at = excluded.started_at
          """, logger: logger)
      }
    }
  }

  public func broadcast(_ text: String, to group: Int64?, author: String) async throws {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard !line.isEmpty else { throw StorageFailure.refused(.emptyMessage) }
    try await write { db, logger in
      try await db.query(
        "INSERT INTO broadcast (text, sent_at, author, group_id) VALUES (\(line), \(Date()), \(author), \(group))",
        logger: logger)
    }
  }

  public func requestHelp(group: Int64, text: String, author: String) async throws {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    let said = line.isEmpty ? "help" : line
    try await write { db, logger in
      try await db.query(
        "INSERT INTO help_request (group_id, text, sent_at, author) VALUES (\(group), \(said), \(Date()), \(author))",
        logger: logger)
    }
  }

  public func acknowledgeHelp(group: Int64) async throws {
    try await write { db, logger in
      try await db.query(
        "UPDATE help_request SET acknowledged_at = \(Date()) WHERE group_id = \(group) AND acknowledged_at IS NULL",
        logger: logger)
    }
  }

  public func setCurrentAgendaItem(_ id: Int64?) async throws {
    try await write { db, logger in
      try await db.query(
        "UPDATE agenda_item SET is_current = (id IS NOT DISTINCT FROM \(id))", logger: logger)
    }
  }

  public func setIntroduction(group: Int64, text: String?) async throws {
    let trimmed = text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try await write { db, logger in
      guard
        try await Self.changes(
          db, logger, "UPDATE breakout_group SET introduction = \(trimmed) WHERE id = \(group) RETURNING id") == 1
      else { throw StorageRefusal.noGroup }
    }
  }

  @discardableResult
  public func addPlenaryItem(_ section: PlenaryItem.Section, text: String, speaker: Int64?, day: Int?) async throws
    -> Int64
  {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw StorageFailure.refused(.emptyLine) }
    let now = Date.storable
    return try await write { db, logger in
      var days = 1
      for try await count in try await db.query("SELECT days FROM session_info WHERE id = 1", logger: logger)
        .decode(Int.self)
      {
        days = count
      }
      // The proceedings are told day by day; a line without a day belongs to the day under way.
      var lineDay = day
      if section == .proceedings && day == nil { lineDay = try await Self.dayUnderWay(db, logger, now: now) }
      if let lineDay, !(1...days).contains(lineDay) { throw StorageRefusal.noDay(lineDay, days: days) }
      var id: Int64 = 0
      for try await inserted in try await db.query(
        """
        INSERT INTO plenary_item (section, text, speaker_id, day, created_at)
        VALUES (\(section.rawValue), \(trimmed), \(speaker), \(lineDay), \(now)) RETURNING id
        """, logger: logger
      ).decode(Int64.self) {
        id = inserted
      }
      return id
    }
  }

  public func removePlenaryItem(_ id: Int64) async throws {
    try await write { db, logger in
      guard try await Self.changes(db, logger, "DELETE FROM plenary_item WHERE id = \(id) RETURNING id") == 1 else {
        throw StorageRefusal.noPlenaryLine(id)
      }
    }
  }

  public func addAgendaItem(day: Int, startsAt: String, title: String) async throws {
    try await write { db, logger in
      try await db.query(
        "INSERT INTO agenda_item (day, starts_at, title) VALUES (\(day), \(startsAt), \(title))", logger: logger)
    }
  }

  // MARK: Helpers

  /// How many rows a statement with `RETURNING` touched.
  static func changes(_ db: PostgresConnection, _ logger: Logger, _ query: PostgresQuery) async throws -> Int {
    var count = 0
    for try await _ in try await db.query(query, logger: logger) { count += 1 }
    return count
  }

  static func exists(_ db: PostgresConnection, _ logger: Logger, _ query: PostgresQuery) async throws -> Bool {
    try await changes(db, logger, query) > 0
  }
}

extension Optional {
  func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
    switch self {
    case .some(let value): try await transform(value)
    case .none: nil
    }
  }
}
