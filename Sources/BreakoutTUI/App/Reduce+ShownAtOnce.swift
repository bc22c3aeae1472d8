import BreakoutCore
import Foundation

/// A change asked for on this screen shows at once, before the store has it: the reload that follows the save
/// replaces it with what was stored, or, if the save failed, with the session as it stands.
func showAtOnce(_ effect: Effect, _ state: inout AppState) {
  var session = state.session
  func note(_ id: Int64) -> Note? { session.notes.first { $0.id == id } }
  func person(_ id: Int64, _ change: (inout Participant) -> Void) {
    guard let index = session.participants.firstIndex(where: { $0.id == id }) else { return }
    change(&session.participants[index])
  }
  func group(_ id: Int64, _ change: (inout BreakoutGroup) -> Void) {
    guard let index = session.groups.firstIndex(where: { $0.id == id }) else { return }
    change(&session.groups[index])
  }
  switch effect {
  case .saveTimers(let timers):
    for timer in timers { session.timers[timer.groupID] = timer }
  case .setKeyPoint(let id, let isKeyPoint):
    guard let old = note(id) else { return }
    session.merge(changedNotes: [old.edited(isKeyPoint: isKeyPoint, at: state.now, by: state.owner)])
  case .deleteNote(let id):
    guard var old = note(id) else { return }
    old.deletedAt = state.now
    session.merge(changedNotes: [old])
  case .moveNote(let id, let question):
    guard var old = note(id) else { return }
    old.questionNumber = question
    session.merge(changedNotes: [old])
  case .setLock(let id, let locked):
    person(id) { if $0.groupID != nil { $0.isLocked = locked } }
  case .move(let id, let groupID, let lock):
    person(id) {
      $0.groupID = groupID
      $0.isLocked = lock && groupID != nil
    }
  case .setAbsent(let id, let absent):
    person(id) {
      $0.isAbsent = absent
      if absent {
        $0.groupID = nil
        $0.isLocked = false
      }
    }
  case .applyAssignment(let assignment):
    for index in session.participants.indices {
      if let groupID = assignment.groupOf[session.participants[index].id] {
        session.participants[index].groupID = groupID
      }
    }
  case .setLeads(let id, let moderator, let rapporteur):
    group(id) {
      if let moderator { $0.moderatorID = moderator }
      if let rapporteur { $0.rapporteurID = rapporteur }
    }
  case .saveParticipant(let updated) where updated.id != 0:
    person(updated.id) { person in
      person.name = updated.name
      person.organisation = updated.organisation
      person.stakeholderType = updated.stakeholderType
      person.country = updated.country
      person.email = updated.email
      person.role = updated.role
      person.consentsToBeQuoted = updated.consentsToBeQuoted
    }
  case .deleteParticipant(let id):
    session.participants.removeAll { $0.id == id }
  case .setCapacity(let id, let capacity):
    group(id) { $0.capacity = capacity }
  case .setIntroduction(let id, let text):
    let trimmed = text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    group(id) { $0.introduction = trimmed }
  case .acknowledgeHelp(let id):
    session.helpRequests.removeAll { $0.groupID == id }
  case .setCurrentAgendaItem(let id):
    for index in session.agenda.indices { session.agenda[index].isCurrent = session.agenda[index].id == id }
  default:
    return
  }
  state.session = session
  state.derived.sessionStamp += 1
}
