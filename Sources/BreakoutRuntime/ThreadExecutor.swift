import Foundation

/// A thread of the runtime's own that its tasks run on: saves and reloads never wait for Swift's shared pool of
/// threads, which other work in the same process (a test runner, a long computation) may be holding.
final class ThreadExecutor: TaskExecutor, @unchecked Sendable {
  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []

  init(name: String) {
    let thread = Thread { [unowned self] in self.run() }
    thread.name = name
    thread.qualityOfService = .userInitiated
    thread.start()
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  /// Runs async work to its end on this thread and waits for it, for callers that are not async (the screen's
  /// start, tests).
  func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task(executorPreference: self) {
      do { outcome.value = .success(try await work()) } catch { outcome.value = .failure(error) }
      done.signal()
    }
    done.wait()
    return try outcome.value!.get()
  }

  private func run() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
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
