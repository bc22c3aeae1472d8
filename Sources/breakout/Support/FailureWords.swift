import ArgumentParser
import BreakoutCore
import BreakoutServer
import BreakoutStore
import BreakoutTUI

/// An error said in a facilitator's words, as the command line prints it.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String

  /// What storage reported, worded; any other error as it is.
  static func worded(_ error: any Error) -> any Error {
    switch error {
    case let failure as StorageFailure:
      let sentence = interfaceWords.sentence(failure)
      if case .readOnly = failure { return CommandFailure(description: say(.nothingSaved(sentence))) }
      return CommandFailure(description: sentence)
    case let failure as SessionFileError: return CommandFailure(description: say(.sessionFile(failure)))
    case let problem as ServerProblem: return CommandFailure(description: say(.server(problem)))
    case let error as AssignmentError: return CommandFailure(description: interfaceWords.assignmentError(error))
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

extension ServerProblem {
  var sentence: String {
    switch self {
    case .badSessionName(let name):
      "\"\(InertText.visible(name))\" cannot name a session on a server: use letters, digits, - and _ (at most 50)"
    case .unreadableCertificate(let path): "cannot read the certificate \(path) (PGSSLROOTCERT or sslrootcert)"
    case .unreachable(let address): "cannot reach \(address): the server does not answer"
    case .sessionExists(let address): "a session already exists at \(address); choose another name"
    case .noSession(let address):
      "no session at \(address); create one with `breakout new '\(address)' --title TITLE`"
    case .badLogin(let login): "\"\(InertText.visible(login))\" cannot be a login's name (1 to 63 characters)"
    }
  }
}

extension ServerAddress.Problem {
  var sentence: String {
    switch self {
    case .notAURL(let text): "\(InertText.visible(text)) is not a server address: postgres://HOST/DATABASE?session=NAME"
    case .noSession: "the server address needs the session's name: postgres://HOST/DATABASE?session=NAME"
    case .badPort(let port): "\(InertText.visible(port)) is not a port (PGPORT, or :PORT in the address)"
    case .badTLSMode(let mode):
      "sslmode \(InertText.visible(mode)) is not one of disable, allow, prefer, require, verify-ca, verify-full"
    }
  }
}
