import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

@Suite struct ReduceTests {
  @Test func qAndControlCQuit() {
    var state = Fixture.state()
    #expect(state.press(.character("q")) == [.quit])
    #expect(state.press(.control("c")) == [.quit])
  }

  @Test func tabAndNumbersSwitchScreens() {
    var state = Fixture.state(.roster)
    _ = state.press(.tab)
    #expect(state.screen == .groups)
    _ = state.press(.backTab, .backTab)
    #expect(state.screen == .summary)
    _ = state.press(.character("3"))
    #expect(state.screen == .facilitate)
  }

  @Test func aRapporteurSeesOnlyTheirGroupsNotesAndSummary() {
    var state = Fixture.state(seat: .rapporteur(groupID: 1))
    #expect(state.screen == .notes)
    #expect(state.notesQuestion == 2, "opens on the group's current question")
    _ = state.press(.tab)
    #expect(state.screen == .summary)
    _ = state.press(.character("1"))
    #expect(state.screen == .summary, "the roster is the facilitator's")
    _ = state.press(.right)
    #expect(state.summaryGroupID == 1, "limited to the group")
  }

  @Test func helpOpensAndEscapeCloses() {
    var state = Fixture.state()
    _ = state.press(.character("?"))
    #expect(state.showingHelp)
    _ = state.press(.escape)
    #expect(!state.showingHelp)
  }

  @Test func aResizeChangesTheSizeAndRedrawsEverything() {
    var state = Fixture.state()
    #expect(reduce(&state, .resize(width: 100, height: 30)) == [.redrawAll])
    #expect(state.width == 100 && state.height == 30)
  }

  // MARK: Facilitate

