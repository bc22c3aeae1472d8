import BreakoutCore
import Foundation
import GRDB
import Testing

@testable import BreakoutStore

/// A session file written before rounds (v11) opens as a session of one round, with nothing lost.
@Suite struct RoundsMigrationTests {
  @Test func aSessionFromBeforeRoundsIsRoundOneWithEverythingInPlace() throws {
    let path = try temporaryFolder() + "/v11.sqlite"
    do {
      let queue = try DatabaseQueue(path: path)
      try Schema.migrator.migrate(queue, upTo: SchemaVersion.v11.rawValue)
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO session_info (id, title, days, created_at) VALUES (1, 'Before rounds', 1, '2021-03-24');
            INSERT INTO question (number, text) VALUES (1, 'Challenges?');
            INSERT INTO theme (id, short_name, name, position) VALUES (1, 'technology', 'Technology', 1);
            INSERT INTO breakout_group (id, theme_id, number, index_in_theme, name) VALUES (7, 1, 1, 1, 'Technology');
            INSERT INTO participant (id, name, group_id, is_locked, created_at)
              VALUES (1, 'Đỗ Văn Minh', 7, 1, '2021-03-24'), (2, 'ნინო ბერიძე', 7, 0, '2021-03-24');
            UPDATE breakout_group SET rapporteur_id = 2 WHERE id = 7;
            INSERT INTO note (id, group_id, question_number, created_at, author)
              VALUES (1, 7, 1, '2021-03-24 09:00:00.000', 'ana');
            INSERT INTO note_revision (note_id, revision, text, edited_at, author)
              VALUES (1, 1, 'Trust takes time', '2021-03-24 09:00:00.000', 'ana');
            """)
      }
    }
    let store = try SessionStore.open(path)
    let snapshot = try store.snapshot()
    #expect(snapshot.rounds == [Round(number: 1, isCurrent: true)])
    #expect(snapshot.groups.map(\.id) == [7] && snapshot.groups[0].round == 1 && snapshot.groups[0].rapporteurID == 2)
    #expect(snapshot.otherRoundGroups.isEmpty && snapshot.otherRoundSeats.isEmpty)
    #expect(snapshot.participants.map(\.groupID) == [7, 7] && snapshot.participants.map(\.isLocked) == [true, false])
    #expect(snapshot.notes.map(\.text) == ["Trust takes time"] && snapshot.notes[0].groupID == 7)

    // And its next round starts from it: round 1 keeps its seats, the lock goes along.
    #expect(try store.startRound(name: nil, groupOf: [1: 7, 2: 7]) == 2)
    let next = try store.snapshot()
    #expect(next.asOf(round: 1).participants == snapshot.participants)
    #expect(next.participants.map(\.isLocked) == [true, false] && next.groups[0].id != 7)
  }
}
