import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// Rapporteurs reach the facilitator, the facilitator reaches one group or all, and clocks can ring.
@Suite struct MessagesTests {
  @Test func aRapporteurAsksForHelpAndTheFacilitatorSeesItUntilAcknowledged() {
    var rapporteur = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = rapporteur.press(.character("!"))
    _ = rapporteur.type("need a timekeeper")
    #expect(rapporteur.press(.enter) == [.requestHelp(groupID: 1, "need a timekeeper")])

    var facilitator = Fixture.state(.facilitate, width: 100, height: 30)
    facilitator.session.helpRequests = [
      HelpRequest(id: 1, groupID: 1, text: "need a timekeeper", sentAt: Fixture.now, author: "lan")
    ]
    let row = render(facilitator).lines.first { $0.contains("1. Supply chain (group A)") } ?? ""
    #expect(row.contains("HELP 08:00: need a timekeeper"), "\(row)")
    #expect(render(facilitator).lines.last!.contains("! seen"))
    #expect(facilitator.press(.character("!")) == [.acknowledgeHelp(groupID: 1)])
    _ = facilitator.press(.down)
    facilitator.send(.key(.character("!"))) { $0.message = "This group has not asked for help." }
    #expect(rapporteur.press(.character("!")).isEmpty, "a prompt opens; nothing sent yet")
  }

  @Test func aRapporteurWritesHowTheGroupsSessionBeganAndCanChangeIt() {
    var rapporteur = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = rapporteur.press(.character("I"))
    #expect(rapporteur.prompt?.purpose == .introduction(groupID: 1))
    _ = rapporteur.type("The session began with a short presentation from MAST Human.")
    #expect(
      rapporteur.press(.enter) == [
        .setIntroduction(groupID: 1, "The session began with a short presentation from MAST Human.")
      ])
    #expect(rapporteur.message == "Saved: the summary opens the group's section with it.")

    // Opened again, it holds what was saved, ready to be corrected; emptied, it is removed.
    rapporteur.session.groups[0].introduction = "The session began with a short presentation from MAST Human."
    _ = rapporteur.press(.character("I"))
    #expect(rapporteur.prompt?.text == "The session began with a short presentation from MAST Human.")
    _ = rapporteur.press(.control("u"))
    #expect(rapporteur.press(.enter) == [.setIntroduction(groupID: 1, nil)])
  }

  @Test(arguments: Scripts.samples)
  func anIntroductionTypedInAnyScriptIsSavedAsTyped(sample: String) {
    var rapporteur = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = rapporteur.press(.character("I"))
    let text = "Presentation: \(sample) (\(sample))"
    // One code point per key, as a terminal delivers them: joiners and combining marks arrive on their own.
    for scalar in text.unicodeScalars { _ = reduce(&rapporteur, .key(.character(Character(scalar)))) }
    let effects = rapporteur.press(.enter)
    #expect(effects == [.setIntroduction(groupID: 1, text)])
    if case .setIntroduction(_, let saved?) = effects.first {
      #expect(Array(saved.unicodeScalars) == Array(text.unicodeScalars), "code point by code point")
    }
  }

  @Test func aMessageGoesToOneGroupOrAllAndRapporteursReadTheLastFew() {
    var facilitator = Fixture.state(.facilitate)
    _ = facilitator.press(.down, .down, .character("B"))
    #expect(facilitator.prompt?.label == "Message to 3. Technology only")
    _ = facilitator.type("Technology: five minutes")
    #expect(facilitator.press(.enter) == [.broadcast("Technology: five minutes", groupID: 3)])
    #expect(facilitator.message == "Message sent to Technology.")

    var session = Fixture.session()
    session.broadcasts = [
      Broadcast(id: 3, text: "Only for technology", sentAt: Fixture.now, author: "f", groupID: 3),
      Broadcast(id: 2, text: "Wrap up question ii", sentAt: Fixture.now.addingTimeInterval(-60), author: "f"),
      Broadcast(id: 1, text: "Welcome", sentAt: Fixture.now.addingTimeInterval(-600), author: "f"),
    ]
    var groupA = Fixture.state(.notes, seat: .rapporteur(groupID: 1), width: 100, height: 30)
    groupA.session = session
    let screen = render(groupA).text
    #expect(!screen.contains("Only for technology"))
    #expect(screen.contains("Message 07:59: Wrap up question ii") && screen.contains("Earlier: Message 07:50: Welcome"))
    var technology = Fixture.state(.notes, seat: .rapporteur(groupID: 3), width: 100, height: 30)
    technology.session = session
    #expect(render(technology).lines[2].contains("Message to Technology 08:00: Only for technology"))
  }

  @Test func withBellAClockReachingItsLastMinuteRingsOnce() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    state.bell = true
    // Group A's clock has 600 s left at the fixture's time.
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(530))) == [])
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(541))) == [.bell])
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(542))) == [])
    #expect(reduce(&state, .tick(Fixture.now.addingTimeInterval(601))) == [.bell], "and when time is up")

    var other = Fixture.state(.notes, seat: .rapporteur(groupID: 3))
    other.bell = true
    #expect(reduce(&other, .tick(Fixture.now.addingTimeInterval(541))) == [], "another group's clock is not ours")
    var quiet = Fixture.state(.facilitate)
    #expect(reduce(&quiet, .tick(Fixture.now.addingTimeInterval(541))) == [], "no bell unless asked for")
  }
}
