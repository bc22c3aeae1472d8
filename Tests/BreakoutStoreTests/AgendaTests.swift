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
    #expect(throws: StoreError.self) { try store.addTheme(shortName: "health", name: "Again") }
    #expect(throws: StoreError.self) { try store.addTheme(shortName: "bad name!", name: "X") }
  }

  @Test func questionsAreEditablePerSession() throws {
    let store = try newSession()
    try store.setQuestion(2, text: "What works, with real examples?")
    try store.setQuestion(5, text: "What comes next?")
    var questions = try store.snapshot().questions
    #expect(questions.count == 5)
    #expect(questions[1].text == "What works, with real examples?")
    #expect(questions[0] == Question.defaults[0])
    #expect(throws: StoreError.self) { try store.setQuestion(9, text: "gap") }
    #expect(throws: StoreError.self) { try store.removeQuestion(2) }
    try store.removeQuestion(5)
    questions = try store.snapshot().questions
    #expect(questions.count == 4)
    let group = try setUpGroups(store)
    try store.addNote(group: group, question: 4, text: "answered", author: "t")
    #expect(throws: StoreError.self) { try store.removeQuestion(4) }
  }
}
