import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// Parts of a session read in one statement, each part a JSON column: over a long link every round trip counts, and
/// one statement also sees one moment of the session without a transaction around it.
extension ServerRepository {
  /// What one statement reads: parts (each read whole, or only when its counter moved since `since`), and notes.
  struct PartsQuery {
    var regions: [SchemaRegion]
    /// Read each region only if its counter is not this (a refresh); nil reads every one named.
    var since: [String: Int]?
    /// Which notes: SQL made by this store from numbers only.
    var notes: String?
    /// The notes of a session with at most this many are read whole, else only `notes`'s (a first look).
    var wholeNotesUpTo: Int?
    /// A refresh's notes: those changed since the notes' counter `notes`, or all of them if some were removed since
    /// `removed` (a purge).
    var changedNotes: (notes: Int, removed: Int)?
    var versions = true
    /// Whether this login may read the roster's e-mails (a rapporteur's may not: the column is not read at all).
    var emails = true
  }

  /// Reads `query` in one statement and puts what came into `snapshot`; returns the counters when asked for, and
  /// whether the notes read were all of them.
  static func read(
    _ query: PartsQuery, into snapshot: inout SessionSnapshot, _ db: PostgresConnection, _ logger: Logger
  )
    async throws -> (versions: [String: Int]?, wholeNotes: Bool)
  {
    var columns: [(name: String, sql: String)] = []
    for region in query.regions {
      for part in parts(region, emails: query.emails) {
        if let since = query.since {
          columns.append(
            (
              part.name,
              """
              CASE WHEN (SELECT version FROM region_change WHERE region = '\(region.rawValue)')
                IS DISTINCT FROM \(since[region.rawValue].map(String.init) ?? "NULL") THEN (\(part.sql)) END
              """
            ))
        } else {
          columns.append(part)
        }
      }
    }
    if let notes = query.notes {
      if let limit = query.wholeNotesUpTo {
        columns.append(
          (
            "notes",
            """
            CASE WHEN (SELECT count(*) FROM note WHERE deleted_at IS NULL) <= \(limit)
              THEN (\(notesSQL("n.deleted_at IS NULL"))) ELSE (\(notesSQL(notes))) END
            """
          ))
        columns.append(("whole", "(SELECT count(*) FROM note WHERE deleted_at IS NULL) <= \(limit)"))
      } else {
        columns.append(("notes", notesSQL(notes)))
      }
    }
    if let since = query.changedNotes {
      let removed = "(SELECT version FROM region_change WHERE region = '\(SchemaRegion.notesRemoved.rawValue)')"
      let notes = "(SELECT version FROM region_change WHERE region = '\(SchemaRegion.notes.rawValue)')"
      columns.append(
        (
          "changedNotes",
          """
          CASE WHEN \(removed) IS DISTINCT FROM \(since.removed) THEN (\(notesSQL("n.deleted_at IS NULL")))
               WHEN \(notes) IS DISTINCT FROM \(since.notes) THEN (\(notesSQL("n.changed_in > \(since.notes)"))) END
          """
        ))
      columns.append(("whole", "\(removed) IS DISTINCT FROM \(since.removed)"))
    }
    if query.versions {
      columns.append(("versions", "SELECT coalesce(json_object_agg(region, version), '{}')::text FROM region_change"))
    }
    let sql =
      "SELECT "
      + columns.map { $0.name == "whole" ? "(\($0.sql))::text" : "(\($0.sql))" }.joined(separator: ",\n")
    var texts: [String: String] = [:]
    for try await row in try await db.query(PostgresQuery(unsafeSQL: sql), logger: logger) {
      let cells = row.makeRandomAccess()
      for (index, column) in columns.enumerated() {
        if let text = try cells[index].decode(String?.self) { texts[column.name] = text }
      }
    }
    if query.since == nil, query.regions.contains(.info), texts["info"] == nil {
      throw StorageRefusal.noSessionStored
    }
    var versions: [String: Int]?
    for (name, text) in texts {
      if name == "versions" {
        versions = try decoded([String: Int].self, text)
      } else if name == "changedNotes" {
        let changed = try notes(text)
        if texts["whole"] == "true" {
          snapshot.notes = changed
        } else if !changed.isEmpty {
          snapshot.merge(changedNotes: changed)
        }
      } else if name != "whole" {
        try apply(name, text, to: &snapshot)
      }
    }
    return (versions, query.wholeNotesUpTo == nil || texts["whole"] == "true")
  }

