import BreakoutCore
import BreakoutRuntime
import BreakoutStore
import BreakoutTUI
import Foundation
import GRDB

/// What the screen costs on a session of 5,000 participants and 50,000 notes: opening to the first frame, reloading
/// after another terminal's change, and one typed character (reduce + render, plus the draft save every fifth key).
enum ScreenBenchmark {
  static func run(folder: String) throws {
    let path = folder + "/big.sqlite"
    let makeTime = try milliseconds { try BigSession.make(at: path) }
    print(String(format: "Screen, on 5,000 participants and 50,000 notes (made in %.1f s):", makeTime / 1000))

    var firstFrame: [Double] = []
    for _ in 0..<5 {
      firstFrame.append(
        try milliseconds {
          let repository = try SessionFileRepository.open(path)
          let state = AppState(
            session: try waitFor { try await repository.snapshot() }, width: 100, height: 30, now: Date())
          _ = render(state)
        })
    }
    describe("  open to first frame, facilitator (store + render)  ", firstFrame)
    var firstLook: [Double] = []
    for _ in 0..<5 {
      firstLook.append(
        try milliseconds {
          let repository = try SessionFileRepository.open(path)
          let session = try waitFor { try await repository.firstLook(notesOf: { $0.groups.first?.id }) }
          let state = AppState(
            session: session, seat: .rapporteur(groupID: session.groups[0].id), width: 100, height: 30, now: Date())
          _ = render(state)
        })
    }
    describe("  open to first frame, rapporteur (one group's notes)", firstLook)

    let here = try SessionFileRepository.open(path)
    let other = try SessionFileRepository.open(path)
    let session = try waitFor { try await here.snapshot() }
    let group = session.groups[0].id
    let (fullReads, refreshes) = try waitFor {
      var fullReads: [Double] = []
      for _ in 0..<5 { fullReads.append(try await asyncMilliseconds { _ = try await here.snapshot() }) }
      var refreshes: [Double] = []
      var seen = session
      for index in 0..<50 {
        try await other.addNote(
          NewNote(group: group, question: 1 + index % 4, text: "From the next room \(index)", author: "b"))
        refreshes.append(try await asyncMilliseconds { seen = try await here.refreshed(seen) })
      }
      return (fullReads, refreshes)
    }
    describe("  reading the whole session                          ", fullReads)
    describe("  refresh after another terminal's note (what moved) ", refreshes)

    // Another terminal's note, from its commit to this screen's inbox (the change watcher and the refresh).
    let repository = try SessionFileRepository.open(path, busyTimeout: 1)
    let runtime = SessionRuntime(repository: repository, runner: EffectRunner(repository: repository, owner: "bench"))
    runtime.start(from: try waitFor { try await here.snapshot() })
    var arrivals: [Double] = []
    for index in 0..<50 {
      let text = "Seen across the room \(index)"
      try waitFor { try await other.addNote(NewNote(group: group, question: 2, text: text, author: "b")) }
      let committed = DispatchTime.now().uptimeNanoseconds
      var arrived = false
      while !arrived {
        for case .reloaded(let snapshot) in runtime.inbox.take() where snapshot.notes.last?.text == text {
          arrived = true
        }
        if !arrived { usleep(200) }
      }
      arrivals.append(Double(DispatchTime.now().uptimeNanoseconds - committed) / 1_000_000)
      usleep(UInt32.random(in: 0..<100_000))
    }
    describe("  another terminal's note, commit to this screen     ", arrivals)

    // Typing while another program holds the session file: the key path is reduce, render and handing the
    // effects to the runtime; the draft saves wait on the runtime's thread.
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let holder = try DatabaseQueue(path: path)
    DispatchQueue.global().async {
      try? holder.inDatabase { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        holding.signal()
        release.wait()
        try db.execute(sql: "ROLLBACK")
      }
    }
    holding.wait()
    var state = AppState(
      session: runtime.latestSession ?? session, seat: .rapporteur(groupID: group), width: 100, height: 30,
      now: Date(), owner: "bench")
    _ = reduce(&state, .key(.character("a")))
    var keys: [Double] = []
    let text = Array("Trust between banks and NGOs grows when they train together on red flags. ")
    let typing = Date()
    var index = 0
    while Date().timeIntervalSince(typing) < 5 {
      let character = text[index % text.count]
      index += 1
      keys.append(
        milliseconds {
          for action in [Action.key(.character(character))] + runtime.inbox.take() {
            for effect in reduce(&state, action) { runtime.send(effect) }
          }
          _ = render(state)
        })
      usleep(10_000)
    }
    release.signal()
    describe("  one typed character, the file held by another program (reduce + render)", keys)
    runtime.finish(timeout: 5)
    var renders: [Double] = []
    for _ in 0..<50 { renders.append(milliseconds { _ = render(state) }) }
    describe("  render alone, Notes screen with the editor open   ", renders)

    // A clock tick redraws the screen five times a second: what it costs where the screen shows compiled text.
    for screen in [Screen.summary, .groups] {
      var facilitator = AppState(session: session, width: 100, height: 30, now: Date())
      _ = reduce(&facilitator, .key(.character(screen == .summary ? "5" : "2")))
      var ticks: [Double] = []
      for index in 0..<20 {
        ticks.append(
          milliseconds {
            _ = reduce(&facilitator, .tick(Date().addingTimeInterval(Double(index) * 0.2)))
            _ = render(facilitator)
          })
      }
      let name = screen.title.padding(toLength: 10, withPad: " ", startingAt: 0)
      describe("  a clock tick on the \(name) screen (reduce + render)", ticks)
    }
  }
}
