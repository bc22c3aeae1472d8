import BreakoutCore
import Foundation
import Testing

@testable import BreakoutRuntime
@testable import BreakoutStore
@testable import BreakoutTUI

func temporaryFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("breakout-runtime-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// A session with four groups, opened a second time as the screen opens it (a 1 s wait for another's lock).
struct LiveSession {
  let other: SessionStore
  let screen: SessionStore
  let repository: SessionFileRepository
  let group: Int64

  init() throws {
    other = try SessionStore.create(try temporaryFolder() + "/live.sqlite", info: SessionInfo(title: "Live", days: 2))
    try other.setGroupCounts([("supply-chain", 2), ("technology", 1), ("finance", 1)])
    group = try other.snapshot().groups[0].id
    screen = try SessionStore.open(other.path, busyTimeout: 1)
    repository = SessionFileRepository(store: screen, pollInterval: 0.05, firstLookWholeUpTo: 0)
  }

  func runtime() -> SessionRuntime {
    SessionRuntime(repository: repository, runner: EffectRunner(repository: repository, owner: "ana"))
  }

  func draft(_ text: String) -> Draft {
    Draft(owner: "ana", groupID: group, question: 1, text: text, updatedAt: Date())
  }

  /// Holds the session file's write lock from another connection until `release` is signalled.
  func holdLock() -> DispatchSemaphore {
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let other = other
    DispatchQueue.global().async {
      try? other.write { _ in
        holding.signal()
        release.wait()
      }
    }
    holding.wait()
    return release
  }
}

/// Takes what arrives in the inbox until `found` says it is there (or `timeout` seconds pass): a wait on a
/// condition, never a fixed sleep. The tests wait on their own thread: the suite's other tests may hold all of
/// Swift's shared threads, which the runtime must not need.
func collect(from inbox: Inbox, timeout: TimeInterval = 10, until found: ([Action]) -> Bool) -> [Action] {
  var actions: [Action] = []
  let deadline = Date().addingTimeInterval(timeout)
  while !found(actions) && Date() < deadline {
    actions += inbox.take()
    Thread.sleep(forTimeInterval: 0.01)
  }
  return actions
}

/// Runs async work to its end on a thread of its own and waits for it.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
  try! ThreadExecutor.once(name: "test") { await work() }
}

@Suite struct RuntimeTests {
  @Test func aNoteSavedWhileAnotherProgramHoldsTheFileNeverHoldsUpTheScreen() throws {
    let session = try LiveSession()
    let runtime = session.runtime()
    let release = session.holdLock()
    let draft = session.draft("Typed while the file was held")
    runtime.send(.commitNote(draft))
    #expect(!runtime.inbox.take().contains { if case .noteSaved = $0 { true } else { false } }, "still waiting")
    // The lock outlasts the screen's wait: the save says so, and the screen retries it.
    let busy = collect(from: runtime.inbox) { $0.contains(.failed(.commitNote(draft), .busy)) }
    #expect(busy.contains(.failed(.commitNote(draft), .busy)))
    release.signal()
    runtime.send(.commitNote(draft))
    let saved = collect(from: runtime.inbox) { $0.contains { if case .noteSaved = $0 { true } else { false } } }
    guard case .noteSaved(let commit)? = saved.first(where: { if case .noteSaved = $0 { true } else { false } }) else {
      Issue.record("saved once the file was free: \(saved)")
      return
    }
    #expect(commit.note.text == draft.text && !commit.keptBesideNewerVersion)
    #expect(try session.other.snapshot().notes.map(\.text) == [draft.text], "saved once")
    #expect(runtime.finish(timeout: 5))
  }

