import BreakoutCore
import Foundation

/// What only a session kept in a file has: a path to open or create, a copy to take, bytes to scrub.
extension SessionFileRepository {
  /// How long a write waits for another program's lock before it says the session is busy.
  public static let busyTimeout = SessionStore.busyTimeout

  /// Opens the session file at `path` (see `SessionStore.open`).
  public static func open(_ path: String, busyTimeout: TimeInterval = busyTimeout) throws
    -> SessionFileRepository
  {
    SessionFileRepository(store: try SessionStore.open(path, busyTimeout: busyTimeout))
  }

  /// Creates a new session file with the default themes and the four key questions.
  public static func create(_ path: String, info: SessionInfo) throws -> SessionFileRepository {
    SessionFileRepository(store: try SessionStore.create(path, info: info))
  }

  public var path: String { store.path }

  /// Closes the file once the work already asked of it is done (see `SessionStore.close`).
  public func close() throws {
    try finishWork()
    try store.close()
  }

  /// A consistent copy while others keep writing, as a new private file.
  public func backup(to path: String) async throws {
    let store = store
    try await write { _ in try store.backup(to: path) }
  }

  /// Removes personal data so that the file's bytes no longer hold it; returns how many people it touched.
  public func purge(_ scope: SessionStore.PurgeScope) async throws -> Int {
    try await write { try $0.purge(scope) }
  }
}
