import BreakoutCore
import Foundation

/// The clock tick: a note waiting to be saved is tried again once a second; a draft is saved when due.
func tickEffects(_ state: inout AppState, _ now: Date) -> [Effect] {
  // One try at a time: a try still under way (waiting for the file) is not doubled, which could save it twice.
  if let waiting = state.waitingCommit, state.commitInFlight == nil, now.timeIntervalSince(waiting.lastTry) >= 1 {
    // What is on screen now, if the editor is still open: words typed while waiting are saved too.
    let draft = state.editor.map { $0.draft(owner: state.owner, at: now) } ?? waiting.draft
    state.waitingCommit = WaitingCommit(draft: draft, lastTry: now)
    return [.commitNote(draft)]
  }
  return draftSaveIfDue(&state, force: false)
}

/// Whether a clock this terminal follows reached its last minute or ran out between two ticks.
func clockAlarmStarted(_ state: AppState, from before: Date, to now: Date) -> Bool {
  guard now > before else { return false }
  let followed = state.followedGroupID
  return state.session.timers.values.contains { timer in
    guard followed == nil || timer.groupID == followed, timer.isRunning else { return false }
    let was = timer.phase(at: before)
    let phase = timer.phase(at: now)
    return (phase == .lastMinute && was == .running) || (phase == .expired && was != .expired)
  }
}

/// A save that must wait (the file held by another program, the disk full): what was typed is kept and retried.
func saveWaiting(_ draft: Draft?, _ hold: SaveHold, _ state: inout AppState) -> [Effect] {
  if let draft {
    state.commitInFlight = nil
    state.waitingCommit = WaitingCommit(draft: draft, lastTry: state.now)
  } else {
    markDraftUnsaved(&state)
  }
  state.draftSavesHeldUntil = state.now.addingTimeInterval(2)
  switch hold {
  case .fileBusy:
    state.message = state.words(.waitingForFile)
  case .diskFull:
    state.message = state.words(.waitingForDisk)
  }
  return []
}
