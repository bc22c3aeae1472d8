import Foundation
import Testing

@testable import BreakoutCore

/// The rule for saving a draft, as every store applies it.
@Suite struct NoteCommitPlanTests {
  static let now = Date(timeIntervalSince1970: 1_616_572_800)

  static func stored(revisions: Int = 1, deleted: Bool = false) -> Note {
    Note(
      id: 7, groupID: 1, questionNumber: 2, createdAt: now, author: "ben", deletedAt: deleted ? now : nil,
      revisions: (1...revisions).map { NoteRevision(revision: $0, text: "v\($0)", editedAt: now, author: "ben") })
  }

  static func draft(_ text: String, editing: Int64? = nil, base: Int? = nil) -> Draft {
    Draft(
      owner: "ana", groupID: 1, question: 2, text: text, tags: [.practice], isKeyPoint: true, editingNoteID: editing,
      baseRevision: base, updatedAt: now)
  }

  @Test func aNewNoteStartsAtRevisionOneWithItsWordsTrimmed() throws {
    let plan = try NoteCommitPlan.plan(Self.draft("  Trust takes years \n"), editing: nil, author: "ana", now: Self.now)
    #expect(
      plan
        == .newNote(
          NoteRevision(
            revision: 1, text: "Trust takes years", tags: [.practice], isKeyPoint: true, editedAt: Self.now,
            author: "ana")))
  }

  @Test func anEditOfTheNewestRevisionIsTheNextRevision() throws {
    let plan = try NoteCommitPlan.plan(
      Self.draft("v3 by ana", editing: 7, base: 2), editing: Self.stored(revisions: 2), author: "ana", now: Self.now)
    guard case .revision(let revision, let note, let after) = plan else {
      Issue.record("\(plan)")
      return
    }
    #expect(revision.revision == 3 && revision.text == "v3 by ana" && after == 2)
    #expect(note.revisions.map(\.text) == ["v1", "v2", "v3 by ana"])
  }

  @Test(arguments: [(3, false), (2, true)])
  func anEditOfAnOlderRevisionOrADeletedNoteGoesBeside(revisions: Int, deleted: Bool) throws {
    let plan = try NoteCommitPlan.plan(
      Self.draft("mine", editing: 7, base: 2), editing: Self.stored(revisions: revisions, deleted: deleted),
      author: "ana", now: Self.now)
    guard case .besideNewer(let first) = plan else {
      Issue.record("\(plan)")
      return
    }
    #expect(first.revision == 1 && first.text == "mine")
  }

  @Test func anEmptyNoteIsRefused() {
    #expect(throws: NoteCommitPlan.Refusal.empty) {
      try NoteCommitPlan.plan(Self.draft(" \n "), editing: nil, author: "ana", now: Self.now)
    }
  }
}
