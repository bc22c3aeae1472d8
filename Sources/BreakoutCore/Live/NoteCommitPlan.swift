import Foundation

/// What saving a draft comes to, given the note it edits as stored now: the rule every store applies, in one
/// transaction, whatever the store. Someone else's newer revision (or a deletion) is never overwritten.
public enum NoteCommitPlan: Equatable, Sendable {
  /// A new note, with this first revision.
  case newNote(NoteRevision)
  /// The next revision of the note being edited; `after` is the revision it must follow, checked again as it is
  /// written (another writer may have added one in between).
  case revision(NoteRevision, of: Note, after: Int)
  /// The note changed or was deleted while this edit was typed: the edit is saved as a new note beside it.
  case besideNewer(NoteRevision)

  /// Why a draft cannot be saved.
  public enum Refusal: Error, Equatable, Sendable {
    case empty
  }

  public static func plan(_ draft: Draft, editing stored: Note?, author: String, now: Date) throws(Refusal)
    -> NoteCommitPlan
  {
    let text = draft.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw .empty }
    let first = NoteRevision(
      revision: 1, text: text, speakerID: draft.speakerID, tags: draft.tags, isKeyPoint: draft.isKeyPoint,
      editedAt: now, author: author)
    // A new note, or an edit of a note the store no longer has at all.
    guard draft.editingNoteID != nil, let stored else { return .newNote(first) }
    guard !stored.isDeleted, draft.baseRevision.map({ $0 == stored.current.revision }) ?? true else {
      return .besideNewer(first)
    }
    let edited = stored.edited(
      text: text, speakerID: .some(draft.speakerID), tags: draft.tags, isKeyPoint: draft.isKeyPoint, at: now,
      by: author)
    return .revision(edited.current, of: edited, after: stored.current.revision)
  }
}
