import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Imports a registration export, all or nothing: a bad row anywhere means nothing is written. People already on
  /// the roster (same email, or else same name and organisation) are updated, not added twice.
  public func importRoster(
    _ data: Data, mapping: [String: RosterField] = [:], encoding: RosterEncoding = .utf8, dryRun: Bool = false,
    now: Date = Date()
  ) throws -> ImportReport {
    let themes = try snapshot().themes
    let reading: RosterReading
    do {
      reading = try RosterReader.read(data, themes: themes, mapping: mapping, encoding: encoding)
    } catch {
      throw refusal(.rosterUnreadable(error))
    }
    var report = ImportReport(
      ignoredColumns: reading.ignoredColumns, droppedSensitiveColumns: reading.droppedSensitiveColumns,
      warnings: reading.warnings, columns: reading.columns, preview: Array(reading.entries.prefix(5)))
    try write(rollingBack: dryRun) { db in
      let roster = try Self.loadParticipants(db)
      let merge = RosterMerge.plan(reading, onto: roster)
      for person in merge.additions { _ = try Self.insert(person, db: db, now: now) }
      for person in merge.updates { try Self.update(person, db: db) }
      report.added = merge.added
      report.updated = merge.changed.map { ($0.name, $0.fields) }
      report.unchanged = merge.unchanged
      report.warnings += merge.warnings
    }
    return report
  }

  static func insert(_ person: Participant, db: Database, now: Date) throws -> Int64 {
    try db.execute(
      sql: """
        INSERT INTO participant (name, organisation, stakeholder_type, country, email, preferred_theme_id, role,
                                 consents_to_be_quoted, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        person.name, person.organisation, person.stakeholderType.rawValue, person.country, person.email,
        person.preferredThemeID, person.role.rawValue, person.consentsToBeQuoted, now,
      ])
    return db.lastInsertedRowID
  }

  static func update(_ person: Participant, db: Database) throws {
    try db.execute(
      sql: """
        UPDATE participant SET name = ?, organisation = ?, stakeholder_type = ?, country = ?, email = ?,
          preferred_theme_id = ?, role = ?, consents_to_be_quoted = ?, group_id = ?, is_locked = ?
        WHERE id = ?
        """,
      arguments: [
        person.name, person.organisation, person.stakeholderType.rawValue, person.country, person.email,
        person.preferredThemeID, person.role.rawValue, person.consentsToBeQuoted, person.groupID, person.isLocked,
        person.id,
      ])
  }
}

extension SessionStore {
  /// Adds someone by hand (a late arrival); returns their id.
  @discardableResult
  public func addParticipant(_ person: Participant, now: Date = Date()) throws -> Int64 {
    let name = person.name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw refusal(.participantNeedsName) }
    var named = person
    named.name = name
    return try write { db in
      try Self.refuseTakenEmail(named.email, except: nil, db)
      return try Self.insert(named, db: db, now: now)
    }
  }

  /// Saves the fields a person's form edits; their group and lock stay as they are.
  public func updateParticipant(_ person: Participant) throws {
    guard !person.name.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw refusal(.participantNeedsName)
    }
    try write { db in
      try Self.refuseTakenEmail(person.email, except: person.id, db)
      try db.execute(
        sql: """
          UPDATE participant SET name = ?, organisation = ?, stakeholder_type = ?, country = ?, email = ?, role = ?,
            consents_to_be_quoted = ?
          WHERE id = ?
          """,
        arguments: [
          person.name, person.organisation, person.stakeholderType.rawValue, person.country, person.email,
          person.role.rawValue, person.consentsToBeQuoted, person.id,
        ])
      guard db.changesCount == 1 else { throw refusal(.participantGone) }
    }
  }

  /// An email is one person's: asked of the roster itself (case and spaces aside, as the unique index compares),
  /// not read from a database's error message.
  static func refuseTakenEmail(_ email: String?, except id: Int64?, _ db: Database) throws {
    guard let email, !email.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    let taken = try Bool.fetchOne(
      db,
      sql: """
        SELECT EXISTS (SELECT 1 FROM participant WHERE lower(trim(email)) = lower(trim(?)) AND id IS NOT ?)
        """, arguments: [email, id])
    if taken == true { throw refusal(.emailTaken) }
  }

  /// Removes someone from the roster; notes they spoke become unattributed, their rules go with them.
  public func deleteParticipant(_ id: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM participant WHERE id = ?", arguments: [id])
    }
  }
}
