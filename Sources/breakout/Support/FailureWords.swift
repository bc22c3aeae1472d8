import ArgumentParser
import BreakoutCore
import BreakoutStore
import BreakoutTUI

/// An error said in a facilitator's words, as the command line prints it.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String

  /// What storage reported, worded; any other error as it is.
  static func worded(_ error: any Error) -> any Error {
    switch error {
    case let failure as StorageFailure:
      if case .readOnly = failure { return CommandFailure(description: "nothing was saved: \(failure.sentence)") }
      return CommandFailure(description: failure.sentence)
    case let failure as SessionFileError: return CommandFailure(description: failure.sentence)
    default: return error
    }
  }
}

extension SessionFileError {
  var sentence: String {
    switch self {
    case .noSession(let path): "no session at \(path); create one with `breakout new \(path) --title TITLE`"
    case .alreadyExists(let path): "a session already exists at \(path); choose another name or remove it first"
    case .notASessionFile(let path): "\(path) is not a breakout session file"
    case .cannotOpen(let path): "cannot open \(path): check that the folder exists and is writable"
    case .diskFullOpening(let path): "cannot open \(path): the disk holding it is full; free some space and try again"
    case .needsUpgrade(let path, let reason):
      "\(path) was made by an older breakout and must be upgraded, but \(reason)"
    case .unreadable(let path, let reason, let detail): "cannot read \(path) (\(reason)): \(detail)"
    case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
    case .cannotMakePrivate(let path, let reason): "cannot make \(path) private: \(reason)"
    case .backupTargetExists(let path): "\(path) already exists; choose a new file for the backup"
    }
  }
}
