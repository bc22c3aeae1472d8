import Foundation

/// A facilitator's change made while the session's server could not be reached: kept on their computer with the
/// notes, shown on their screen at once, and sent after the notes, in the order made, when the server answers.
///
/// When it arrives, the later write wins, field by field: a group's clock is the last one set for that group, a
/// note's key point the last star or unstar of that note; a message is added to the others when it arrives. A move
/// is checked again against the session as the server has it then, and refused, saying which rule, when it now
/// breaks one (someone kept apart is now in that group, the group is full, the group is gone). A change the server
/// refuses for good is kept here, listed with why, and logged.
public enum PendingChange: Codable, Equatable, Sendable {
  case clocks([Timebox])
  case broadcast(text: String, group: Int64?, author: String, sentAt: Date)
  case keyPoint(note: Int64, isKeyPoint: Bool, author: String)
  case move(participant: Int64, group: Int64?, lock: Bool)

  /// The session as it shows with this change made (`sequence` numbers a message below zero until it arrives).
  public func applied(to snapshot: inout SessionSnapshot, sequence: Int64) {
    switch self {
    case .clocks(let timers):
      for timer in timers { snapshot.timers[timer.groupID] = timer }
    case .broadcast(let text, let group, let author, let sentAt):
      snapshot.broadcasts.insert(
        Broadcast(id: -sequence, text: text, sentAt: sentAt, author: author, groupID: group), at: 0)
    case .keyPoint(let note, let isKeyPoint, let author):
      guard let index = snapshot.notes.firstIndex(where: { $0.id == note }) else { return }
      var notes = snapshot.notes
      notes[index] = notes[index].edited(isKeyPoint: isKeyPoint, at: notes[index].editedAt, by: author)
      snapshot.notes = notes
    case .move(let participant, let group, let lock):
      guard let index = snapshot.participants.firstIndex(where: { $0.id == participant }) else { return }
      snapshot.participants[index].groupID = group
      snapshot.participants[index].isLocked = lock && group != nil
    }
  }
}

extension SessionSnapshot {
  /// Why moving `participant` into `group` cannot be done on this session now, in English (it is kept with the
  /// change, as a server's reasons are); nil when it can.
  public func whyNotMove(participant: Int64, to group: Int64?) -> String? {
    guard let person = self.participant(participant) else { return "that person is no longer on the roster" }
    guard let group else { return nil }
    guard let target = groups.first(where: { $0.id == group }) else { return "that group no longer exists" }
    guard person.groupID != group else { return nil }
    switch problems(moving: person, to: target).first {
    case .full(let members, let capacity)?:
      return "\(target.name) is full (\(members) of \(capacity)) on the server now"
    case .keptApart(let other)?:
      return "a rule keeps \(person.name) apart from \(other.name), who is in \(target.name) now"
    case .keptTogether(let other)?:
      return "a rule keeps \(person.name) with \(other.name), who is in another group now"
    case nil: return nil
    }
  }
}
