import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// Moves and leads by hand on the Groups screen: no hard rule broken silently, every move said and undoable.
@Suite struct GroupsFlowTests {
  /// The Groups screen with Nguyễn Thị Lan (locked, group 1) selected.
  func groupsScreen(technologyCapacity: Int? = nil, rules: [GroupingRule] = []) -> AppState {
    var state = Fixture.state(.groups)
    state.session.groups[2].capacity = technologyCapacity
    state.session.rules = rules
    return state
  }

  func move(_ state: inout AppState, to group: String) -> [Effect] {
    _ = state.press(.character("m"))
    _ = state.type(group)
    return state.press(.enter)
  }

  @Test func aMoveSaysWhatItDidDoesNotLockAndIsUndone() {
    var state = groupsScreen()
    _ = state.press(.character("m"))
    _ = state.type("technology")
    let record = MoveRecord(
      participantID: 2, name: "Nguyễn Thị Lan", fromGroupID: 1, toGroupID: 3, wasLocked: true, previousCapacity: nil)
    state.send(.key(.enter), effects: [.move(participantID: 2, groupID: 3, lock: false)]) {
      $0.modal = nil
      $0.session.participants[1].groupID = 3
      $0.session.participants[1].isLocked = false
      $0.lastMove = record
      $0.message = "Moved Nguyễn Thị Lan from Supply chain (group A) to Technology. u undoes it, L locks them there."
    }
    state.send(.key(.character("u")), effects: [.move(participantID: 2, groupID: 1, lock: true)]) {
      $0.session.participants[1].groupID = 1
      $0.session.participants[1].isLocked = true
      $0.lastMove = nil
      $0.message = "Moved Nguyễn Thị Lan back to Supply chain (group A)."
    }
  }

  @Test func aMoveIntoAFullGroupAsksToRaiseItsCapacity() {
    var state = groupsScreen(technologyCapacity: 1)
    #expect(move(&state, to: "technology").isEmpty, "nothing moves before the facilitator says so")
    #expect(
      state.confirmation?.question
        == "Technology is full (1/1). Raise its capacity to 2 and move Nguyễn Thị Lan there? (y/n)")
    let effects = state.press(.character("y"))
    #expect(
      effects == [.setCapacity(groupID: 3, capacity: 2), .move(participantID: 2, groupID: 3, lock: false)])
    #expect(state.message?.contains("its capacity is now one more") == true)
    #expect(
      state.press(.character("u"))
        == [.move(participantID: 2, groupID: 1, lock: true), .setCapacity(groupID: 3, capacity: 1)])

    var refused = groupsScreen(technologyCapacity: 1)
    _ = move(&refused, to: "technology")
    #expect(refused.press(.character("n")).isEmpty)
    #expect(refused.message == "Nothing changed.")
  }

  @Test func aMoveThatBreaksARuleIsRefusedWithTheRule() {
    var apart = groupsScreen(rules: [GroupingRule(kind: .apart, first: 1, second: 2)])
    #expect(move(&apart, to: "technology").isEmpty)
    #expect(apart.message == "Not moved: a rule keeps Nguyễn Thị Lan apart from 山田 花子, who is in Technology.")
    #expect(apart.lastMove == nil)

    var together = groupsScreen(rules: [GroupingRule(kind: .together, first: 2, second: 4)])
    #expect(move(&together, to: "technology").isEmpty)
    #expect(
      together.message
        == "Not moved: a rule keeps Nguyễn Thị Lan with สมชาย ใจดี, who stays in Supply chain (group A); move "
        + "สมชาย ใจดี too.")
  }

  @Test func oneLeadsOneGroupUnlessTheFacilitatorConfirms() {
    var state = groupsScreen()
    // Nguyễn Thị Lan is group 1's rapporteur; 山田 花子 (group 3) moderates group 3.
    _ = state.press(.character("l"), .character("l"))
    #expect(state.press(.character("R")) == [.setLeads(groupID: 3, moderatorID: nil, rapporteurID: 1)])
    #expect(state.message == "山田 花子 is now rapporteur of Technology.")

    // สมชาย ใจดี moderates group 1 and is a member there: leading it again is fine; a second group asks first.
    var second = groupsScreen()
    second.session.participants[3].groupID = 2
    _ = second.press(.character("l"))
    #expect(second.press(.character("M")).isEmpty)
    #expect(
      second.confirmation?.question
        == "สมชาย ใจดี is already moderator of Supply chain (group A). Make them moderator of Supply chain (group B) "
        + "as well? (y/n)")
    #expect(second.press(.character("y")) == [.setLeads(groupID: 2, moderatorID: 4, rapporteurID: nil)])
  }
}

