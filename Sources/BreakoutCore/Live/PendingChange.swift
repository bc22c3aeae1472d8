import Foundation

/// A facilitator's change made while the session's server could not be reached: kept on their computer with the
/// notes, shown on their screen at once, and sent after the notes, in the order made, when the server answers.
///
/// When it arrives, the later write wins, field by field: a group's clock is the last one set for that group, a
/// note's key point the last star or unstar of that note; a message is added to the others when it arrives. A
/// change the server refuses for good (its note deleted meanwhile) is kept here and logged.
public enum PendingChange: Codable, Equatable, Sendable {
  case clocks([Timebox])
  case broadcast(text: String, group: Int64?, author: String, sentAt: Date)
  case keyPoint(note: Int64, isKeyPoint: Bool, author: String)

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
    }
  }
}
