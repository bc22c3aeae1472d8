import BreakoutCore
import BreakoutStore
import Foundation

/// A rapporteur's way into a session on a server when the network may drop: what is typed and saved is kept first
/// in the person's own file (`LocalOutbox`), and saved notes are sent to the server in the order they were saved,
/// each exactly once, as soon as it can be reached. The screen keeps working meanwhile: notes not yet sent are shown
/// with the others (ids below zero) and the session says how the link stands (`SessionSnapshot.link`).
///
/// Everything else (the roster, the clocks, messages) goes to the server as it would without this.
public final class LocalFirstRepository: SessionRepository {
  public let server: ServerRepository
  public let outbox: LocalOutbox
  /// How long a save waits for the server to take the note before the note is shown as waiting instead (a screen
  /// waits not at all: its keys never wait for the network).
  let patience: Duration
  /// How long a read waits for the server before the session as last read is given instead (a screen waits not at
  /// all: what it saved shows at once, and what the server has that is newer follows).
  let readPatience: Duration
  private let link = Shared(Link())
  private let board = DeliveryBoard()
  private let listeners = Listeners()
  private let wake: AsyncStream<Void>.Continuation
  private let sender: Task<Void, Never>

  struct Link: Sendable {
    /// The session as the server last gave it, without the notes waiting here.
    var lastServer: SessionSnapshot?
    var isOffline = false
    var isProbing = false
    /// When the session was last kept in the outbox (see `keepEvery`).
    var keptAt: Date?
    /// Started from the session kept here while the server was away: it is opened (its schema checked) before it
    /// is first read.
    var needsOpening = false
    /// Moves whenever what this client adds to the session moves, so a screen takes the change as new.
    var stamp = 0
  }

  /// How often the session as read is kept in the outbox, for a start while the server is away.
  static let keepEvery: TimeInterval = 30