/// Timeboxes do what they say, and refuse what makes no sense with the reason.
@Suite struct TimeboxFlowTests {
  func start(_ text: String, _ state: inout AppState) -> [Effect] {
    _ = state.press(.character("s"))
    _ = state.type(text)
    return state.press(.enter)
  }

  @Test func twoAndAHalfMinutesSayAndRunTwoAndAHalfMinutes() {
    var state = Fixture.state(.facilitate)
    let effects = start("iii 2.5", &state)
    let timer = Timebox(groupID: 1, question: 3, duration: 150).started(at: Fixture.now)
    #expect(effects == [.saveTimers([timer])])
    #expect(state.message == "Timebox: question iii, 2 min 30 s, Supply chain (group A).")
    state.session.timers[1] = timer
    #expect(render(state).text.contains("2:30 running"), "the clock starts at the length asked for")
    #expect(
      start("ii 1:45", &state) == [
        .saveTimers([Timebox(groupID: 1, question: 2, duration: 105).started(at: Fixture.now)])
      ])
  }

  @Test(arguments: [
    ("ii -5", "\"-5\" minutes: a timebox needs more than 0 minutes."),
    ("ii 0", "\"0\" minutes: a timebox needs more than 0 minutes."),
    ("v 10", "There is no question \"v\": the questions are i-iv."),
    ("ii 900", "\"900\" minutes is more than ten hours: write the minutes, e.g. \"ii 15\"."),
    ("soon", "Write the question and the minutes, e.g. \"ii 15\" or \"iii 2:30\"."),
  ])
  func nonsenseIsRefusedWithTheReason(typed: String, reason: String) {
    var state = Fixture.state(.facilitate)
    #expect(start(typed, &state).isEmpty)
    #expect(state.message == reason)
  }

  @Test func extendingEveryClockLeavesPausedOnesAlone() {
    var state = Fixture.state(.facilitate)
    state.session.timers[2] = state.session.timers[2]!.paused(at: Fixture.now)
    let running = state.session.timers[1]!
    state.send(.key(.character("E")), effects: [.saveTimers([running.extended(by: 300, at: Fixture.now)])]) {
      $0.session.timers[1] = running.extended(by: 300, at: Fixture.now)
      $0.message = "Five more minutes for 1 running clock."
    }
    state.session.timers[1] = running.paused(at: Fixture.now)
    state.send(.key(.character("E"))) {
      $0.message = "No clock is running; + gives the selected group five more minutes, paused or not."
    }
  }
}

/// Attendance from the Roster screen, who is missing on Groups, a note's history and its move to another question.
@Suite struct AttendanceAndHistoryTests {
  @Test func attendanceIsMarkedOnTheRosterAndNamedOnGroups() {
    var roster = Fixture.state(.roster)
    _ = roster.press(.down)
    roster.send(.key(.character("x")), effects: [.setAbsent(participantID: 2, true)]) {
      $0.session.participants[1].isAbsent = true
      $0.session.participants[1].groupID = nil
      $0.session.participants[1].isLocked = false
      $0.message = "Nguyễn Thị Lan is marked absent and leaves Supply chain (group A); x again if they arrive."
    }
    roster.session.participants[1].isAbsent = true
    roster.session.participants[1].groupID = nil
    #expect(render(roster).lines.first { $0.contains("Nguyễn Thị Lan") }?.contains("absent") == true)
    roster.send(.key(.character("x")), effects: [.setAbsent(participantID: 2, false)]) {
      $0.session.participants[1].isAbsent = false
      $0.message = "Nguyễn Thị Lan has arrived and waits for a group: a on the Groups screen places them."
    }

    var groups = Fixture.state(.groups, width: 120, height: 30)
    groups.session.participants[5].isAbsent = true
    groups.session.participants[5].groupID = nil
    groups.session.participants[4].groupID = nil
    #expect(render(groups).text.contains("waiting for a group (1): प्रिया वर्मा; absent (1): Ben Roy"))
  }

