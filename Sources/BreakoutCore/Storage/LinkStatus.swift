import Foundation

/// How a session kept on a server stands from this client: whether the server answers, and the notes saved here
/// that have not reached it yet. A session file has no link, and says nothing.
public struct LinkStatus: Equatable, Sendable {
  /// The server did not answer the last call made to it.
  public var isOffline: Bool
  /// Notes saved here and not yet on the server.
  public var waiting: Int
  /// Notes the server refused for good, with why (kept here, in `keptIn`).
  public var refusedNotes: [RefusedNote]
  /// Moves made while the server was away that it then refused, with why.
  public var refusedMoves: [RefusedMove]
  /// The file that keeps them.
  public var keptIn: String

  public var refused: Int { refusedNotes.count + refusedMoves.count }

  public init(
    isOffline: Bool = false, waiting: Int = 0, refusedNotes: [RefusedNote] = [], refusedMoves: [RefusedMove] = [],
    keptIn: String = ""
  ) {
    self.isOffline = isOffline
    self.waiting = waiting
    self.refusedNotes = refusedNotes
    self.refusedMoves = refusedMoves
    self.keptIn = keptIn
  }
}

/// A move of one person, made while the server was away, that the server's session no longer allowed when it
/// arrived.
public struct RefusedMove: Equatable, Sendable {
  public var participantID: Int64
  public var groupID: Int64?
  public var madeAt: Date
  public var reason: String

  public init(participantID: Int64, groupID: Int64?, madeAt: Date, reason: String) {
    self.participantID = participantID
    self.groupID = groupID
    self.madeAt = madeAt
    self.reason = reason
  }
}

/// A note saved here that the server refused for good (the group or question is gone, this login may not write
/// there): what it said, where, and why, so the person who typed it can keep its words.
public struct RefusedNote: Equatable, Sendable {
  public var groupID: Int64
  public var question: Int
  public var text: String
  public var savedAt: Date
  /// The server's reason, as it gave it.
  public var reason: String

  public init(groupID: Int64, question: Int, text: String, savedAt: Date, reason: String) {
    self.groupID = groupID
    self.question = question
    self.text = text
    self.savedAt = savedAt
    self.reason = reason
  }
}