  /// - Parameter kept: the session as last read, kept in the outbox, when the server could not be reached to open
  ///   it: reads give it (offline) until the server answers.
  public init(
    server: ServerRepository, outbox: LocalOutbox, patience: Duration = .seconds(1),
    readPatience: Duration = .milliseconds(1500), retryEvery retry: Duration = .seconds(1),
    startingFrom kept: SessionSnapshot? = nil
  ) {
    self.server = server
    self.outbox = outbox
    self.patience = patience
    self.readPatience = readPatience
    if let kept {
      link.update {
        $0.lastServer = kept
        $0.isOffline = true
        $0.needsOpening = true
      }
    }
    let (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    self.wake = wake
    let (link, board, listeners) = (link, board, listeners)
    sender = Task(executorPreference: server.connection.executor) {
      var wakings = wakes.makeAsyncIterator()
      while !Task.isCancelled {
        if await Self.sendWaiting(server: server, outbox: outbox, link: link, board: board, listeners: listeners) {
          guard await wakings.next() != nil else { return }
        } else {
          try? await Task.sleep(for: retry)
        }
      }
    }
    wake.yield()
  }

  deinit {
    sender.cancel()
    wake.finish()
  }

  /// Sends the waiting notes in order until one cannot be sent; whether all were sent (or refused for good).
  private static func sendWaiting(
    server: ServerRepository, outbox: LocalOutbox, link: Shared<Link>, board: DeliveryBoard, listeners: Listeners
  ) async -> Bool {
    guard let waiting = try? outbox.waiting() else { return false }
    for entry in waiting {
      do {
        let commit = try await server.deliver(entry.note)
        // Not noted here (the disk full): it stays waiting, and sending it again finds it delivered, writing nothing.
        try? outbox.markDelivered(entry.sequence, as: commit.note.id)
        board.resolve(entry.sequence, commit)
        link.update {
          $0.isOffline = false
          $0.stamp += 1
        }
      } catch let failure as StorageFailure where !failure.isRefusalForGood {
        board.resolve(entry.sequence, nil)
        if failure == .unreachable {
          let wentAway = link.update {
            let was = $0.isOffline
            $0.isOffline = true
            $0.stamp += 1
            return !was
          }
          if wentAway {
            serverLog.warning("server unreachable; notes kept here", metadata: ["waiting": "\(waiting.count)"])
          }
        }
        listeners.announce(.notes)
        return false
      } catch {
        // Refused for good (the group or question is gone, this login may not write there): kept here, said.
        // Every other failure (above) is tried again: a note is never given up on because the server went away.
        try? outbox.markRefused(entry.sequence, reason: "\(error)")
        serverLog.error(
          "note refused by the server for good; kept here",
          metadata: ["outbox entry": "\(entry.sequence)", "reason": "\(error)", "outbox": "\(outbox.path)"])
        board.resolve(entry.sequence, nil)
        link.update { $0.stamp += 1 }
      }
      listeners.announce(.notes)
    }
    return await sendChanges(server: server, outbox: outbox, link: link, listeners: listeners)
  }

  /// Sends the facilitator's kept changes in order, once every note has gone (a key point may be of one of them);
  /// whether all were sent (or refused for good).
  private static func sendChanges(
    server: ServerRepository, outbox: LocalOutbox, link: Shared<Link>, listeners: Listeners
  ) async -> Bool {
    guard let waiting = try? outbox.waitingChanges() else { return false }
    for (sequence, change) in waiting {
      do {
        switch change {
        case .clocks(let timers): try await server.save(timers)
        case .broadcast(let text, let group, let author, let sentAt):
          // A message whose first sending timed out may have arrived after all: the same words from the same
          // person to the same group since it was written are that message.
          let arrived = try await server.withoutNotes().broadcasts.contains {
            $0.text == text && $0.author == author && $0.groupID == group && $0.sentAt >= sentAt.addingTimeInterval(-1)
          }
          if !arrived { try await server.broadcast(text, to: group, author: author) }
        case .keyPoint(let note, let isKeyPoint, let author):
          let id = note < 0 ? try outbox.deliveredNoteID(-note) : note
          guard let id else { throw StorageFailure.refused(.noteNotSentYet) }
          try await server.setKeyPoint(note: id, isKeyPoint, author: author)
        case .move(let participant, let group, let lock):
          if let why = try await server.withoutNotes().whyNotMove(participant: participant, to: group) {
            throw MoveRefused(reason: why)
          }
          try await server.move(participant: participant, to: group, lock: lock)
        }
        try? outbox.markChangeSent(sequence)
      } catch let failure as StorageFailure where !failure.isRefusalForGood {
        if failure == .unreachable {
          link.update {
            $0.isOffline = true
            $0.stamp += 1
          }
        }
        return false
      } catch {
        try? outbox.markChangeRefused(sequence, reason: "\(error)")
        serverLog.error(
          "change refused by the server for good", metadata: ["outbox change": "\(sequence)", "reason": "\(error)"])
      }
      link.update { $0.stamp += 1 }
      listeners.announce(.all)
    }
    return true
  }

  /// Stops sending (what waits stays in the file for the next start).
  public func close() {
    sender.cancel()
    wake.finish()
    try? outbox.close()
  }

  /// Tries to send what waits for up to `time`; how many notes still wait.
  public func sendWaiting(within time: Duration) async -> Int {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: time)
    func left() -> Int { ((try? outbox.waiting().count) ?? 0) + ((try? outbox.waitingChanges().count) ?? 0) }
    while clock.now < deadline {
      if left() == 0 { return 0 }
      wake.yield()
      try? await Task.sleep(for: .milliseconds(50))
    }
    return left()
  }

  public var readOnlyReason: String? { nil }

  // MARK: Reading

  public func snapshot() async throws -> SessionSnapshot {
    try await fromServer { try await $0.snapshot() }
  }

