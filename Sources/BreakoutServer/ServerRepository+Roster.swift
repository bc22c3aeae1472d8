import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// The roster, the groups and what the meeting is about, as the session file keeps them.
extension ServerRepository {
  // MARK: Groups and the roster

  public func apply(_ assignment: Assignment) async throws {
    try await write { db, logger in
      for (person, group) in assignment.groupOf.sorted(by: { $0.key < $1.key }) {
        try await db.query("UPDATE participant SET group_id = \(group) WHERE id = \(person)", logger: logger)
      }
    }
  }

  public func move(participant: Int64, to group: Int64?, lock: Bool) async throws {
    try await write { db, logger in
      try await db.query(
        "UPDATE participant SET group_id = \(group), is_locked = \(lock && group != nil) WHERE id = \(participant)",
        logger: logger)
    }
  }

  public func setLock(participant: Int64, locked: Bool) async throws {
    try await write { db, logger in
      try await db.query(
        "UPDATE participant SET is_locked = \(locked) WHERE id = \(participant) AND group_id IS NOT NULL",
        logger: logger)
    }
  }

  public func setLeads(group: Int64, moderator: Int64?, rapporteur: Int64?) async throws {
    try await write { db, logger in
      if let moderator {
        try await db.query("UPDATE breakout_group SET moderator_id = \(moderator) WHERE id = \(group)", logger: logger)
      }
      if let rapporteur {
        try await db.query(
          "UPDATE breakout_group SET rapporteur_id = \(rapporteur) WHERE id = \(group)", logger: logger)
      }
    }
  }

  public func setAbsent(participants: [Int64], absent: Bool) async throws {
    try await write { db, logger in
      for person in participants {
        if absent {
          try await db.query(
            "UPDATE participant SET is_absent = true, group_id = NULL, is_locked = false WHERE id = \(person)",
            logger: logger)
        } else {
          try await db.query("UPDATE participant SET is_absent = false WHERE id = \(person)", logger: logger)
        }
      }
    }
  }

  public func setCapacity(group: Int64, capacity: Int?) async throws {
    if let capacity, capacity < 1 { throw StorageFailure.refused(.capacityBelowOne) }
    try await write { db, logger in
      try await db.query("UPDATE breakout_group SET capacity = \(capacity) WHERE id = \(group)", logger: logger)
    }
  }

