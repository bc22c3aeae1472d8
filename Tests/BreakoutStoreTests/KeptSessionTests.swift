import BreakoutCore
import Foundation
import Testing

@testable import BreakoutStore

/// A server session as last read, kept in the person's outbox for a start while the server is away: the same
/// session comes back, every part of it, in any script.
@Suite struct KeptSessionTests {
  @Test func theSessionKeptIsTheSessionGivenBack() throws {
    let store = try newSession(title: "ประชุม · Réunion")
    try store.setGroupCounts([("technology", 2), ("finance", 1)])
    _ = try store.addParticipant(
      Participant(id: 0, name: "Nguyễn Thị Hà", organisation: "Bộ Lao động", stakeholderType: .government))
    var session = try store.snapshot()
    let time = Date(timeIntervalSince1970: 1_000)
    session.notes = [
      Note(
        id: 7, groupID: session.groups[0].id, questionNumber: 2, createdAt: time, author: "rap",
        revisions: [
          NoteRevision(revision: 1, text: "ශ්‍රී ලංකා unions 👩‍👩‍👧 می‌خواهم", isKeyPoint: true, editedAt: time, author: "rap")
        ])
    ]
    session.timers = [
      session.groups[1].id: Timebox(
        groupID: session.groups[1].id, question: 3, duration: 900, remainingAtStart: 900, startedAt: time)
    ]
    session.broadcasts = [Broadcast(id: 1, text: "Five minutes left", sentAt: time, author: "fac")]
    session.notIdentifying = ["Grant"]
    let outbox = try LocalOutbox(path: try temporaryFolder() + "/outbox.sqlite")
    #expect(try outbox.keptSession() == nil)
    try outbox.keep(session, at: time)
    let kept = try #require(try outbox.keptSession())
    #expect(kept.session == session)
    #expect(kept.keptAt == time)
    #expect(try mode(of: outbox.path) == 0o600)
  }
}