  public func firstLook(notesOf choose: @escaping @Sendable (SessionSnapshot) -> Int64?) async throws
    -> SessionSnapshot
  {
    try await fromServer { try await $0.firstLook(notesOf: choose) }
  }

  public func refreshed(_ snapshot: SessionSnapshot) async throws -> SessionSnapshot {
    guard let base = link.value.lastServer else { return try await self.snapshot() }
    return try await fromServer { try await $0.refreshed(base) }
  }

  /// The server's session with what waits here on top. Only the first read waits for the server; after it, a read
  /// that takes longer than `readPatience` (a slow link) gives the session as last read and announces the newer one
  /// when it comes, and while the server cannot be reached the last one is given at once, the server being tried
  /// beside.
  private func fromServer(_ read: @escaping @Sendable (ServerRepository) async throws -> SessionSnapshot)
    async throws -> SessionSnapshot
  {
    let state = link.value
    // The first read, and the whole session after a first look of one group's notes, are waited for.
    guard let last = state.lastServer, last.notesOnlyOf == nil else { return overlaid(try await readNow(read)) }
    if state.isOffline {
      probe(read)
      return overlaid(last)
    }
    let answer = Answer<SessionSnapshot>()
    let executor = server.connection.executor
    Task(executorPreference: executor) {
      let read = try? await self.readNow(read)
      // Late, and with something new: the screen is told, and reads it (then at once: nothing newer is there).
      if !answer.give(.success(self.overlaid(read ?? self.link.value.lastServer ?? last))), let read,
        read.storeStamps != last.storeStamps
      {
        self.listeners.announce(.all)
      }
    }
    Task(executorPreference: executor) {
      try? await Task.sleep(for: self.readPatience)
      answer.give(.success(self.overlaid(self.link.value.lastServer ?? last)))
    }
    return try await withCheckedThrowingContinuation { answer.waiting($0) }
  }

  /// Reads from the server, keeping what it gave and how the link stands.
  private func readNow(_ read: (ServerRepository) async throws -> SessionSnapshot) async throws -> SessionSnapshot {
    do {
      if link.value.needsOpening {
        try await server.open()
        link.update { $0.needsOpening = false }
      }
      let snapshot = try await read(server)
      keepIfDue(snapshot)
      let cameBack = link.update { link in
        let wasOffline = link.isOffline
        link.lastServer = snapshot
        if wasOffline {
          link.isOffline = false
          link.stamp += 1
        }
        return wasOffline
      }
      if cameBack {
        serverLog.notice("server reachable again; sending what waited")
        wake.yield()
        listeners.announce(.all)
      }
      return snapshot
    } catch StorageFailure.unreachable {
      noteOffline()
      throw StorageFailure.unreachable
    }
  }

  /// Keeps a whole session as read in the outbox, at most every `keepEvery` seconds, beside the read.
  private func keepIfDue(_ snapshot: SessionSnapshot) {
    guard snapshot.notesOnlyOf == nil else { return }
    let now = Date()
    let due = link.update { link in
      guard link.keptAt.map({ now.timeIntervalSince($0) >= Self.keepEvery }) ?? true else { return false }
      link.keptAt = now
      return true
    }
    guard due else { return }
    let outbox = outbox
    Task.detached(priority: .utility) {
      do { try outbox.keep(snapshot) } catch {
        serverLog.warning("could not keep the session on this computer", metadata: ["failure": "\(error)"])
      }
    }
  }

  /// The server did not answer: the screen is told once, when it goes from online to offline.
  private func noteOffline() {
    let wentAway = link.update { link in
      guard !link.isOffline else { return false }
      link.isOffline = true
      link.stamp += 1
      return true
    }
    if wentAway {
      serverLog.warning("server unreachable; notes kept here until it answers")
      listeners.announce(.notes)
    }
  }

