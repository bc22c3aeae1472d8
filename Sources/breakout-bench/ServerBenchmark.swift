import BreakoutCore
import BreakoutRuntime
import BreakoutServer
import Foundation

/// A session on a PostgreSQL server, measured through the repository as the screen and the command line use it:
/// a note's commit, another client's note from its commit to this client's refreshed session, a whole read and a
/// first look of a demo-sized session. `URL` names the server (`postgres://USER@HOST:PORT/DATABASE`).
enum ServerBenchmark {
  static func run(url: String) throws {
    let executor = ThreadExecutor(name: "bench-server")
    let session = "bench\(UInt32.random(in: 0..<UInt32.max))"
    let address = try ServerAddress.parse(url + "?session=\(session)")
    func repository() throws -> ServerRepository {
      ServerRepository(connection: try ServerConnection(address, executor: executor))
    }
    let here = try repository()
    let there = try repository()
    let roster = BigSession.roster(rows: 62)
    print("Server session \(address) (loopback):")
    let (commits, arrivals, reads, looks) = try executor.wait {
      _ = try await ServerRepository.create(here.connection, info: SessionInfo(title: "Benchmark", days: 2))
      _ = try await here.importRoster(roster, mapping: [:], encoding: .utf8, dryRun: false)
      try await here.setGroupCounts([("supply-chain", 2), ("technology", 1), ("finance", 1)], capacity: nil)
      let groups = try await here.snapshot().groups.map(\.id)
      var commits: [Double] = []
      for index in 0..<300 {
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
        let text = "Seen across the room \(index)"
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
      var looks: [Double] = []
      for _ in 0..<20 {
        var start = DispatchTime.now().uptimeNanoseconds
        _ = try await here.snapshot()
        reads.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        start = DispatchTime.now().uptimeNanoseconds
        _ = try await here.firstLook(notesOf: { $0.groups.first?.id })
        looks.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
      }
      return (commits, arrivals, reads, looks)
    }
    describe("  note commit (one transaction)                       ", commits)
    describe("  another client's note, commit to this client's read ", arrivals)
    describe("  whole session read (62 people, 400 notes)           ", reads)
    describe("  first look (one group's notes)                      ", looks)
  }
}
