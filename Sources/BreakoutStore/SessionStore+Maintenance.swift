import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// A consistent copy of the session while others keep writing (SQLite's backup API reads one snapshot).
  /// The copy is created private (0600) and never over an existing file or through a symbolic link.
  public func backup(to path: String) throws {
    var info = stat()
    if lstat(path, &info) == 0 {
      throw SessionFileError.backupTargetExists(path: path)
    }
    try SessionFile.createPrivate(path)
    do {
      let destination = try DatabaseQueue(path: path)
      try writer.backup(to: destination)
      try destination.close()
    } catch {
      for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      throw error
    }
  }

  public enum PurgeScope: Sendable {
    /// Email addresses only.
    case emails
    /// Names, organisations and emails: people become "Participant 12"; the notes and their history stay.
    case allPersonal
  }

  /// Removes personal data after the meeting so that the file's bytes no longer hold it: freed pages are zeroed
  /// (secure_delete), the write-ahead log is checkpointed and the file rebuilt (VACUUM).
  public func purge(_ scope: PurgeScope) throws -> Int {
    let changed = try writer.writeWithoutTransaction { db -> Int in
      try db.execute(sql: "PRAGMA secure_delete = ON")
      var count = 0
      try db.inTransaction(.immediate) {
        switch scope {
        case .emails:
          try db.execute(sql: "UPDATE participant SET email = NULL WHERE email IS NOT NULL")
        case .allPersonal:
          try db.execute(
            sql: """
              UPDATE participant SET name = 'Participant ' || id, organisation = '', email = NULL
              """)
          try db.execute(sql: "DELETE FROM draft")
        }
        count = db.changesCount
        return .commit
      }
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      try db.execute(sql: "VACUUM")
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      return count
    }
    return changed
  }
}
