import BreakoutCore
import Foundation

/// Drafts found at start. A rapporteur's own draft for their group opens at once (the common case: the same person
/// back after a crash); any other draft waits for `a` in its group, whoever left it, and is announced.
func draftsFound(_ drafts: [Draft], _ state: inout AppState) -> [Effect] {
  var remaining = drafts
  if case .rapporteur(let groupID) = state.seat {
    remaining = drafts.filter { $0.groupID == groupID }
    if let own = remaining.first(where: { $0.owner == state.owner }) {
      _ = reduce(&state, .draftRecovered(own))
      // Someone else's draft for the group waits until this one is saved or closed.
      state.waitingDrafts = remaining.first { $0.owner != state.owner }.map { [groupID: $0] } ?? [:]
      return []
    }
  }
  var waiting: [Int64: Draft] = [:]
  for draft in remaining where waiting[draft.groupID] == nil {
    waiting[draft.groupID] = draft
  }
  state.waitingDrafts = waiting
  let names = Dictionary(state.session.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  let described = waiting.values.sorted { $0.updatedAt > $1.updatedAt }.map { draft in
    UIText.DraftDescription(
      owner: draft.owner == state.owner ? nil : draft.owner, group: names[draft.groupID],
      time: clockTime(draft.updatedAt, in: state.timeZone))
  }
  if !described.isEmpty { state.message = state.words(.draftsLeft(described)) }
  return []
}

/// Opens a waiting draft in the editor as this terminal's own: saved under this name at once, then removed from
/// the name it was left under, so it is offered once and never lost between the two.
func takeOver(_ waiting: Draft, _ state: inout AppState) -> [Effect] {
  state.waitingDrafts[waiting.groupID] = nil
  var editor = NoteEditor(draft: waiting)
  editor.unsavedEdits = 0
  state.editor = editor
  state.notesQuestion = waiting.question
  let mine = editor.draft(owner: state.owner, at: state.now)
  guard waiting.owner != state.owner else {
    state.message = state.words(.unsavedNoteBack)
    return []
  }
  state.message = state.words(.draftTakenOver(owner: waiting.owner))
  return [.saveDraft(mine), .discardDraft(owner: waiting.owner, groupID: waiting.groupID)]
}
