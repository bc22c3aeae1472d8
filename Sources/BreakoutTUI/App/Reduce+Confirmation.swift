import BreakoutCore
import Foundation

/// y or n for a pending question.
func confirm(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let confirmation = state.confirmation else { return [] }
  switch Command.matching(key, in: .confirmation)?.name {
  case .confirmation(.yes):
    state.confirmation = nil
  case .confirmation(.no):
    state.confirmation = nil
    state.message = "Nothing changed."
    return []
  default:
    if key == .control("c") { return [.quit] }
    state.message = "y to go ahead, n or Esc to leave it."
    return []
  }
  switch confirmation.purpose {
  case .deleteNote(let id):
    state.message = "Note deleted (its history is kept in the session file)."
    return [.deleteNote(id)]
  case .deleteParticipant(let id):
    state.message = "Removed from the roster."
    return [.deleteParticipant(id)]
  case .moveRaisingCapacity(let move, let capacity):
    var record = move
    record.raisedCapacity = true
    return [.setCapacity(groupID: move.toGroupID, capacity: capacity)] + performMove(record, &state)
  case .lead(let groupID, let participantID, let role):
    return leadEffects(groupID: groupID, participantID: participantID, role: role, &state)
  }
}