  @Test func aTimeboxStartsForOneGroupOrAll() {
    var state = Fixture.state(.facilitate)
    _ = state.press(.down, .down)
    _ = state.press(.character("s"))
    _ = state.type("question iii, 15 min")
    let one = state.press(.enter)
    #expect(
      one == [.saveTimers([Timebox(groupID: 3, question: 3, duration: 900).started(at: Fixture.now)])])
    _ = state.press(.character("S"))
    _ = state.type("iv 10")
    guard case .saveTimers(let all)? = state.press(.enter).first else {
      Issue.record("no timers")
      return
    }
    #expect(all.map(\.groupID) == [1, 2, 3])
    #expect(all.allSatisfy { $0.question == 4 && $0.duration == 600 && $0.startedAt == Fixture.now })
  }

  @Test func aBadTimeboxIsExplained() {
    var state = Fixture.state(.facilitate)
    _ = state.press(.character("s"))
    _ = state.type("soon")
    #expect(state.press(.enter).isEmpty)
    #expect(state.message?.contains("ii 15") == true)
  }

  @Test func pauseResumeAndExtend() {
    var state = Fixture.state(.facilitate)
    let running = state.session.timers[1]!
    let paused = state.press(.character("p"))
    #expect(paused == [.saveTimers([running.paused(at: Fixture.now)])])
    #expect(running.paused(at: Fixture.now).remaining(at: Fixture.now.addingTimeInterval(999)) == 600)
    #expect(state.session.timers[1] == running.paused(at: Fixture.now), "shown paused at once")
    let extended = state.press(.character("+"))
    #expect(extended == [.saveTimers([running.paused(at: Fixture.now).extended(by: 300, at: Fixture.now)])])
  }

  @Test func nextQuestionMovesTheGroupOn() {
    var state = Fixture.state(.facilitate)
    #expect(state.press(.character("n")) == [.saveTimers([Timebox(groupID: 1, question: 3, duration: 900)])])
  }

  @Test func aBroadcastIsSent() {
    var state = Fixture.state(.facilitate)
    _ = state.press(.character("b"))
    _ = state.type("Back in plenary at 12:30")
    #expect(state.press(.enter) == [.broadcast("Back in plenary at 12:30", groupID: nil)])
  }

  // MARK: Notes

  @Test func theDraftIsSavedEveryFiveKeystrokesAndAfterAPause() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    #expect(state.editor?.question == 2)
    #expect(state.type("Trus").isEmpty)
    let fifth = state.type("t")
    #expect(fifth == [.saveDraft(Draft(owner: "ana", groupID: 1, question: 2, text: "Trust", updatedAt: Fixture.now))])
    _ = state.type(" is")
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(0.2))).isEmpty, "still typing")
    let later = reduce(&state, .tick(Fixture.now.addingTimeInterval(0.6)))
    #expect(later.count == 1)
    if case .saveDraft(let draft)? = later.first { #expect(draft.text == "Trust is") }
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(2))).isEmpty, "nothing new to save")
  }

  /// A session file locked by another program, or a full disk: the note waits on screen and is retried.
  @Test(arguments: [SaveHold.fileBusy, .diskFull])
  func aSaveThatCannotBeMadeYetWaitsAndRetriesWithEverythingTyped(hold: SaveHold) {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("Locks")
    let commit = state.press(.enter)
    guard case .commitNote(let draft)? = commit.last else {
      Issue.record("Enter commits: \(commit)")
      return
    }
    #expect(reduce(&state, .failed(.commitNote(draft), hold == .fileBusy ? .busy : .diskFull)).isEmpty)
    #expect(
      state.message?.hasPrefix(hold == .fileBusy ? "Waiting for the session file" : "The disk is full: free some space")
        == true)
    #expect(render(state).text.contains(hold == .fileBusy ? "Waiting for the session file" : "The disk is full"))
    #expect(state.editor?.text == "Locks", "the text stays on screen")
    #expect(state.type(" held").isEmpty, "typing goes on without draft saves that would wait")
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(0.5))).isEmpty, "not yet: one try a second")
    let retry = reduce(&state, .tick(Fixture.now.addingTimeInterval(1.2)))
    guard case .commitNote(let again)? = retry.first else {
      Issue.record("retried: \(retry)")
      return
    }
    #expect(again.text == "Locks held", "the retry saves what is on screen now")
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(2.3))).isEmpty, "never two tries at once")
    _ = reduce(&state, .failed(.commitNote(again), .busy))
    _ = state.type("!")
    #expect(state.press(.escape).isEmpty, "Esc while waiting leaves the save to the retry")
    #expect(state.closedDraft == nil, "a would not bring back a note that is being saved")
    let afterEscape = reduce(&state, .tick(Fixture.now.addingTimeInterval(3.4)))
    #expect(afterEscape.count == 1)
    if case .commitNote(let closed)? = afterEscape.first { #expect(closed.text == "Locks held!") }
    _ = reduce(
      &state,
      .noteSaved(
        NoteCommit(
          note: Note(
            id: 9, groupID: 1, questionNumber: 2, day: 1, createdAt: Fixture.now, author: "ana",
            revisions: [NoteRevision(revision: 1, text: "Locks held!", editedAt: Fixture.now, author: "ana")]),
          keptBesideNewerVersion: false)))
    #expect(state.waitingCommit == nil && state.editor == nil)
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(5))).isEmpty, "no more retries")
  }

  static func saved(_ id: Int64, _ text: String, revision: Int = 1) -> NoteCommit {
    NoteCommit(
      note: Note(
        id: id, groupID: 1, questionNumber: 2, createdAt: Fixture.now, author: "ana",
        revisions: (1...revision).map {
          NoteRevision(revision: $0, text: text, editedAt: Fixture.now, author: "ana")
        }),
      keptBesideNewerVersion: false)
  }

  /// Saves run off the key path: keys pressed right after Enter were meant for after the save (the next note).
  @Test func keysTypedAheadOfANotesSaveWaitForItAndNoneIsLost() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("First")
    let commit = state.press(.enter)
    #expect(commit.count == 1 && state.commitInFlight != nil)
    #expect(state.press(.character("a")).isEmpty)
    #expect(state.type("Second").isEmpty)
    #expect(state.editor?.text == "First", "nothing is typed into the note being saved")
    #expect(state.typeahead.count == 7)
    _ = reduce(&state, .noteSaved(Self.saved(9, "First")))
    #expect(state.editor?.text == "Second", "the keys then open the next note and fill it")
    #expect(state.editor?.editingNoteID == nil)
    #expect(state.typeahead.isEmpty && state.commitInFlight == nil)
  }

  /// A retry takes the words on screen when it starts; words added while it is under way are saved after it, as an
  /// edit of the note it saved, not lost when it closes the editor.
  @Test func wordsAddedWhileARetryIsUnderWayAreSavedAfterIt() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("Locks")
    let commit = state.press(.enter)
    _ = reduce(&state, .failed(commit[0], .busy))
    let retry = reduce(&state, .tick(Fixture.now.addingTimeInterval(1.2)))
    #expect(retry.count == 1)
    _ = state.type(" held")
    #expect(state.editor?.text == "Locks held", "while a retry waits, typing goes into the note")
    let more = reduce(&state, .noteSaved(Self.saved(9, "Locks")))
    guard case .commitNote(let edit)? = more.first else {
      Issue.record("what was added is saved: \(more)")
      return
    }
    #expect(edit.text == "Locks held" && edit.editingNoteID == 9 && edit.baseRevision == 1)
    #expect(state.editor != nil)
    _ = reduce(&state, .noteSaved(Self.saved(9, "Locks held", revision: 2)))
    #expect(state.editor == nil && state.commitInFlight == nil && state.waitingCommit == nil)
  }

  @Test func enterCommitsTheNoteWithSpeakerTagsAndKeyPoint() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("Audits shared")
    _ = state.press(.lineFeed)
    _ = state.type("across buyers")
    _ = state.press(.tab)
    _ = state.type("frozen")
    _ = state.press(.enter)
    #expect(state.editor?.speakerID == 4)
    #expect(state.editor?.field == .speaker, "the field order never jumps: Tab goes on to the tags")
    _ = state.press(.tab)
    _ = state.type("pq")
    _ = state.press(.control("k"))
    let effects = state.press(.enter)
    guard case .commitNote(let draft)? = effects.first else {
      Issue.record("expected a commit, got \(effects)")
      return
    }
    #expect(draft.text == "Audits shared\nacross buyers")
    #expect(draft.speakerID == 4)
    #expect(draft.tags == [.practice, .quote])
    #expect(draft.isKeyPoint)
    #expect(state.editor != nil, "the editor stays until the store confirms")
    let saved = Note(
      id: 9, groupID: 1, questionNumber: 2, createdAt: Fixture.now, author: "ana",
      revisions: [NoteRevision(revision: 1, text: draft.text, editedAt: Fixture.now, author: "ana")])
    _ = reduce(&state, .noteSaved(NoteCommit(note: saved, keptBesideNewerVersion: false)))
    #expect(state.editor == nil)
    #expect(state.message == "Note saved in question ii, Day One.")
  }

  @Test func aFailedSaveKeepsTheText() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("precious words")
    let commit = state.press(.enter)
    _ = reduce(&state, .failed(commit[0], .readOnly("the folder is read-only")))
    #expect(state.editor?.text == "precious words")
    #expect(state.commitInFlight == nil)
    #expect(render(state).text.contains("Not saved: this session can only be read here"))
  }

  @Test func anEmptyNoteIsNotSaved() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("   ")
    #expect(!state.press(.enter).contains { if case .commitNote = $0 { true } else { false } })
  }

  @Test func cursorEditing() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("helo")
    _ = state.press(.left)
    _ = state.type("l")
    _ = state.press(.home)
    _ = state.press(.delete)
    _ = state.type("H")
    _ = state.press(.end, .backspace)
    #expect(state.editor?.text == "Hell")
  }

  @Test func escapeClosesTheEditorAndKeepsTheDraft() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("ab")
    let effects = state.press(.escape)
    #expect(state.editor == nil)
    #expect(effects.count == 1)
    if case .saveDraft(let draft)? = effects.first { #expect(draft.text == "ab") }
  }

  @Test func aBringsBackTheNoteClosedWithEscapeInsteadOfAnEmptyOne() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("Half a thought")
    _ = state.press(.escape)
    _ = state.press(.character("a"))
    #expect(state.editor?.text == "Half a thought", "typing on would otherwise overwrite the stored draft")
    #expect(state.message == "The note you closed is back.")
  }

  @Test func aDraftSaveThatCouldNotBeMadeIsRetriedEvenAfterTheEditorCloses() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("Full")
    let closing = state.press(.escape)
    guard case .saveDraft(let draft)? = closing.first else {
      Issue.record("Esc saves the draft: \(closing)")
      return
    }
    #expect(reduce(&state, .failed(.saveDraft(draft), .diskFull)).isEmpty)
    #expect(state.message?.hasPrefix("The disk is full") == true)
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(1))).isEmpty, "held for two seconds")
    let retry = reduce(&state, .tick(Fixture.now.addingTimeInterval(2.5)))
    #expect(retry == [.saveDraft(draft)])
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(3))).isEmpty, "once, unless it fails again")

    // With the editor open the same words are retried without another keystroke.
    _ = state.press(.character("a"))
    #expect(state.editor?.text == "Full")
    let saving = state.type(" disk")
    #expect(saving.count == 1, "the fifth keystroke saves")
    _ = reduce(&state, .failed(saving[0], .busy))
    let again = reduce(&state, .tick(Fixture.now.addingTimeInterval(6.5)))
    guard case .saveDraft(let retried)? = again.first else {
      Issue.record("retried: \(again)")
      return
    }
    #expect(retried.text == "Full disk")
  }

  @Test func wordsWhoseLastSaveFailedAreKnownAtQuit() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("Last word")
    #expect(state.unsavedText == "Last word", "typed, not yet saved (the fifth keystroke saved the rest)")
    let leaving = reduce(&state, .terminate)
    #expect(state.unsavedText == nil, "the final save is under way")
    _ = reduce(&state, .failed(leaving[0], .diskFull))
    #expect(state.unsavedText == "Last word", "it failed: printed on the terminal at exit")
  }

  @Test func quittingWhileTypingSavesTheDraftFirst() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("ab")
    let effects = reduce(&state, .terminate)
    #expect(effects.count == 2)
    #expect(effects.last == .quit)
    if case .saveDraft(let draft)? = effects.first { #expect(draft.text == "ab") }
  }

  @Test func aRecoveredDraftOpensTheEditor() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    let draft = Draft(owner: "ana", groupID: 1, question: 3, text: "half a thought", updatedAt: Fixture.now)
    _ = reduce(&state, .draftRecovered(draft))
    #expect(state.editor?.text == "half a thought")
    #expect(state.notesQuestion == 3)
    #expect(state.message?.contains("Recovered") == true)
  }

  @Test func aReloadDoesNotDisturbTyping() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("mid-sentence")
    var changed = Fixture.session()
    changed.broadcast = Broadcast(id: 2, text: "Wrap up", sentAt: Fixture.now, author: "f")
    _ = reduce(&state, .reloaded(changed))
    #expect(state.editor?.text == "mid-sentence")
    #expect(render(state).text.contains("Wrap up"))
  }

  @Test func editingAndDeletingTheSelectedNote() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.left)
    #expect(state.notesQuestion == 1)
    _ = state.press(.down)
    _ = state.press(.character("e"))
    #expect(state.editor?.editingNoteID == 2)
    #expect(state.editor?.baseRevision == 1, "a later save elsewhere is detected against this")
    #expect(state.editor?.text == "Workers rarely know where to report abuse.")
    _ = state.press(.escape)
    _ = state.press(.character("d"))
    #expect(state.confirmation != nil)
    #expect(state.press(.character("n")).isEmpty)
    #expect(state.press(.character("K")) == [.setKeyPoint(noteID: 2, true)])
    #expect(state.session.notes.first { $0.id == 2 }?.isKeyPoint == true, "starred on screen at once")
    _ = state.press(.character("d"))
    #expect(state.press(.character("y")) == [.deleteNote(2)])
    #expect(!state.session.notes.contains { $0.id == 2 }, "gone from the screen at once")
  }

  // MARK: Groups, roster, summary

  @Test func anAssignmentIsPreviewedBeforeItIsSaved() {
    var state = Fixture.state(.groups)
    _ = state.press(.character("a"))
    #expect(state.assignmentPreview == nil)
    #expect(state.message?.hasPrefix("Everyone already has a group") == true)
    _ = state.press(.character("A"))
    let preview = try! #require(state.assignmentPreview)
    #expect(preview.lines.first == "Everyone who is not locked is reassigned.")
    #expect(preview.lines[1].hasPrefix("Q = "))
    #expect(preview.assignment.groupOf[2] == 1, "locked people stay")
    #expect(state.press(.enter) == [.applyAssignment(preview.assignment)])
    _ = state.press(.character("A"))
    #expect(state.press(.escape).isEmpty)
    #expect(state.assignmentPreview == nil)
  }

  @Test func aLateArrivalIsPlacedWithoutMovingAnyoneElse() {
    var state = Fixture.state(.groups)
    state.session.participants[5].groupID = nil
    _ = state.press(.character("a"))
    let preview = try! #require(state.assignmentPreview)
    #expect(preview.lines.first == "Placing 1 without a group; nobody else moves.")
    for person in state.session.participants.prefix(5) {
      #expect(preview.assignment.groupOf[person.id] == person.groupID)
    }
    #expect(preview.assignment.groupOf[6] != nil)
  }

  @Test func movingLockingAndLeadsOnTheGroupsScreen() {
    var state = Fixture.state(.groups)
    _ = state.press(.down)
    let person = selectedMember(state)!
    #expect(state.press(.character("L")) == [.setLock(participantID: person.id, locked: !person.isLocked)])
    #expect(state.press(.character("R")) == [.setLeads(groupID: 1, moderatorID: nil, rapporteurID: person.id)])
    _ = state.press(.character("m"))
    _ = state.type("technology")
    #expect(state.press(.enter) == [.move(participantID: person.id, groupID: 3, lock: false)])
    #expect(state.session.participant(person.id)?.groupID == 3, "shown in its new group at once")
    _ = state.press(.right)
    #expect(state.groups.group == 1)
  }

  @Test func theRosterFilterNarrowsAsYouType() {
    var state = Fixture.state(.roster)
    _ = state.press(.character("/"))
    _ = state.type("viet")
    #expect(filteredRoster(state).map(\.id) == [2])
    _ = state.press(.enter)
    #expect(state.rosterFilter == "viet")
    _ = state.press(.character("/"), .escape)
    #expect(filteredRoster(state).count == 6)
  }

  @Test func theSummaryIsExportedFromItsScreen() {
    var state = Fixture.state(.summary)
    _ = state.press(.character("e"))
    let effects = state.press(.enter)
    guard case .export(let request, let session)? = effects.first else {
      Issue.record("expected an export")
      return
    }
    #expect(request.output == "summary.md" && request.format == .md)
    let written = request.run(session, generatedAt: Fixture.now)
    #expect(String(decoding: written.data, as: UTF8.self).contains("### Breakout Group 1 \u{2013} Supply Chain"))
    _ = reduce(&state, .exported(path: "summary.md", attribution: written.attribution, withheld: []))
    #expect(state.message == "Exported to summary.md (attribution: affiliation).")
  }

  /// On a rapporteur's first look only their group's notes are read: nothing is exported from that, and a summary
  /// of every group waits for the rest; the whole session arriving lets both go ahead.
  @Test func nothingIsExportedOrSummedUpFromOneGroupsNotesAlone() {
    var state = Fixture.state(.summary)
    let whole = state.session
    var look = whole
    look.notes = whole.notes.filter { $0.groupID == 1 }
    look.notesOnlyOf = 1
    _ = reduce(&state, .reloaded(look))
    #expect(summaryPreview(state).updating, "the summary of all groups waits")
    _ = state.press(.character("e"))
    #expect(state.press(.enter).isEmpty)
    #expect(state.message == "Still reading the other groups' notes; export again in a moment.")
    _ = state.press(.right)
    #expect(state.summaryGroupID == 1 && !summaryPreview(state).updating, "the group read can be summed up")
    _ = reduce(&state, .reloaded(whole))
    _ = state.press(.left)
    #expect(state.summaryGroupID == nil && !summaryPreview(state).updating)
    _ = state.press(.character("e"))
    guard case .export(_, let session)? = state.press(.enter).first else {
      Issue.record("expected an export once the whole session is read")
      return
    }
    #expect(session.notes == whole.notes)
  }
}

