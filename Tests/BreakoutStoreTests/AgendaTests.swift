import BreakoutCore
import Foundation
import Testing

@testable import BreakoutStore

@Suite struct AgendaTests {
  @Test func aSessionMayAddAndRenameThemes() throws {
    let store = try newSession()
    try store.addTheme(shortName: "health", name: "Health care")
    try store.setGroupCounts([("health", 2)])
    try store.renameTheme("supply-chain", to: "Supply chains and sourcing")
    try store.setGroupCounts([("supply-chain", 1)])
    let snapshot = try store.snapshot()
    #expect(snapshot.themes.map(\.shortName) == ["supply-chain", "technology", "finance", "health"])
    #expect(
      snapshot.groups.map(\.name) == ["Supply chains and sourcing", "Health care (group A)", "Health care (group B)"])
    #expect(snapshot.group(matching: "health-2")?.number == 3)
    #expect(throws: StorageFailure.refused(.themeTaken("health"))) {
      try store.addTheme(shortName: "health", name: "Again")
    }
    #expect(throws: StorageFailure.refused(.themeShortNameInvalid)) {
      try store.addTheme(shortName: "bad name!", name: "X")
    }
  }

  @Test func questionsAreEditablePerSession() throws {
    let store = try newSession()
    try store.setQuestion(2, text: "What works, with real examples?")
    try store.setQuestion(5, text: "What comes next?")
    var questions = try store.snapshot().questions
    #expect(questions.count == 5)
    #expect(questions[1].text == "What works, with real examples?")
    #expect(questions[0] == Question.defaults[0])
    #expect(throws: StorageFailure.refused(.questionOutOfOrder(count: 5))) { try store.setQuestion(9, text: "gap") }
    #expect(throws: StorageFailure.refused(.onlyLastQuestionRemovable(last: 5))) { try store.removeQuestion(2) }
    try store.removeQuestion(5)
    questions = try store.snapshot().questions
    #expect(questions.count == 4)
    let group = try setUpGroups(store)
    try store.addNote(group: group, question: 4, text: "answered", author: "t")
    #expect(throws: StorageFailure.refused(.questionHasNotes(4, notes: 1))) { try store.removeQuestion(4) }
  }
}

/// A note belongs to the day under way when it is saved, whoever saves it and however.
@Suite struct DayUnderWayTests {
  @Test func theCurrentAgendaItemDecidesTheDay() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    try store.addAgendaItem(day: 1, startsAt: "09:00", title: "Opening")
    try store.addAgendaItem(day: 2, startsAt: "09:00", title: "Recap of Day One")
    let dayOne = try store.addNote(group: group, question: 1, text: "before any item is under way", author: "t")
    #expect(dayOne.day == 1)
    try store.setCurrentAgendaItem(try store.snapshot().agenda[1].id)
    let typed = Draft(owner: "rio", groupID: group, question: 2, text: "typed on Day Two", updatedAt: Date())
    #expect(try store.commit(typed, author: "rio").day == 2)
    #expect(try store.addNote(group: group, question: 1, text: "added on Day Two", author: "t").day == 2)
    #expect(try store.addNote(group: group, question: 1, text: "filed by hand", day: 1, author: "t").day == 1)
    let days = try store.snapshot().notes.map(\.day)
    #expect(days == [1, 2, 2, 1])
  }

  @Test func withoutAnAgendaTheCalendarDecides() {
    let info = SessionInfo(title: "m", startDate: "2021-03-24", days: 2)
    let utc = TimeZone(identifier: "UTC")!
    let dayTwo = Date(timeIntervalSince1970: 1_616_659_200 + 3_600)  // 2021-03-25 01:00 UTC
    #expect(info.dayUnderWay(currentAgendaDay: nil, now: dayTwo, timeZone: utc) == 2)
    #expect(info.dayUnderWay(currentAgendaDay: nil, now: Date(timeIntervalSince1970: 0), timeZone: utc) == 1)
    #expect(info.dayUnderWay(currentAgendaDay: 2, now: Date(timeIntervalSince1970: 0), timeZone: utc) == 2)
    #expect(info.dayUnderWay(currentAgendaDay: 7, now: dayTwo, timeZone: utc) == 2, "never past the last day")
  }
}

@Suite struct MessageStoreTests {
  @Test func helpRequestsStayUntilAcknowledgedAndMessagesCanGoToOneGroup() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    try store.requestHelp(group: group, text: "  ", author: "lan")
    try store.requestHelp(group: group, text: "need a timekeeper", author: "lan")
    #expect(try store.snapshot().helpRequests.map(\.text) == ["help", "need a timekeeper"])
    try store.acknowledgeHelp(group: group)
    #expect(try store.snapshot().helpRequests.isEmpty)
    try store.broadcast("to all", author: "f")
    try store.broadcast("to one", to: group, author: "f")
    let messages = try store.snapshot().broadcasts
    #expect(messages.map(\.text) == ["to one", "to all"])
    #expect(messages.map(\.groupID) == [group, nil])
  }
}
