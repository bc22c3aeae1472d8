import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// Saving a note in one round trip: one statement (no transaction around it) that writes the note or its next
/// revision, checks the edit still follows the newest revision, and writes nothing if the note was delivered before.
extension ServerRepository {
  public func commit(_ draft: Draft, author: String) async throws -> NoteCommit {
    guard !draft.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw StorageFailure.refused(.emptyNote)
    }
    let now = Date.storable
    let day = try await dayUnderWay(at: now)
    return try await deliver(PendingNote(draft: draft, author: author, savedAt: now, day: day))
  }

  /// Writes a saved note once, however many times it is sent (its `clientID` is stored with the revision it made).
  /// The rule is `NoteCommitPlan`'s, checked by the statement as it writes: an edit becomes the note's next revision
  /// if the note still stands at the revision the edit started from; otherwise (someone saved a newer one, or
  /// deleted it) it is kept as a new note beside it.
  public func deliver(_ pending: PendingNote) async throws -> NoteCommit {
    let text = pending.text
    guard !text.isEmpty else { throw StorageFailure.refused(.emptyNote) }
    let draft = pending.draft
    let (id, at, author, tags) = (pending.clientID, pending.savedAt, pending.author, Self.text(draft.tags))
    let query: PostgresQuery = """
      WITH done AS (
        SELECT note_id, revision FROM note_revision WHERE client_id = \(id)
      ), edit AS (
        INSERT INTO note_revision (note_id, revision, text, speaker_id, tags, is_key, edited_at, author, client_id)
        SELECT n.id, newest.revision + 1, \(text), \(draft.speakerID), \(tags), \(draft.isKeyPoint), \(at),
               \(author), \(id)
        FROM note n, LATERAL (SELECT max(revision) AS revision FROM note_revision WHERE note_id = n.id) newest
        WHERE n.id = \(draft.editingNoteID) AND n.deleted_at IS NULL
          AND (\(draft.baseRevision)::integer IS NULL OR newest.revision = \(draft.baseRevision))
          AND NOT EXISTS (SELECT 1 FROM done)
        ON CONFLICT (note_id, revision) DO NOTHING
        RETURNING note_id, revision, text, speaker_id, tags, is_key, edited_at, author
      ), added AS (
        INSERT INTO note (group_id, question_number, day, created_at, author)
        SELECT \(draft.groupID), \(draft.question), \(pending.day), \(at), \(author)
        WHERE NOT EXISTS (SELECT 1 FROM done) AND NOT EXISTS (SELECT 1 FROM edit)
        RETURNING id
      ), first AS (
        INSERT INTO note_revision (note_id, revision, text, speaker_id, tags, is_key, edited_at, author, client_id)
        SELECT id, 1, \(text), \(draft.speakerID), \(tags), \(draft.isKeyPoint), \(at), \(author), \(id) FROM added
        RETURNING note_id, revision, text, speaker_id, tags, is_key, edited_at, author
      ), draft_gone AS (
        DELETE FROM draft WHERE owner = \(draft.owner) AND group_id = \(draft.groupID)
          AND NOT EXISTS (SELECT 1 FROM done)
      )
      SELECT n.id, n.group_id, n.question_number, n.day, n.created_at, n.author,
             r.revision, r.text, r.speaker_id, r.tags, r.is_key, r.edited_at, r.author
      FROM (SELECT note_id, revision FROM done UNION ALL SELECT note_id, revision FROM edit) written
      JOIN note n ON n.id = written.note_id
      JOIN note_revision r ON r.note_id = n.id AND r.revision <= written.revision
      UNION ALL
      SELECT n.id, n.group_id, n.question_number, n.day, n.created_at, n.author,
             e.revision, e.text, e.speaker_id, e.tags, e.is_key, e.edited_at, e.author
      FROM edit e JOIN note n ON n.id = e.note_id
      UNION ALL
      SELECT f.note_id, \(draft.groupID), \(draft.question), \(pending.day), \(at), \(author),
             f.revision, f.text, f.speaker_id, f.tags, f.is_key, f.edited_at, f.author
      FROM first f
      """
    let logger = logger
    let note: Note? = try await single { db in
      var assembler = NoteAssembler()
      var revisions: [NoteRevision] = []
      for try await (
        noteID, group, question, day, created, noteAuthor, revision, text, speaker, tags, isKey, edited, editor
      ) in try await db.query(query, logger: logger).decode(
        (Int64, Int64, Int, Int, Date, String, Int, String, Int64?, String, Bool, Date, String).self)
      {
        if revisions.isEmpty {
          assembler.begin(
            id: noteID, groupID: group, questionNumber: question, day: day, createdAt: created, author: noteAuthor,
            deletedAt: nil)
        }
        revisions.append(
          NoteRevision(
            revision: revision, text: text, speakerID: speaker, tags: NoteTag.stored(tags), isKeyPoint: isKey,
            editedAt: edited, author: editor))
      }
      // The rows come in no particular order: the note's revisions are told oldest first.
      for revision in revisions.sorted(by: { $0.revision < $1.revision }) { assembler.add(revision) }
      return assembler.finish().first
    }
    guard let note else { throw StorageFailure.refused(.conflictsWithStored) }
    let beside = draft.editingNoteID.map { $0 != note.id } ?? false
    return NoteCommit(note: note, keptBesideNewerVersion: beside)
  }

  /// One statement on its own, which the server runs as a transaction of its own: one round trip.
  func single<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
    do {
      return try await connection.withConnection(body)
    } catch {
      throw Self.failure(error)
    }
  }

  /// The day under way, from the session as this client last read it (the meeting's dates and its current agenda
  /// item, which the screen keeps up to date); read from the server when nothing was read yet.
  func dayUnderWay(at now: Date) async throws -> Int {
    if let known = dayContext.value {
      return known.info.dayUnderWay(currentAgendaDay: known.agendaDay, now: now)
    }
    let logger = logger
    let known = try await single { db in
      var context = DayContext(info: SessionInfo(title: ""), agendaDay: nil)
      for try await (start, days, agendaDay) in try await db.query(
        """
        SELECT start_date, days, (SELECT day FROM agenda_item WHERE is_current LIMIT 1)
        FROM session_info WHERE id = 1
        """, logger: logger
      ).decode((String?, Int, Int?).self) {
        context = DayContext(info: SessionInfo(title: "", startDate: start, days: days), agendaDay: agendaDay)
      }
      return context
    }
    // Kept until the next read of the session brings a newer one.
    dayContext.set(known)
    return known.info.dayUnderWay(currentAgendaDay: known.agendaDay, now: now)
  }

  /// Keeps what the day under way is told from, out of a session just read.
  func remember(_ snapshot: SessionSnapshot) -> SessionSnapshot {
    dayContext.set(DayContext(info: snapshot.info, agendaDay: snapshot.agenda.first(where: \.isCurrent)?.day))
    return snapshot
  }
}

/// What tells the day under way.
struct DayContext: Sendable {
  var info: SessionInfo
  var agendaDay: Int?
}

/// A value shared between calls, read and replaced whole.
final class Shared<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value

  init(_ value: Value) { stored = value }

  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  func set(_ value: Value) {
    lock.lock()
    stored = value
    lock.unlock()
  }

  /// Changes the value in place and returns what `change` returns, with no other change in between.
  @discardableResult
  func update<T>(_ change: (inout Value) -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return change(&stored)
  }
}