  @Test func aNotesHistorySaysWhoChangedWhatAndWhen() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1), width: 100, height: 30)
    _ = state.press(.character("h"))  // question i
    let first = state.session.notes[0]
    state.session.notes[0] = first.edited(
      text: "Creating trust is hard.", speakerID: .some(4), tags: nil, isKeyPoint: nil,
      at: Fixture.now.addingTimeInterval(120), by: "rio")
    state.send(.key(.character("H"))) { $0.modal = .history(noteID: 1, top: 0) }
    let screen = render(state).text
    #expect(screen.contains("Note 1, question i, Day One: 2 versions"))
    #expect(screen.contains("1. 08:00 by ana: written"))
    #expect(screen.contains("2. 08:02 by rio: text, speaker"))
    #expect(screen.contains("Creating trust is hard.") && screen.contains("สมชาย ใจดี"))
    state.send(.key(.escape)) { $0.modal = nil }
  }

  @Test func aNoteMovesToAnotherQuestion() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("h"), .character("m"))
    #expect(state.prompt?.label == "Move the note to question (ii, iii, iv)")
    _ = state.type("iii")
    #expect(state.press(.enter) == [.moveNote(noteID: 1, question: 3)])
    #expect(state.message == "Note moved to question iii; it keeps its history.")
    _ = state.press(.character("m"))
    _ = state.type("i")
    #expect(state.press(.enter).isEmpty)
    #expect(state.message == "The note is already in question i.")
  }
}

/// A session of two rounds on the Groups screen: the current round as ever; [ shows the round before as it was,
/// where nothing can be changed; ] comes back.
@Suite struct RoundsOnTheGroupsScreenTests {
  static func twoRounds() -> AppState {
    var state = Fixture.state(.groups, width: 100, height: 30)
    var session = state.session
    // Round 1's groups (ids 11-13) are kept apart; round 2's are the fixture's, with people seated differently.
    session.rounds = [Round(number: 1), Round(number: 2, name: "Day Two", isCurrent: true)]
    session.otherRoundGroups = session.groups.map { group in
      var earlier = group
      earlier.id += 10
      earlier.round = 1
      return earlier
    }
    session.otherRoundSeats = [
      RoundSeat(round: 1, participantID: 1, groupID: 11), RoundSeat(round: 1, participantID: 2, groupID: 11),
      RoundSeat(round: 1, participantID: 3, groupID: 12), RoundSeat(round: 1, participantID: 4, groupID: 13),
      RoundSeat(round: 1, participantID: 5, groupID: 13), RoundSeat(round: 1, participantID: 6, groupID: 12),
    ]
    for index in session.groups.indices { session.groups[index].round = 2 }
    state.session = session
    return state
  }

  @Test func theEarlierRoundIsShownAsItWasAndCannotBeChanged() {
    var state = Self.twoRounds()
    #expect(render(state).text.contains("Round 2: Day Two of 2 (current)  [ ]: other rounds"))
    state.send(.key(.character("["))) { $0.groups.round = 1 }
    let earlier = render(state).text
    #expect(earlier.contains("Round 1 of 2 (as it was: read only)"))
    // Round 1's first group held 山田 花子 and Nguyễn Thị Lan; in round 2 山田 花子 is in Technology.
    let shown = state.groupsShown
    #expect(shown.members(of: shown.groups[0]).map(\.name) == ["山田 花子", "Nguyễn Thị Lan"])
    #expect(selectedMember(state)?.name == "山田 花子")
    for key in ["m", "L", "M", "R", "a", "A", "u"] {
      state.send(.key(.character(Character(key))), effects: []) {
        $0.message =
          "Round 1 can only be looked at here; ] goes back to round 2 (`breakout round current` makes another round "
          + "current)."
      }
      state.message = nil
    }
    state.send(.key(.character("["))) { _ in }
    state.send(.key(.character("]"))) { $0.groups.round = nil }
    #expect(selectedMember(state)?.name == "Nguyễn Thị Lan", "the current round's people again")
  }

