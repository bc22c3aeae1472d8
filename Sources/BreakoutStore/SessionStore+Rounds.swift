import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Starts a round after the last (see `RoundPlan.newRound`); returns its number.
  public func startRound(name: String?, groupOf: [Int64: Int64]) throws -> Int {
    try write { db in
      let stored = try Self.loadSnapshot(db, only: [.groups, .roster])
      let plan: RoundPlan
      do throws(StorageRefusal) { plan = try RoundPlan.newRound(stored, name: name, groupOf: groupOf) } catch {
        throw refusal(error)
      }
      try Self.apply(plan, db)
      return plan.round.number
    }
  }

  /// Makes an earlier or later round current again, as it was left.
  public func setCurrentRound(_ number: Int) throws {
    try write { db in
      let stored = try Self.loadSnapshot(db, only: [.groups, .roster])
      let plan: RoundPlan
      do throws(StorageRefusal) { plan = try RoundPlan.switchTo(number, stored) } catch { throw refusal(error) }
      guard !plan.round.isCurrent else { return }
      try Self.apply(plan, db)
    }
  }

  private static func apply(_ plan: RoundPlan, _ db: Database) throws {
    for seat in plan.seatsToKeep {
      try db.execute(
        sql: "INSERT INTO round_seat (round_number, participant_id, group_id, is_locked) VALUES (?, ?, ?, ?)",
        arguments: [seat.round, seat.participantID, seat.groupID, seat.isLocked])
    }
    try db.execute(sql: "UPDATE breakout_round SET is_current = 0")
    try db.execute(
      sql: """
        INSERT INTO breakout_round (number, name, is_current) VALUES (?, ?, 1)
        ON CONFLICT (number) DO UPDATE SET is_current = 1
        """, arguments: [plan.round.number, plan.round.name])
    var copyOf: [Int64: Int64] = [:]
    for group in plan.groupsToCopy {
      try db.execute(
        sql: """
          INSERT INTO breakout_group
            (theme_id, number, index_in_theme, name, capacity, moderator_id, rapporteur_id, round_number)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          group.themeID, group.number, group.indexInTheme, group.name, group.capacity, group.moderatorID,
          group.rapporteurID, plan.round.number,
        ])
      copyOf[group.id] = db.lastInsertedRowID
    }
    try db.execute(sql: "DELETE FROM round_seat WHERE round_number = ?", arguments: [plan.round.number])
    try db.execute(sql: "UPDATE participant SET group_id = NULL, is_locked = 0 WHERE group_id IS NOT NULL OR is_locked")
    for seat in plan.seats {
      try db.execute(
        sql: "UPDATE participant SET group_id = ?, is_locked = ? WHERE id = ?",
        arguments: [copyOf[seat.groupID] ?? seat.groupID, seat.isLocked, seat.participantID])
    }
  }
}
