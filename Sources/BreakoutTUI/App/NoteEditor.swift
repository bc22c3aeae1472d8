import BreakoutCore
import Foundation

/// The note being typed: text with a cursor, the speaker pick-list, tags and the key-point flag.
public struct NoteEditor: Equatable, Sendable {
  public enum Field: Equatable, Sendable { case text, speaker, tags }

  public var groupID: Int64
  public var question: Int
  public var text: String
  /// Cursor as a character offset into `text`.
  public var cursor: Int
  public var speakerID: Int64?
  public var speakerQuery = ""
  public var speakerChoice = 0
  public var tags: Set<NoteTag>
  public var isKeyPoint: Bool
  public var editingNoteID: Int64?
  public var baseRevision: Int?
  public var field: Field = .text
  /// Keystrokes since the draft was last written to the session file.
  public var unsavedEdits = 0
  public var lastEditAt: Date?

  public init(
    groupID: Int64, question: Int, text: String = "", speakerID: Int64? = nil, tags: Set<NoteTag> = [],
    isKeyPoint: Bool = false, editingNoteID: Int64? = nil, baseRevision: Int? = nil
  ) {
    self.baseRevision = baseRevision
    self.groupID = groupID
    self.question = question
    self.text = text
    self.cursor = text.count
    self.speakerID = speakerID
    self.tags = tags
    self.isKeyPoint = isKeyPoint
    self.editingNoteID = editingNoteID
  }

  public init(draft: Draft) {
    self.init(
      groupID: draft.groupID, question: draft.question, text: draft.text, speakerID: draft.speakerID, tags: draft.tags,
      isKeyPoint: draft.isKeyPoint, editingNoteID: draft.editingNoteID, baseRevision: draft.baseRevision)
  }

  public func draft(owner: String, at now: Date) -> Draft {
    Draft(
      owner: owner, groupID: groupID, question: question, text: text, speakerID: speakerID, tags: tags,
      isKeyPoint: isKeyPoint, editingNoteID: editingNoteID, baseRevision: baseRevision, updatedAt: now)
  }

  mutating func insert(_ character: Character) {
    let index = text.index(text.startIndex, offsetBy: cursor)
    text.insert(character, at: index)
    cursor += 1
  }

  mutating func deleteBackward() {
    guard cursor > 0 else { return }
    let index = text.index(text.startIndex, offsetBy: cursor - 1)
    text.remove(at: index)
    cursor -= 1
  }

  mutating func deleteForward() {
    guard cursor < text.count else { return }
    text.remove(at: text.index(text.startIndex, offsetBy: cursor))
  }

  mutating func moveToLineStart() {
    let characters = Array(text)
    while cursor > 0 && characters[cursor - 1] != "\n" { cursor -= 1 }
  }

  mutating func moveToLineEnd() {
    let characters = Array(text)
    while cursor < characters.count && characters[cursor] != "\n" { cursor += 1 }
  }

  /// People offered for the speaker field: the group's members first, then everyone, matching the typed text.
  public func speakerCandidates(in session: SessionSnapshot) -> [Participant] {
    let query = LooseText.normalised(speakerQuery)
    let members = session.participants.filter { $0.groupID == groupID }
    let others = session.participants.filter { $0.groupID != groupID }
    let matches = (members + others).filter { person in
      query.isEmpty || LooseText.normalised(person.name).contains(query)
        || LooseText.normalised(person.organisation).contains(query)
    }
    return Array(matches.prefix(6))
  }
}
