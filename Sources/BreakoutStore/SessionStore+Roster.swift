import BreakoutCore
import Foundation
import GRDB

/// What an import did (or, with `--dry-run`, would do).
public struct ImportReport: Equatable, Sendable {
  public var added: [String] = []
  /// Name and the fields that changed.
  public var updated: [(name: String, changes: [String])] = []
  public var unchanged = 0
  public var ignoredColumns: [String] = []
  public var droppedSensitiveColumns: [String] = []
  public var warnings: [String] = []
  /// Which column fed each field, by header.
  public var columns: [String: RosterField] = [:]
  /// The first rows exactly as they were read, for `--dry-run`.
  public var preview: [RosterEntry] = []

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.added == rhs.added && lhs.unchanged == rhs.unchanged && lhs.ignoredColumns == rhs.ignoredColumns
      && lhs.warnings == rhs.warnings && lhs.updated.map(\.name) == rhs.updated.map(\.name)
      && lhs.updated.map(\.changes) == rhs.updated.map(\.changes)
  }
}

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
      throw StoreError("cannot import the roster, nothing was imported: \(error.description)")
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
    guard !name.isEmpty else { throw StoreError("a participant needs a name") }
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
      throw StoreError("a participant needs a name")
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
      guard db.changesCount == 1 else { throw StoreError("that participant is no longer on the roster") }
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
    if taken == true { throw StoreError("someone with that email is already on the roster") }
  }

  /// Removes someone from the roster; notes they spoke become unattributed, their rules go with them.
  public func deleteParticipant(_ id: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM participant WHERE id = ?", arguments: [id])
    }
  }
}
