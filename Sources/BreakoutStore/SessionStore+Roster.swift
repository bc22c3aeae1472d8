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
    let present = Set(reading.columns.values)
    var report = ImportReport(
      ignoredColumns: reading.ignoredColumns, droppedSensitiveColumns: reading.droppedSensitiveColumns,
      warnings: reading.warnings, columns: reading.columns, preview: Array(reading.entries.prefix(5)))
    try write(rollingBack: dryRun) { db in
      var existing = try Row.fetchAll(db, sql: "SELECT * FROM participant").map(Self.participant(from:))
      // Matching keys computed once per person: a 5,000-row import must not compare every row with everyone.
      var byEmail: [String: Int] = [:]
      var byNameAndOrganisation: [String: Int] = [:]
      func remember(_ index: Int) {
        let person = existing[index]
        if let email = person.email { byEmail[LooseText.emailKey(email)] = index }
        byNameAndOrganisation[Self.identityKey(person.name, person.organisation)] = index
      }
      existing.indices.forEach(remember)
      var seenLineByEmail: [String: Int] = [:]
      for entry in reading.entries {
        if let email = entry.email.map(LooseText.emailKey) {
          if let earlier = seenLineByEmail[email] {
            report.warnings.append(
              "lines \(earlier) and \(entry.line) have the same email \(InertText.visible(email)); the later line wins"
            )
          }
          seenLineByEmail[email] = entry.line
        }
        let match =
          entry.email.flatMap { byEmail[LooseText.emailKey($0)] }
          ?? byNameAndOrganisation[Self.identityKey(entry.name, entry.organisation)].flatMap { index in
            // Someone with another email on file is another person, whatever their name.
            entry.email == nil || existing[index].email == nil ? index : nil
          }
        guard let match else {
          let id = try Self.insert(entry, db: db, now: now)
          existing.append(
            Participant(
              id: id, name: entry.name, organisation: entry.organisation, stakeholderType: entry.stakeholderType,
              country: entry.country, email: entry.email, preferredThemeID: entry.preferredThemeID,
              role: entry.role, consentsToBeQuoted: entry.consentsToBeQuoted))
          remember(existing.count - 1)
          report.added.append(entry.name)
          continue
        }
        var person = existing[match]
        let changes = Self.merge(entry, into: &person, present: present)
        if changes.isEmpty {
          report.unchanged += 1
        } else {
          try Self.update(person, db: db)
          existing[match] = person
          remember(match)
          if !report.added.contains(person.name) { report.updated.append((person.name, changes)) }
        }
      }
    }
    return report
  }

  static func identityKey(_ name: String, _ organisation: String) -> String {
    LooseText.normalised(name) + "\u{1F}" + LooseText.normalised(organisation)
  }

  /// Copies the file's values for the columns it has; returns the names of the fields that changed.
  static func merge(_ entry: RosterEntry, into person: inout Participant, present: Set<RosterField>) -> [String] {
    var changes: [String] = []
    func set<Value: Equatable>(_ field: String, _ keyPath: WritableKeyPath<Participant, Value>, _ value: Value) {
      if person[keyPath: keyPath] != value {
        person[keyPath: keyPath] = value
        changes.append(field)
      }
    }
    set("name", \.name, entry.name)
    if present.contains(.organisation) { set("organisation", \.organisation, entry.organisation) }
    if present.contains(.email), entry.email != nil { set("email", \.email, entry.email) }
    if present.contains(.country) { set("country", \.country, entry.country) }
    if present.contains(.stakeholderType) { set("stakeholder type", \.stakeholderType, entry.stakeholderType) }
    if present.contains(.preference) { set("preferred group", \.preferredThemeID, entry.preferredThemeID) }
    if present.contains(.role) { set("role", \.role, entry.role) }
    if present.contains(.consent) { set("consent", \.consentsToBeQuoted, entry.consentsToBeQuoted) }
    return changes
  }

  static func insert(_ entry: RosterEntry, db: Database, now: Date) throws -> Int64 {
    try db.execute(
      sql: """
        INSERT INTO participant (name, organisation, stakeholder_type, country, email, preferred_theme_id, role,
                                 consents_to_be_quoted, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        entry.name, entry.organisation, entry.stakeholderType.rawValue, entry.country, entry.email,
        entry.preferredThemeID, entry.role.rawValue, entry.consentsToBeQuoted, now,
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
    return try write { db in
      try Self.insert(
        RosterEntry(
          line: 0, name: name, organisation: person.organisation, email: person.email, country: person.country,
          stakeholderType: person.stakeholderType, preferredThemeID: person.preferredThemeID, role: person.role,
          consentsToBeQuoted: person.consentsToBeQuoted), db: db, now: now)
    }
  }

  /// Saves the fields a person's form edits; their group and lock stay as they are.
  public func updateParticipant(_ person: Participant) throws {
    guard !person.name.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw StoreError("a participant needs a name")
    }
    try write { db in
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

  /// Removes someone from the roster; notes they spoke become unattributed, their rules go with them.
  public func deleteParticipant(_ id: Int64) throws {
    try write { db in
      try db.execute(sql: "DELETE FROM participant WHERE id = ?", arguments: [id])
    }
  }
}