  public func addParticipant(_ person: Participant) async throws {
    let name = person.name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw StorageFailure.refused(.participantNeedsName) }
    var named = person
    named.name = name
    try await write { [named] db, logger in
      try await Self.refuseTakenEmail(named.email, except: nil, db, logger)
      _ = try await Self.insert(named, db, logger, now: Date())
    }
  }

  public func updateParticipant(_ person: Participant) async throws {
    guard !person.name.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw StorageFailure.refused(.participantNeedsName)
    }
    try await write { db, logger in
      try await Self.refuseTakenEmail(person.email, except: person.id, db, logger)
      guard
        try await Self.changes(
          db, logger,
          """
          UPDATE participant SET name = \(person.name), organisation = \(person.organisation),
            stakeholder_type = \(person.stakeholderType.rawValue), country = \(person.country),
            email = \(person.email), role = \(person.role.rawValue), consents_to_be_quoted = \(person.consentsToBeQuoted)
          WHERE id = \(person.id) RETURNING id
          """) == 1
      else { throw StorageRefusal.participantGone }
    }
  }

  public func deleteParticipant(_ id: Int64) async throws {
    try await write { db, logger in
      try await db.query("DELETE FROM participant WHERE id = \(id)", logger: logger)
    }
  }

  static func refuseTakenEmail(_ email: String?, except id: Int64?, _ db: PostgresConnection, _ logger: Logger)
    async throws
  {
    guard let email, !email.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    if try await exists(
      db, logger,
      """
      SELECT 1 FROM participant
      WHERE lower(trim(email)) = lower(trim(\(email))) AND id IS DISTINCT FROM \(id)
      """)
    {
      throw StorageRefusal.emailTaken
    }
  }

  static func insert(_ person: Participant, _ db: PostgresConnection, _ logger: Logger, now: Date) async throws
    -> Int64
  {
    var id: Int64 = 0
    for try await inserted in try await db.query(
      """
      INSERT INTO participant (name, organisation, stakeholder_type, country, email, preferred_theme_id, role,
                               consents_to_be_quoted, created_at)
      VALUES (\(person.name), \(person.organisation), \(person.stakeholderType.rawValue), \(person.country),
              \(person.email), \(person.preferredThemeID), \(person.role.rawValue), \(person.consentsToBeQuoted),
              \(now))
      RETURNING id
      """, logger: logger
    ).decode(Int64.self) {
      id = inserted
    }
    return id
  }

  public func importRoster(_ data: Data, mapping: [String: RosterField], encoding: RosterEncoding, dryRun: Bool)
    async throws -> ImportReport
  {
    let themes = try await snapshot().themes
    let reading: RosterReading
    do {
      reading = try RosterReader.read(data, themes: themes, mapping: mapping, encoding: encoding)
    } catch {
      throw StorageFailure.refused(.rosterUnreadable(error))
    }
    let now = Date.storable
    return try await write(rollingBack: dryRun) { db, logger in
      var report = ImportReport(
        ignoredColumns: reading.ignoredColumns, droppedSensitiveColumns: reading.droppedSensitiveColumns,
        warnings: reading.warnings, columns: reading.columns, preview: Array(reading.entries.prefix(5)))
      let merge = RosterMerge.plan(reading, onto: try await Self.loadParticipants(db, logger))
      for person in merge.additions { _ = try await Self.insert(person, db, logger, now: now) }
      for person in merge.updates {
        try await db.query(
          """
          UPDATE participant SET name = \(person.name), organisation = \(person.organisation),
            stakeholder_type = \(person.stakeholderType.rawValue), country = \(person.country), email = \(person.email),
            preferred_theme_id = \(person.preferredThemeID), role = \(person.role.rawValue),
            consents_to_be_quoted = \(person.consentsToBeQuoted), group_id = \(person.groupID),
            is_locked = \(person.isLocked)
          WHERE id = \(person.id)
          """, logger: logger)
      }
      report.added = merge.added
      report.updated = merge.changed.map { ($0.name, $0.fields) }
      report.unchanged = merge.unchanged
      report.warnings += merge.warnings
      return report
    }
  }

  public func setGroupCounts(_ counts: [(theme: String, count: Int)], capacity: Int?) async throws {
    let counts = counts.map { RequestedCount(theme: $0.theme, count: $0.count) }
    try await write { db, logger in
      var stored = SessionSnapshot(info: SessionInfo(title: ""))
      try await Self.load(.info, into: &stored, db, logger)
      try await Self.load(.groups, into: &stored, db, logger)
      var notes: [Int64: Int] = [:]
      for try await (group, count) in try await db.query(
        "SELECT group_id, count(*) FROM note GROUP BY group_id", logger: logger
      ).decode((Int64, Int).self) {
        notes[group] = count
      }
      let plan = try GroupLayoutPlan.plan(
        counts.map { ($0.theme, $0.count) }, capacity: capacity, themes: stored.themes, groups: stored.groups,
        notesIn: { notes[$0] ?? 0 })
      for group in plan.removals {
        try await db.query(
          "UPDATE participant SET group_id = NULL, is_locked = false WHERE group_id = \(group)", logger: logger)
        try await db.query("DELETE FROM breakout_group WHERE id = \(group)", logger: logger)
      }
      for addition in plan.additions {
        try await db.query(
          """
          INSERT INTO breakout_group (theme_id, number, index_in_theme, name, capacity, round_number)
          VALUES (\(addition.themeID), 0, \(addition.indexInTheme), '', \(capacity), \(stored.currentRound))
          """, logger: logger)
      }
      for theme in plan.capacityThemes {
        try await db.query(
          "UPDATE breakout_group SET capacity = \(capacity) WHERE theme_id = \(theme) AND round_number = \(stored.currentRound)",
          logger: logger)
      }
      try await Self.renumberGroups(db, logger)
    }
  }

  /// A theme and a count as asked for (a tuple is not sent between tasks).
  struct RequestedCount: Sendable {
    var theme: String
    var count: Int
  }

  static func renumberGroups(_ db: PostgresConnection, _ logger: Logger) async throws {
    var stored = SessionSnapshot(info: SessionInfo(title: ""))
    try await load(.info, into: &stored, db, logger)
    try await load(.groups, into: &stored, db, logger)
    for place in GroupNaming.places(themes: stored.themes, groups: stored.groups, language: stored.info.language) {
      try await db.query(
        """
        UPDATE breakout_group SET number = \(place.number), index_in_theme = \(place.indexInTheme), name = \(place.name)
        WHERE id = \(place.groupID)
        """, logger: logger)
    }
  }

  public func addRule(_ rule: GroupingRule) async throws {
    guard rule.first != rule.second else { throw StorageFailure.refused(.ruleNeedsTwoPeople) }
    try await write { db, logger in
      try await db.query(
        """
        INSERT INTO grouping_rule (kind, first_id, second_id)
        VALUES (\(rule.kind.rawValue), \(min(rule.first, rule.second)), \(max(rule.first, rule.second)))
        ON CONFLICT DO NOTHING
        """, logger: logger)
    }
  }

  // MARK: What the meeting is about

  public func addTheme(shortName: String, name: String) async throws {
    let short = shortName.trimmingCharacters(in: .whitespaces).lowercased()
    guard !short.isEmpty, short.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !short.hasSuffix("-") else {
      throw StorageFailure.refused(.themeShortNameInvalid)
    }
    guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StorageFailure.refused(.themeNeedsName) }
    try await write { db, logger in
      guard try await !Self.exists(db, logger, "SELECT 1 FROM theme WHERE lower(short_name) = \(short)") else {
        throw StorageRefusal.themeTaken(short)
      }
      try await db.query(
        """
        INSERT INTO theme (short_name, name, position)
        SELECT \(short), \(name), coalesce(max(position), 0) + 1 FROM theme
        """, logger: logger)
    }
  }

  public func renameTheme(_ reference: String, to name: String) async throws {
    guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StorageFailure.refused(.themeNeedsName) }
    try await write { db, logger in
      var stored = SessionSnapshot(info: SessionInfo(title: ""))
      try await Self.load(.info, into: &stored, db, logger)
      guard let theme = ThemeMatcher.match(reference, in: stored.themes) else {
        throw StorageRefusal.noTheme(reference, known: stored.themes.map(\.shortName))
      }
      try await db.query("UPDATE theme SET name = \(name) WHERE id = \(theme.id)", logger: logger)
      try await Self.renumberGroups(db, logger)
    }
  }

  public func setQuestion(_ number: Int, text: String, title: String?) async throws {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard number >= 1, !trimmed.isEmpty else { throw StorageFailure.refused(.questionNeedsNumberAndText) }
    let shortTitle = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try await write { db, logger in
      var count = 0
      for try await stored in try await db.query("SELECT count(*) FROM question", logger: logger).decode(Int.self) {
        count = stored
      }
      guard number <= count + 1 else { throw StorageRefusal.questionOutOfOrder(count: count) }
      try await db.query(
        """
        INSERT INTO question (number, text, title) VALUES (\(number), \(trimmed), \(shortTitle))
        ON CONFLICT (number) DO UPDATE SET text = excluded.text, title = coalesce(excluded.title, question.title)
        """, logger: logger)
    }
  }

  public func setQuestionTitle(_ number: Int, title: String?) async throws {
    let shortTitle = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try await write { db, logger in
      guard
        try await Self.changes(
          db, logger, "UPDATE question SET title = \(shortTitle) WHERE number = \(number) RETURNING number") == 1
      else { throw StorageRefusal.noQuestion(number) }
    }
  }

  public func removeQuestion(_ number: Int) async throws {
    try await write { db, logger in
      var last = 0
      for try await stored in try await db.query(
        "SELECT coalesce(max(number), 0) FROM question", logger: logger
      ).decode(Int.self) {
        last = stored
      }
      guard number == last else { throw StorageRefusal.onlyLastQuestionRemovable(last: last) }
      var notes = 0
      for try await count in try await db.query(
        "SELECT count(*) FROM note WHERE question_number = \(number)", logger: logger
      ).decode(Int.self) {
        notes = count
      }
      guard notes == 0 else { throw StorageRefusal.questionHasNotes(number, notes: notes) }
      try await db.query("DELETE FROM question WHERE number = \(number)", logger: logger)
    }
  }

  public func setPurpose(_ purpose: String?) async throws {
    let text = purpose.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try await write { db, logger in
      try await db.query("UPDATE session_info SET purpose = \(text) WHERE id = 1", logger: logger)
    }
  }

  public func setNotIdentifying(_ words: [String], _ notIdentifying: Bool) async throws {
    let cleaned = words.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    guard !cleaned.isEmpty else { throw StorageFailure.refused(.noWords) }
    try await write { db, logger in
      for word in cleaned {
        if notIdentifying {
          try await db.query(
            "INSERT INTO not_identifying (word) VALUES (\(word)) ON CONFLICT DO NOTHING", logger: logger)
        } else {
          try await db.query("DELETE FROM not_identifying WHERE word = \(word)", logger: logger)
        }
      }
    }
  }
}
