import BreakoutCore
import Foundation

/// Each change is announced once, as one line: a note another person added to the group followed here, a message
/// from the facilitator, a call for help (to the facilitator), a group moving on to its next question, a clock's
/// last minute and its end.
extension PlainSession {
  mutating func announceChanges(from before: SessionSnapshot) -> [Output] {
    var lines: [PlainText] = []
    let followed = seat == .facilitator ? nil : groupID
    for message in session.messages(for: followed).reversed() where !seenBroadcasts.contains(message.id) {
      seenBroadcasts.insert(message.id)
      lines.append(.message(time: clockTime(message.sentAt, in: timeZone), text: message.text))
    }
    if seat == .facilitator {
      for help in session.helpRequests where !seenHelp.contains(help.id) {
        seenHelp.insert(help.id)
        if let group = session.groups.first(where: { $0.id == help.groupID }) {
          lines.append(.helpCall(group: name(of: group), text: help.text))
        }
      }
    }
    // Notes of the group followed here, written elsewhere (this seat's own are said when saved).
    if let group {
      for note in session.notes
      where note.groupID == group.id && !seenNotes.contains(note.id) && note.author != owner && !note.isDeleted {
        lines.append(
          .newNote(
            group: name(of: group), question: Question.roman(note.questionNumber), author: note.author,
            text: note.text))
      }
    }
    seenNotes.formUnion(session.notes.map(\.id))
    for group in followedGroups {
      let current = session.currentQuestion(of: group)
      if let previous = questions[group.id], previous != current {
        lines.append(.movedOn(group: name(of: group), question: Question.roman(current)))
      }
      questions[group.id] = current
    }
    return lines.map { .say(words($0)) } + announceClocks()
  }

  mutating func announceClocks() -> [Output] {
    var lines: [PlainText] = []
    for group in followedGroups {
      let phase = session.timers[group.id]?.phase(at: now)
      let previous = phases[group.id]
      phases[group.id] = phase
      guard phase != previous else { continue }
      if phase == .lastMinute { lines.append(.lastMinute(name(of: group))) }
      if phase == .expired && previous != nil { lines.append(.timeUp(name(of: group))) }
    }
    return lines.map { .say(words($0)) }
  }
}