  @Test func theFacilitatorStartsARoundFromTheScreen() {
    var state = Fixture.state(.groups)
    _ = state.press(.character("N"))
    #expect(state.prompt?.purpose == .newRound)
    // Typed one code point per key, as a terminal delivers it: Thai, Devanagari, Persian with ZWNJ, an emoji family.
    let name = "วันที่สอง दूसरा دوم\u{200C}روز 👩\u{200D}👩\u{200D}👧"
    _ = state.typeCodePoints(name)
    let seats = Dictionary(
      uniqueKeysWithValues: state.session.participants.compactMap { p in p.groupID.map { (p.id, $0) } })
    state.send(.key(.enter), effects: [.startRound(name: name, groupOf: seats)]) {
      $0.prompt = nil
      $0.message = "Starting the new round..."
    }
    // The figures of a later round count the pairs sitting together again.
    let later = Self.twoRounds()
    #expect(render(later).text.contains("pairs together again: "))

    var rapporteur = Fixture.state(.groups, seat: .rapporteur(groupID: 1))
    if rapporteur.screens.contains(.groups) {
      _ = rapporteur.press(.character("N"))
      #expect(rapporteur.prompt == nil)
    }
  }

  @Test func theRoomsForTheVideoToolAreWrittenFromTheScreen() {
    var state = Fixture.state(.groups)
    _ = state.press(.character("Z"))
    #expect(state.prompt?.purpose == .rooms)
    _ = state.type("zoom rooms.csv")
    let rooms = VideoRooms(state.session, tool: .zoom)
    state.send(.key(.enter), effects: [.writeRooms(rooms, path: "rooms.csv")]) { $0.prompt = nil }
    state.send(.roomsWritten(rooms, path: "rooms.csv")) {
      $0.message =
        "3 rooms for Zoom written to rooms.csv. No e-mail, so to be assigned in the meeting: "
        + rooms.withoutEmail.map { InertText.visible($0.name) }.joined(separator: ", ") + "."
    }
    _ = state.press(.character("Z"))
    _ = state.type("meet")
    state.send(.key(.enter), effects: []) {
      $0.prompt = nil
      $0.message = "Rooms for zoom or teams, and a file (e.g. zoom rooms.csv): "
    }
  }

  @Test func aSessionOfOneRoundSaysHowToStartAnother() {
    var state = Fixture.state(.groups)
    #expect(!render(state).text.contains("Round 1"))
    state.send(.key(.character("]"))) {
      $0.message = "This session has one round; `breakout round new` starts another."
    }
  }
}

/// A rapporteur's screen stays open while the facilitator starts round 2: it follows its group into the new round.
@Suite struct FollowingTheRoundTests {
  @Test func aRapporteursScreenFollowsItsGroupIntoTheRoundNowCurrent() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 3))
    var next = state.session
    next.rounds = [Round(number: 1), Round(number: 2, name: "Day Two", isCurrent: true)]
    next.otherRoundGroups = state.session.groups
    next.groups = state.session.groups.map { group in
      var copy = group
      copy.id += 20
      copy.round = 2
      return copy
    }
    state.send(.reloaded(next)) {
      $0.session = next
      $0.derived.sessionStamp += 1
      $0.seat = .rapporteur(groupID: 23)
      $0.notesGroupID = 23
      $0.summaryGroupID = 23
      $0.message = "Round 2: Day Two is now current; this screen follows its groups."
    }
  }
}