@Suite struct TimeboxTests {
  let start = Date(timeIntervalSince1970: 0)

  @Test func aClockCountsDownWarnsAndExpires() {
    let timer = Timebox(groupID: 1, question: 2, duration: 900).started(at: start)
    #expect(timer.phase(at: start.addingTimeInterval(10)) == .running)
    #expect(Timebox.clock(timer.remaining(at: start.addingTimeInterval(10))) == "14:50")
    #expect(timer.phase(at: start.addingTimeInterval(845)) == .lastMinute)
    #expect(timer.phase(at: start.addingTimeInterval(900)) == .expired)
    #expect(Timebox.clock(timer.remaining(at: start.addingTimeInterval(905))) == "-0:05")
  }

  @Test func pausingStopsTheClockAndResumingGoesOn() {
    let timer = Timebox(groupID: 1, question: 1, duration: 600).started(at: start)
    let paused = timer.paused(at: start.addingTimeInterval(100))
    #expect(paused.phase(at: start.addingTimeInterval(5000)) == .paused)
    #expect(paused.remaining(at: start.addingTimeInterval(5000)) == 500)
    let resumed = paused.started(at: start.addingTimeInterval(5000))
    #expect(resumed.remaining(at: start.addingTimeInterval(5100)) == 400)
  }

