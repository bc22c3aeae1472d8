import Foundation

/// A thread of the runtime's own that its tasks run on: saves and reloads never wait for Swift's shared pool of
/// threads, which other work in the same process (a test runner, a long computation) may be holding.
public final class ThreadExecutor: TaskExecutor, @unchecked Sendable {
  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []
  private var stopping = false

  /// The thread holds the executor until `stop()`: a job enqueued late never finds it gone.
  public init(name: String) {
    let thread = Thread { [self] in self.run() }
    thread.name = name
    thread.qualityOfService = .userInitiated
    thread.start()
  }

  public func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  /// Runs async work to its end on this thread and waits for it, for callers that are not async (the screen's
  /// start, tests).
  public func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task(executorPreference: self) {
      do { outcome.value = .success(try await work()) } catch { outcome.value = .failure(error) }
      done.signal()
    }
    done.wait()
    return try outcome.value!.get()
  }

  /// Runs async work on a thread made for it, waits for it, and lets the thread end.
  static func once<T: Sendable>(name: String, _ work: @escaping @Sendable () async throws -> T) throws -> T {
    let executor = ThreadExecutor(name: name)
    defer { executor.stop() }
    return try executor.wait(work)
  }

  /// Ends the thread once the jobs already enqueued have run.
  public func stop() {
    condition.lock()
    stopping = true
    condition.signal()
    condition.unlock()
  }

  private func run() {
    while true {
      condition.lock()
      while jobs.isEmpty && !stopping { condition.wait() }
      guard !jobs.isEmpty else {
        condition.unlock()
        return
      }
      let job = jobs.removeFirst()
      condition.unlock()
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}

/// What work waited for came to, handed from its thread to the one waiting (after the semaphore, never during).
private final class Outcome<T>: @unchecked Sendable {
  var value: Result<T, any Error>?
}

/// Runs async work to its end on a thread made for it and waits for it, for code that is not async: the screen's
/// command on the main thread, the benchmark. Never a thread of Swift's shared pool, which the caller may hold.
@discardableResult
public func waitFor<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
  try ThreadExecutor.once(name: "breakout.wait", work)
}
