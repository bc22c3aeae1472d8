import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// On a large session the summary and an assignment are worked out beside the screen: the key that asks returns
/// at once with the work as an effect, the screen says it is under way, and the result is shown when it comes.
@Suite struct WorkTests {
  static func large(notes: Int = 0, waiting: Int = 0) -> SessionSnapshot {
    var session = Fixture.session()
    session.notes += (0..<notes).map { index in
      Note(
        id: Int64(100 + index), groupID: 1, questionNumber: 1 + index % 4,
        createdAt: Fixture.now.addingTimeInterval(Double(100 + index)), author: "ana",
        revisions: [
          NoteRevision(
            revision: 1, text: "Point \(index)", isKeyPoint: index % 3 == 0, editedAt: Fixture.now, author: "ana")
        ])
    }
    session.participants += (0..<waiting).map { index in
      Participant(
        id: Int64(1_000 + index), name: "Person \(index)", organisation: "Org \(index % 40)",
        stakeholderType: index % 2 == 0 ? .government : .civilSociety, country: "Country \(index % 12)")
    }
    return session
  }

  @Test func aLargeSummaryIsMadeBesideTheScreenOneAtATime() {
    var state = Fixture.state(.notes)
    _ = reduce(&state, .reloaded(Self.large(notes: AppState.inlineWorkLimit + 1)))
    let asked = state.press(.character("5"))
    guard case .compute(let work)? = asked.first, case .summary = work else {
      Issue.record("the summary is asked for: \(asked)")
      return
    }
    #expect(render(state).text.contains("(updating…)"))
    // Another change while it is being made: no second summary until the first is back.
    _ = reduce(&state, .reloaded(Self.large(notes: AppState.inlineWorkLimit + 2)))
    #expect(reduce(&state, .tick(Fixture.now)).isEmpty)
    let next = reduce(&state, .computed(work.perform()))
    #expect(
      state.derived.summaryLines.contains { $0.text.contains("Point 0") }, "the summary is shown as soon as it comes")
    #expect(render(state).text.contains("ASIA-PACIFIC REGM"))
    guard case .compute(.summary)? = next.first else {
      Issue.record("the newer session is asked for next: \(next)")
      return
    }
    #expect(render(state).text.contains("(updating…)"))
  }

  @Test func aSmallSummaryIsMadeAtOnce() {
    var state = Fixture.state(.notes)
    #expect(state.press(.character("5")).isEmpty)
    #expect(!render(state).text.contains("(updating…)"))
    #expect(render(state).text.contains("ASIA-PACIFIC REGM"))
    #expect(state.derived.summaryLines.contains { $0.text.contains("Creating trust between different actors") })
  }

  @Test func aLargeRostersAssignmentIsWorkedOutBesideTheScreen() {
    var state = Fixture.state(.groups)
    _ = reduce(&state, .reloaded(Self.large(waiting: AppState.inlineWorkLimit + 1)))
    let asked = state.press(.character("a"))
    guard case .compute(let work)? = asked.first, case .assignmentPreview = work else {
      Issue.record("the assignment is asked for: \(asked)")
      return
    }
    #expect(state.assignmentUnderWay && state.assignmentPreview == nil)
    #expect(render(state).text.contains("Working out the groups for"))
    #expect(state.press(.character("a")).isEmpty, "not asked twice")
    #expect(state.message == "Working out the groups: still under way.")
    _ = state.press(.character("j"))
    #expect(render(state).text.contains("Working out the groups for"), "the line stays while keys are pressed")
    _ = reduce(&state, .computed(work.perform()))
    #expect(!state.assignmentUnderWay)
    let preview = try! #require(state.assignmentPreview)
    #expect(preview.lines.first == "Placing \(AppState.inlineWorkLimit + 1) without a group; nobody else moves.")
    #expect(render(state).text.contains("Proposed assignment (Enter accepts, Esc discards)"))
  }
}
