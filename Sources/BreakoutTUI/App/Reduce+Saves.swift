import BreakoutCore
import Foundation

/// A note was saved. If more was typed in the editor while the save was under way (a retry while the file was
/// held), the editor stays open on the saved note and what was added is saved too, as an edit of it.
func noteSaved(_ commit: NoteCommit, _ state: inout AppState) -> [Effect] {
  let sent = state.commitInFlight
  state.commitInFlight = nil
  state.waitingCommit = nil
  let note = commit.note
  if var editor = state.editor, let sent, !editor.draft(owner: sent.owner, at: sent.updatedAt).sameContent(as: sent) {
    editor.editingNoteID = note.id
    editor.baseRevision = note.current.revision
    editor.unsavedEdits = 0
    state.editor = editor
    state.message = state.words(.noteSavedAddingMore)
    return [.commitNote(editor.draft(owner: state.owner, at: state.now))]
  }
  state.editor = nil
  if commit.keptBesideNewerVersion {
    state.message = state.words(.editConflict)
    return []
  }
  let day = state.session.info.days > 1 ? note.day : nil
  // A note with an id below zero is kept on this computer: the server has not taken it yet (LocalFirstRepository).
  let link: UIText.NoteSaveLink =
    note.id >= 0 ? .local : state.session.link?.isOffline == true ? .offline : .sending
  state.message = state.words(.noteSaved(question: Question.roman(note.questionNumber), day: day, link: link))
  return []
}

/// Storage did not do what was asked. A save that can succeed later waits and is retried; anything else is said on
/// the status line, and what was typed stays (a draft whose save failed counts as unsaved, to be tried again).
func failed(_ effect: Effect, _ failure: StorageFailure, _ state: inout AppState) -> [Effect] {
  if case .commitNote = effect { state.commitInFlight = nil }
  if failure.isTransient {
    let hold: SaveHold = failure == .busy ? .fileBusy : .diskFull
    switch effect {
    case .commitNote(let draft): return saveWaiting(draft, hold, &state)
    case .saveDraft: return saveWaiting(nil, hold, &state)
    default: break
    }
  }
  state.message = state.words(.notSaved(failure))
  markDraftUnsaved(&state)
  return []
}

extension Draft {
  /// The same note content, whenever each was written down.
  func sameContent(as other: Draft) -> Bool {
    var other = other
    other.updatedAt = updatedAt
    return self == other
  }
}
