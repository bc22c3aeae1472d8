import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// The plain mode's state machine: each line typed and each report from storage, with the whole state compared.
@Suite struct PlainSessionTests {
  static func rapporteur(_ language: SessionLanguage = .english) -> PlainSession {
    var state = PlainSession(
      session: Fixture.session(), seat: .rapporteur(groupID: 1), owner: "ana", words: InterfaceWords(language),
      now: Fixture.now)
    state.timeZone = TimeZone(identifier: "UTC")!
    return state
  }

  static func saved(_ note: Note) -> PlainSession.Input {
    .action(.noteSaved(NoteCommit(note: note, keptBesideNewerVersion: false)))
  }

  static func note(_ id: Int64, _ text: String, speaker: Int64? = nil, key: Bool = false, revision: Int = 1) -> Note {
    Note(
      id: id, groupID: 1, questionNumber: 2, createdAt: Fixture.now, author: "ana",
      revisions: (1...revision).map {
        NoteRevision(
          revision: $0, text: text, speakerID: $0 == revision ? speaker : nil, tags: [], isKeyPoint: key,
          editedAt: Fixture.now, author: "ana")
      })
  }

  /// Sends one input and compares the whole state with the one expected, and the lines and effects with those
  /// expected.
  func send(
    _ state: inout PlainSession, _ input: PlainSession.Input, _ expected: [PlainSession.Output],
    _ change: (inout PlainSession) -> Void = { _ in }, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var wanted = state
    change(&wanted)
    let outputs = state.reduce(input)
    #expect(outputs == expected, sourceLocation: sourceLocation)
    #expect(state == wanted, sourceLocation: sourceLocation)
  }

  @Test func aNoteThenItsSpeakerKeyPointAndTags() {
    var state = Self.rapporteur()
    let draft = Draft(
      owner: "ana", groupID: 1, question: 2, text: "Banks fear opening their doors", updatedAt: Fixture.now)
    send(&state, .line("note ii Banks fear opening their doors"), [.effect(.commitNote(draft))]) {
      $0.commitInFlight = true
    }
    // Typed while the note is being saved: it waits, since it is about that note.
    send(&state, .line("speaker Ben Roy"), []) { $0.waitingLines = ["speaker Ben Roy"] }
    let saved = Self.note(50, "Banks fear opening their doors")
    var edit = draft
    edit.speakerID = 6
    edit.editingNoteID = 50
    edit.baseRevision = 1
    send(
      &state, Self.saved(saved),
      [
        .say("Note 50 saved: Group 1, Supply chain (group A), question ii."), .effect(.commitNote(edit)),
      ]
    ) {
      $0.session.notes.append(saved)
      $0.lastNoteID = 50
      $0.seenNotes.insert(50)
      $0.waitingLines = []
      $0.sayWhenSaved = .speakerSet(note: 50, name: "Ben Roy")
    }
    let withSpeaker = Self.note(50, "Banks fear opening their doors", speaker: 6, revision: 2)
    send(&state, Self.saved(withSpeaker), [.say("Note 50: speaker Ben Roy.")]) {
      $0.session.notes[$0.session.notes.count - 1] = withSpeaker
      $0.commitInFlight = false
      $0.sayWhenSaved = nil
    }
    var starred = edit
    starred.isKeyPoint = true
    starred.baseRevision = 2
    send(&state, .line("key"), [.effect(.commitNote(starred))]) {
      $0.commitInFlight = true
      $0.sayWhenSaved = .keyPointSet(note: 50, true)
    }
  }

  @Test func changesElsewhereAreAnnouncedOnceEach() {
    var state = Self.rapporteur()
    var changed = state.session
    changed.notes.append(
      Note(
        id: 60, groupID: 1, questionNumber: 1, createdAt: Fixture.now, author: "bo",
        revisions: [NoteRevision(revision: 1, text: "Shared red flags", editedAt: Fixture.now, author: "bo")]))
    // Another group's note is not this rapporteur's to hear about.
    changed.notes.append(
      Note(
        id: 61, groupID: 3, questionNumber: 1, createdAt: Fixture.now, author: "cy",
        revisions: [NoteRevision(revision: 1, text: "Elsewhere", editedAt: Fixture.now, author: "cy")]))
    changed.broadcasts.append(
      Broadcast(id: 2, text: "Wrap up", sentAt: Fixture.now.addingTimeInterval(600), author: "facilitator"))
    changed.timers[1] = Timebox(groupID: 1, question: 3, duration: 900, startedAt: Fixture.now)
    send(
      &state, .action(.reloaded(changed)),
      [
        .say("Message from the facilitator, 08:10: Wrap up"),
        .say("New note, Group 1, Supply chain (group A), question i, by bo: Shared red flags"),
        .say("Group 1, Supply chain (group A): now on question iii."),
      ]
    ) {
      $0.session = changed
      $0.seenBroadcasts.insert(2)
      $0.seenNotes.formUnion([60, 61])
      $0.questions[1] = 3
      $0.phases[1] = .running
    }
    // The same session again says nothing.
    send(&state, .action(.reloaded(changed)), [])
    // Its last minute, then its end, once each.
    let late = Fixture.now.addingTimeInterval(850)
    send(&state, .action(.tick(late)), [.say("Group 1, Supply chain (group A): one minute left.")]) {
      $0.now = late
      $0.phases[1] = .lastMinute
    }
    let over = Fixture.now.addingTimeInterval(901)
    send(&state, .action(.tick(over)), [.say("Group 1, Supply chain (group A): time is up.")]) {
      $0.now = over
      $0.phases[1] = .expired
    }
    send(&state, .action(.tick(over.addingTimeInterval(1))), []) { $0.now = over.addingTimeInterval(1) }
  }