  /// Tries the server once more, beside the screen (one try at a time).
  private func probe(_ read: @escaping @Sendable (ServerRepository) async throws -> SessionSnapshot) {
    let starts = link.update { link in
      guard !link.isProbing else { return false }
      link.isProbing = true
      return true
    }
    guard starts else { return }
    Task(executorPreference: server.connection.executor) {
      _ = try? await self.readNow(read)
      self.link.update { $0.isProbing = false }
    }
  }

  /// The session with the notes waiting here: an edit shown on its note, a new note after the others.
  func overlaid(_ base: SessionSnapshot) -> SessionSnapshot {
    var snapshot = base
    let waiting = (try? outbox.waiting()) ?? []
    let refused = ((try? outbox.refused()) ?? []).map { entry, reason in
      RefusedNote(
        groupID: entry.note.draft.groupID, question: entry.note.draft.question, text: entry.note.text,
        savedAt: entry.note.savedAt, reason: reason)
    }
    let refusedMoves = ((try? outbox.refusedChanges()) ?? []).compactMap { change, madeAt, reason -> RefusedMove? in
      guard case .move(let participant, let group, _) = change else { return nil }
      return RefusedMove(participantID: participant, groupID: group, madeAt: madeAt, reason: reason)
    }
    let state = link.value
    if !waiting.isEmpty {
      var notes = snapshot.notes
      for entry in waiting {
        let shown = Self.provisional(entry, on: notes)
        if let index = notes.firstIndex(where: { $0.id == shown.id }) {
          notes[index] = shown
        } else {
          notes.append(shown)
        }
      }
      snapshot.notes = notes
    }
    for (sequence, change) in (try? outbox.waitingChanges()) ?? [] { change.applied(to: &snapshot, sequence: sequence) }
    snapshot.link = LinkStatus(
      isOffline: state.isOffline, waiting: waiting.count, refusedNotes: refused, refusedMoves: refusedMoves,
      keptIn: outbox.path)
    snapshot.storeStamps["link"] = state.stamp
    return snapshot
  }

  /// A waiting note as the screen shows it: the edit of a note shown on it (when it still stands where the edit
  /// started), otherwise a note of its own numbered below zero.
  static func provisional(_ entry: LocalOutbox.Entry, on notes: [Note]) -> Note {
    let pending = entry.note
    let draft = pending.draft
    if let editing = draft.editingNoteID, let stored = notes.first(where: { $0.id == editing }),
      draft.baseRevision.map({ $0 == stored.current.revision }) ?? true
    {
      return stored.edited(
        text: pending.text, speakerID: .some(draft.speakerID), tags: draft.tags, isKeyPoint: draft.isKeyPoint,
        at: pending.savedAt, by: pending.author)
    }
    return Note(
      id: -entry.sequence, groupID: draft.groupID, questionNumber: draft.question, day: pending.day,
      createdAt: pending.savedAt, author: pending.author,
      revisions: [
        NoteRevision(
          revision: 1, text: pending.text, speakerID: draft.speakerID, tags: draft.tags, isKeyPoint: draft.isKeyPoint,
          editedAt: pending.savedAt, author: pending.author)
      ])
  }

  public func changes() -> AsyncStream<SessionChange> {
    let (stream, continuation) = AsyncStream.makeStream(of: SessionChange.self, bufferingPolicy: .bufferingNewest(1))
    listeners.add(continuation)
    let fromServer = server.changes()
    let forwarding = Task(executorPreference: server.connection.executor) {
      for await change in fromServer { continuation.yieldMerging(change) }
    }
    continuation.onTermination = { _ in forwarding.cancel() }
    return stream
  }

  // MARK: Notes and drafts, kept here first

  public func drafts() async throws -> [Draft] { try outbox.drafts() }
  public func save(_ draft: Draft) async throws { try outbox.save(draft) }
  public func discardDraft(owner: String, group: Int64) async throws {
    try outbox.discardDraft(owner: owner, group: group)
  }