  @Test func extendingAddsTimeEvenAfterExpiry() {
    let timer = Timebox(groupID: 1, question: 1, duration: 60).started(at: start)
    let extended = timer.extended(by: 300, at: start.addingTimeInterval(90))
    #expect(extended.remaining(at: start.addingTimeInterval(90)) == 300)
    #expect(extended.phase(at: start.addingTimeInterval(90)) == .running)
  }

  @Test func whatAFacilitatorTypesIsUnderstood() {
    func parse(_ text: String) -> (question: Int, minutes: Double)? {
      guard case .success(let request) = Timebox.request(text, questions: [1, 2, 3, 4]) else { return nil }
      return (request.question, request.seconds / 60)
    }
    #expect(parse("ii 15")! == (2, 15))
    #expect(parse("question iii, 10 min")! == (3, 10))
    #expect(parse("4 7.5m")! == (4, 7.5))
    #expect(parse("soon") == nil)
    #expect(parse("ii") == nil)
  }
}

@Suite struct AgendaKeyTests {
  @Test func theAgendaMovesOnFromTheFacilitateScreen() {
    var state = Fixture.state(.facilitate)
    #expect(state.press(.character(">")) == [.setCurrentAgendaItem(3)])
    #expect(state.press(.character("<")) == [.setCurrentAgendaItem(2)], "from where the screen shows it now")
    #expect(state.press(.character("<")) == [.setCurrentAgendaItem(1)])
  }
}

