import Foundation

/// A note still being typed, kept in the session file so a killed terminal loses at most a second of it.
public struct Draft: Codable, Equatable, Sendable {
  public var owner: String
  public var groupID: Int64
  public var question: Int
  public var text: String
  public var speakerID: Int64?
  public var tags: Set<NoteTag>
  public var isKeyPoint: Bool
  /// Set when the draft edits an existing note.
  public var editingNoteID: Int64?
  /// The revision of that note the edit started from: if someone saved a newer one meanwhile, both are kept.
  public var baseRevision: Int?
  public var updatedAt: Date

  public init(
    owner: String, groupID: Int64, question: Int, text: String, speakerID: Int64? = nil, tags: Set<NoteTag> = [],
    isKeyPoint: Bool = false, editingNoteID: Int64? = nil, baseRevision: Int? = nil, updatedAt: Date
  ) {
    self.baseRevision = baseRevision
    self.owner = owner
    self.groupID = groupID
    self.question = question
    self.text = text
    self.speakerID = speakerID
    self.tags = tags
    self.isKeyPoint = isKeyPoint
    self.editingNoteID = editingNoteID
    self.updatedAt = updatedAt
  }
}