  public func commit(_ draft: Draft, author: String) async throws -> NoteCommit {
    guard !draft.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw StorageFailure.refused(.emptyNote)
    }
    let now = Date.storable
    var draft = draft
    if let editing = draft.editingNoteID, editing < 0 {
      // An edit of a note still waiting here changes the waiting note itself: the server gets one note.
      let sequence = -editing
      if var waiting = try outbox.waiting().first(where: { $0.sequence == sequence }) {
        waiting.note.draft.text = draft.text
        waiting.note.draft.speakerID = draft.speakerID
        waiting.note.draft.tags = draft.tags
        waiting.note.draft.isKeyPoint = draft.isKeyPoint
        waiting.note.draft.question = draft.question
        if try outbox.replaceWaiting(sequence, with: waiting.note) {
          changed()
          return NoteCommit(note: Self.provisional(waiting, on: []), keptBesideNewerVersion: false)
        }
      }
      // It has left meanwhile: the edit is of the note as the server has it (or a note of its own if refused).
      draft.editingNoteID = try outbox.deliveredNoteID(sequence)
      if draft.editingNoteID == nil { draft.baseRevision = nil }
    }
    let known = link.value
    let day =
      known.lastServer.map {
        $0.info.dayUnderWay(currentAgendaDay: $0.agenda.first(where: \.isCurrent)?.day, now: now)
      } ?? 1
    let pending = PendingNote(draft: draft, author: author, savedAt: now, day: day)
    let sequence = try outbox.enqueue(pending)
    if patience > .zero { board.expect(sequence) }
    wake.yield()
    if patience > .zero, !known.isOffline, let commit = await board.outcome(of: sequence, within: patience) {
      return commit
    }
    changed()
    let entry = LocalOutbox.Entry(sequence: sequence, note: pending)
    return NoteCommit(
      note: Self.provisional(entry, on: known.lastServer?.notes ?? []), keptBesideNewerVersion: false)
  }

  private func changed() {
    link.update { $0.stamp += 1 }
    listeners.announce(.notes)
  }

  /// A note's id on the server: a note shown below zero once it has arrived; refused while it waits.
  private func onServer(_ id: Int64) throws -> Int64 {
    guard id < 0 else { return id }
    guard let delivered = try outbox.deliveredNoteID(-id) else { throw StorageFailure.refused(.noteNotSentYet) }
    return delivered
  }

  public func deleteNote(_ id: Int64) async throws { try await online { try await $0.deleteNote(try onServer(id)) } }
  public func setKeyPoint(note id: Int64, _ isKeyPoint: Bool, author: String) async throws {
    try await onlineOrKept(.keyPoint(note: id, isKeyPoint: isKeyPoint, author: author), now: id < 0) {
      try await $0.setKeyPoint(note: id, isKeyPoint, author: author)
    }
  }
  public func moveNote(_ id: Int64, toQuestion question: Int) async throws {
    try await online { try await $0.moveNote(try onServer(id), toQuestion: question) }
  }

  // MARK: Everything else, on the server

  /// A change made on the server, with the link as this client knows it: while the server cannot be reached it is
  /// refused at once (the server is tried beside), so a screen's queue of saves never waits on it.
  private func online<T: Sendable>(_ change: (ServerRepository) async throws -> T) async throws -> T {
    if link.value.isOffline {
      if let base = link.value.lastServer { probe { try await $0.refreshed(base) } }
      throw StorageFailure.unreachable
    }
    do {
      return try await change(server)
    } catch StorageFailure.unreachable {
      noteOffline()
      throw StorageFailure.unreachable
    }
  }

  /// A change the facilitator may make while the server is away (see `PendingChange`): sent now when the server
  /// answers and nothing made earlier waits; else (or when `keep`) kept here, shown at once, and sent in order.
  private func onlineOrKept(
    _ change: PendingChange, now keep: Bool = false, _ send: (ServerRepository) async throws -> Void
  ) async throws {
    let earlierWait = !((try? outbox.waitingChanges()) ?? []).isEmpty || !((try? outbox.waiting()) ?? []).isEmpty
    if !keep && !link.value.isOffline && !earlierWait {
      do {
        return try await send(server)
      } catch StorageFailure.unreachable {
        noteOffline()
      }
    }
    try outbox.keep(change)
    link.update { $0.stamp += 1 }
    wake.yield()
    listeners.announce(.all)
  }

  public func save(_ timers: [Timebox]) async throws {
    try await onlineOrKept(.clocks(timers)) { try await $0.save(timers) }
  }
  public func broadcast(_ text: String, to group: Int64?, author: String) async throws {
    try await onlineOrKept(.broadcast(text: text, group: group, author: author, sentAt: Date())) {
      try await $0.broadcast(text, to: group, author: author)
    }
  }
  public func requestHelp(group: Int64, text: String, author: String) async throws {
    try await online { try await $0.requestHelp(group: group, text: text, author: author) }
  }
  public func acknowledgeHelp(group: Int64) async throws {
    try await online { try await $0.acknowledgeHelp(group: group) }
  }
  public func setCurrentAgendaItem(_ id: Int64?) async throws {
    try await online { try await $0.setCurrentAgendaItem(id) }
  }
  public func setIntroduction(group: Int64, text: String?) async throws {
    try await online { try await $0.setIntroduction(group: group, text: text) }
  }
  @discardableResult
  public func addPlenaryItem(_ section: PlenaryItem.Section, text: String, speaker: Int64?, day: Int?) async throws
    -> Int64
  {
    try await online { try await $0.addPlenaryItem(section, text: text, speaker: speaker, day: day) }
  }
  public func removePlenaryItem(_ id: Int64) async throws { try await online { try await $0.removePlenaryItem(id) } }
  public func apply(_ assignment: Assignment) async throws { try await online { try await $0.apply(assignment) } }
  public func move(participant: Int64, to group: Int64?, lock: Bool) async throws {
    try await onlineOrKept(.move(participant: participant, group: group, lock: lock)) {
      try await $0.move(participant: participant, to: group, lock: lock)
    }
  }
  public func setLock(participant: Int64, locked: Bool) async throws {
    try await online { try await $0.setLock(participant: participant, locked: locked) }
  }
  public func setLeads(group: Int64, moderator: Int64?, rapporteur: Int64?) async throws {
    try await online { try await $0.setLeads(group: group, moderator: moderator, rapporteur: rapporteur) }
  }
  public func setAbsent(participants: [Int64], absent: Bool) async throws {
    try await online { try await $0.setAbsent(participants: participants, absent: absent) }
  }
  public func startRound(name: String?, groupOf: [Int64: Int64]) async throws -> Int {
    try await online { try await $0.startRound(name: name, groupOf: groupOf) }
  }
  public func setCurrentRound(_ number: Int) async throws {
    try await online { try await $0.setCurrentRound(number) }
  }
  public func setCapacity(group: Int64, capacity: Int?) async throws {
    try await online { try await $0.setCapacity(group: group, capacity: capacity) }
  }
  public func addParticipant(_ person: Participant) async throws {
    try await online { try await $0.addParticipant(person) }
  }
  public func updateParticipant(_ person: Participant) async throws {
    try await online { try await $0.updateParticipant(person) }
  }
  public func deleteParticipant(_ id: Int64) async throws { try await online { try await $0.deleteParticipant(id) } }
  public func importRoster(_ data: Data, mapping: [String: RosterField], encoding: RosterEncoding, dryRun: Bool)
    async throws -> ImportReport
  {
    try await online { try await $0.importRoster(data, mapping: mapping, encoding: encoding, dryRun: dryRun) }
  }
  public func setGroupCounts(_ counts: [(theme: String, count: Int)], capacity: Int?) async throws {
    try await online { try await $0.setGroupCounts(counts, capacity: capacity) }
  }
  public func addRule(_ rule: GroupingRule) async throws { try await online { try await $0.addRule(rule) } }
  public func addTheme(shortName: String, name: String) async throws {
    try await online { try await $0.addTheme(shortName: shortName, name: name) }
  }
  public func renameTheme(_ reference: String, to name: String) async throws {
    try await online { try await $0.renameTheme(reference, to: name) }
  }
  public func setQuestion(_ number: Int, text: String, title: String?) async throws {
    try await online { try await $0.setQuestion(number, text: text, title: title) }
  }
  public func setQuestionTitle(_ number: Int, title: String?) async throws {
    try await online { try await $0.setQuestionTitle(number, title: title) }
  }
  public func removeQuestion(_ number: Int) async throws { try await online { try await $0.removeQuestion(number) } }
  public func setPurpose(_ purpose: String?) async throws { try await online { try await $0.setPurpose(purpose) } }
  public func setNotIdentifying(_ words: [String], _ notIdentifying: Bool) async throws {
    try await online { try await $0.setNotIdentifying(words, notIdentifying) }
  }
  public func addAgendaItem(day: Int, startsAt: String, title: String) async throws {
    try await online { try await $0.addAgendaItem(day: day, startsAt: startsAt, title: title) }
  }
  @discardableResult
  public func addNote(_ note: NewNote) async throws -> Note { try await online { try await $0.addNote(note) } }
  @discardableResult
  public func importNotes(_ data: Data, author: String) async throws -> Int {
    try await online { try await $0.importNotes(data, author: author) }
  }
}