@Suite struct RosterFormTests {
  @Test func aParticipantIsAddedThroughTheForm() {
    var state = Fixture.state(.roster)
    _ = state.press(.character("n"))
    _ = state.type("Late Arrival")
    _ = state.press(.tab)
    _ = state.type("Acme")
    _ = state.press(.tab, .right, .right)
    #expect(state.form?.stakeholderType == .privateSector, "unspecified, then government, then private sector")
    _ = state.press(.down, .down, .down, .character(" "))
    #expect(state.form?.role == .speaker)
    let effects = state.press(.enter)
    guard case .saveParticipant(let person)? = effects.first else {
      Issue.record("expected a save, got \(effects)")
      return
    }
    #expect(person.id == 0 && person.name == "Late Arrival" && person.organisation == "Acme")
    #expect(state.form == nil)
  }

  @Test func editingKeepsTheIdAndANameIsRequired() throws {
    var state = Fixture.state(.roster)
    _ = state.press(.down, .character("e"))
    #expect(state.form?.participantID == 2)
    for _ in 0..<20 { _ = state.press(.backspace) }
    #expect(state.press(.enter).isEmpty)
    #expect(state.message == "A participant needs a name.")
    _ = state.type("Lan N.")
    #expect(state.press(.enter) == [.saveParticipant(state.session.participants[1].withName("Lan N."))])
    try expectScreen(render(Fixture.state(.roster)), matches: "roster-80x24")
  }

