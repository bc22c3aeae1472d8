import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// The Summary screen exports as the command line does, and says which attribution it uses.
@Suite struct SummaryFlowTests {
  func export(_ typed: String, _ state: inout AppState) -> [Effect] {
    _ = state.press(.character("e"))
    _ = state.press(.control("u"))
    _ = state.type(typed)
    return state.press(.enter)
  }

  @Test func theExportPromptTakesTheCommandLinesOptions() {
    var state = Fixture.state(.summary)
    let effects = export("txt \"day one.txt\" --attribution none --day 1 --all-notes", &state)
    let expected = SummaryExport(
      format: .txt, options: SummaryOptions(attribution: .chathamHouse, allNotes: true, day: 1),
      output: "day one.txt")
    #expect(effects == [.export(expected, session: state.session)])
  }

  @Test(arguments: [
    ("md", "Write the file after the format, e.g. \"md summary.md\"."),
    (
      "pdf out.pdf",
      "\"pdf\" is not a format. Write the format (md, html, txt, json, csv, docx) and the file, e.g. \"md summary.md\"."
    ),
    ("txt out.txt --attribution anonymous", "--attribution anonymous: use named, affiliation or none."),
    ("txt out.txt --day 3", "--day 3: the meeting has 2 days."),
    (
      "txt out.txt --colour",
      "--colour is not an export option: use --attribution, --day, --all-notes, --trace or --merge-themes."
    ),
    ("txt out.txt more.txt", "Two files (out.txt and more.txt): put a name with spaces in quotes."),
  ])
  func aBadExportIsRefusedWithTheReason(typed: String, reason: String) {
    var state = Fixture.state(.summary)
    #expect(export(typed, &state).isEmpty)
    #expect(state.message == reason)
  }

  @Test func everyGroupsViewUsesTheSessionsAttributionAndTheScreenSaysWhich() {
    var state = Fixture.state(.summary, width: 100, height: 30)
    // A key point by Nguyễn Thị Lan, who did not consent, is in group 1: every view is by affiliation.
    for _ in 0...3 {
      #expect(render(state).text.contains("attribution: by affiliation"))
      _ = state.press(.right)
    }
    state.send(.key(.character("a"))) {
      $0.summaryAttribution = .chathamHouse
      $0.message = "Attribution: none (Chatham House Rule); exports from here use it too."
    }
    #expect(render(state).text.contains("attribution: none (Chatham House Rule)"))
    guard case .export(let request, _)? = export("md s.md", &state).first else {
      Issue.record("no export")
      return
    }
    #expect(request.options.attribution == .chathamHouse)
  }

  @Test func anExportSaysItsAttributionAndWhatWasWithheld() {
    var state = Fixture.state(.summary)
    let finding = ChathamHouseCheck.Finding(noteID: 12, group: 1, question: 2, mentions: ["Acme"])
    _ = reduce(&state, .exported(path: "s.md", attribution: .chathamHouse, withheld: [finding]))
    #expect(
      state.message
        == "Exported to s.md (attribution: none). 1 note names someone, written [withheld]: rephrase note(s) 12.")
  }
}
