import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// Reading a session from the server, part by part, as the session file is read.
extension ServerRepository {
  /// The whole session, in one statement.
  static func loadSnapshot(_ db: PostgresConnection, _ logger: Logger, emails: Bool = true) async throws
    -> SessionSnapshot
  {
    var snapshot = SessionSnapshot(info: SessionInfo(title: ""))
    let read = try await read(
      PartsQuery(regions: SchemaRegion.allCases.filter { $0 != .notesRemoved }, emails: emails), into: &snapshot, db,
      logger)
    snapshot.storeStamps = read.versions ?? [:]
    return snapshot
  }

  /// One part of the session, as it stands.
  static func load(
    _ region: SchemaRegion, into snapshot: inout SessionSnapshot, _ db: PostgresConnection, _ logger: Logger
  ) async throws {
    _ = try await read(PartsQuery(regions: [region], versions: false), into: &snapshot, db, logger)
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
