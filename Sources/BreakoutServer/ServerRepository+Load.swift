import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// Reading a session from the server, part by part, as the session file is read.
extension ServerRepository {
  static func loadSnapshot(_ db: PostgresConnection, _ logger: Logger) async throws -> SessionSnapshot {
    var snapshot = SessionSnapshot(info: SessionInfo(title: ""))
    for region in SchemaRegion.allCases where region != .notesRemoved {
      try await load(region, into: &snapshot, db, logger)
    }
    snapshot.storeStamps = try await regionVersions(db, logger)
    return snapshot
  }

  static func regionVersions(_ db: PostgresConnection, _ logger: Logger) async throws -> [String: Int] {
    var versions: [String: Int] = [:]
    let rows = try await db.query("SELECT region, version FROM region_change", logger: logger)
    for try await (region, version) in rows.decode((String, Int).self) { versions[region] = version }
    return versions
  }

  static func load(
    _ region: SchemaRegion, into snapshot: inout SessionSnapshot, _ db: PostgresConnection, _ logger: Logger
  ) async throws {
    switch region {
    case .info:
      var info: SessionInfo?
      for try await (title, place, venue, start, days, organisers, purpose) in try await db.query(
        "SELECT title, region, venue, start_date, days, organisers, purpose FROM session_info WHERE id = 1",
        logger: logger
      ).decode((String, String?, String, String?, Int, String, String?).self) {
        info = SessionInfo(
          title: title, region: place, venue: venue, startDate: start, days: days,
          organisers: (try? JSONDecoder().decode([String].self, from: Data(organisers.utf8))) ?? [], purpose: purpose)
      }
      guard let info else { throw StorageRefusal.noSessionStored }
      snapshot.info = info
      snapshot.themes = []
      for try await (id, short, name, position) in try await db.query(
        "SELECT id, short_name, name, position FROM theme ORDER BY position, id", logger: logger
      ).decode((Int64, String, String, Int).self) {
        snapshot.themes.append(Theme(id: id, shortName: short, name: name, position: position))
      }
      snapshot.questions = []
      for try await (number, text, title) in try await db.query(
        "SELECT number, text, title FROM question ORDER BY number", logger: logger
      ).decode((Int, String, String?).self) {
        snapshot.questions.append(Question(number: number, text: text, title: title))
      }
      snapshot.notIdentifying = []
      for try await word in try await db.query("SELECT word FROM not_identifying", logger: logger).decode(String.self) {
        snapshot.notIdentifying.insert(word)
      }
    case .groups:
      snapshot.groups = []
      for try await (id, theme, number, index, name, capacity, moderator, rapporteur, introduction)
        in try await db
        .query(
          """
          SELECT id, theme_id, number, index_in_theme, name, capacity, moderator_id, rapporteur_id, introduction
          FROM breakout_group ORDER BY number
          """, logger: logger
        ).decode((Int64, Int64, Int, Int, String, Int?, Int64?, Int64?, String?).self)
      {
        snapshot.groups.append(
          BreakoutGroup(
            id: id, themeID: theme, number: number, indexInTheme: index, name: name, capacity: capacity,
            moderatorID: moderator, rapporteurID: rapporteur, introduction: introduction))
      }
    case .roster:
      snapshot.participants = try await loadParticipants(db, logger)
      snapshot.rules = []
      for try await (kind, first, second) in try await db.query(
        "SELECT kind, first_id, second_id FROM grouping_rule ORDER BY id", logger: logger
      ).decode((String, Int64, Int64).self) {
        if let kind = GroupingRule.Kind(rawValue: kind) {
          snapshot.rules.append(GroupingRule(kind: kind, first: first, second: second))
        }
      }
    case .notes, .notesRemoved:
      snapshot.notes = try await loadNotes(db, logger, where: "n.deleted_at IS NULL")
    case .clocks:
      snapshot.timers = [:]
      for try await (group, question, duration, remaining, started) in try await db.query(
        "SELECT group_id, question_number, duration_seconds, remaining_seconds, started_at FROM timebox",
        logger: logger
      ).decode((Int64, Int, Double, Double, Date?).self) {
        snapshot.timers[group] = Timebox(
          groupID: group, question: question, duration: duration, remainingAtStart: remaining, startedAt: started)
      }
    case .messages:
      snapshot.broadcasts = []
      for try await (id, text, sent, author, group) in try await db.query(
        "SELECT id, text, sent_at, author, group_id FROM broadcast ORDER BY id DESC LIMIT 20", logger: logger
      ).decode((Int64, String, Date, String, Int64?).self) {
        snapshot.broadcasts.append(Broadcast(id: id, text: text, sentAt: sent, author: author, groupID: group))
      }
      snapshot.helpRequests = []
      for try await (id, group, text, sent, author) in try await db.query(
        "SELECT id, group_id, text, sent_at, author FROM help_request WHERE acknowledged_at IS NULL ORDER BY id",
        logger: logger
      ).decode((Int64, Int64, String, Date, String).self) {
        snapshot.helpRequests.append(HelpRequest(id: id, groupID: group, text: text, sentAt: sent, author: author))
      }
    case .agenda:
      snapshot.agenda = []
      for try await (id, day, starts, title, current) in try await db.query(
        "SELECT id, day, starts_at, title, is_current FROM agenda_item ORDER BY day, starts_at, id", logger: logger
      ).decode((Int64, Int, String, String, Bool).self) {
        snapshot.agenda.append(AgendaItem(id: id, day: day, startsAt: starts, title: title, isCurrent: current))
      }
    case .plenary:
      snapshot.plenary = []
      for try await (id, section, text, speaker, day) in try await db.query(
        "SELECT id, section, text, speaker_id, day FROM plenary_item ORDER BY id", logger: logger
      ).decode((Int64, String, String, Int64?, Int?).self) {
        if let section = PlenaryItem.Section(rawValue: section) {
          snapshot.plenary.append(PlenaryItem(id: id, section: section, text: text, speakerID: speaker, day: day))
        }
      }
    }
  }

