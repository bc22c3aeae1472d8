import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Gives each named theme the number of groups asked for (0 removes its groups), renumbering all groups in theme
  /// order. A group that already has notes is never removed.
  public func setGroupCounts(_ counts: [(theme: String, count: Int)], capacity: Int? = nil) throws {
    try write { db in
      let snapshot = try Self.loadSnapshot(db)
      var wanted: [Int64: Int] = [:]
      for (themeText, count) in counts {
        guard let theme = ThemeMatcher.match(themeText, in: snapshot.themes) else {
          throw StoreError(
            "no theme called \"\(themeText)\"; the themes are \(snapshot.themes.map(\.shortName).joined(separator: ", "))"
          )
        }
        guard count >= 0 && count <= 26 else { throw StoreError("\(theme.shortName): give between 0 and 26 groups") }
        wanted[theme.id] = count
      }
      if let capacity, capacity < 1 { throw StoreError("--capacity must be at least 1") }
      for theme in snapshot.themes {
        guard let count = wanted[theme.id] else { continue }
        let existing = snapshot.groups(of: theme).sorted { $0.indexInTheme < $1.indexInTheme }
        for group in existing.dropFirst(count) {
          let notes =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note WHERE group_id = ?", arguments: [group.id]) ?? 0
          if notes > 0 {
            throw StoreError("\(group.name) has \(notes) notes and cannot be removed")
          }
          try db.execute(
            sql: "UPDATE participant SET group_id = NULL, is_locked = 0 WHERE group_id = ?", arguments: [group.id])
          try db.execute(sql: "DELETE FROM breakout_group WHERE id = ?", arguments: [group.id])
        }
        for index in existing.count..<max(existing.count, count) {
          try db.execute(
            sql:
              "INSERT INTO breakout_group (theme_id, number, index_in_theme, name, capacity) VALUES (?, 0, ?, '', ?)",
            arguments: [theme.id, index + 1, capacity])
        }
        if let capacity {
          try db.execute(
            sql: "UPDATE breakout_group SET capacity = ? WHERE theme_id = ?", arguments: [capacity, theme.id])
        }
      }
      try Self.renumberGroups(db)
    }
  }

  /// Groups are numbered across the session in theme order and named after their theme.
  static func renumberGroups(_ db: Database) throws {
    let snapshot = try loadSnapshot(db)
    var number = 0
    for theme in snapshot.themes {
      let groups = snapshot.groups(of: theme).sorted { $0.indexInTheme < $1.indexInTheme }
      for (offset, group) in groups.enumerated() {
        number += 1
        let name = BreakoutGroup.defaultName(themeName: theme.name, index: offset + 1, groupsInTheme: groups.count)
        try db.execute(
          sql: "UPDATE breakout_group SET number = ?, index_in_theme = ?, name = ? WHERE id = ?",
          arguments: [number, offset + 1, name, group.id])
      }
    }
  }

  /// Names the group's moderator and rapporteur (nil leaves a role as it is).
  public func setLeads(group groupID: Int64, moderator: Int64?, rapporteur: Int64?) throws {
    try write { db in
      if let moderator {
        try db.execute(sql: "UPDATE breakout_group SET moderator_id = ? WHERE id = ?", arguments: [moderator, groupID])
      }
      if let rapporteur {
        try db.execute(
          sql: "UPDATE breakout_group SET rapporteur_id = ? WHERE id = ?", arguments: [rapporteur, groupID])
      }
    }
  }

  public func addRule(_ rule: GroupingRule) throws {
    guard rule.first != rule.second else { throw StoreError("a rule needs two different people") }
    try write { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO grouping_rule (kind, first_id, second_id) VALUES (?, ?, ?)",
        arguments: [rule.kind.rawValue, min(rule.first, rule.second), max(rule.first, rule.second)])
    }
  }

  /// Saves an assignment: everyone's group, in one transaction.
  public func apply(_ assignment: Assignment) throws {
    try write { db in
      for (person, group) in assignment.groupOf.sorted(by: { $0.key < $1.key }) {
        try db.execute(sql: "UPDATE participant SET group_id = ? WHERE id = ?", arguments: [group, person])
      }
    }
  }

  /// Marks people absent (they leave their group, their lock goes) or arrived (they wait to be placed).
  public func setAbsent(participants: [Int64], absent: Bool) throws {
    try write { db in
      for person in participants {
        if absent {
          try db.execute(
            sql: "UPDATE participant SET is_absent = 1, group_id = NULL, is_locked = 0 WHERE id = ?",
            arguments: [person])
        } else {
          try db.execute(sql: "UPDATE participant SET is_absent = 0 WHERE id = ?", arguments: [person])
        }
      }
    }
  }

  /// Locks or unlocks a person in their current group.
  public func setLock(participant: Int64, locked: Bool) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE participant SET is_locked = ? WHERE id = ? AND group_id IS NOT NULL",
        arguments: [locked, participant])
    }
  }

  /// One group's capacity (nil: no limit).
  public func setCapacity(group: Int64, capacity: Int?) throws {
    if let capacity, capacity < 1 { throw StoreError("a capacity must be at least 1") }
    try write { db in
      try db.execute(sql: "UPDATE breakout_group SET capacity = ? WHERE id = ?", arguments: [capacity, group])
    }
  }

  /// Moves one person by hand; `lock` keeps them there when groups are assigned again.
  public func move(participant: Int64, to group: Int64?, lock: Bool) throws {
    try write { db in
      try db.execute(
        sql: "UPDATE participant SET group_id = ?, is_locked = ? WHERE id = ?",
        arguments: [group, lock && group != nil, participant])
    }
  }
}