  @Test func anotherTerminalsNoteReachesTheScreenAsAReload() throws {
    let session = try LiveSession()
    let runtime = session.runtime()
    _ = try session.other.addNote(group: session.group, question: 2, text: "From the next room", author: "ben")
    let actions = collect(from: runtime.inbox) { actions in
      actions.contains { if case .reloaded(let snapshot) = $0 { snapshot.notes.count == 1 } else { false } }
    }
    let reloaded = actions.compactMap { action -> SessionSnapshot? in
      if case .reloaded(let snapshot) = action { snapshot } else { nil }
    }
    #expect(reloaded.last?.notes.map(\.text) == ["From the next room"])
    #expect(runtime.finish(timeout: 5))
  }

  @Test func theScreenOpensWithTheSessionAndTheDraftsLeftInIt() throws {
    let session = try LiveSession()
    _ = try session.other.addNote(group: session.group, question: 1, text: "Already there", author: "ben")
    try session.other.save(session.draft("Left half-typed"))
    let runtime = session.runtime()
    let (opened, drafts) = try runtime.open()
    #expect(opened.notes.map(\.text) == ["Already there"])
    #expect(drafts.map(\.text) == ["Left half-typed"])
    #expect(runtime.latestSession == opened, "later changes are read from here")
    #expect(runtime.finish(timeout: 5))
  }

  /// A rapporteur's screen opens on its group's notes; the whole session follows as a reload, unasked.
  @Test func aRapporteursScreenOpensOnItsGroupAndTheRestFollows() throws {
    let session = try LiveSession()
    let others = try session.other.snapshot().groups.map(\.id).filter { $0 != session.group }
    _ = try session.other.addNote(group: session.group, question: 1, text: "Ours", author: "ana")
    _ = try session.other.addNote(group: others[0], question: 2, text: "Theirs", author: "ben")
    let runtime = session.runtime()
    let group = session.group
    let (opened, _) = try runtime.open(notesOf: { _ in group })
    #expect(opened.notes.map(\.text) == ["Ours"] && opened.notesOnlyOf == group)
    #expect(opened.participants == (try session.other.snapshot().participants), "all but the notes is read")
    let whole = collect(from: runtime.inbox) { actions in
      actions.contains { if case .reloaded(let s) = $0 { s.notesOnlyOf == nil } else { false } }
    }
    let reloaded = whole.compactMap { if case .reloaded(let s) = $0 { s } else { nil } }.last
    #expect(reloaded == (try session.other.snapshot()))
    #expect(runtime.finish(timeout: 5))
  }

  /// The screen shows a change at once; if the store refuses it, the session as it stands comes with the refusal.
  @Test func aRefusedChangeComesBackWithTheSessionAsItStands() throws {
    let session = try LiveSession()
    let runtime = session.runtime()
    runtime.start(from: try session.screen.snapshot())
    runtime.send(.deleteNote(4242))
    let actions = collect(from: runtime.inbox) { $0.contains { if case .reloaded = $0 { true } else { false } } }
    #expect(actions.first == .failed(.deleteNote(4242), .refused(.noNote(4242))))
    #expect(actions.count == 2, "the failure and the session together: \(actions)")
    #expect(runtime.finish(timeout: 5))
  }

  @Test func anEditOfAnOlderRevisionIsSavedBesideTheNewerOne() throws {
    let session = try LiveSession()
    let note = try session.other.addNote(group: session.group, question: 1, text: "First words", author: "ben")
    _ = try session.other.editNote(note.id, text: "Ben's change", author: "ben")
    var edit = session.draft("Ana's change")
    edit.editingNoteID = note.id
    edit.baseRevision = 1
    let runner = EffectRunner(repository: session.repository, owner: "ana")
    let commit = edit
    let actions = blocking { await runner.perform(.commitNote(commit)) }
    guard case .noteSaved(let saved)? = actions.first else {
      Issue.record("\(actions)")
      return
    }
    #expect(saved.keptBesideNewerVersion && saved.note.id != note.id)
    #expect(Set(try session.other.snapshot().notes.map(\.text)) == ["Ben's change", "Ana's change"])
  }

