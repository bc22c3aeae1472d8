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
    state.message = state.words(.nothingChanged)
    return []
  default:
    if key == .control("c") { return [.quit] }
    state.message = state.words(.confirmHint)
    return []
  }
  switch confirmation.purpose {
  case .deleteNote(let id):
    state.message = state.words(.noteDeleted)
    return [.deleteNote(id)]
  case .deleteParticipant(let id):
    state.message = state.words(.removedFromRoster)
    return [.deleteParticipant(id)]
  case .moveRaisingCapacity(let move, let capacity):
    var record = move
    record.raisedCapacity = true
    return [.setCapacity(groupID: move.toGroupID, capacity: capacity)] + performMove(record, &state)
  case .lead(let groupID, let participantID, let role):
    return leadEffects(groupID: groupID, participantID: participantID, role: role, &state)
  }
}
