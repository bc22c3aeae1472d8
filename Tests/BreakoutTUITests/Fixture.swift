import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// A small meeting with wide-character names, a hostile name, notes, a running clock and a broadcast.
enum Fixture {
  static let now = Date(timeIntervalSince1970: 1_616_572_800)  // 2021-03-24 08:00 UTC

  static func session() -> SessionSnapshot {
    var session = SessionSnapshot(
      info: SessionInfo(title: "Asia-Pacific REGM", region: "Asia-Pacific", startDate: "2021-03-24", days: 2),
      themes: [
        Theme(id: 1, shortName: "supply-chain", name: "Supply chain", position: 1),
        Theme(id: 2, shortName: "technology", name: "Technology", position: 2),
      ],
      groups: [
        BreakoutGroup(
          id: 1, themeID: 1, number: 1, indexInTheme: 1, name: "Supply chain (group A)", capacity: 10, moderatorID: 4,
          rapporteurID: 2),
        BreakoutGroup(id: 2, themeID: 1, number: 2, indexInTheme: 2, name: "Supply chain (group B)", capacity: 10),
        BreakoutGroup(id: 3, themeID: 2, number: 3, indexInTheme: 1, name: "Technology", moderatorID: 1),
      ])
    session.participants = [
      Participant(
        id: 1, name: "山田 花子", organisation: "JICA", stakeholderType: .government, country: "Japan", groupID: 3),
      Participant(
        id: 2, name: "Nguyễn Thị Lan", organisation: "Blue Dragon", stakeholderType: .civilSociety,
        country: "Viet Nam", groupID: 1, isLocked: true),
      Participant(
        id: 3, name: "Eve\u{1B}]0;owned\u{07}", organisation: "Acme", stakeholderType: .privateSector, country: "Fiji",
        groupID: 1),
      Participant(
        id: 4, name: "สมชาย ใจดี", organisation: "Thai Frozen Foods", stakeholderType: .privateSector,
        country: "Thailand", groupID: 1),
      Participant(
        id: 5, name: "प्रिया वर्मा", organisation: "TCS", stakeholderType: .privateSector, country: "India", groupID: 2),
      Participant(
        id: 6, name: "Ben Roy", organisation: "Ministry", stakeholderType: .government, country: "Nepal", groupID: 2),
    ]
    func note(_ id: Int64, group: Int64, question: Int, _ text: String, key: Bool = false, speaker: Int64? = nil)
      -> Note
    {
      Note(
        id: id, groupID: group, questionNumber: question, createdAt: now.addingTimeInterval(Double(id)), author: "ana",
        revisions: [
          NoteRevision(
            revision: 1, text: text, speakerID: speaker, tags: key ? [.practice] : [], isKeyPoint: key, editedAt: now,
            author: "ana")
        ])
    }
    session.notes = [
      note(1, group: 1, question: 1, "Creating trust between different actors is difficult.", key: true),
      note(2, group: 1, question: 1, "Workers rarely know where to report abuse.", speaker: 4),
      note(3, group: 1, question: 2, "Media reporting on the fishing sector raised awareness.", key: true, speaker: 2),
      note(4, group: 3, question: 1, "Technology can be part of the problem as well as the solution."),
    ]
    session.timers[1] = Timebox(groupID: 1, question: 2, duration: 900, startedAt: now.addingTimeInterval(-300))
    session.timers[2] = Timebox(groupID: 2, question: 1, duration: 600, startedAt: now.addingTimeInterval(-570))
    session.broadcast = Broadcast(id: 1, text: "Ten minutes left", sentAt: now, author: "facilitator")
    session.agenda = [
      AgendaItem(id: 1, day: 1, startsAt: "09:00", title: "Opening remarks"),
      AgendaItem(id: 2, day: 1, startsAt: "10:30", title: "Breakout groups", isCurrent: true),
      AgendaItem(id: 3, day: 2, startsAt: "09:00", title: "Recap of Day One"),
    ]
    return session
  }

  static func state(
    _ screen: Screen = .facilitate, seat: Seat = .facilitator, width: Int = 80, height: Int = 24, color: Bool = true
  ) -> AppState {
    var state = AppState(
      session: session(), seat: seat, width: width, height: height, now: now, color: color, owner: "ana")
    state.timeZone = TimeZone(identifier: "UTC")!
    if state.screens.contains(screen) { state.screen = screen }
    return state
  }
}

extension AppState {
  /// Sends keys one by one and collects every effect.
  mutating func press(_ keys: Key...) -> [Effect] {
    keys.flatMap { reduce(&self, .key($0)) }
  }

  mutating func type(_ text: String) -> [Effect] {
    text.flatMap { reduce(&self, .key(.character($0))) }
  }
}

extension AppState {
  /// Sends one action and compares the whole state with the one expected, as The Composable Architecture's
  /// `TestStore` does: `expected` gets the state as it was and makes the changes the action should make; any other
  /// change fails the test, naming the properties that differ.
  @discardableResult
  mutating func send(
    _ action: Action, effects expectedEffects: [Effect]? = nil, _ expected: (inout AppState) -> Void = { _ in },
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> [Effect] {
    var wanted = self
    expected(&wanted)
    let effects = reduce(&self, action)
    if self != wanted {
      let differing = zip(Mirror(reflecting: self).children, Mirror(reflecting: wanted).children)
        .filter { String(describing: $0.value) != String(describing: $1.value) }
        .map { "\($0.label ?? "?"): got \($0.value), expected \($1.value)" }
      Issue.record("after \(action): \(differing.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
    if let expectedEffects, effects != expectedEffects {
      Issue.record("after \(action): effects \(effects), expected \(expectedEffects)", sourceLocation: sourceLocation)
    }
    return effects
  }

  /// Types text one code point per key, as a terminal delivers it.
  mutating func typeCodePoints(_ text: String) -> [Effect] {
    text.unicodeScalars.flatMap { reduce(&self, .key(.character(Character($0)))) }
  }
}
