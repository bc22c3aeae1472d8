import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

@Suite struct RenderTests {
  static let sizes = [(80, 24), (132, 43), (40, 12)]

  @Test(arguments: Screen.allCases)
  func everyScreenAtThreeSizes(screen: Screen) throws {
    for (width, height) in Self.sizes {
      let state = Fixture.state(screen, width: width, height: height)
      try expectScreen(render(state), matches: "\(screen.title.lowercased())-\(width)x\(height)")
    }
  }

  @Test func theRapporteursNotesScreenWithAnOpenEditor() throws {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("Audits shared ")
    _ = state.press(.lineFeed)
    _ = state.type("across buyers 山田")
    let screen = render(state)
    try expectScreen(screen, matches: "notes-editor-80x24")
    #expect(screen.cursor?.x == 1 + DisplayWidth.of("across buyers 山田"), "the terminal cursor follows the typing")
    _ = state.press(.escape)
    #expect(render(state).cursor == nil)
  }

  @Test func theGroupsScreenWithAnAssignmentPreview() throws {
    var state = Fixture.state(.groups, width: 132, height: 43)
    _ = state.press(.character("A"))
    try expectScreen(render(state), matches: "groups-preview-132x43")
  }

  @Test func helpIsGeneratedFromTheCommandTable() {
    for screen in Screen.allCases {
      var state = Fixture.state(screen, width: 120, height: 50)
      _ = state.press(.character("?"))
      let text = render(state).text
      for command in Command.all where command.applies(on: screen) && command.isForSeat(of: state) {
        #expect(text.contains(command.summary), "\(screen): \(command.summary)")
      }
    }
  }

  @Test func withoutColourTheSelectionStaysVisible() throws {
    let state = Fixture.state(.facilitate, color: false)
    let screen = render(state)
    #expect(screen.cells.allSatisfy { $0.style.tone == .normal })
    let selectedRow = 4  // the first group's row
    #expect((0..<screen.width).allSatisfy { screen[$0, selectedRow].style.reverse })
    try expectScreen(screen, matches: "facilitate-no-color-80x24")
  }

  @Test func alarmsAreWordsNotOnlyColours() {
    var state = Fixture.state(.facilitate)
    state.now = Fixture.now.addingTimeInterval(10)
    #expect(render(state).text.contains("LAST MINUTE"), "group B has under a minute left")
    state.now = Fixture.now.addingTimeInterval(60)
    #expect(render(state).text.contains("TIME UP"))
  }

  /// On a first look the groups whose notes are still being read say so, rather than show no notes.
  @Test func notesStillBeingReadAreShownAsSuch() {
    var state = Fixture.state(.facilitate, width: 100, height: 30)
    let whole = state.session
    var look = whole
    look.notes = whole.notes.filter { $0.groupID == 1 }
    look.notesOnlyOf = 1
    _ = reduce(&state, .reloaded(look))
    let facilitate = render(state).text
    let lines = facilitate.split(separator: "\n")
    let first = lines.first { $0.contains("1. ") && $0.contains("/") }
    let second = lines.first { $0.contains("2. ") && $0.contains("…") }
    #expect(first != nil && !(first?.contains("…") ?? true), "the group read shows its counts\n\(facilitate)")
    #expect(second != nil, "a group not yet read shows … for its counts\n\(facilitate)")
    #expect(facilitate.contains("reading…"))
    _ = state.press(.enter, .character("}"))
    #expect(state.screen == .notes && state.notesGroupID == 2)
    #expect(render(state).text.contains("Reading this group's notes…"))
    _ = reduce(&state, .reloaded(whole))
    #expect(!render(state).text.contains("Reading this group's notes…"))
  }

  /// A busy group's counts (thousands of notes, hundreds starred) keep their own column.
  @Test func largeCountsNeverRunIntoTheNextQuestion() {
    var state = Fixture.state(.facilitate, width: 100, height: 30)
    var session = state.session
    for id in Int64(100)..<1_334 {
      let revision = NoteRevision(
        revision: 1, text: "Point \(id)", isKeyPoint: id % 2 == 0, editedAt: Fixture.now, author: "ana")
      session.notes.append(
        Note(id: id, groupID: 1, questionNumber: 1, createdAt: Fixture.now, author: "ana", revisions: [revision]))
    }
    _ = reduce(&state, .reloaded(session))
    let row = render(state).text.split(separator: "\n").first { $0.contains("1. ") && $0.contains("/") }
    #expect(row?.contains("1236/618  1/1") == true, "\(row ?? "")")
  }

  @Test func wideCharactersTakeTwoCellsAndAreNeverCutInHalf() {
    var screen = ScreenBuffer(width: 5, height: 1)
    let used = screen.put("山田花子", x: 0, y: 0)
    #expect(used == 4)
    #expect(screen.lines == ["山田 "])
    #expect(screen[1, 0].width == 0, "the right half of a wide character")
    #expect(fit("山田花子", 5) == "山田 ")
    #expect(wrap("山田花子 abc", width: 5) == ["山田", "花子", "abc"])
  }

  @Test func controlSequencesAreDrawnInert() {
    for screen in Screen.allCases {
      let text = render(Fixture.state(screen, width: 132, height: 43))
      #expect(!text.cells.contains { $0.text.unicodeScalars.contains { InertText.isDangerous($0) } }, "\(screen)")
    }
    let roster = render(Fixture.state(.roster, width: 132, height: 43)).text
    #expect(roster.contains("Eve\\u{1B}]0;owned\\u{7}"))
  }

  @Test(arguments: [(39, 24), (80, 9), (20, 6), (1, 1), (0, 0)])
  func aTooSmallTerminalShowsANotice(width: Int, height: Int) {
    let screen = render(Fixture.state(width: width, height: height))
    #expect(screen.width == max(0, width) && screen.height == max(0, height))
    if width >= 18 && height >= 2 {
      #expect(screen.lines[0].hasPrefix("terminal too small"))
      #expect(screen.lines[1].hasPrefix("(need 40x10)"))
    }
  }

  @Test func aTooSmallTerminalKeepsTheDraft() {
    var state = Fixture.state(.notes, seat: .rapporteur(groupID: 1))
    _ = state.press(.character("a"))
    _ = state.type("keep me")
    _ = reduce(&state, .resize(width: 20, height: 6))
    #expect(render(state).lines[0].hasPrefix("terminal too small"))
    _ = reduce(&state, .resize(width: 80, height: 24))
    #expect(state.editor?.text == "keep me")
    #expect(render(state).text.contains("keep me"))
  }
}

@Suite struct ReadmeTests {
  @Test func theReadmesKeyTableListsEveryCommand() throws {
    let readme = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md"),
      encoding: .utf8)
    #expect(readme.contains(Command.markdownTable), "the README's keys table should read:\n\(Command.markdownTable)")
  }
}