  @Test func removingAsksFirstAndSaysWhatHappensToTheirNotes() {
    var state = Fixture.state(.roster)
    _ = state.press(.down, .character("d"))
    #expect(state.confirmation?.question.contains("1 note by them become unattributed") == true)
    #expect(state.press(.character("y")) == [.deleteParticipant(2)])
  }

  @Test func theFormIsDrawn() throws {
    var state = Fixture.state(.roster)
    _ = state.press(.character("n"))
    _ = state.type("Late Arrival")
    try expectScreen(render(state), matches: "roster-form-80x24")
  }
}

extension Participant {
  func withName(_ name: String) -> Participant {
    var copy = self
    copy.name = name
    copy.groupID = nil
    copy.isLocked = false
    copy.preferredThemeID = nil
    return copy
  }
}

@Suite struct ExtendAllTests {
  @Test func everyRunningClockGetsFiveMoreMinutes() {
    var state = Fixture.state(.facilitate)
    let timers = [state.session.timers[1]!, state.session.timers[2]!]
    #expect(state.press(.character("E")) == [.saveTimers(timers.map { $0.extended(by: 300, at: Fixture.now) })])
  }
}

@Suite struct MouseTests {
  @Test func clickingATabSwitchesScreensAndTheWheelScrolls() {
    var state = Fixture.state(.facilitate)
    let groupsTab = tabSpans(state).first { $0.screen == .groups }!
    _ = reduce(&state, .click(x: groupsTab.columns.lowerBound + 2, y: 0))
    #expect(state.screen == .groups)
    let text = render(state).lines[0]
    #expect(text.contains(" 2 Groups "))
    _ = reduce(&state, .wheel(down: true))
    #expect(state.groups.member == 1)
    _ = reduce(&state, .click(x: 5, y: 10))
    #expect(state.screen == .groups, "only the tabs are clickable")
  }
}