  @Test func slowWorkIsDoneByTheRunnerAndComesBackAsItsResult() throws {
    let session = try LiveSession()
    try session.other.addParticipant(Participant(id: 0, name: "Ana Lima", organisation: "Acme"))
    let work = Work.assignmentPreview(
      AssignmentWork(session: try session.other.snapshot(), reshuffle: false, words: .english))
    let runner = EffectRunner(repository: session.repository, owner: "ana")
    let actions = blocking { await runner.perform(.compute(work)) }
    #expect(actions == [.computed(work.perform())])
    guard case .computed(.assignmentPreview(.preview(let preview)))? = actions.first else {
      Issue.record("\(actions)")
      return
    }
    #expect(preview.assignment.groupOf.count == 1)
  }

  @Test func aRefusalComesBackTypedWithTheEffect() throws {
    let session = try LiveSession()
    let runner = EffectRunner(repository: session.repository, owner: "ana")
    let actions = blocking { await runner.perform(.deleteNote(4242)) }
    #expect(actions == [.failed(.deleteNote(4242), .refused(.noNote(4242)))])
  }

  @Test func anExportIsWrittenOrSaysWhyNot() throws {
    let session = try LiveSession()
    _ = try session.other.addNote(group: session.group, question: 1, text: "Exported", author: "ben", now: Date())
    let snapshot = try session.other.snapshot()
    let runner = EffectRunner(repository: session.repository, owner: "ana")
    let folder = try temporaryFolder()
    let export = SummaryExport(format: .md, options: SummaryOptions(allNotes: true), output: folder + "/s.md")
    let written = blocking { await runner.perform(.export(export, session: snapshot)) }
    #expect(written == [.exported(path: folder + "/s.md", attribution: .named, withheld: [])])
    #expect(try String(contentsOfFile: folder + "/s.md", encoding: .utf8).contains("- Exported"))
    let missing = folder + "/no/such/folder/s.md"
    let refused = blocking {
      await runner.perform(.export(SummaryExport(format: .md, output: missing), session: snapshot))
    }
    #expect(refused == [.exportFailed(path: missing, reason: "cannot write \(missing): No such file or directory")])
  }
}

@Suite struct EffectQueueTests {
  func draft(_ text: String, group: Int64 = 1) -> Draft {
    Draft(owner: "ana", groupID: group, question: 1, text: text, updatedAt: Date(timeIntervalSince1970: 0))
  }

  @Test func aDraftSaveLastInLineGivesWayToANewerOneAndNothingChangesOrder() {
    let queue = EffectQueue()
    queue.push(.saveDraft(draft("T")))
    queue.push(.saveDraft(draft("Tr")))
    queue.push(.commitNote(draft("Tru")))
    queue.push(.saveDraft(draft("N")))
    queue.push(.saveDraft(draft("x", group: 2)))
    queue.push(.saveDraft(draft("Ne")))
    queue.close()
    let taken = blocking {
      var taken: [Effect] = []
      while let effect = await queue.next() { taken.append(effect) }
      return taken
    }
    #expect(
      taken == [
        .saveDraft(draft("Tr")), .commitNote(draft("Tru")), .saveDraft(draft("N")),
        .saveDraft(draft("x", group: 2)), .saveDraft(draft("Ne")),
      ])
  }

  @Test func aWaitingWorkerIsHandedTheNextEffect() {
    let queue = EffectQueue()
    let inbox = Inbox()
    let worker = ThreadExecutor(name: "worker")
    defer { worker.stop() }
    Task(executorPreference: worker) {
      while let effect = await queue.next() { inbox.post([.failed(effect, .busy)]) }
      inbox.post([.terminate])
    }
    let deadline = Date().addingTimeInterval(10)
    while !queue.hasWaitingWorker && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    #expect(queue.hasWaitingWorker)
    queue.push(.deleteNote(7))
    #expect(collect(from: inbox) { !$0.isEmpty } == [.failed(.deleteNote(7), .busy)])
    queue.close()
    #expect(collect(from: inbox) { !$0.isEmpty } == [.terminate], "closed, the worker stops")
  }
}
