import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Saves a group's clock (start, pause, extend, or a new question).
  public func save(_ timer: Timebox) throws {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO timebox (group_id, question_number, duration_seconds, remaining_seconds, started_at)
          VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(group_id) DO UPDATE SET question_number = excluded.question_number,
            duration_seconds = excluded.duration_seconds, remaining_seconds = excluded.remaining_seconds,
            started_at = excluded.started_at
          """,
        arguments: [timer.groupID, timer.question, timer.duration, timer.remainingAtStart, timer.startedAt])
    }
  }

  /// Saves several clocks in one transaction (a timebox for every group at once).
  public func save(_ timers: [Timebox]) throws {
    try write { db in
      for timer in timers {
        try db.execute(
          sql: """
            INSERT OR REPLACE INTO timebox (group_id, question_number, duration_seconds, remaining_seconds, started_at)
            VALUES (?, ?, ?, ?, ?)
            """,
          arguments: [timer.groupID, timer.question, timer.duration, timer.remainingAtStart, timer.startedAt])
      }
    }
  }

  @discardableResult
  public func broadcast(_ text: String, to group: Int64? = nil, author: String, now: Date = Date()) throws -> Broadcast
  {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    guard !line.isEmpty else { throw refusal(.emptyMessage) }
    return try write { db in
      try db.execute(
        sql: "INSERT INTO broadcast (text, sent_at, author, group_id) VALUES (?, ?, ?, ?)",
        arguments: [line, now, author, group])
      return Broadcast(id: db.lastInsertedRowID, text: line, sentAt: now, author: author, groupID: group)
    }
  }

  /// A rapporteur asks the facilitator for help; it shows on the facilitator's screen until acknowledged.
  @discardableResult
  public func requestHelp(group: Int64, text: String, author: String, now: Date = Date()) throws -> HelpRequest {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    let said = line.isEmpty ? "help" : line
    return try write { db in
      try db.execute(
        sql: "INSERT INTO help_request (group_id, text, sent_at, author) VALUES (?, ?, ?, ?)",
        arguments: [group, said, now, author])
      return HelpRequest(id: db.lastInsertedRowID, groupID: group, text: said, sentAt: now, author: author)
    }
  }

  /// The facilitator has seen a group's requests for help.
  public func acknowledgeHelp(group: Int64, now: Date = Date()) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE help_request SET acknowledged_at = ? WHERE group_id = ? AND acknowledged_at IS NULL",
        arguments: [now, group])
    }
  }

  /// Keeps the note being typed; called every few keystrokes, so it must stay cheap.
  public func save(_ draft: Draft) throws {
    try write { db in
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO draft (owner, group_id, question_number, text, speaker_id, tags, is_key,
                                        editing_note_id, base_revision, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          draft.owner, draft.groupID, draft.question, draft.text, draft.speakerID,
          draft.tags.sorted().map(\.rawValue).joined(separator: ","), draft.isKeyPoint, draft.editingNoteID,
          draft.baseRevision, draft.updatedAt,
        ])
    }
  }

  public func draft(owner: String, group: Int64) throws -> Draft? {
    try read { db in
      try Row.fetchOne(
        db, sql: "SELECT * FROM draft WHERE owner = ? AND group_id = ?", arguments: [owner, group]
      ).map(Self.draft)
    }
  }

  /// Every draft left in the session, newest first: what was being typed when a terminal closed or was killed.
  public func drafts() throws -> [Draft] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM draft ORDER BY updated_at DESC").map(Self.draft)
    }
  }

  /// Removes one person's draft for a group (after someone else took it over and saved their copy).
  public func discardDraft(owner: String, group: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM draft WHERE owner = ? AND group_id = ?", arguments: [owner, group])
    }
  }

  private static func draft(_ row: Row) -> Draft {
    Draft(
      owner: row["owner"], groupID: row["group_id"], question: row["question_number"], text: row["text"],
      speakerID: row["speaker_id"],
      tags: NoteTag.stored(row["tags"]),
      isKeyPoint: row["is_key"], editingNoteID: row["editing_note_id"], baseRevision: row["base_revision"],
      updatedAt: row["updated_at"])
  }

  public func clearDraft(owner: String, group: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM draft WHERE owner = ? AND group_id = ?", arguments: [owner, group])
    }
  }

  /// What a commit did: the note saved, and whether an edit met a newer version saved elsewhere meanwhile (then
  /// the edit became a note of its own next to it, and nothing was overwritten).
  public struct Commit: Sendable {
    public var note: Note
    public var keptBesideNewerVersion: Bool
  }

  /// Saves the note and removes the draft it came from in one transaction: the words are never in neither place.
  @discardableResult
  public func commit(_ draft: Draft, author: String, day: Int? = nil, now: Date = Date()) throws -> Note {
    try commitChecked(draft, author: author, day: day, now: now).note
  }

  /// `day` nil: the day under way when the note is saved (read in the same transaction). The rule is
  /// `NoteCommitPlan`'s; a revision is written only if it still follows the one it was planned after.
  public func commitChecked(_ draft: Draft, author: String, day: Int? = nil, now: Date = Date()) throws -> Commit {
    try write { db in
      let stored = try draft.editingNoteID.flatMap { id in
        try Self.loadNotes(db, whereClause: "n.id = ?", arguments: [id]).first
      }
      let plan: NoteCommitPlan
      do {
        plan = try NoteCommitPlan.plan(draft, editing: stored, author: author, now: now)
      } catch {
        throw refusal(.emptyNote)
      }
      var commit: Commit
      switch plan {
      case .revision(let revision, let note, let after):
        if try Self.insert(revision, note: note.id, after: after, db: db) {
          commit = Commit(note: note, keptBesideNewerVersion: false)
        } else {
          // Another writer got there first: as if the plan had seen it, the edit goes beside.
          var first = revision
          first.revision = 1
          commit = Commit(
            note: try Self.insertNote(draft, first: first, day: day, now: now, author: author, db),
            keptBesideNewerVersion: true)
        }
      case .newNote(let first):
        commit = Commit(
          note: try Self.insertNote(draft, first: first, day: day, now: now, author: author, db),
          keptBesideNewerVersion: false)
      case .besideNewer(let first):
        commit = Commit(
          note: try Self.insertNote(draft, first: first, day: day, now: now, author: author, db),
          keptBesideNewerVersion: true)
      }
      try db.execute(
        sql: "DELETE FROM draft WHERE owner = ? AND group_id = ?", arguments: [draft.owner, draft.groupID])
      return commit
    }
  }

  /// A new note from a draft, with its first revision; its id is the store's.
  static func insertNote(
    _ draft: Draft, first: NoteRevision, day: Int?, now: Date, author: String, _ db: Database
  ) throws -> Note {
    let day = try day ?? Self.dayUnderWay(db, now: now)
    try db.execute(
      sql: "INSERT INTO note (group_id, question_number, day, created_at, author) VALUES (?, ?, ?, ?, ?)",
      arguments: [draft.groupID, draft.question, day, now, author])
    let id = db.lastInsertedRowID
    try Self.insert(first, note: id, db: db)
    return Note(
      id: id, groupID: draft.groupID, questionNumber: draft.question, day: day, createdAt: now, author: author,
      revisions: [first])
  }

  /// The day of the meeting under way as the session file says it now (see `SessionInfo.dayUnderWay`).
  static func dayUnderWay(_ db: Database, now: Date) throws -> Int {
    let agendaDay = try Int.fetchOne(db, sql: "SELECT day FROM agenda_item WHERE is_current = 1 LIMIT 1")
    let row = try Row.fetchOne(db, sql: "SELECT start_date, days FROM session_info WHERE id = 1")
    let info = SessionInfo(title: "", startDate: row?["start_date"], days: row?["days"] ?? 1)
    return info.dayUnderWay(currentAgendaDay: agendaDay, now: now)
  }

  public func dayUnderWay(now: Date = Date()) throws -> Int {
    try read { db in try Self.dayUnderWay(db, now: now) }
  }

  public func addAgendaItem(day: Int, startsAt: String, title: String) throws {
    try write { db in
      try db.execute(
        sql: "INSERT INTO agenda_item (day, starts_at, title) VALUES (?, ?, ?)", arguments: [day, startsAt, title])
    }
  }

  /// Marks one agenda item as the one under way (nil: none).
  public func setCurrentAgendaItem(_ id: Int64?) throws {
    try write { db in
      try db.execute(sql: "UPDATE agenda_item SET is_current = (id IS ?)", arguments: [id])
    }
  }
}
