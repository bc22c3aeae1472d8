import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// The note editor as a rapporteur meets it: any script typed a code point at a time, and a speaker field that
/// never drops or replaces a choice silently.
@Suite struct NoteEditorTests {
  func editing() -> AppState {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    return state
  }

  func committedText(_ effects: [Effect]) -> [Unicode.Scalar]? {
    guard case .commitNote(let draft)? = effects.first else { return nil }
    return Array(draft.text.unicodeScalars)
  }

  @Test(arguments: Scripts.samples)
  func anyScriptTypedAKeyAtATimeIsSavedExactly(sample: String) {
    var state = editing()
    _ = state.typeCodePoints(sample)
    _ = state.press(.left)
    _ = state.typeCodePoints("ดี")
    _ = state.press(.end)
    _ = state.typeCodePoints(" e\u{301}")
    _ = render(state)
    let effects = state.press(.enter)
    var expected = sample
    let lastCluster = expected.removeLast()
    expected = expected + "ดี" + String(lastCluster) + " e\u{301}"
    #expect(committedText(effects) == Array(expected.unicodeScalars))
  }

  @Test func thaiThenAnyKeyDoesNotStopTheProgram() {
    var state = editing()
    _ = state.typeCodePoints("ดี")
    for key: Key in [.character("x"), .left, .left, .right, .backspace, .delete, .home, .end, .lineFeed] {
      _ = state.press(key)
      _ = render(state)
    }
    #expect(state.editor != nil)
  }

  @Test func everyTextFieldTakesAnyScript() {
    var state = Fixture.state(.roster)
    _ = state.press(.character("n"))
    _ = state.typeCodePoints("ศรี ")
    _ = state.press(.backspace)
    _ = state.typeCodePoints("ප්\u{200D}රිය")
    _ = render(state)
    let saved = state.press(.enter)
    guard case .saveParticipant(let person)? = saved.first else {
      Issue.record("\(saved)")
      return
    }
    #expect(Array(person.name.unicodeScalars) == Array("ศรีප්\u{200D}රිය".unicodeScalars))

    _ = state.press(.character("/"))
    _ = state.typeCodePoints("สมชา")
    _ = render(state)
    #expect(filteredRoster(state).map(\.id) == [4])

    var notes = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = notes.press(.character("/"))
    _ = notes.typeCodePoints("นี่")
    _ = notes.press(.backspace, .backspace)
    #expect(notes.prompt.map { Array($0.text.unicodeScalars) } == Array("น".unicodeScalars))
  }

  // MARK: The speaker field

  @Test func aNameThatMatchesOnePersonIsPickedWhenLeavingTheField() {
    var state = editing()
    _ = state.press(.tab)
    _ = state.typeCodePoints("ben")
    state.send(.key(.tab)) {
      $0.editor?.speakerID = 6
      $0.editor?.speakerQuery = TextField()
      $0.editor?.field = .tags
      $0.editor?.unsavedEdits = 1
      $0.editor?.lastEditAt = Fixture.now
      $0.message = "Speaker: Ben Roy."
    }
  }

  @Test func severalMatchesAreOfferedAndNothingIsPickedSilently() {
    var state = editing()
    _ = state.press(.tab)
    _ = state.type("o")
    let before = state
    state.send(.key(.tab)) {
      $0.message = "4 people match \"o\": choose with ↑/↓ and Enter, or type more of the name."
    }
    #expect(state.editor == before.editor, "still on the speaker field, nothing picked")
    _ = state.press(.down)
    let chosen = state.editor!.speakerCandidates(in: state.session)[1]
    _ = state.press(.enter)
    #expect(state.editor?.speakerID == chosen.id)
    #expect(state.editor?.field == .speaker)
    // The next Tab goes to the tags: c is the tag, not the start of a speaker's name.
    _ = state.press(.tab)
    _ = state.type("c")
    #expect(state.editor?.tags == [.challenge])
    #expect(state.editor?.speakerID == chosen.id)
  }

  @Test func aNameNobodyHasIsRefusedWithAWord() {
    var state = editing()
    _ = state.press(.tab)
    _ = state.type("kan")
    state.send(.key(.tab)) {
      $0.message =
        "Nobody on the roster matches \"kan\": correct it, C-u to clear it, or add them on the Roster screen."
    }
    _ = state.press(.control("u"), .tab)
    #expect(state.editor?.field == .tags)
    #expect(state.editor?.speakerID == nil)
  }

  @Test func enterAfterAPickSavesTheNoteAndNeverReplacesTheSpeaker() {
    var state = editing()
    _ = state.type("Audits shared")
    _ = state.press(.tab)
    _ = state.type("frozen")
    _ = state.press(.enter)
    #expect(state.editor?.speakerID == 4)
    let effects = state.press(.enter)
    guard case .commitNote(let draft)? = effects.first else {
      Issue.record("\(effects)")
      return
    }
    #expect(draft.speakerID == 4)
  }

