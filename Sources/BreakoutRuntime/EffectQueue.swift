import BreakoutCore
import BreakoutTUI
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Effects waiting to be carried out, in the order the screen asked for them, handed to one worker at a time. A
/// draft save last in line and not yet started gives way to a newer one of the same draft: while the file is held
/// elsewhere, typing does not pile up saves, and nothing changes order.
final class EffectQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [Effect] = []
  private var waiter: CheckedContinuation<Effect?, Never>?
  private var closed = false

  func push(_ effect: Effect) {
    lock.lock()
    if let waiter {
      self.waiter = nil
      lock.unlock()
      waiter.resume(returning: effect)
      return
    }
    if case .saveDraft(let draft) = effect, case .saveDraft(let queued)? = items.last,
      queued.owner == draft.owner, queued.groupID == draft.groupID
    {
      items[items.count - 1] = effect
    } else {
      items.append(effect)
    }
    lock.unlock()
  }

  /// The next effect, waiting for one; nil once the queue is closed and empty.
  func next() async -> Effect? {
    await withCheckedContinuation { continuation in
      lock.lock()
      if !items.isEmpty {
        let effect = items.removeFirst()
        lock.unlock()
        continuation.resume(returning: effect)
      } else if closed {
        lock.unlock()
        continuation.resume(returning: nil)
      } else {
        waiter = continuation
        lock.unlock()
      }
    }
  }

  /// Whether a worker is waiting for the next effect.
  var hasWaitingWorker: Bool {
    lock.lock()
    defer { lock.unlock() }
    return waiter != nil
  }

  /// No more effects: the worker finishes those waiting, then stops.
  func close() {
    lock.lock()
    closed = true
    let waiter = self.waiter
    self.waiter = nil
    lock.unlock()
    waiter?.resume(returning: nil)
  }
}

/// Actions for the screen's loop from other threads (what effects came to, changes to the session), with a pipe
/// the loop can wait on beside the keyboard, so a result is on screen as soon as it comes.
public final class Inbox: @unchecked Sendable {
  private let lock = NSLock()
  private var actions: [Action] = []
  private let pipe: (read: Int32, write: Int32)

  public init() {
    var descriptors: [Int32] = [-1, -1]
    if Glibc.pipe(&descriptors) == 0 {
      for descriptor in descriptors {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      }
    }
    pipe = (descriptors[0], descriptors[1])
  }

  deinit {
    close(pipe.read)
    close(pipe.write)
  }

  /// Readable when actions are waiting.
  public var wakeDescriptor: Int32 { pipe.read }

  public func post(_ new: [Action]) {
    guard !new.isEmpty else { return }
    lock.lock()
    actions += new
    lock.unlock()
    var byte: UInt8 = 1
    _ = write(pipe.write, &byte, 1)
  }

  /// Everything posted so far, in order.
  public func take() -> [Action] {
    var buffer = [UInt8](repeating: 0, count: 64)
    while read(pipe.read, &buffer, buffer.count) > 0 {}
    lock.lock()
    defer { lock.unlock() }
    let taken = actions
    actions = []
    return taken
  }
}
