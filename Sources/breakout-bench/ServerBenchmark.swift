import BreakoutCore
import BreakoutRuntime
import BreakoutServer
import BreakoutStore
import Foundation
import LinkProxy

/// A session on a PostgreSQL server, measured through the repository as the screen and the command line use it,
/// over loopback and over a long link (a delay added each way by `LinkProxy`): a note's commit, another client's
/// note from its commit to this client's refreshed session, a whole read, a screen's start (connect, open, first
/// look), and what a rapporteur's key path meets when the link is cut (a draft saved, a note saved). `URL` names the
/// server (`postgres://USER@HOST:PORT/DATABASE`).
enum ServerBenchmark {
  static func run(url: String) throws {
    let executor = ThreadExecutor(name: "bench-server")
    let session = "bench\(UInt32.random(in: 0..<UInt32.max))"
    let direct = try ServerAddress.parse(url + "?session=\(session)")
    let setup = ServerRepository(connection: try ServerConnection(direct, executor: executor))
    let roster = BigSession.roster(rows: 62)
    let groups = try executor.wait {
      _ = try await ServerRepository.create(setup.connection, info: SessionInfo(title: "Benchmark", days: 2))
      _ = try await setup.importRoster(roster, mapping: [:], encoding: .utf8, dryRun: false)
      try await setup.setGroupCounts([("supply-chain", 2), ("technology", 1), ("finance", 1)], capacity: nil)
      return try await setup.snapshot().groups.map(\.id)
    }
    let delays =
      ProcessInfo.processInfo.environment["BREAKOUT_BENCH_DELAYS"].map {
        $0.split(separator: ",").compactMap { Int($0) }
      } ?? [0, 50, 150]
    for delay in delays {
      let proxy = try LinkProxy(to: UInt16(direct.port), delayEachWay: .milliseconds(delay))
      defer { proxy.stop() }
      var components = URLComponents(string: url)!
      components.port = Int(proxy.port)
      let address = try ServerAddress.parse(components.string! + "?session=\(session)")
      print(delay == 0 ? "Server session (loopback):" : "Server session, \(delay) ms added each way:")
      try measure(address, groups: groups, executor: executor, long: delay > 0)
      if delay == delays.last { try measureCutLink(address, proxy: proxy, group: groups[0], executor: executor) }
    }
  }

  static func measure(_ address: ServerAddress, groups: [Int64], executor: ThreadExecutor, long: Bool) throws {
    @Sendable func repository() throws -> ServerRepository {
      ServerRepository(connection: try ServerConnection(address, executor: executor))
    }
    let here = try repository()
    let there = try repository()
    let (commits, arrivals, reads, starts) = try executor.wait {
      var commits: [Double] = []
      for index in 0..<(long ? 100 : 300) {
        let draft = Draft(
          owner: "bench", groupID: groups[index % groups.count], question: 1 + index % 4,
          text: "Note \(index): creating trust between actors takes time", updatedAt: Date())
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try await here.commit(draft, author: "bench")
        commits.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
      }
      var seen = try await here.snapshot()
      let changes = here.changes()
      var iterator = changes.makeAsyncIterator()
      var arrivals: [Double] = []
      for index in 0..<100 {
        let text = "Seen across the room \(index) \(UUID())"
        _ = try await there.commit(
          Draft(owner: "b", groupID: groups[0], question: 2, text: text, updatedAt: Date()), author: "b")
        let committed = DispatchTime.now().uptimeNanoseconds
        while !seen.notes.contains(where: { $0.text == text }) {
          _ = await iterator.next()
          seen = try await here.refreshed(seen)
        }
        arrivals.append(Double(DispatchTime.now().uptimeNanoseconds - committed) / 1_000_000)
        try await Task.sleep(for: .milliseconds(Int.random(in: 0..<100)))
      }
      var reads: [Double] = []
      var starts: [Double] = []
      for _ in 0..<(long ? 5 : 20) {
        var start = DispatchTime.now().uptimeNanoseconds
        _ = try await here.snapshot()
        reads.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        // A screen's start as `breakout URL` makes it: a new connection, the schema checked, the first look.
        start = DispatchTime.now().uptimeNanoseconds
        let fresh = try repository()
        try await fresh.open()
        _ = try await fresh.firstLook(notesOf: { $0.groups.first?.id })
        starts.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
      }
      return (commits, arrivals, reads, starts)
    }
    describe("  note commit (one statement)                         ", commits)
    describe("  another client's note, commit to this client's read ", arrivals)
    describe("  whole session read (62 people, 400+ notes)          ", reads)
    describe("  screen start: connect, open, first look             ", starts)
  }

  /// What the key path meets with the link cut: a local-first screen saves drafts and notes in its own file.
  static func measureCutLink(_ address: ServerAddress, proxy: LinkProxy, group: Int64, executor: ThreadExecutor)
    throws
  {
    let folder = NSTemporaryDirectory() + "breakout-bench-outbox-\(UUID())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let server = ServerRepository(connection: try ServerConnection(address, timeout: .seconds(5), executor: executor))
    let local = LocalFirstRepository(server: server, outbox: try LocalOutbox(path: folder + "/outbox.sqlite"))
    let (drafts, saves, waiting) = try executor.wait {
      _ = try await local.snapshot()
      proxy.cut()
      // Let the client find out the link is gone, as a screen does from its first failed send.
      _ = try await local.commit(
        Draft(owner: "bench", groupID: group, question: 1, text: "first note offline", updatedAt: Date()),
        author: "bench")
      while try await local.snapshot().link?.isOffline != true { try await Task.sleep(for: .milliseconds(100)) }
      var drafts: [Double] = []
      var saves: [Double] = []
      for index in 0..<100 {
        let draft = Draft(
          owner: "bench", groupID: group, question: 1, text: "Offline note \(index)", updatedAt: Date())
        var start = DispatchTime.now().uptimeNanoseconds
        try await local.save(draft)
        drafts.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        start = DispatchTime.now().uptimeNanoseconds
        _ = try await local.commit(draft, author: "bench")
        saves.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
      }
      proxy.restore()
      return (drafts, saves, await local.sendWaiting(within: .seconds(120)))
    }
    local.close()
    print("Rapporteur with the link cut (local first):")
    describe("  draft saved                                         ", drafts)
    describe("  note saved (kept here, sent later)                  ", saves)
    print("  after the link came back: \(waiting) of 101 notes still waiting")
  }
}
