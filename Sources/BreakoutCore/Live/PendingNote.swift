import Foundation

/// A saved note on its way to the session: what was committed, named by the client that saved it so that sending it
/// twice (an answer lost with the link) writes it once, with the day and time it was saved, which a late arrival
/// keeps.
public struct PendingNote: Codable, Equatable, Sendable {
  public var clientID: UUID
  public var draft: Draft
  public var author: String
  public var savedAt: Date
  /// The day of the meeting under way when it was saved.
  public var day: Int

  public init(clientID: UUID = UUID(), draft: Draft, author: String, savedAt: Date, day: Int) {
    self.clientID = clientID
    self.draft = draft
    self.author = author
    self.savedAt = savedAt
    self.day = day
  }

  /// The text as it is stored: a note is never only spaces.
  public var text: String { draft.text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
