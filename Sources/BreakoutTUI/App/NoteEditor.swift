import BreakoutCore
import Foundation

/// The note being typed: text with a cursor, the speaker pick-list, tags and the key-point flag.
public struct NoteEditor: Equatable, Sendable {
  /// The editor's fields, always visited in this order by Tab (and backwards by S-Tab).
  public enum Field: Int, CaseIterable, Equatable, Sendable { case text, speaker, tags }

  public var groupID: Int64
  public var question: Int
  public var body: TextField
  public var speakerID: Int64?
  /// What is typed in the speaker field to find someone; the chosen speaker stays until another is picked.
  public var speakerQuery = TextField()
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
    self.body = TextField(text)
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

  public var text: String { body.text }

  public func draft(owner: String, at now: Date) -> Draft {
    Draft(
      owner: owner, groupID: groupID, question: question, text: text, speakerID: speakerID, tags: tags,
      isKeyPoint: isKeyPoint, editingNoteID: editingNoteID, baseRevision: baseRevision, updatedAt: now)
  }

  /// People offered for the speaker field: the group's members first, then everyone, matching the typed text.
  public func speakerCandidates(in session: SessionSnapshot, limit: Int = 6) -> [Participant] {
    Array(allSpeakerMatches(in: session).prefix(limit))
  }

  func allSpeakerMatches(in session: SessionSnapshot) -> [Participant] {
    let query = LooseText.normalised(speakerQuery.text)
    let members = session.participants.filter { $0.groupID == groupID }
    let others = session.participants.filter { $0.groupID != groupID }
    return (members + others).filter { person in
      query.isEmpty || LooseText.normalised(person.name).contains(query)
        || LooseText.normalised(person.organisation).contains(query)
    }
  }

  /// What the typed speaker query comes to.
  public enum SpeakerResolution: Equatable, Sendable {
    /// Nothing typed: the speaker stays as it is.
    case unchanged
    case picked(Participant)
    case several(count: Int)
    case nobody
  }

  /// Resolves the query: one match picks that person; with several, the one highlighted in the list is picked only
  /// when `choosing` (Enter), never by leaving the field.
  public func resolveSpeaker(in session: SessionSnapshot, choosing: Bool) -> SpeakerResolution {
    guard !LooseText.normalised(speakerQuery.text).isEmpty else { return .unchanged }
    let matches = allSpeakerMatches(in: session)
    if matches.count == 1 { return .picked(matches[0]) }
    if matches.isEmpty { return .nobody }
    let shown = speakerCandidates(in: session)
    if choosing, shown.indices.contains(speakerChoice) { return .picked(shown[speakerChoice]) }
    return .several(count: matches.count)
  }
}