  /// The parts a region is read as: a name and a query giving JSON text.
  static func parts(_ region: SchemaRegion, emails: Bool) -> [(name: String, sql: String)] {
    switch region {
    case .info:
      [
        (
          "info",
          """
          SELECT row_to_json(x)::text FROM (
            SELECT title, region, venue, start_date, days, organisers, purpose, language
            FROM session_info WHERE id = 1) x
          """
        ),
        ("themes", rows("SELECT id, short_name, name, position FROM theme", order: "position, id")),
        ("questions", rows("SELECT number, text, title FROM question", order: "number")),
        ("notIdentifying", rows("SELECT word FROM not_identifying", order: "word")),
      ]
    case .groups:
      [
        (
          "groups",
          rows(
            """
            SELECT id, theme_id, number, index_in_theme, name, capacity, moderator_id, rapporteur_id, introduction,
                   round_number, round_number = (SELECT number FROM breakout_round WHERE is_current) AS in_current_round
            FROM breakout_group
            """, order: "round_number, number")
        ),
        ("rounds", rows("SELECT number, name, is_current FROM breakout_round", order: "number")),
        (
          "roundSeats",
          rows(
            "SELECT round_number, participant_id, group_id, is_locked FROM round_seat",
            order: "round_number, participant_id")
        ),
      ]
    case .roster:
      [
        (
          "participants",
          rows(
            """
            SELECT id, name, organisation, stakeholder_type, country, \(emails ? "email" : "NULL::text AS email"),
                   preferred_theme_id, role,
                   consents_to_be_quoted, group_id, is_locked, is_absent
            FROM participant
            """, order: "id")
        ),
        ("rules", rows("SELECT id, kind, first_id, second_id FROM grouping_rule", order: "id")),
      ]
    case .notes, .notesRemoved:
      [("notes", notesSQL("n.deleted_at IS NULL"))]
    case .clocks:
      [
        (
          "timers",
          rows(
            """
            SELECT group_id, question_number, duration_seconds, remaining_seconds,
                   \(microseconds("started_at")) AS started
            FROM timebox
            """, order: "group_id")
        )
      ]
    case .messages:
      [
        (
          "broadcasts",
          rows(
            """
            SELECT id, text, \(microseconds("sent_at")) AS sent, author, group_id
            FROM broadcast ORDER BY id DESC LIMIT 20
            """, order: "id DESC")
        ),
        (
          "helpRequests",
          rows(
            """
            SELECT id, group_id, text, \(microseconds("sent_at")) AS sent, author
            FROM help_request WHERE acknowledged_at IS NULL
            """, order: "id")
        ),
      ]
    case .agenda:
      [
        (
          "agenda",
          rows("SELECT id, day, starts_at, title, is_current FROM agenda_item", order: "day, starts_at, id")
        )
      ]
    case .plenary:
      [("plenary", rows("SELECT id, section, text, speaker_id, day FROM plenary_item", order: "id"))]
    }
  }

  /// Notes with every revision, as rows oldest first; `condition` is SQL made by this store from numbers only.
  static func notesSQL(_ condition: String) -> String {
    rows(
      """
      SELECT n.id, n.group_id, n.question_number, n.day, \(microseconds("n.created_at")) AS created, n.author,
             \(microseconds("n.deleted_at")) AS deleted, r.revision, r.text, r.speaker_id, r.tags, r.is_key,
             \(microseconds("r.edited_at")) AS edited, r.author AS editor, n.created_at AS created_order
      FROM note n JOIN note_revision r ON r.note_id = n.id
      WHERE \(condition)
      """, order: "created_order, id, revision")
  }

  static func rows(_ select: String, order: String) -> String {
    "SELECT coalesce(json_agg(x ORDER BY \(order)), '[]')::text FROM (\(select)) x"
  }

