import BreakoutCore
import BreakoutStore
import BreakoutTUI
import Foundation

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
          let store = try SessionStore.open(path)
          let state = AppState(session: try store.snapshot(), width: 100, height: 30, now: Date())
          _ = render(state)
        })
    }
    describe("  open to first frame (store + render, no terminal)", firstFrame)

    let store = try SessionStore.open(path)
    var reloads: [Double] = []
    for _ in 0..<5 { reloads.append(try milliseconds { _ = try store.snapshot() }) }
    describe("  reload after another terminal's change             ", reloads)

    let session = try store.snapshot()
    let group = session.groups[0].id
    var state = AppState(
      session: session, seat: .rapporteur(groupID: group), width: 100, height: 30, now: Date(), owner: "bench")
    _ = reduce(&state, .key(.character("a")))
    var keys: [Double] = []
    let text = Array("Trust between banks and NGOs grows when they train together on red flags. ")
    for index in 0..<300 {
      let character = text[index % text.count]
      keys.append(
        try milliseconds {
          for effect in reduce(&state, .key(.character(character))) {
            if case .saveDraft(let draft) = effect { try store.save(draft) }
          }
          _ = render(state)
        })
    }
    describe("  one typed character (reduce + render + draft save) ", keys)
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