/// Saves waiting briefly for the sender to deliver their note: the sender posts each outcome here.
final class DeliveryBoard: @unchecked Sendable {
  private let lock = NSLock()
  private var expected: Set<Int64> = []
  private var outcomes: [Int64: NoteCommit?] = [:]
  private var waiters: [Int64: CheckedContinuation<NoteCommit?, Never>] = [:]

  /// Keeps the outcome of `sequence` for a wait that may start after it came.
  func expect(_ sequence: Int64) {
    lock.lock()
    expected.insert(sequence)
    lock.unlock()
  }

  func resolve(_ sequence: Int64, _ commit: NoteCommit?) {
    lock.lock()
    guard expected.contains(sequence) else {
      lock.unlock()
      return
    }
    if let waiter = waiters.removeValue(forKey: sequence) {
      expected.remove(sequence)
      lock.unlock()
      waiter.resume(returning: commit)
      return
    }
    outcomes[sequence] = .some(commit)
    lock.unlock()
  }

  /// The note as the server took it, or nil if it was not taken within `time`.
  func outcome(of sequence: Int64, within time: Duration) async -> NoteCommit? {
    let timer = Task {
      try? await Task.sleep(for: time)
      self.resolve(sequence, nil)
    }
    defer { timer.cancel() }
    return await withCheckedContinuation { continuation in
      lock.lock()
      if let outcome = outcomes.removeValue(forKey: sequence) {
        expected.remove(sequence)
        lock.unlock()
        continuation.resume(returning: outcome)
        return
      }
      waiters[sequence] = continuation
      lock.unlock()
    }
  }
}

/// Everyone following the session's changes through this client.
final class Listeners: @unchecked Sendable {
  private let lock = NSLock()
  private var continuations: [AsyncStream<SessionChange>.Continuation] = []

  func add(_ continuation: AsyncStream<SessionChange>.Continuation) {
    lock.lock()
    continuations.append(continuation)
    lock.unlock()
  }

  func announce(_ change: SessionChange) {
    lock.lock()
    let all = continuations
    lock.unlock()
    for continuation in all { continuation.yieldMerging(change) }
  }
}

extension StorageFailure {
  /// The server said no to the note itself: sending it again would be refused again.
  var isRefusalForGood: Bool {
    switch self {
    case .refused, .readOnly: true
    default: false
    }
  }
}

/// A move kept while the server was away that would now break a rule there.
struct MoveRefused: Error, CustomStringConvertible {
  var reason: String
  var description: String { reason }
}
