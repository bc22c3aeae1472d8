import BreakoutCore
import BreakoutTUI
import Foundation

/// Everything the screen's loop hands off: effects go to workers (saves in order on one, exports on another), and
/// what they come to, with every change to the session (reloaded off the key path), comes back through the inbox.
/// The loop never waits for storage.
public final class SessionRuntime: Sendable {
  public let inbox = Inbox()
  private let saves = EffectQueue()
  /// Exports and work too slow for the key path: never in the way of a save.
  private let heavy = EffectQueue()
  private let finished = DispatchSemaphore(value: 0)
  private let watcher: Task<Void, Never>
  private let executor = ThreadExecutor(name: "breakout.runtime")
  private let latest = LatestSnapshot()
  private let repository: any SessionRepository

  public init(repository: any SessionRepository, runner: EffectRunner) {
    self.repository = repository
    let inbox = inbox
    let latest = latest
    /// The session as it is now, reading only what moved since the last read.
    @Sendable func refresh() async -> SessionSnapshot? {
      if let base = latest.value { return try? await repository.refreshed(base) }
      return try? await repository.snapshot()
    }
    for queue in [saves, heavy] {
      let finished = finished
      Task(executorPreference: executor) {
        while let effect = await queue.next() {
          let actions = await runner.perform(effect)
          // The change is shown with what it came to, in the same frame ("Note saved" and the note in the list);
          // after a failure, the session as it stands replaces what the screen showed at once.
          if effect.changesWhatIsShown, let snapshot = await refresh() {
            latest.offer(snapshot, with: actions, to: inbox)
          } else {
            inbox.post(actions)
          }
        }
        finished.signal()
      }
    }
    // Asked for here, not in the task: a change made from now on is seen.
    let changes = repository.changes()
    watcher = Task(executorPreference: executor) {
      for await _ in changes {
        guard !Task.isCancelled else { break }
        if let snapshot = await refresh() { latest.offer(snapshot, with: [], to: inbox) }
      }
    }
  }

  /// The session and the drafts left in it, read through the repository before the first frame (the one wait a
  /// screen has); later changes are read as differences from this session.
  ///
  /// With `notesOf`, a rapporteur's screen opens on its group's notes alone (see `SessionRepository.firstLook`) and
  /// the whole session follows at once as a reload.
  public func open(notesOf choose: (@Sendable (SessionSnapshot) -> Int64?)? = nil) throws
    -> (session: SessionSnapshot, drafts: [Draft])
  {
    let repository = repository
    let (session, drafts) = try executor.wait {
      let session =
        if let choose { try await repository.firstLook(notesOf: choose) } else { try await repository.snapshot() }
      return (session, try await repository.drafts())
    }
    start(from: session)
    if session.notesOnlyOf != nil {
      let (latest, inbox) = (latest, inbox)
      // Until the whole session is here the screen exports nothing; a failed read is tried again.
      Task(executorPreference: executor) {
        while !Task.isCancelled {
          if let whole = try? await repository.snapshot() {
            latest.offer(whole, with: [], to: inbox)
            return
          }
          try? await Task.sleep(for: .seconds(1))
        }
      }
    }
    return (session, drafts)
  }

  /// The newest session read.
  public var latestSession: SessionSnapshot? { latest.value }

  /// The session as the screen opened with it: later changes are read as differences from it.
  public func start(from snapshot: SessionSnapshot) {
    latest.offer(snapshot, with: [], to: nil)
  }

  /// Hands an effect to its worker; returns at once.
  public func send(_ effect: Effect) {
    switch effect {
    case .quit, .redrawAll, .bell: return
    case .export, .compute: heavy.push(effect)
    default: saves.push(effect)
    }
  }

  /// Lets the effects already sent finish (up to `timeout` seconds), then stops; what they came to is in the inbox.
  /// Returns false if some were still under way.
  @discardableResult
  public func finish(timeout: TimeInterval) -> Bool {
    watcher.cancel()
    saves.close()
    heavy.close()
    let deadline = DispatchTime.now() + timeout
    defer { executor.stop() }
    return finished.wait(timeout: deadline) == .success && finished.wait(timeout: deadline) == .success
  }
}

extension Effect {
  /// Whether carrying it out changes what a screen shows (a draft is shown nowhere else; an export is a file).
  var changesWhatIsShown: Bool {
    switch self {
    case .saveDraft, .discardDraft, .export, .compute, .quit, .redrawAll, .bell: false
    default: true
    }
  }
}

/// The newest session read, shared by the workers: a reload older than the one already shown is never shown after
/// it (two reads can finish out of order).
final class LatestSnapshot: @unchecked Sendable {
  private let lock = NSLock()
  private var current: SessionSnapshot?

  var value: SessionSnapshot? {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// Keeps `snapshot` if it is at least as new as the one held, and posts `actions` with it as a reload; both under
  /// one lock, so reloads reach the screen in the order they were read.
  func offer(_ snapshot: SessionSnapshot, with actions: [Action], to inbox: Inbox?) {
    lock.lock()
    defer { lock.unlock() }
    let isNewer =
      current.map { held in snapshot.storeStamps.allSatisfy { $0.value >= held.storeStamps[$0.key] ?? 0 } } ?? true
    // A read that found nothing new (the watcher seeing this screen's own change after its save already read it)
    // is not shown again: a reload redoes the screen's derived work.
    let nothingNew = actions.isEmpty && !snapshot.storeStamps.isEmpty && current?.storeStamps == snapshot.storeStamps
    if isNewer { current = snapshot }
    inbox?.post(isNewer && !nothingNew ? actions + [.reloaded(snapshot)] : actions)
  }
}