@Suite struct FindNoteTests {
  @Test func slashFindsANoteAcrossQuestions() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    #expect(state.notesQuestion == 2)
    _ = state.press(.character("/"))
    _ = state.type("report abuse")
    _ = state.press(.enter)
    #expect(state.notesQuestion == 1)
    #expect(state.notes.row == 1)
    _ = state.press(.character("/"))
    _ = state.type("nowhere")
    _ = state.press(.enter)
    #expect(state.message?.contains("No note") == true)
  }
}

@Suite struct PlenaryKeyTests {
  @Test func theFacilitatorAddsPlenaryLinesFromTheSummaryScreen() {
    var state = Fixture.state(.summary)
    _ = state.press(.character("p"))
    _ = state.type("conclusions Collaboration is crucial.")
    #expect(state.press(.enter) == [.addPlenaryItem(.conclusions, "Collaboration is crucial.")])
    _ = state.press(.character("p"))
    _ = state.type("next The next meeting is in June.")
    #expect(state.press(.enter) == [.addPlenaryItem(.nextSteps, "The next meeting is in June.")])
    _ = state.press(.character("p"))
    _ = state.type("whatever")
    #expect(state.press(.enter).isEmpty)
    var rapporteur = Fixture.state(.summary, seat: .rapporteur(groupID: 1))
    #expect(rapporteur.press(.character("p")).isEmpty)
    #expect(rapporteur.prompt == nil)
  }
}