  @Test func backspaceOnAnEmptySpeakerFieldSaysTheNoteIsUnattributed() {
    var state = editing()
    _ = state.press(.tab)
    _ = state.type("ben")
    _ = state.press(.enter)
    _ = state.press(.backspace)
    #expect(state.editor?.speakerID == nil)
    #expect(state.message == "Speaker cleared: the note is unattributed.")
  }
}

/// The facilitator reads any group's notes, and the help reaches every key.
@Suite struct FacilitatorNavigationTests {
  @Test func enterOnAGroupOpensThatGroupsNotesAtItsQuestion() {
    var state = Fixture.state(.facilitate)
    _ = state.press(.down, .down)
    state.send(.key(.enter)) {
      $0.screen = .notes
      $0.notesGroupID = 3
      $0.notesQuestion = 1
    }
    _ = state.press(.character("3"), .up)
    state.send(.key(.character("4"))) {
      $0.screen = .notes
      $0.notesGroupID = 2
      $0.notesQuestion = 1
    }
  }

  @Test func notesSwitchGroupWithBraces() {
    var state = Fixture.state(.notes)
    #expect(state.notesGroupID == 1)
    _ = state.press(.character("l"), .down)
    state.send(.key(.character("}"))) {
      $0.notesGroupID = 2
      $0.notesQuestion = 1
      $0.notes = ListPosition()
    }
    state.send(.key(.character("{"))) {
      $0.notesGroupID = 1
      $0.notesQuestion = 2
    }
    state.send(.key(.character("{"))) {
      $0.notesGroupID = 3
      $0.notesQuestion = 1
    }
    #expect(render(state).text.contains("3. Technology"))
  }

  @Test func aRapporteurIsNotOfferedAnotherGroup() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    #expect(!render(state).lines.last!.contains("} group"))
    state.send(.key(.character("}"))) {
      $0.message = "A rapporteur's screen shows their own group only."
    }
  }

  @Test func helpScrollsToTheEditorKeysAtEightyByTwentyFour() {
    var state = Fixture.state(.notes)
    _ = state.press(.character("?"))
    #expect(!render(state).text.contains("in tags: challenge"), "below the fold at first")
    // Paging down reaches every key, the editor's and the text fields' included, and stops at the end.
    var seen = render(state).text
    for _ in 0..<10 {
      _ = state.press(.pageDown)
      seen += render(state).text
    }
    #expect(seen.contains("in tags: challenge, practice, recommendation, role, quote"))
    #expect(seen.contains("delete the word before the cursor"))
    #expect(render(state).text.contains("close the help"), "the last line is on screen at the end")
    _ = state.press(.escape)
    #expect(state.modal == nil)
  }
}

/// A draft left behind is offered to whoever opens that group's editor next, saying whose it was.
@Suite struct DraftHandOverTests {
  let left = Draft(
    owner: "rio", groupID: 1, question: 3, text: "Half a thought from rio", speakerID: 4, tags: [.challenge],
    updatedAt: Fixture.now.addingTimeInterval(-60))

  @Test func anotherNamesDraftWaitsForAAndBecomesThisTerminals() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    state.send(.draftsFound([left])) {
      $0.waitingDrafts = [1: left]
      $0.message = "A note was left unsaved: rio's in Supply chain (group A) (07:59). a on that group's Notes opens it."
    }
    var mine = NoteEditor(draft: left)
    mine.unsavedEdits = 0
    let expectedDraft = mine.draft(owner: "ana", at: Fixture.now)
    state.send(
      .key(.character("a")), effects: [.saveDraft(expectedDraft), .discardDraft(owner: "rio", groupID: 1)]
    ) {
      $0.waitingDrafts = [:]
      $0.modal = .editor(mine)
      $0.notesQuestion = 3
      $0.message = "rio's unsaved note, now yours to finish: Enter saves it, Esc keeps it as a draft."
    }
  }

  @Test func aRapporteursOwnDraftOpensAtOnceAndAnothersWaits() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    var own = left
    own.owner = "ana"
    own.text = "mine"
    _ = reduce(&state, .draftsFound([own, left]))
    #expect(state.editor?.text == "mine")
    #expect(state.waitingDrafts == [1: left])
  }

  @Test func theFacilitatorIsToldOfDraftsInEveryGroup() {
    var state = Fixture.state(.facilitate)
    var other = left
    other.groupID = 3
    other.owner = "ana"
    _ = reduce(&state, .draftsFound([other, left]))
    #expect(state.waitingDrafts.keys.sorted() == [1, 3])
    #expect(state.message?.contains("yours in Technology") == true)
    _ = state.press(.down, .down, .enter, .character("a"))
    #expect(state.editor?.text == "Half a thought from rio")
    #expect(state.message == "Your unsaved note is back. Enter saves it.")
  }
}
