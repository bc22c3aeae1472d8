import BreakoutCore
import BreakoutTUI
import Foundation
import Logging

/// Carries out the screen's effects through the repository and says what came of them, as actions. It holds no
/// state of its own: the order of saves is kept by the queue that feeds it (see `SessionRuntime`).
public struct EffectRunner: Sendable {
  let repository: any SessionRepository
  let owner: String
  /// The time written into exports (`BREAKOUT_NOW` makes it fixed for reproducible files).
  let exportTime: @Sendable () -> Date

  public init(repository: any SessionRepository, owner: String, exportTime: @escaping @Sendable () -> Date = { Date() })
  {
    self.repository = repository
    self.owner = owner
    self.exportTime = exportTime
  }

  public func perform(_ effect: Effect) async -> [Action] {
    do {
      switch effect {
      case .quit, .redrawAll, .bell:
        return []
      case .saveDraft(let draft):
        try await repository.save(draft)
      case .discardDraft(let owner, let group):
        try await repository.discardDraft(owner: owner, group: group)
      case .commitNote(let draft):
        return [.noteSaved(try await repository.commit(draft, author: owner))]
      case .deleteNote(let id):
        try await repository.deleteNote(id)
      case .setKeyPoint(let id, let isKeyPoint):
        try await repository.setKeyPoint(note: id, isKeyPoint, author: owner)
      case .saveTimers(let timers):
        try await repository.save(timers)
      case .broadcast(let text, let group):
        try await repository.broadcast(text, to: group, author: owner)
      case .setIntroduction(let group, let text):
        try await repository.setIntroduction(group: group, text: text)
      case .requestHelp(let group, let text):
        try await repository.requestHelp(group: group, text: text, author: owner)
      case .acknowledgeHelp(let group):
        try await repository.acknowledgeHelp(group: group)
      case .applyAssignment(let assignment):
        try await repository.apply(assignment)
      case .move(let participant, let group, let lock):
        try await repository.move(participant: participant, to: group, lock: lock)
      case .setLock(let participant, let locked):
        try await repository.setLock(participant: participant, locked: locked)
      case .setLeads(let group, let moderator, let rapporteur):
        try await repository.setLeads(group: group, moderator: moderator, rapporteur: rapporteur)
      case .moveNote(let id, let question):
        try await repository.moveNote(id, toQuestion: question)
      case .setAbsent(let participant, let absent):
        try await repository.setAbsent(participants: [participant], absent: absent)
      case .setCapacity(let group, let capacity):
        try await repository.setCapacity(group: group, capacity: capacity)
      case .startRound(let name, let groupOf):
        _ = try await repository.startRound(name: name, groupOf: groupOf)
      case .writeRooms(let rooms, let path):
        do {
          try PrivateOutputFile.write(rooms.file, to: path)
          runtimeLog.info("rooms written", metadata: ["tool": "\(rooms.tool.rawValue)", "to": "\(path)"])
          return [.roomsWritten(rooms, path: path)]
        } catch {
          runtimeLog.error("rooms not written", metadata: ["to": "\(path)", "failure": "\(error)"])
          return [.exportFailed(path: path, reason: "\(error)")]
        }
      case .setCurrentAgendaItem(let id):
        try await repository.setCurrentAgendaItem(id)
      case .saveParticipant(let person):
        if person.id == 0 {
          try await repository.addParticipant(person)
        } else {
          try await repository.updateParticipant(person)
        }
      case .deleteParticipant(let id):
        try await repository.deleteParticipant(id)
      case .addPlenaryItem(let section, let text):
        try await repository.addPlenaryItem(section, text: text)
      case .export(let export, let session):
        return await write(export, of: session)
      case .compute(let work):
        return await withCheckedContinuation { continuation in
          DispatchQueue.global(qos: .userInitiated).async {
            continuation.resume(returning: [.computed(work.perform())])
          }
        }
      }
    } catch let failure as StorageFailure {
      runtimeLog.warning("could not save", metadata: ["change": "\(effect.kind)", "failure": "\(failure)"])
      return [.failed(effect, failure)]
    } catch {
      runtimeLog.error("could not save", metadata: ["change": "\(effect.kind)", "failure": "\(error)"])
      return [.failed(effect, .unexpected("\(error)"))]
    }
    return []
  }

  /// Compiles and writes an export on a thread of its own: a large summary takes a good part of a second.
  private func write(_ export: SummaryExport, of session: SessionSnapshot) async -> [Action] {
    let path = export.output ?? "summary.\(export.format.rawValue)"
    let time = exportTime()
    return await withCheckedContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async {
        do {
          let report = try PrivateOutputFile.streaming(to: path) { export.run(session, generatedAt: time, to: $0) }
          runtimeLog.info(
            "exported",
            metadata: [
              "format": "\(export.format.rawValue)", "attribution": "\(report.attribution.rawValue)",
              "withheld notes": "\(report.withheld.count)", "to": "\(path)",
            ])
          continuation.resume(
            returning: [.exported(path: path, attribution: report.attribution, withheld: report.withheld)])
        } catch {
          runtimeLog.error("export failed", metadata: ["to": "\(path)", "failure": "\(error)"])
          continuation.resume(returning: [.exportFailed(path: path, reason: "\(error)")])
        }
      }
    }
  }
}

/// What the screen's changes log (see the program's log file): what could not be saved, and why, by kind of change
/// (never its text); exports.
let runtimeLog = Logger(label: "breakout.screen")

extension Effect {
  /// The change's kind, without what it carries ("addNote", "startTimebox"): what a log may say of it.
  var kind: String { String(String(describing: self).prefix { $0 != "(" }) }
}
