import BreakoutCore
import Foundation
import LinkProxy
import Testing

@testable import BreakoutServer
@testable import BreakoutStore

/// A rapporteur's client with the link cut: notes are kept and shown, the session says it is offline, a change
/// only the server can make is refused at once, and when the link is back each note arrives once.
@Suite(.enabled(if: TestServer.available)) struct LocalFirstTests {
  /// A client of session `name` through a link the test can cut, its outbox in a folder of its own, having read the
  /// session once.
  static func throughLink(_ name: String) throws -> (LocalFirstRepository, LinkProxy, String) {
    let (proxy, far) = try TestServer.throughLink(name, timeout: .seconds(2))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID())").path
    let local = LocalFirstRepository(
      server: far, outbox: try LocalOutbox(path: folder + "/outbox.sqlite"), patience: .zero, readPatience: .zero,
      retryEvery: .milliseconds(200))
    _ = try onServer { try await local.snapshot() }
    return (local, proxy, folder)
  }

  /// Moves made while the server is away are shown at once and checked again when they arrive: one that a rule
  /// made on the server meanwhile now forbids is refused, saying which rule, and listed; the others are made.
  @Test func aMoveKeptOfflineIsCheckedAgainWhenItArrives() throws {
    let name = "m\(UUID().uuidString.prefix(8).lowercased())"
    let direct = ServerRepository(connection: try TestServer.session(name))
    let (groups, people) = try onServer {
      _ = try await ServerRepository.create(direct.connection, info: SessionInfo(title: "Moves"))
      try await direct.setGroupCounts([("supply-chain", 2)], capacity: nil)
      for person in ["Ana Lima", "Ben Roy", "Cy Tan"] {
        try await direct.addParticipant(Participant(id: 0, name: person))
      }
      let session = try await direct.snapshot()
      return (session.groups.map(\.id), session.participants.map(\.id))
    }
    let (local, proxy, _) = try Self.throughLink(name)
    defer {
      local.close()
      proxy.stop()
    }

    proxy.cut()
    // Offline first (a move sent into a cut link may still arrive when it is back: moves are the same twice).
    var offline = try onServer { try await local.snapshot() }
    for _ in 0..<200 where offline.link?.isOffline != true {
      _ = try? onServer { try await local.broadcast("Are you there?", to: nil, author: "fac") }
      Thread.sleep(forTimeInterval: 0.05)
      offline = try onServer { try await local.snapshot() }
    }
    try onServer {
      try await local.move(participant: people[0], to: groups[1], lock: false)
      try await local.move(participant: people[2], to: groups[1], lock: false)
    }
    let shown = try onServer { try await local.snapshot() }
    #expect(shown.participants.map(\.groupID) == [groups[1], nil, groups[1]], "shown at once")
    // Meanwhile, on the server: Ana and Ben are to be kept apart, and Ben joins the second group.
    try onServer {
      try await direct.addRule(GroupingRule(kind: .apart, first: people[0], second: people[1]))
      try await direct.move(participant: people[1], to: groups[1], lock: false)
    }

    proxy.restore()
    #expect(try onServer { await local.sendWaiting(within: .seconds(30)) } == 0)
    let stored = try onServer { try await direct.snapshot() }
    #expect(stored.participants.map(\.groupID) == [nil, groups[1], groups[1]], "Cy moved; Ana not")
    // A read gives the session as last read at once, and the newer one follows.
    var seen = try onServer { try await local.snapshot() }
    for _ in 0..<100 where seen.participants.map(\.groupID) != stored.participants.map(\.groupID) {
      Thread.sleep(forTimeInterval: 0.05)
      seen = try onServer { try await local.snapshot() }
    }
    #expect(seen.participants.map(\.groupID) == stored.participants.map(\.groupID), "the screen agrees")
    #expect(
      seen.link?.refusedMoves.map(\.reason) == [
        "a rule keeps Ana Lima apart from Ben Roy, who is in \(stored.groups[1].name) now"
      ])
    #expect(
      stored.broadcasts.map(\.text) == ["Are you there?"], "a message that timed out and arrived is not sent again")
  }

  @Test func withTheLinkCutNotesWaitAndArriveOnceWhenItIsBack() throws {
    let name = "l\(UUID().uuidString.prefix(8).lowercased())"
    let direct = ServerRepository(connection: try TestServer.session(name))
    let group = try onServer {
      _ = try await ServerRepository.create(direct.connection, info: SessionInfo(title: "Offline"))
      try await direct.setGroupCounts([("supply-chain", 1)], capacity: nil)
      return try await direct.snapshot().groups[0].id
    }
    let (local, proxy, folder) = try Self.throughLink(name)
    defer {
      local.close()
      proxy.stop()
    }

    proxy.cut()
    let text = "Kept while the link is cut: ภาษาไทย, ශ්‍රී ලංකා, می‌خواهم 👩‍👩‍👧"
    let saved = try onServer {
      try await local.commit(
        Draft(owner: "ana", groupID: group, question: 1, text: text, updatedAt: Date()), author: "ana")
    }
    #expect(saved.note.id < 0 && saved.note.text == text, "shown at once, numbered below zero until it arrives")
    var seen = try onServer { try await local.snapshot() }
    for _ in 0..<200 where seen.link?.isOffline != true {
      Thread.sleep(forTimeInterval: 0.05)
      seen = try onServer { try await local.snapshot() }
    }
    #expect(seen.link?.isOffline == true && seen.link?.waiting == 1)
    #expect(seen.notes.map(\.text) == [text], "the waiting note is shown with the others")
    #expect(FileManager.default.fileExists(atPath: folder + "/outbox.sqlite"))
    var attributes = try FileManager.default.attributesOfItem(atPath: folder + "/outbox.sqlite")
    #expect((attributes[.posixPermissions] as? Int) == 0o600, "the person's own file is private")
    attributes = try FileManager.default.attributesOfItem(atPath: folder)
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
    // The facilitator's message, clock and star are kept and shown too; a change only the server can make is
    // refused at once.
    let clock = Timebox(groupID: group, question: 2, duration: 900, startedAt: Date(timeIntervalSince1970: 100))
    try onServer {
      try await local.broadcast("Five minutes", to: nil, author: "ana")
      try await local.save([clock])
      try await local.setKeyPoint(note: saved.note.id, true, author: "ana")
    }
    seen = try onServer { try await local.snapshot() }
    #expect(seen.broadcasts.first?.text == "Five minutes" && seen.broadcasts.first!.id < 0)
    #expect(seen.timers[group] == clock)
    #expect(seen.notes.first?.isKeyPoint == true)
    #expect(throws: StorageFailure.unreachable) {
      try onServer { try await local.addParticipant(Participant(id: 0, name: "Ben Roy")) }
    }

    proxy.restore()
    #expect(try onServer { await local.sendWaiting(within: .seconds(30)) } == 0)
    let stored = try onServer { try await direct.snapshot() }
    #expect(stored.notes.map(\.text) == [text], "exactly once, exactly as typed")
    #expect(stored.notes.first?.isKeyPoint == true, "starred once it was there")
    #expect(stored.broadcasts.map(\.text) == ["Five minutes"], "the message, once")
    #expect(stored.timers[group]?.question == 2 && stored.timers[group]?.duration == 900)
    #expect(try local.outbox.waiting().isEmpty && local.outbox.waitingChanges().isEmpty)
  }
}
