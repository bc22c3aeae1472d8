import BreakoutCore
import Foundation
import Logging
import PostgresNIO

/// Rounds, as the session file keeps them (see `RoundPlan`).
extension ServerRepository {
  public func startRound(name: String?, groupOf: [Int64: Int64]) async throws -> Int {
    try await write { db, logger in
      let plan = try RoundPlan.newRound(try await Self.roundsAndRoster(db, logger), name: name, groupOf: groupOf)
      try await Self.apply(plan, db, logger)
      return plan.round.number
    }
  }

  public func setCurrentRound(_ number: Int) async throws {
    try await write { db, logger in
      let plan = try RoundPlan.switchTo(number, try await Self.roundsAndRoster(db, logger))
      guard !plan.round.isCurrent else { return }
      try await Self.apply(plan, db, logger)
    }
  }

  private static func roundsAndRoster(_ db: PostgresConnection, _ logger: Logger) async throws -> SessionSnapshot {
    var stored = SessionSnapshot(info: SessionInfo(title: ""))
    try await load(.groups, into: &stored, db, logger)
    try await load(.roster, into: &stored, db, logger)
    return stored
  }

  private static func apply(_ plan: RoundPlan, _ db: PostgresConnection, _ logger: Logger) async throws {
    let kept = plan.seatsToKeep
    try await db.query(
      """
      INSERT INTO round_seat (round_number, participant_id, group_id, is_locked)
      SELECT * FROM unnest(\(kept.map(\.round)), \(kept.map(\.participantID)), \(kept.map(\.groupID)),
                           \(kept.map(\.isLocked)))
      """, logger: logger)
    try await db.query("UPDATE breakout_round SET is_current = false", logger: logger)
    try await db.query(
      """
      INSERT INTO breakout_round (number, name, is_current) VALUES (\(plan.round.number), \(plan.round.name), true)
      ON CONFLICT (number) DO UPDATE SET is_current = true
      """, logger: logger)
    var copyOf: [Int64: Int64] = [:]
    for group in plan.groupsToCopy {
      let rows = try await db.query(
        """
        INSERT INTO breakout_group
          (theme_id, number, index_in_theme, name, capacity, moderator_id, rapporteur_id, round_number)
        VALUES (\(group.themeID), \(group.number), \(group.indexInTheme), \(group.name), \(group.capacity),
                \(group.moderatorID), \(group.rapporteurID), \(plan.round.number))
        RETURNING id
        """, logger: logger)
      for try await id in rows.decode(Int64.self) { copyOf[group.id] = id }
    }
    try await db.query("DELETE FROM round_seat WHERE round_number = \(plan.round.number)", logger: logger)
    try await db.query(
      "UPDATE participant SET group_id = NULL, is_locked = false WHERE group_id IS NOT NULL OR is_locked",
      logger: logger)
    let seats = plan.seats
    try await db.query(
      """
      UPDATE participant p SET group_id = v.group_id, is_locked = v.is_locked
      FROM unnest(\(seats.map(\.participantID)), \(seats.map { copyOf[$0.groupID] ?? $0.groupID }),
                  \(seats.map(\.isLocked))) AS v(id, group_id, is_locked)
      WHERE p.id = v.id
      """, logger: logger)
  }
}
