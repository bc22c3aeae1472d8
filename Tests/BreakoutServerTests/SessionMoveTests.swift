import BreakoutCore
import Foundation
import Testing

@testable import BreakoutServer
@testable import BreakoutStore

/// A session moved from a file to a server and back loses nothing: every table compared, row by row.
@Suite(.enabled(if: TestServer.available)) struct SessionMoveTests {
  @Test func aFileToAServerAndBackKeepsEveryTable() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("move-\(UUID())").path
    let file = try SessionStore.create(
      folder + "/from.sqlite", info: SessionInfo(title: "Moving ภาษาไทย", region: "Asia-Pacific", days: 2))
    try file.setGroupCounts([("supply-chain", 2), ("technology", 1)])
    let groups = try file.snapshot().groups.map(\.id)
    var people: [Int64] = []
    for (index, name) in ["Ana Lima", "ශ්‍රී ලංකා Perera", "می‌خواهم Karimi"].enumerated() {
      people.append(
        try file.addParticipant(
          Participant(
            id: 0, name: name, organisation: "Org \(index)", email: "p\(index)@example.org", consentsToBeQuoted: true))
      )
    }
    try file.move(participant: people[0], to: groups[0], lock: true)
    try file.move(participant: people[1], to: groups[1], lock: false)
    let note = try file.addNote(
      group: groups[0], question: 2, text: "Worker voice 👩‍👩‍👧 in हिन्दी", speaker: people[0], tags: [.practice],
      author: "ana")
    _ = try file.editNote(note.id, text: "Worker voice 👩‍👩‍👧 in हिन्दी, twice", isKeyPoint: true, author: "ben")
    let gone = try file.addNote(group: groups[1], question: 1, text: "Deleted later", author: "ana")
    try file.deleteNote(gone.id)
    try file.save(Draft(owner: "ana", groupID: groups[0], question: 3, text: "half a tho", updatedAt: Date()))
    try file.save(Timebox(groupID: groups[0], question: 2, duration: 900.5, startedAt: Date()))
    _ = try file.broadcast("Ten minutes left", author: "facilitator")
    _ = try file.requestHelp(group: groups[1], text: "need a timekeeper", author: "ben")
    try file.addAgendaItem(day: 1, startsAt: "09:00", title: "Opening")
    _ = try file.addPlenaryItem(.conclusions, text: "Collaboration is crucial.")
    let before = try file.tables()

    let server = try TestServer.session()
    try onServer { try await server.fill(with: before) }
    let held = try onServer { try await server.tables() }
    #expect(held == before, "the server holds what the file held")
    let pulled = try SessionStore.create(folder + "/back.sqlite", holding: held)
    let after = try pulled.tables()
    for table in before.tables {
      #expect(after[table.name] == table, "\(table.name)")
    }
    #expect(after == before)
    #expect(before["note_revision"]?.rows.count == 3 && before["draft"]?.rows.count == 1)

    // The copy on the server works as a session, and a second push to it is refused, leaving it as it was.
    let repository = ServerRepository(connection: server)
    let snapshot = try onServer { try await repository.snapshot() }
    #expect(snapshot.notes.map(\.text) == ["Worker voice 👩‍👩‍👧 in हिन्दी, twice"])
    let added = try onServer {
      try await repository.addNote(NewNote(group: groups[1], question: 1, text: "After the move", author: "ana"))
    }
    #expect(added.id > gone.id, "new ids follow the moved ones")
    #expect(throws: ServerProblem.self) { try onServer { try await server.fill(with: before) } }
  }
}
