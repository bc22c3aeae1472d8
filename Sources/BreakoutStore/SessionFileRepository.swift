import BreakoutCore
import Foundation

/// The session file as a repository. Each call runs the store's work on a queue of its own and resumes when it is
/// done: a write waiting for another program's lock holds up neither the screen nor the threads other work needs,
/// and reads (WAL readers never wait for the writer) do not queue behind it.
public final class SessionFileRepository: SessionRepository {
  public let store: SessionStore
  /// How often the file is asked whether anything changed (one row read).
  let pollInterval: TimeInterval
  private let writes = DispatchQueue(label: "breakout.session-file.writes", qos: .userInitiated)
  private let reads = DispatchQueue(label: "breakout.session-file.reads", qos: .userInitiated)

  /// Up to this many notes a first look reads the whole session (a few milliseconds): the screen then has every
  /// note from its first frame.
  let firstLookWholeUpTo: Int

  public init(store: SessionStore, pollInterval: TimeInterval = 0.05, firstLookWholeUpTo: Int = 5_000) {
    self.store = store
    self.pollInterval = pollInterval
    self.firstLookWholeUpTo = firstLookWholeUpTo
  }

  public var readOnlyReason: String? { store.readOnlyReason }

  private func run<T: Sendable>(on queue: DispatchQueue, _ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      queue.async {
        do {
          continuation.resume(returning: try work())
        } catch let failure as StorageFailure {
          continuation.resume(throwing: failure)
        } catch let failure as SessionFileError {
          continuation.resume(throwing: failure)
        } catch {
          continuation.resume(throwing: StorageFailure.unexpected("\(error)"))
        }
      }
    }
  }

  /// Waits for the work already on the queues (a call returns before its block has let go of the store).
  func finishWork() throws {
    writes.sync {}
    reads.sync {}
  }

  func write<T: Sendable>(_ work: @escaping @Sendable (SessionStore) throws -> T) async throws -> T {
    let store = store
    return try await run(on: writes) { try work(store) }
  }

  public func snapshot() async throws -> SessionSnapshot {
    let store = store
    return try await run(on: reads) { try store.snapshot() }
  }

  public func firstLook(notesOf choose: @escaping @Sendable (SessionSnapshot) -> Int64?) async throws
    -> SessionSnapshot
  {
    let store = store
    let wholeUpTo = firstLookWholeUpTo
    return try await run(on: reads) { try store.firstLook(notesOf: choose, wholeUpTo: wholeUpTo) }
  }

  public func refreshed(_ snapshot: SessionSnapshot) async throws -> SessionSnapshot {
    let store = store
    return try await run(on: reads) { try store.refreshed(snapshot) }
  }

  public func changes() -> AsyncStream<SessionChange> {
    let (stream, continuation) = AsyncStream.makeStream(of: SessionChange.self, bufferingPolicy: .bufferingNewest(1))
    let store = store
    // Read now: a change made after this call is never missed, however late the first look.
    let last = LastSeen(try? store.regionVersions())
    // A timer on the reads queue, not a task: it runs whatever else holds Swift's shared threads.
    let timer = DispatchSource.makeTimerSource(queue: reads)
    timer.schedule(deadline: .now() + pollInterval, repeating: pollInterval, leeway: .milliseconds(10))
    timer.setEventHandler {
      guard let versions = try? store.regionVersions(), versions != last.value else { return }
      let moved = versions.keys.filter { versions[$0] != last.value?[$0] }
      last.value = versions
      continuation.yieldMerging(
        moved.reduce(into: SessionChange()) { $0.formUnion(Schema.Region(rawValue: $1)?.change ?? .all) })
    }
    let watch = Watch(timer)
    continuation.onTermination = { _ in watch.timer.cancel() }
    timer.resume()
    return stream
  }

  /// A watcher's timer, cancelled (safely from any thread) when nobody listens any more.
  private final class Watch: @unchecked Sendable {
    let timer: any DispatchSourceTimer
    init(_ timer: any DispatchSourceTimer) { self.timer = timer }
  }

  /// The counters last seen by a watcher, touched only on the reads queue.
  private final class LastSeen: @unchecked Sendable {
    var value: [String: Int]?
    init(_ value: [String: Int]?) { self.value = value }
  }

  public func drafts() async throws -> [Draft] {
    let store = store
    return try await run(on: reads) { try store.drafts() }
  }

  public func save(_ draft: Draft) async throws { try await write { try $0.save(draft) } }

  public func discardDraft(owner: String, group: Int64) async throws {
    try await write { try $0.discardDraft(owner: owner, group: group) }
  }

  public func commit(_ draft: Draft, author: String) async throws -> NoteCommit {
    try await write { store in
      let commit = try store.commitChecked(draft, author: author)
      return NoteCommit(note: commit.note, keptBesideNewerVersion: commit.keptBesideNewerVersion)
    }
  }

  public func deleteNote(_ id: Int64) async throws { try await write { try $0.deleteNote(id) } }

  public func setKeyPoint(note id: Int64, _ isKeyPoint: Bool, author: String) async throws {
    _ = try await write { try $0.editNote(id, isKeyPoint: isKeyPoint, author: author) }
  }

  public func moveNote(_ id: Int64, toQuestion question: Int) async throws {
    try await write { try $0.moveNote(id, toQuestion: question) }
  }

  public func save(_ timers: [Timebox]) async throws { try await write { try $0.save(timers) } }

  public func broadcast(_ text: String, to group: Int64?, author: String) async throws {
    _ = try await write { try $0.broadcast(text, to: group, author: author) }
  }

  public func requestHelp(group: Int64, text: String, author: String) async throws {
    _ = try await write { try $0.requestHelp(group: group, text: text, author: author) }
  }

  public func acknowledgeHelp(group: Int64) async throws { try await write { try $0.acknowledgeHelp(group: group) } }

  public func setCurrentAgendaItem(_ id: Int64?) async throws { try await write { try $0.setCurrentAgendaItem(id) } }

  public func setIntroduction(group: Int64, text: String?) async throws {
    try await write { try $0.setIntroduction(group: group, text: text) }
  }

  @discardableResult
  public func addPlenaryItem(_ section: PlenaryItem.Section, text: String, speaker: Int64?, day: Int?) async throws
    -> Int64
  {
    try await write { try $0.addPlenaryItem(section, text: text, speaker: speaker, day: day) }
  }

  public func removePlenaryItem(_ id: Int64) async throws { try await write { try $0.removePlenaryItem(id) } }

  public func apply(_ assignment: Assignment) async throws { try await write { try $0.apply(assignment) } }

  public func move(participant: Int64, to group: Int64?, lock: Bool) async throws {
    try await write { try $0.move(participant: participant, to: group, lock: lock) }
  }

  public func setLock(participant: Int64, locked: Bool) async throws {
    try await write { try $0.setLock(participant: participant, locked: locked) }
  }

  public func setLeads(group: Int64, moderator: Int64?, rapporteur: Int64?) async throws {
    try await write { try $0.setLeads(group: group, moderator: moderator, rapporteur: rapporteur) }
  }

  public func setAbsent(participants: [Int64], absent: Bool) async throws {
    try await write { try $0.setAbsent(participants: participants, absent: absent) }
  }

  public func startRound(name: String?, groupOf: [Int64: Int64]) async throws -> Int {
    try await write { try $0.startRound(name: name, groupOf: groupOf) }
  }

  public func setCurrentRound(_ number: Int) async throws {
    try await write { try $0.setCurrentRound(number) }
  }

  public func setCapacity(group: Int64, capacity: Int?) async throws {
    try await write { try $0.setCapacity(group: group, capacity: capacity) }
  }

  public func addParticipant(_ person: Participant) async throws {
    _ = try await write { try $0.addParticipant(person) }
  }

  public func updateParticipant(_ person: Participant) async throws {
    try await write { try $0.updateParticipant(person) }
  }

  public func deleteParticipant(_ id: Int64) async throws { try await write { try $0.deleteParticipant(id) } }

  public func importRoster(_ data: Data, mapping: [String: RosterField], encoding: RosterEncoding, dryRun: Bool)
    async throws -> ImportReport
  {
    try await write { try $0.importRoster(data, mapping: mapping, encoding: encoding, dryRun: dryRun) }
  }

  public func setGroupCounts(_ counts: [(theme: String, count: Int)], capacity: Int?) async throws {
    try await write { try $0.setGroupCounts(counts, capacity: capacity) }
  }

  public func addRule(_ rule: GroupingRule) async throws { try await write { try $0.addRule(rule) } }

  public func addTheme(shortName: String, name: String) async throws {
    try await write { try $0.addTheme(shortName: shortName, name: name) }
  }

  public func renameTheme(_ reference: String, to name: String) async throws {
    try await write { try $0.renameTheme(reference, to: name) }
  }

  public func setQuestion(_ number: Int, text: String, title: String?) async throws {
    try await write { try $0.setQuestion(number, text: text, title: title) }
  }

  public func setQuestionTitle(_ number: Int, title: String?) async throws {
    try await write { try $0.setQuestionTitle(number, title: title) }
  }

  public func removeQuestion(_ number: Int) async throws { try await write { try $0.removeQuestion(number) } }

  public func setPurpose(_ purpose: String?) async throws { try await write { try $0.setPurpose(purpose) } }

  public func setNotIdentifying(_ words: [String], _ notIdentifying: Bool) async throws {
    try await write { try $0.setNotIdentifying(words, notIdentifying) }
  }

  public func addAgendaItem(day: Int, startsAt: String, title: String) async throws {
    try await write { try $0.addAgendaItem(day: day, startsAt: startsAt, title: title) }
  }

  @discardableResult
  public func addNote(_ note: NewNote) async throws -> Note {
    try await write {
      try $0.addNote(
        group: note.group, question: note.question, text: note.text, speaker: note.speaker, tags: note.tags,
        isKeyPoint: note.isKeyPoint, day: note.day, author: note.author, now: note.writtenAt ?? Date())
    }
  }

  @discardableResult
  public func importNotes(_ data: Data, author: String) async throws -> Int {
    try await write { try $0.importNotes(data, author: author) }
  }
}