/// A screen on a server whose notes wait on this computer for the server.
@Suite struct LinkStatusTests {
  @Test func theTopLineSaysWhenTheServerIsAwayAndHowManyNotesWait() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1), width: 132, height: 30)
    #expect(!render(state).lines[0].contains("offline"), "a session file has no link")
    state.session.link = LinkStatus(isOffline: true, waiting: 3, keptIn: "/home/ana/outbox.sqlite")
    #expect(render(state).lines[0].contains("offline: 3 notes waiting"))
    #expect(render(state).lines[0].contains("rapporteur: "), "the seat is still said")
    state.session.link = LinkStatus(isOffline: false, waiting: 1)
    #expect(render(state).lines[0].contains("sending 1 note"))
    state.session.link = LinkStatus()
    #expect(!render(state).lines[0].contains("offline") && !render(state).lines[0].contains("sending"))
  }

  /// A note the server refused for good is not only counted: `W` lists each one, where it was to go, its words and
  /// the server's reason; Esc goes back to the screen as it was.
  @Test func theRefusedNotesAreListedWithWhy() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1), width: 132, height: 30)
    #expect(state.press(.character("W")).isEmpty)
    #expect(state.message == "No note was refused by the server.")
    #expect(state.modal == nil)
    let group = state.session.groups[0]
    state.session.link = LinkStatus(
      refusedNotes: [
        RefusedNote(
          groupID: group.id, question: 2, text: "Banks share red flags\nwith the hotline",
          savedAt: Date(timeIntervalSince1970: 0), reason: "this login may not write to that group")
      ], keptIn: "/home/ana/outbox.sqlite")
    #expect(render(state).lines[0].contains("1 note refused by the server (W: why)"))
    _ = state.press(.character("W"))
    #expect(state.modal == .refused(top: 0))
    let shown = render(state).text
    #expect(shown.contains("1 note refused by the server, kept on this computer"), "\(shown)")
    #expect(shown.contains("\(state.session.reference(of: group)), question ii, saved "))
    #expect(shown.contains("   Banks share red flags") && shown.contains("   with the hotline"))
    #expect(shown.contains("   why: this login may not write to that group"))
    #expect(render(state).lines.last?.contains("Esc back") == true, "\(render(state).lines.last ?? "")")
    _ = state.press(.escape)
    #expect(state.modal == nil)
    #expect(render(state).text.contains("Notes") && !render(state).text.contains("why: this login"))
  }

  @Test func aMoveTheServerRefusedIsListedWithWhy() {
    var state = Fixture.state(.groups, width: 132, height: 30)
    let person = state.session.participants[0]
    let group = state.session.groups[1]
    state.session.link = LinkStatus(
      refusedMoves: [
        RefusedMove(
          participantID: person.id, groupID: group.id, madeAt: Date(timeIntervalSince1970: 0),
          reason: "a rule keeps them apart")
      ])
    #expect(render(state).lines[0].contains("1 move refused by the server (W: why)"))
    _ = state.press(.character("W"))
    let shown = render(state).text
    #expect(shown.contains("1 move made offline and refused by the server"), "\(shown)")
    #expect(shown.contains("\(person.name) to \(group.name), moved at "))
    #expect(shown.contains("   why: a rule keeps them apart"))
    #expect(!shown.contains("notes refused"), "no notes were")
  }

  @Test func aNoteKeptHereIsSaidToBeOnItsWay() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    state.session.link = LinkStatus(isOffline: true, waiting: 1)
    _ = state.press(.character("a"))
    _ = state.type("Kept while offline")
    _ = state.press(.enter)
    _ = reduce(&state, .noteSaved(ReduceTests.saved(-1, "Kept while offline")))
    #expect(state.editor == nil)
    #expect(state.message?.contains("Note saved here") == true)
    #expect(state.message?.contains("as soon as it can be reached") == true)
  }
}
