import Foundation

/// Why a session file could not be opened, made or copied: what only a file can get wrong. What any store can
/// refuse is a `StorageFailure`.
public enum SessionFileError: Error, Equatable, Sendable {
  case noSession(path: String)
  case alreadyExists(path: String)
  case notASessionFile(path: String)
  case cannotOpen(path: String)
  /// The disk holding the file is full, so it cannot even be opened (a journal must be written).
  case diskFullOpening(path: String)
  /// An older file that needs its migrations but cannot be written here.
  case needsUpgrade(path: String, readOnlyReason: String)
  case unreadable(path: String, readOnlyReason: String, detail: String)
  case cannotCreate(path: String, reason: String)
  case cannotMakePrivate(path: String, reason: String)
  case backupTargetExists(path: String)
}