  @Test func answersWithLabelsBeforeValues() {
    var state = Self.rapporteur()
    send(
      &state, .line("clock"), [.say("Group 1, Supply chain (group A): question ii, 10 minutes left.")])
    send(&state, .line("key"), [.say("No note written here yet: add one with note.")])
    send(&state, .line("broadcast hello"), [.say("Only the facilitator can do that.")])
    send(&state, .line("frobnicate"), [.say("Unknown command \"frobnicate\": type help for the commands.")])
    send(&state, .line("   "), [])
    send(
      &state, .line("question iii"),
      [
        .say("Notes now go to question iii."),
        .say("Question iii: " + Question.defaults[2].text),
      ]
    ) { $0.chosenQuestion = 3 }
    send(&state, .line("quit"), [.say("Closing."), .quit])
  }

  @Test func theGroupsOfASessionOfTwoRoundsSayTheRound() {
    var session = Fixture.session()
    session.rounds = [Round(number: 1), Round(number: 2, name: "Day Two", isCurrent: true)]
    var state = PlainSession(session: session, seat: .facilitator, owner: "fa", words: .english, now: Fixture.now)
    let outputs = state.reduce(.line("groups"))
    #expect(outputs.first == .say("Round 2: Day Two of 2 is current; its groups:"))
    #expect(outputs.count == 1 + session.groups.count)
  }

  @Test func aFacilitatorChoosesTheGroupAndStartsEveryClock() {
    var state = PlainSession(
      session: Fixture.session(), seat: .facilitator, owner: "fa", words: .english, now: Fixture.now)
    send(&state, .line("group technology"), [.say("Notes now go to Group 3, Technology.")]) { $0.groupID = 3 }
    let timers = Fixture.session().groups.map {
      Timebox(groupID: $0.id, question: 2, duration: 600).started(at: Fixture.now)
    }
    send(
      &state, .line("timebox all ii 10"),
      [
        .effect(.saveTimers(timers)),
        .say("Timebox: question ii, 10 min, 3 groups."),
      ])
  }

  @Test(arguments: [SessionLanguage.spanish, .french])
  func everyPlainLineIsInTheLanguage(language: SessionLanguage) throws {
    let group = PlainText.GroupName(number: 4, name: "G")
    let samples: [PlainText] =
      [
        .ready(session: "S", rapporteurOf: group), .ready(session: "S", rapporteurOf: nil), .commandsHeading,
        .noteSaved(note: 3, group: group, question: "ii"), .noteWaiting(group: group, question: "ii"),
        .noteLine(note: 3, question: "ii", keyPoint: true, text: "T", speaker: "A", tags: [.quote]),
        .noNotes(question: "ii"), .noLastNote, .speakerSet(note: 3, name: "A"), .speakerSet(note: 3, name: nil),
        .keyPointSet(note: 3, true), .keyPointSet(note: 3, false), .tagsSet(note: 3, tags: [.practice]),
        .tagsSet(note: 3, tags: []), .unknownTag("x"), .noSuchNote(3), .noteDeleted(3),
        .clockLine(group: group, question: "ii", clock: .running(seconds: 600)),
        .clockLine(group: group, question: "ii", clock: .paused(seconds: 30)),
        .clockLine(group: group, question: "ii", clock: .over(seconds: 130)),
        .clockLine(group: group, question: "ii", clock: .ready(minutes: 15)),
        .groupLine(group: group, question: "ii", clock: .none, notes: 5, keyPoints: 1),
        .roundLine(number: 2, name: nil, of: 2), .roundLine(number: 2, name: "X", of: 3),
        .questionLine(label: "ii", text: "T"), .notesGoTo(question: "ii"), .notesFollowTheGroup(question: "ii"),
        .groupChosen(group), .noSuchQuestion("x"), .noSuchGroupPlain("x"), .speakerUnknown("x"),
        .speakerAmbiguous("x", names: ["A", "B"]), .newNote(group: group, question: "ii", author: "a", text: "T"),
        .message(time: "10:31", text: "T"), .lastMinute(group), .timeUp(group),
        .movedOn(group: group, question: "iii"), .helpCall(group: group, text: "T"), .unknownCommand("x"),
        .needsText(.note), .facilitatorOnly, .rapporteurOnly, .noGroups, .closing,
      ] + PlainCommand.Kind.allCases.map { .commandHelp($0) }
    let words = InterfaceWords(language)
    for line in samples {
      #expect(words(line) != InterfaceWords.english(line), "\(line) is still English in \(language)")
    }
    // The commands are typed in the language too.
    let typed = language == .spanish ? "nota ii Texto" : "note ii Texte"
    #expect(
      try PlainCommand.parse(typed)?.get()
        == PlainCommand(kind: .note, rest: language == .spanish ? "ii Texto" : "ii Texte"))
    #expect(try PlainCommand.parse(language == .spanish ? "reloj" : "horloge")?.get().kind == .clock)
  }
}
