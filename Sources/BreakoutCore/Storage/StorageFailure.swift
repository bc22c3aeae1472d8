import Foundation

/// Why storage did not do what was asked. The words for people are made where they are shown.
public enum StorageFailure: Error, Equatable, Sendable {
  /// Another program held the session for longer than the wait: trying again later can succeed.
  case busy
  /// No room on the disk: trying again once space is freed can succeed.
  case diskFull
  /// The session can only be read here, and why.
  case readOnly(String)
  /// The store refused the change: what was asked does not fit what is stored.
  case refused(StorageRefusal)
  /// The session's server cannot be reached (the network, or the server, is down): trying again later can succeed.
  case unreachable
  /// Something the store did not foresee (a damaged file, say), in the store's own words.
  case unexpected(String)

  /// Whether the same request can succeed later without anyone changing it.
  public var isTransient: Bool { self == .busy || self == .diskFull || self == .unreachable }
}

/// A change a store will not make, whichever store it is.
public enum StorageRefusal: Error, Equatable, Sendable {
  // Themes, questions and words.
  case themeShortNameInvalid
  case themeNeedsName
  case themeTaken(String)
  case noTheme(String, known: [String])
  case questionNeedsNumberAndText
  /// Questions are numbered without gaps: the next one is `count + 1`.
  case questionOutOfOrder(count: Int)
  case noQuestion(Int)
  case onlyLastQuestionRemovable(last: Int)
  case questionHasNotes(Int, notes: Int)
  case noWords
  // Groups and the roster.
  case noGroup
  /// Rounds are numbered from 1 without gaps: `rounds` is the last.
  case noRound(Int, rounds: Int)
  /// A round starts from the current round's groups: there are none yet.
  case roundNeedsGroups
  case groupCountOutOfRange(theme: String)
  case capacityBelowOne
  case groupHasNotes(name: String, notes: Int)
  case ruleNeedsTwoPeople
  case participantNeedsName
  case participantGone
  case emailTaken
  /// The registration export could not be read; nothing was imported.
  case rosterUnreadable(RosterError)
  // Notes, messages and the plenary.
  case emptyNote
  case noNote(Int64)
  case emptyMessage
  case emptyLine
  case noDay(Int, days: Int)
  case noPlenaryLine(Int64)
  case noteImport(NoteImport.Refusal)
  /// A change that would break what is stored (a rule of the store's own, not one of these).
  case conflictsWithStored
  /// The server's roles do not let this login make this change.
  case notAllowed
  /// The note is saved here but has not reached the server yet: it can be changed once it has.
  case noteNotSentYet
  // Reading.
  case noSessionStored
  case unreadableTime(String)
}