  /// A time as the server keeps it (microseconds since 2000), made a `Date` as postgres-nio makes one, so a time
  /// read here equals the same time read any other way.
  static func microseconds(_ column: String) -> String {
    "(extract(epoch FROM (\(column) - timestamptz '2000-01-01 00:00:00+00')) * 1000000)::bigint"
  }

  static func date(_ microseconds: Int64) -> Date {
    Date(timeInterval: Double(microseconds) / 1_000_000, since: Date(timeIntervalSince1970: 946_684_800))
  }

  static func decoded<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(type, from: Data(text.utf8))
  }

  static func notes(_ text: String) throws -> [Note] {
    var assembler = NoteAssembler()
    for row in try decoded([NoteRow].self, text) {
      if assembler.starts(row.id) {
        assembler.begin(
          id: row.id, groupID: row.groupId, questionNumber: row.questionNumber, day: row.day,
          createdAt: date(row.created), author: row.author, deletedAt: row.deleted.map(date))
      }
      assembler.add(
        NoteRevision(
          revision: row.revision, text: row.text, speakerID: row.speakerId, tags: NoteTag.stored(row.tags),
          isKeyPoint: row.isKey, editedAt: date(row.edited), author: row.editor))
    }
    return assembler.finish()
  }

  static func apply(_ part: String, _ text: String, to snapshot: inout SessionSnapshot) throws {
    switch part {
    case "info":
      let row = try decoded(InfoRow.self, text)
      snapshot.info = SessionInfo(
        title: row.title, region: row.region, venue: row.venue, startDate: row.startDate, days: row.days,
        organisers: (try? JSONDecoder().decode([String].self, from: Data(row.organisers.utf8))) ?? [],
        purpose: row.purpose, language: row.language.flatMap(SessionLanguage.init(rawValue:)) ?? .english)
    case "themes":
      snapshot.themes = try decoded([ThemeRow].self, text).map {
        Theme(id: $0.id, shortName: $0.shortName, name: $0.name, position: $0.position)
      }
    case "questions":
      snapshot.questions = try decoded([QuestionRow].self, text).map {
        Question(number: $0.number, text: $0.text, title: $0.title)
      }
    case "notIdentifying":
      snapshot.notIdentifying = Set(try decoded([WordRow].self, text).map(\.word))
    case "groups":
      // Parted by the row's own flag: the rounds are another part, read in the same statement but put in after.
      let rows = try decoded([GroupRow].self, text)
      let groups = rows.map {
        BreakoutGroup(
          id: $0.id, themeID: $0.themeId, number: $0.number, indexInTheme: $0.indexInTheme, name: $0.name,
          capacity: $0.capacity, moderatorID: $0.moderatorId, rapporteurID: $0.rapporteurId,
          introduction: $0.introduction, round: $0.roundNumber)
      }
      snapshot.groups = zip(rows, groups).filter { $0.0.inCurrentRound }.map(\.1)
      snapshot.otherRoundGroups = zip(rows, groups).filter { !$0.0.inCurrentRound }.map(\.1)
    case "rounds":
      snapshot.rounds = try decoded([RoundRow].self, text).map {
        Round(number: $0.number, name: $0.name, isCurrent: $0.isCurrent)
      }
    case "roundSeats":
      snapshot.otherRoundSeats = try decoded([SeatRow].self, text).map {
        RoundSeat(round: $0.roundNumber, participantID: $0.participantId, groupID: $0.groupId, isLocked: $0.isLocked)
      }
    case "participants":
      snapshot.participants = try decoded([ParticipantRow].self, text).map {
        Participant(
          id: $0.id, name: $0.name, organisation: $0.organisation,
          stakeholderType: StakeholderType(rawValue: $0.stakeholderType) ?? .unspecified, country: $0.country,
          email: $0.email, preferredThemeID: $0.preferredThemeId,
          role: ParticipantRole(rawValue: $0.role) ?? .participant, consentsToBeQuoted: $0.consentsToBeQuoted,
          groupID: $0.groupId, isLocked: $0.isLocked, isAbsent: $0.isAbsent)
      }
    case "rules":
      snapshot.rules = try decoded([RuleRow].self, text).compactMap { row in
        GroupingRule.Kind(rawValue: row.kind).map { GroupingRule(kind: $0, first: row.firstId, second: row.secondId) }
      }
    case "notes":
      snapshot.notes = try notes(text)
    case "timers":
      snapshot.timers = [:]
      for row in try decoded([TimerRow].self, text) {
        snapshot.timers[row.groupId] = Timebox(
          groupID: row.groupId, question: row.questionNumber, duration: row.durationSeconds,
          remainingAtStart: row.remainingSeconds, startedAt: row.started.map(date))
      }
    case "broadcasts":
      snapshot.broadcasts = try decoded([BroadcastRow].self, text).map {
        Broadcast(id: $0.id, text: $0.text, sentAt: date($0.sent), author: $0.author, groupID: $0.groupId)
      }
    case "helpRequests":
      snapshot.helpRequests = try decoded([HelpRow].self, text).map {
        HelpRequest(id: $0.id, groupID: $0.groupId, text: $0.text, sentAt: date($0.sent), author: $0.author)
      }
    case "agenda":
      snapshot.agenda = try decoded([AgendaRow].self, text).map {
        AgendaItem(id: $0.id, day: $0.day, startsAt: $0.startsAt, title: $0.title, isCurrent: $0.isCurrent)
      }
    case "plenary":
      snapshot.plenary = try decoded([PlenaryRow].self, text).compactMap { row in
        PlenaryItem.Section(rawValue: row.section).map {
          PlenaryItem(id: row.id, section: $0, text: row.text, speakerID: row.speakerId, day: row.day)
        }
      }
    default: break
    }
  }
}

