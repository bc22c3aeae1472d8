import BreakoutCore
import BreakoutServer
import BreakoutStore
import Foundation
import Testing

@testable import BreakoutRuntime

/// A session prepared for the suite: four groups (supply chain A and B, technology, finance), three people placed,
/// one waiting, two agenda items. `open()` gives another connection to the same session, as another terminal has.
struct PreparedSession: Sendable {
  let repository: any SessionRepository
  let open: @Sendable () throws -> any SessionRepository
  let groups: [Int64]
  let people: [Int64]
  let agenda: [Int64]
}

/// A kind of store the suite runs on. The file store today; the server store joins here.
struct StoreKind: CustomTestStringConvertible, Sendable {
  let name: String
  let prepare: @Sendable () throws -> PreparedSession
  var testDescription: String { name }

  /// The file store always; the server store where a test server is given (scripts/with-postgres, as the README's
  /// test command runs them), and then without fail.
  static let all: [StoreKind] =
    ProcessInfo.processInfo.environment["BREAKOUT_TEST_POSTGRES"] != nil
      || ProcessInfo.processInfo.environment["BREAKOUT_REQUIRE_POSTGRES"] == "1"
    ? [.file, .server, .localFirst] : [.file]

  /// The server's connections run on a thread of the suite's own, never on Swift's shared threads.
  static let serverExecutor = ThreadExecutor(name: "conformance-server")

  static let server = StoreKind(name: "PostgreSQL server") {
    guard let url = ProcessInfo.processInfo.environment["BREAKOUT_TEST_POSTGRES"] else {
      throw ServerProblem.unreachable("BREAKOUT_TEST_POSTGRES is not set: run the tests through scripts/with-postgres")
    }
    let address = try ServerAddress.parse(url + "?session=c\(UUID().uuidString.prefix(12).lowercased())")
    let open: @Sendable () throws -> any SessionRepository = {
      ServerRepository(
        connection: try ServerConnection(address, timeout: .seconds(30), executor: serverExecutor),
        firstLookWholeUpTo: 0)
    }
    return try serverExecutor.wait {
      let repository = try await ServerRepository.create(
        try ServerConnection(address, timeout: .seconds(30), executor: serverExecutor),
        info: SessionInfo(title: "Conformance", days: 2))
      try await repository.setGroupCounts([("supply-chain", 2), ("technology", 1), ("finance", 1)], capacity: nil)
      let groups = try await repository.snapshot().groups.map(\.id)
      for (index, name) in ["Ana Lima", "Ben Roy", "Chen Wei", "Dana Noor"].enumerated() {
        try await repository.addParticipant(Participant(id: 0, name: name, organisation: "Org \(index)"))
      }
      let people = try await repository.snapshot().participants.map(\.id)
      for (person, group) in zip(people.prefix(3), groups) {
        try await repository.move(participant: person, to: group, lock: false)
      }
      try await repository.addAgendaItem(day: 1, startsAt: "09:00", title: "Opening")
      try await repository.addAgendaItem(day: 1, startsAt: "10:00", title: "Breakout groups")
      let agenda = try await repository.snapshot().agenda.map(\.id)
      return PreparedSession(repository: try open(), open: open, groups: groups, people: people, agenda: agenda)
    }
  }

  /// The server as a rapporteur's screen reaches it: notes and drafts kept first in a file of their own and sent
  /// from there. With the server at hand it must behave as the server does.
  static let localFirst = StoreKind(name: "PostgreSQL server, local first") {
    let prepared = try server.prepare()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("breakout-outbox-\(UUID())").path
    @Sendable func localFirst(_ repository: any SessionRepository, _ name: String) throws -> any SessionRepository {
      guard let server = repository as? ServerRepository else { return repository }
      // Patient: on a loaded machine a save still returns the server's note, as the suite expects.
      return LocalFirstRepository(
        server: server, outbox: try LocalOutbox(path: folder + "/\(name).sqlite"), patience: .seconds(30),
        readPatience: .seconds(30))
    }
    return PreparedSession(
      repository: try localFirst(prepared.repository, "here"),
      open: { try localFirst(try prepared.open(), "there-\(UUID())") }, groups: prepared.groups,
      people: prepared.people, agenda: prepared.agenda)
  }

  static let file = StoreKind(name: "session file") {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("breakout-conformance-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/session.sqlite"
    let store = try SessionStore.create(path, info: SessionInfo(title: "Conformance", days: 2))
    try store.setGroupCounts([("supply-chain", 2), ("technology", 1), ("finance", 1)])
    let groups = try store.snapshot().groups.map(\.id)
    var people: [Int64] = []
    for (index, name) in ["Ana Lima", "Ben Roy", "Chen Wei", "Dana Noor"].enumerated() {
      people.append(try store.addParticipant(Participant(id: 0, name: name, organisation: "Org \(index)")))
    }
    for (person, group) in zip(people.prefix(3), groups) {
      try store.move(participant: person, to: group, lock: false)
    }
    try store.addAgendaItem(day: 1, startsAt: "09:00", title: "Opening")
    try store.addAgendaItem(day: 1, startsAt: "10:00", title: "Breakout groups")
    let agenda = try store.snapshot().agenda.map(\.id)
    let open: @Sendable () throws -> any SessionRepository = {
      SessionFileRepository(
        store: try SessionStore.open(path, busyTimeout: 5), pollInterval: 0.02, firstLookWholeUpTo: 0)
    }
    return PreparedSession(repository: try open(), open: open, groups: groups, people: people, agenda: agenda)
  }
}

final class ResultBox<T>: @unchecked Sendable {
  var value: T?
  init() {}
}

/// Runs async work to its end on a thread of its own and waits for it: the suite's tests may share Swift's threads
/// with tests that block them.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
  try ThreadExecutor.once(name: "conformance", work)
}

func draft(_ text: String, group: Int64, owner: String = "ana", question: Int = 1) -> Draft {
  Draft(owner: owner, groupID: group, question: question, text: text, updatedAt: Date())
}
