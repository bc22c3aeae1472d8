import Foundation
import Testing

@testable import BreakoutCore

/// A screen takes in only the notes that changed: the merged session must be the one read whole, lookups included.
@Suite struct SnapshotMergeTests {
  static let start = Date(timeIntervalSince1970: 1_616_550_000)

  static func note(_ id: Int64, group: Int64, question: Int, at seconds: Double, text: String, deleted: Bool = false)
    -> Note
  {
    Note(
      id: id, groupID: group, questionNumber: question, createdAt: start.addingTimeInterval(seconds), author: "r",
      deletedAt: deleted ? start : nil,
      revisions: [NoteRevision(revision: 1, text: text, editedAt: start, author: "r")])
  }

  static func whole(_ notes: [Int64: Note]) -> SessionSnapshot {
    SessionSnapshot(
      info: SessionInfo(title: "t"),
      notes: notes.values.filter { $0.deletedAt == nil }.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) })
  }

  @Test(arguments: 1...40)
  func mergingChangedNotesGivesTheSessionReadWhole(seed: UInt64) {
    var random = SeededGenerator(seed: seed)
    var stored: [Int64: Note] = [:]
    var nextID: Int64 = 1
    func newNote(at seconds: Double) -> Note {
      defer { nextID += 1 }
      return Self.note(
        nextID, group: Int64.random(in: 1...3, using: &random), question: Int.random(in: 1...4, using: &random),
        at: seconds, text: "note \(nextID)")
    }
    for index in 0..<30 {
      let note = newNote(at: Double(index))
      stored[note.id] = note
    }
    var snapshot = Self.whole(stored)
    for round in 0..<10 {
      var changed: [Note] = []
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let live = stored.values.filter { $0.deletedAt == nil }.map(\.id).sorted()
        let pick = live.randomElement(using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: changed.append(newNote(at: Double(100 + round)))  // the newest
        case 1: changed.append(newNote(at: Double.random(in: 0..<50, using: &random)))  // written earlier
        case 2:
          if let pick, let old = stored[pick] {  // edited in place
            changed.append(old.edited(text: "edited \(round)", at: Self.start, by: "r"))
          }
        case 3:
          if let pick, let old = stored[pick] {  // moved to another question
            changed.append(
              Self.note(
                old.id, group: old.groupID, question: old.questionNumber % 4 + 1,
                at: old.createdAt.timeIntervalSince(Self.start), text: old.text))
          }
        default:
          if let pick, let old = stored[pick] {  // deleted
            changed.append(
              Self.note(
                old.id, group: old.groupID, question: old.questionNumber,
                at: old.createdAt.timeIntervalSince(Self.start), text: old.text, deleted: true))
          }
        }
        if let last = changed.last { stored[last.id] = last }
      }
      // A note changed twice between two reads is read once, as it is last.
      var latest: [Int64: Note] = [:]
      for note in changed { latest[note.id] = note }
      snapshot.merge(changedNotes: latest.values.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) })
      #expect(snapshot == Self.whole(stored), "seed \(seed), round \(round)")
    }
  }
}
