import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Gives each named theme the number of groups asked for (0 removes its groups), renumbering all groups in theme
  /// order (see `GroupLayoutPlan`). A group that already has notes is never removed.
  public func setGroupCounts(_ counts: [(theme: String, count: Int)], capacity: Int? = nil) throws {
    try write { db in
      let stored = try Self.loadSnapshot(db, only: [.info, .groups])
      var notes: [Int64: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT group_id, COUNT(*) FROM note GROUP BY group_id") {
        notes[row[0]] = row[1]
      }
      let plan: GroupLayoutPlan
      do throws(StorageRefusal) {
        plan = try GroupLayoutPlan.plan(
          counts, capacity: capacity, themes: stored.themes, groups: stored.groups, notesIn: { notes[$0] ?? 0 })
      } catch { throw refusal(error) }
      for group in plan.removals {
        try db.execute(
          sql: "UPDATE participant SET group_id = NULL, is_locked = 0 WHERE group_id = ?", arguments: [group])
        try db.execute(sql: "DELETE FROM breakout_group WHERE id = ?", arguments: [group])
      }
      for addition in plan.additions {
        try db.execute(
          sql: """
            INSERT INTO breakout_group (theme_id, number, index_in_theme, name, capacity, round_number)
            VALUES (?, 0, ?, '', ?, ?)
            """,
          arguments: [addition.themeID, addition.indexInTheme, capacity, stored.currentRound])
      }
      for theme in plan.capacityThemes {
        try db.execute(
          sql: "UPDATE breakout_group SET capacity = ? WHERE theme_id = ? AND round_number = ?",
          arguments: [capacity, theme, stored.currentRound])
      }
      try Self.renumberGroups(db)
    }
  }

  static func renumberGroups(_ db: Database) throws {
    let stored = try loadSnapshot(db, only: [.info, .groups])
    for place in GroupNaming.places(themes: stored.themes, groups: stored.groups, language: stored.info.language) {
      try db.execute(
        sql: "UPDATE breakout_group SET number = ?, index_in_theme = ?, name = ? WHERE id = ?",
        arguments: [place.number, place.indexInTheme, place.name, place.groupID])
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
    guard rule.first != rule.second else { throw refusal(.ruleNeedsTwoPeople) }
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
    if let capacity, capacity < 1 { throw refusal(.capacityBelowOne) }
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