  static func loadParticipants(_ db: PostgresConnection, _ logger: Logger) async throws -> [Participant] {
    var people: [Participant] = []
    for try await (id, name, organisation, type, country, email, theme, role, consents, group, locked, absent)
      in try await db.query(
        """
        SELECT id, name, organisation, stakeholder_type, country, email, preferred_theme_id, role,
               consents_to_be_quoted, group_id, is_locked, is_absent
        FROM participant ORDER BY id
        """, logger: logger
      ).decode((Int64, String, String, String, String, String?, Int64?, String, Bool, Int64?, Bool, Bool).self)
    {
      people.append(
        Participant(
          id: id, name: name, organisation: organisation,
          stakeholderType: StakeholderType(rawValue: type) ?? .unspecified,
          country: country, email: email, preferredThemeID: theme,
          role: ParticipantRole(rawValue: role) ?? .participant,
          consentsToBeQuoted: consents, groupID: group, isLocked: locked, isAbsent: absent))
    }
    return people
  }

  /// Notes with every revision, oldest first; `condition` is SQL made by this store from numbers only.
  static func loadNotes(_ db: PostgresConnection, _ logger: Logger, where condition: String) async throws -> [Note] {
    let rows = try await db.query(
      PostgresQuery(
        unsafeSQL: """
          SELECT n.id, n.group_id, n.question_number, n.day, n.created_at, n.author, n.deleted_at,
                 r.revision, r.text, r.speaker_id, r.tags, r.is_key, r.edited_at, r.author
          FROM note n JOIN note_revision r ON r.note_id = n.id
          WHERE \(condition)
          ORDER BY n.created_at, n.id, r.revision
          """), logger: logger)
    var assembler = NoteAssembler()
    for try await (
      id, group, question, day, created, author, deleted, revision, text, speaker, tags, isKey, edited,
      editor
    ) in rows.decode(
      (Int64, Int64, Int, Int, Date, String, Date?, Int, String, Int64?, String, Bool, Date, String).self)
    {
      if assembler.starts(id) {
        assembler.begin(
          id: id, groupID: group, questionNumber: question, day: day, createdAt: created, author: author,
          deletedAt: deleted)
      }
      assembler.add(
        NoteRevision(
          revision: revision, text: text, speakerID: speaker, tags: NoteTag.stored(tags), isKeyPoint: isKey,
          editedAt: edited, author: editor))
    }
    return assembler.finish()
  }

  /// The day of the meeting under way as the session says it now (see `SessionInfo.dayUnderWay`).
  static func dayUnderWay(_ db: PostgresConnection, _ logger: Logger, now: Date) async throws -> Int {
    var agendaDay: Int?
    for try await day in try await db.query(
      "SELECT day FROM agenda_item WHERE is_current LIMIT 1", logger: logger
    ).decode(Int.self) {
      agendaDay = day
    }
    var info = SessionInfo(title: "")
    for try await (start, days) in try await db.query(
      "SELECT start_date, days FROM session_info WHERE id = 1", logger: logger
    ).decode((String?, Int).self) {
      info = SessionInfo(title: "", startDate: start, days: days)
    }
    return info.dayUnderWay(currentAgendaDay: agendaDay, now: now)
  }
}
