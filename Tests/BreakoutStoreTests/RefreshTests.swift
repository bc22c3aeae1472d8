import BreakoutCore
import Foundation
import Testing

@testable import BreakoutStore

/// A screen reads the whole session once, then only what moved: after any change, made here or by another
/// process, the session refreshed from the last read must be exactly the session read whole.
@Suite struct RefreshTests {
  /// Changes of every kind a meeting makes, one after another, from a second connection (another terminal).
  static func changes(_ store: SessionStore, group: Int64, other: Int64) throws -> [(String, () throws -> Void)] {
    let ana = try store.addParticipant(Participant(id: 0, name: "Ana Lima", organisation: "Acme"))
    var noteID: Int64 = 0
    return [
      ("a note", { noteID = try store.addNote(group: group, question: 1, text: "First point", author: "t").id }),
      ("a second note", { _ = try store.addNote(group: other, question: 2, text: "Elsewhere", author: "t") }),
      ("an edit", { _ = try store.editNote(noteID, text: "First point, edited", author: "t") }),
      ("a star", { _ = try store.editNote(noteID, isKeyPoint: true, author: "t") }),
      ("a move", { try store.moveNote(noteID, toQuestion: 3) }),
      ("a speaker", { _ = try store.editNote(noteID, speaker: ana, author: "t") }),
      ("the speaker leaves the roster", { try store.deleteParticipant(ana) }),
      (
        "a note written earlier",
        {
          _ = try store.addNote(
            group: group, question: 1, text: "Typed offline", author: "t", now: Date(timeIntervalSince1970: 0))
        }
      ),
      ("a deletion", { try store.deleteNote(noteID) }),
      ("a clock", { try store.save(Timebox(groupID: group, question: 2, duration: 600)) }),
      ("a message", { _ = try store.broadcast("Five minutes left", author: "f") }),
      ("a call for help", { _ = try store.requestHelp(group: group, text: "help", author: "r") }),
      ("help acknowledged", { try store.acknowledgeHelp(group: group) }),
      ("the agenda", { try store.addAgendaItem(day: 1, startsAt: "09:00", title: "Opening") }),
      ("a plenary line", { _ = try store.addPlenaryItem(.conclusions, text: "Collaboration is crucial.") }),
      ("a capacity", { try store.setCapacity(group: group, capacity: 9) }),
      ("the purpose", { try store.setPurpose("To share practices.") }),
      ("a question's title", { try store.setQuestionTitle(2, title: "Practices") }),
      ("an ordinary word", { try store.setNotIdentifying(["Grant"], true) }),
      ("someone new", { _ = try store.addParticipant(Participant(id: 0, name: "Ben Roy", organisation: "Ministry")) }),
    ]
  }

  @Test func aRefreshedSessionIsTheSessionReadWholeAfterEveryKindOfChange() throws {
    let writer = try newSession()
    let group = try setUpGroups(writer)
    let other = try writer.snapshot().groups[1].id
    let screen = try SessionStore.open(writer.path)
    var seen = try screen.snapshot()
    for (change, make) in try Self.changes(writer, group: group, other: other) {
      try make()
      let refreshed = try screen.refreshed(seen)
      let whole = try screen.snapshot()
      #expect(refreshed == whole, "after \(change)")
      #expect(refreshed != seen, "\(change) shows")
      seen = refreshed
    }
  }

  /// A first look reads one group's notes only on a session big enough for it to matter; a small one is read whole.
  @Test func aFirstLookIsTheWholeSessionWhenTheSessionIsSmall() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let other = try store.snapshot().groups[1].id
    for index in 0..<4 {
      try store.addNote(group: index < 3 ? group : other, question: 1, text: "Note \(index)", author: "t")
    }
    let whole = try store.snapshot()
    #expect(try store.firstLook(notesOf: { _ in group }, wholeUpTo: 4) == whole)
    let look = try store.firstLook(notesOf: { _ in group }, wholeUpTo: 3)
    #expect(look.notes.count == 3 && look.notesOnlyOf == group && look.storeStamps.isEmpty)
    #expect(look.hasNotes(of: group) && !look.hasNotes(of: other) && whole.hasNotes(of: other))
  }

  /// The revision an edit follows is checked by the statement that writes it: a revision written in between by
  /// another writer makes it go beside, even where the store lets two writers in at once.
  @Test func aRevisionIsWrittenOnlyAfterTheOneItWasPlannedAfter() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let note = try store.addNote(group: group, question: 1, text: "v1", author: "ben")
    let planned = note.edited(text: "mine", at: Date(), by: "ana")
    _ = try store.editNote(note.id, text: "theirs", author: "ben")
    let written = try store.write { db in try SessionStore.insert(planned.current, note: note.id, after: 1, db: db) }
    #expect(!written)
    #expect(try store.noteHistory(note.id)?.revisions.map(\.text) == ["v1", "theirs"])
  }

  @Test func aNoteReadsOnlyTheNotesThatMoved() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    for index in 0..<50 { _ = try store.addNote(group: group, question: 1, text: "Note \(index)", author: "t") }
    let seen = try store.snapshot()
    let added = try store.addNote(group: group, question: 2, text: "One more", author: "t")
    let changed = try store.read { db in
      try SessionStore.loadNotes(db, whereClause: "n.changed_in > ?", arguments: [seen.storeStamps["notes"] ?? 0])
    }
    #expect(changed.map(\.id) == [added.id], "one note read, not fifty-one")
    #expect(try store.refreshed(seen).notes.count == 51)
  }
}
