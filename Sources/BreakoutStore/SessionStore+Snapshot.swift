import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// The whole session as one consistent value (read in one transaction).
  public func snapshot() throws -> SessionSnapshot {
    try read { db in try Self.loadSnapshot(db) }
  }

  static func loadSnapshot(_ db: Database) throws -> SessionSnapshot {
    var snapshot = SessionSnapshot(info: SessionInfo(title: ""))
    for region in Schema.Region.allCases where region != .notesRemoved { try load(region, into: &snapshot, db) }
    snapshot.storeStamps = try regionVersions(db)
    return snapshot
  }

  /// Everything but the notes, then the notes of the group `choose` picks (all of them when it picks none), in one
  /// transaction. A look at one group carries no stamps: a refresh from it reads the whole session.
  /// A session of at most `wholeUpTo` notes is read whole: it takes no longer than the look.
  public func firstLook(notesOf choose: (SessionSnapshot) -> Int64?, wholeUpTo: Int = 0) throws -> SessionSnapshot {
    try read { db in
      // Asks only whether there is a note past the limit, rather than counting them all.
      if wholeUpTo > 0, try Int.fetchOne(db, sql: "SELECT 1 FROM note LIMIT 1 OFFSET ?", arguments: [wholeUpTo]) == nil
      {
        return try Self.loadSnapshot(db)
      }
      var snapshot = try Self.loadSnapshot(
        db, only: Schema.Region.allCases.filter { $0 != .notes && $0 != .notesRemoved })
      guard let group = choose(snapshot) else { return try Self.loadSnapshot(db) }
      snapshot.notes = try Self.loadNotes(
        db, whereClause: "n.deleted_at IS NULL AND n.group_id = ?", arguments: [group])
      snapshot.notesOnlyOf = group
      return snapshot
    }
  }

  /// Only the parts a rule needs (the themes and groups, say), without the notes and roster of a big session.
  static func loadSnapshot(_ db: Database, only regions: [Schema.Region]) throws -> SessionSnapshot {
    var snapshot = SessionSnapshot(info: SessionInfo(title: ""))
    for region in regions { try load(region, into: &snapshot, db) }
    return snapshot
  }

  /// The session as `snapshot` had it, with the parts that changed since read again: the notes changed since it
  /// was read (a few, on a session of thousands), and any other part whose counter moved. One transaction.
  public func refreshed(_ snapshot: SessionSnapshot) throws -> SessionSnapshot {
    try read { db in
      let versions = try Self.regionVersions(db)
      guard !snapshot.storeStamps.isEmpty else { return try Self.loadSnapshot(db) }
      var refreshed = snapshot
      for region in Schema.Region.allCases where versions[region.rawValue] != snapshot.storeStamps[region.rawValue] {
        switch region {
        case .notes: try Self.loadNotes(changedAfter: snapshot.storeStamps[region.rawValue] ?? 0, into: &refreshed, db)
        case .notesRemoved: try Self.load(.notes, into: &refreshed, db)
        default: try Self.load(region, into: &refreshed, db)
        }
      }
      refreshed.storeStamps = versions
      return refreshed
    }
  }

  /// Each part's counter (see Schema v9).
  static func regionVersions(_ db: Database) throws -> [String: Int] {
    var versions: [String: Int] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT region, version FROM region_change") {
      versions[row["region"]] = row["version"]
    }
    return versions
  }

  static func load(_ region: Schema.Region, into snapshot: inout SessionSnapshot, _ db: Database) throws {
    switch region {
    case .info:
      guard let infoRow = try Row.fetchOne(db, sql: "SELECT * FROM session_info WHERE id = 1") else {
        throw refusal(.noSessionStored)
      }
      snapshot.info = SessionInfo(
        title: infoRow["title"], region: infoRow["region"], venue: infoRow["venue"], startDate: infoRow["start_date"],
        days: infoRow["days"], organisers: decodeList(infoRow["organisers"]), purpose: infoRow["purpose"],
        language: SessionLanguage(rawValue: infoRow["language"] ?? "") ?? .english)
      snapshot.themes = try Row.fetchAll(db, sql: "SELECT * FROM theme ORDER BY position, id").map { row in
        Theme(id: row["id"], shortName: row["short_name"], name: row["name"], position: row["position"])
      }
      snapshot.questions = try Row.fetchAll(db, sql: "SELECT * FROM question ORDER BY number").map { row in
        Question(number: row["number"], text: row["text"], title: row["title"])
      }
      snapshot.notIdentifying = Set(try String.fetchAll(db, sql: "SELECT word FROM not_identifying"))
    case .groups:
      snapshot.rounds = try Row.fetchAll(db, sql: "SELECT * FROM breakout_round ORDER BY number").map { row in
        Round(number: row["number"], name: row["name"], isCurrent: row["is_current"])
      }
      snapshot.setGroups(
        ofEveryRound: try Row.fetchAll(db, sql: "SELECT * FROM breakout_group ORDER BY round_number, number").map(
          group(from:)))
      snapshot.otherRoundSeats = try Row.fetchAll(
        db, sql: "SELECT * FROM round_seat ORDER BY round_number, participant_id"
      )
      .map { row in
        RoundSeat(
          round: row["round_number"], participantID: row["participant_id"], groupID: row["group_id"],
          isLocked: row["is_locked"])
      }
    case .roster:
      snapshot.participants = try loadParticipants(db)
      snapshot.rules = try Row.fetchAll(db, sql: "SELECT * FROM grouping_rule ORDER BY id").compactMap { row in
        GroupingRule.Kind(rawValue: row["kind"]).map {
          GroupingRule(kind: $0, first: row["first_id"], second: row["second_id"])
        }
      }
    case .notes, .notesRemoved:
      snapshot.notes = try loadNotes(db, whereClause: "n.deleted_at IS NULL")
    case .clocks:
      snapshot.timers = [:]
      for row in try Row.fetchAll(db, sql: "SELECT * FROM timebox") {
        let timer = Timebox(
          groupID: row["group_id"], question: row["question_number"], duration: row["duration_seconds"],
          remainingAtStart: row["remaining_seconds"], startedAt: row["started_at"])
        snapshot.timers[timer.groupID] = timer
      }
    case .messages:
      snapshot.broadcasts = try Row.fetchAll(db, sql: "SELECT * FROM broadcast ORDER BY id DESC LIMIT 20").map { row in
        Broadcast(
          id: row["id"], text: row["text"], sentAt: row["sent_at"], author: row["author"], groupID: row["group_id"])
      }
      snapshot.helpRequests = try Row.fetchAll(
        db, sql: "SELECT * FROM help_request WHERE acknowledged_at IS NULL ORDER BY id"
      ).map { row in
        HelpRequest(
          id: row["id"], groupID: row["group_id"], text: row["text"], sentAt: row["sent_at"], author: row["author"])
      }
    case .agenda:
      snapshot.agenda = try Row.fetchAll(db, sql: "SELECT * FROM agenda_item ORDER BY day, starts_at, id").map { row in
        AgendaItem(
          id: row["id"], day: row["day"], startsAt: row["starts_at"], title: row["title"], isCurrent: row["is_current"])
      }
    case .plenary:
      snapshot.plenary = try Row.fetchAll(db, sql: "SELECT * FROM plenary_item ORDER BY id").compactMap { row in
        PlenaryItem.Section(rawValue: row["section"]).map {
          PlenaryItem(id: row["id"], section: $0, text: row["text"], speakerID: row["speaker_id"], day: row["day"])
        }
      }
    }
  }

  /// Merges the notes stamped after `version` into the snapshot's (see `SessionSnapshot.merge`).
  static func loadNotes(changedAfter version: Int, into snapshot: inout SessionSnapshot, _ db: Database) throws {
    let changed = try loadNotes(db, whereClause: "n.changed_in > ?", arguments: [version])
    if !changed.isEmpty { snapshot.merge(changedNotes: changed) }
  }

  /// A time as the store writes it ("2021-03-24 09:00:00.000", UTC), parsed without a calendar; any other form
  /// is left to GRDB.
  static func date(_ row: Row, _ index: Int) throws -> Date {
    let value: DatabaseValue = row[index]
    if case .string(let text) = value.storage, let date = StoredTime.parse(text) { return date }
    guard let date = Date.fromDatabaseValue(value) else {
      throw refusal(.unreadableTime("\(value)"))
    }
    return date
  }

  static func group(from row: Row) -> BreakoutGroup {
    BreakoutGroup(
      id: row["id"], themeID: row["theme_id"], number: row["number"], indexInTheme: row["index_in_theme"],
      name: row["name"], capacity: row["capacity"], moderatorID: row["moderator_id"],
      rapporteurID: row["rapporteur_id"], introduction: row["introduction"], round: row["round_number"])
  }

  /// The roster, columns by position: 5,000 people are read before a screen's first frame.
  static func loadParticipants(_ db: Database) throws -> [Participant] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, name, organisation, stakeholder_type, country, email, preferred_theme_id, role,
               consents_to_be_quoted, group_id, is_locked, is_absent
        FROM participant ORDER BY id
        """)
    var people: [Participant] = []
    while let row = try rows.next() {
      people.append(
        Participant(
          id: row[0], name: row[1], organisation: row[2],
          stakeholderType: StakeholderType(rawValue: row[3]) ?? .unspecified, country: row[4], email: row[5],
          preferredThemeID: row[6], role: ParticipantRole(rawValue: row[7]) ?? .participant,
          consentsToBeQuoted: row[8], groupID: row[9], isLocked: row[10], isAbsent: row[11]))
    }
    return people
  }

  static func loadNotes(_ db: Database, whereClause: String, arguments: StatementArguments = []) throws -> [Note] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT n.id, n.group_id, n.question_number, n.day, n.created_at, n.author, n.deleted_at,
               r.revision, r.text, r.speaker_id, r.tags, r.is_key, r.edited_at, r.author AS revision_author
        FROM note n JOIN note_revision r ON r.note_id = n.id
        WHERE \(whereClause)
        ORDER BY n.created_at, n.id, r.revision
        """, arguments: arguments)
    var assembler = NoteAssembler()
    // Columns by position, the note's own fields read once per note and its times parsed by hand: this loop reads
    // every note of the session, and it is most of the time to a screen's first frame.
    while let row = try rows.next() {
      let id: Int64 = row[0]
      if assembler.starts(id) {
        assembler.begin(
          id: id, groupID: row[1], questionNumber: row[2], day: row[3], createdAt: try Self.date(row, 4),
          author: row[5], deletedAt: row.hasNull(atIndex: 6) ? nil : try Self.date(row, 6))
      }
      assembler.add(
        NoteRevision(
          revision: row[7], text: row[8], speakerID: row[9], tags: NoteTag.stored(row[10]), isKeyPoint: row[11],
          editedAt: try Self.date(row, 12), author: row[13]))
    }
    return assembler.finish()
  }
}