private struct InfoRow: Decodable {
  var title: String
  var region: String?
  var venue: String
  var startDate: String?
  var days: Int
  var organisers: String
  var purpose: String?
  var language: String?
}

private struct ThemeRow: Decodable {
  var id: Int64
  var shortName: String
  var name: String
  var position: Int
}

private struct QuestionRow: Decodable {
  var number: Int
  var text: String
  var title: String?
}

private struct WordRow: Decodable { var word: String }

private struct RoundRow: Decodable {
  var number: Int
  var name: String?
  var isCurrent: Bool
}

private struct SeatRow: Decodable {
  var roundNumber: Int
  var participantId: Int64
  var groupId: Int64
  var isLocked: Bool
}

private struct GroupRow: Decodable {
  var id: Int64
  var roundNumber: Int
  var inCurrentRound: Bool
  var themeId: Int64
  var number: Int
  var indexInTheme: Int
  var name: String
  var capacity: Int?
  var moderatorId: Int64?
  var rapporteurId: Int64?
  var introduction: String?
}

private struct ParticipantRow: Decodable {
  var id: Int64
  var name: String
  var organisation: String
  var stakeholderType: String
  var country: String
  var email: String?
  var preferredThemeId: Int64?
  var role: String
  var consentsToBeQuoted: Bool
  var groupId: Int64?
  var isLocked: Bool
  var isAbsent: Bool
}

private struct RuleRow: Decodable {
  var kind: String
  var firstId: Int64
  var secondId: Int64
}

private struct NoteRow: Decodable {
  var id: Int64
  var groupId: Int64
  var questionNumber: Int
  var day: Int
  var created: Int64
  var author: String
  var deleted: Int64?
  var revision: Int
  var text: String
  var speakerId: Int64?
  var tags: String
  var isKey: Bool
  var edited: Int64
  var editor: String
}

private struct TimerRow: Decodable {
  var groupId: Int64
  var questionNumber: Int
  var durationSeconds: Double
  var remainingSeconds: Double
  var started: Int64?
}

private struct BroadcastRow: Decodable {
  var id: Int64
  var text: String
  var sent: Int64
  var author: String
  var groupId: Int64?
}

private struct HelpRow: Decodable {
  var id: Int64
  var groupId: Int64
  var text: String
  var sent: Int64
  var author: String
}

private struct AgendaRow: Decodable {
  var id: Int64
  var day: Int
  var startsAt: String
  var title: String
  var isCurrent: Bool
}

private struct PlenaryRow: Decodable {
  var id: Int64
  var section: String
  var text: String
  var speakerId: Int64?
  var day: Int?
}
