import BreakoutCore
import Foundation
import LinkProxy
import Testing

@testable import BreakoutServer

/// Over a long link each round trip costs the link's delay twice: a note is saved, and the session read or
/// refreshed, in one round trip each, counted on a link between the client and the server.
@Suite(.enabled(if: TestServer.available)) struct RoundTripTests {
  @Test func aSaveAReadAndARefreshAreOneRoundTripEachAndANoteSentTwiceIsWrittenOnce() throws {
    let name = "r\(UUID().uuidString.prefix(8).lowercased())"
    let direct = ServerRepository(connection: try TestServer.session(name))
    let groups = try onServer {
      _ = try await ServerRepository.create(direct.connection, info: SessionInfo(title: "Round trips", days: 2))
      try await direct.setGroupCounts([("supply-chain", 1), ("technology", 1)], capacity: nil)
      return try await direct.snapshot().groups.map(\.id)
    }
    let (proxy, far) = try TestServer.throughLink(name)
    defer { proxy.stop() }
    func roundTrips<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> (T, Int) {
      let before = proxy.clientSends
      let result = try onServer(work)
      return (result, proxy.clientSends - before)
    }
    // The first call also connects and checks the schema.
    try onServer { try await far.open() }
    let (snapshot, reads) = try roundTrips { try await far.snapshot() }
    #expect(reads == 1)
    let note = PendingNote(
      draft: Draft(owner: "ana", groupID: groups[0], question: 2, text: "Brokers charge fees twice", updatedAt: Date()),
      author: "ana", savedAt: Date(), day: 1)
    let (commit, saves) = try roundTrips { try await far.deliver(note) }
    #expect(saves == 1)
    let (again, resends) = try roundTrips { try await far.deliver(note) }
    #expect(resends == 1)
    #expect(again.note == commit.note, "sent again, the note is the one written the first time")
    var edit = Draft(
      owner: "ana", groupID: groups[0], question: 2, text: "Brokers charge fees three times", updatedAt: Date())
    edit.editingNoteID = commit.note.id
    edit.baseRevision = 1
    let (edited, edits) = try roundTrips { [edit] in try await far.commit(edit, author: "ana") }
    #expect(edits == 1 && edited.note.id == commit.note.id && edited.note.revisions.count == 2)
    let (refreshed, refreshes) = try roundTrips { try await far.refreshed(snapshot) }
    #expect(refreshes == 1)
    #expect(refreshed == (try onServer { try await direct.snapshot() }))
    #expect(refreshed.notes.map(\.text) == ["Brokers charge fees three times"], "one note, edited once")
    let (_, starts) = try roundTrips { try await far.open() }
    #expect(starts == 1, "a screen's start checks the schema and the session in one round trip")
  }
}
