import BreakoutCore
import BreakoutStore
import BreakoutTUI
import Foundation

/// Carries out the screen's effects against the session file and says what came of them. A failed save keeps the
/// text on screen and in the draft, and says why.
struct EffectRunner {
  let store: SessionStore
  let owner: String

  func perform(_ effect: Effect) -> [Action] {
    do {
      switch effect {
      case .quit, .redrawAll, .bell:
        return []
      case .saveDraft(let draft):
        try store.save(draft)
      case .discardDraft(let owner, let group):
        try store.discardDraft(owner: owner, group: group)
      case .commitNote(let draft):
        let commit = try store.commitChecked(draft, author: owner)
        guard commit.keptBesideNewerVersion else { return [.noteSaved(commit.note)] }
        return [
          .noteSaved(commit.note),
          .failed("Someone changed this note while you edited it: yours is saved as a new note beside theirs."),
        ]
      case .deleteNote(let id):
        try store.deleteNote(id)
      case .setKeyPoint(let id, let isKeyPoint):
        try store.editNote(id, isKeyPoint: isKeyPoint, author: owner)
      case .saveTimers(let timers):
        try store.save(timers)
      case .broadcast(let text, let group):
        try store.broadcast(text, to: group, author: owner)
      case .setIntroduction(let group, let text):
        try store.setIntroduction(group: group, text: text)
      case .requestHelp(let group, let text):
        try store.requestHelp(group: group, text: text, author: owner)
      case .acknowledgeHelp(let group):
        try store.acknowledgeHelp(group: group)
      case .applyAssignment(let assignment):
        try store.apply(assignment)
      case .move(let participant, let group, let lock):
        try store.move(participant: participant, to: group, lock: lock)
      case .setLock(let participant, let locked):
        try store.setLock(participant: participant, locked: locked)
      case .setLeads(let group, let moderator, let rapporteur):
        try store.setLeads(group: group, moderator: moderator, rapporteur: rapporteur)
      case .moveNote(let id, let question):
        try store.moveNote(id, toQuestion: question)
      case .setAbsent(let participant, let absent):
        try store.setAbsent(participants: [participant], absent: absent)
      case .setCapacity(let group, let capacity):
        try store.setCapacity(group: group, capacity: capacity)
      case .setCurrentAgendaItem(let id):
        try store.setCurrentAgendaItem(id)
      case .saveParticipant(let person):
        if person.id == 0 { try store.addParticipant(person) } else { try store.updateParticipant(person) }
      case .deleteParticipant(let id):
        try store.deleteParticipant(id)
      case .addPlenaryItem(let section, let text):
        try store.addPlenaryItem(section, text: text)
      case .export(let export, let session):
        let path = export.output ?? "summary.\(export.format.rawValue)"
        let result = try PrivateOutputFile.streaming(to: path) {
          export.run(session, generatedAt: exportTime(), to: $0)
        }
        return [.exported(path: path, attribution: result.attribution, withheld: result.withheld)]
      }
    } catch let error as StoreError where error.isBusy || error.isDiskFull {
      let hold: SaveHold = error.isBusy ? .fileBusy : .diskFull
      switch effect {
      case .commitNote(let draft): return [.saveWaiting(draft, because: hold)]
      case .saveDraft: return [.saveWaiting(nil, because: hold)]
      default: return [.failed("Not saved: \(error). What you typed is kept.")]
      }
    } catch {
      return [.failed("Not saved: \(error). What you typed is kept.")]
    }
    return []
  }
}
