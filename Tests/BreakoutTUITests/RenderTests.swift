import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

@Suite struct RenderTests {
  static func overview() -> SessionOverview {
    var snapshot = SessionSnapshot(
      info: SessionInfo(title: "Asia-Pacific REGM", region: "Asia-Pacific", startDate: "2021-03-24", days: 2),
      themes: [
        Theme(id: 1, shortName: "supply-chain", name: "Supply chain", position: 1),
        Theme(id: 2, shortName: "technology", name: "Technology", position: 2),
      ],
      groups: [
        BreakoutGroup(
          id: 1, themeID: 1, number: 1, indexInTheme: 1, name: "Supply chain", capacity: 10, rapporteurID: 2),
        BreakoutGroup(id: 2, themeID: 2, number: 2, indexInTheme: 1, name: "Technology", moderatorID: 1),
      ])
    snapshot.participants = [
      Participant(id: 1, name: "山田 花子", country: "Japan", groupID: 2),
      Participant(id: 2, name: "Nguyễn Thị Lan", country: "Viet Nam", groupID: 1),
      Participant(id: 3, name: "Eve\u{1B}]0;owned\u{07}", country: "Fiji", groupID: 1),
    ]
    return SessionOverview(snapshot)
  }

  @Test(arguments: [(80, 24), (40, 12), (132, 43)])
  func theOverviewScreen(width: Int, height: Int) throws {
    let state = AppState(overview: Self.overview(), width: width, height: height)
    try expectScreen(render(state), matches: "overview-\(width)x\(height)")
  }

  @Test func wideCharactersTakeTwoCellsAndNeverSpillOverTheEdge() {
    var screen = ScreenBuffer(width: 5, height: 1)
    let used = screen.put("山田花子", x: 0, y: 0)
    #expect(used == 4)
    #expect(screen.lines == ["山田 "])
    #expect(screen[1, 0].width == 0, "the right half of a wide character")
  }

  @Test func controlSequencesAreDrawnInert() {
    var screen = ScreenBuffer(width: 40, height: 1)
    screen.put("Eve\u{1B}]0;owned\u{07}", x: 0, y: 0)
    #expect(screen.lines[0].hasPrefix("Eve\\u{1B}]0;owned\\u{7}"))
    #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
  }

  @Test(arguments: [(39, 24), (80, 9), (20, 6), (1, 1), (0, 0)])
  func aTooSmallTerminalShowsANotice(width: Int, height: Int) {
    let screen = render(AppState(overview: Self.overview(), width: width, height: height))
    #expect(screen.width == width && screen.height == height)
    if width >= 18 && height >= 2 {
      #expect(screen.lines[0].hasPrefix("terminal too small"))
      #expect(screen.lines[1].hasPrefix("(need 40x10)"))
    }
  }

  @Test func helpIsGeneratedFromTheCommandTable() {
    var state = AppState(overview: Self.overview(), width: 80, height: 24)
    _ = reduce(&state, .key(.character("?")))
    let text = render(state).text
    for command in Command.all {
      #expect(text.contains(command.summary), "\(command.summary)")
    }
  }
}

@Suite struct ReduceTests {
  @Test func qAndControlCQuit() {
    var state = AppState(overview: RenderTests.overview(), width: 80, height: 24)
    #expect(reduce(&state, .key(.character("q"))) == [.quit])
    #expect(reduce(&state, .key(.control("c"))) == [.quit])
  }

  @Test func questionMarkTogglesHelpAndEscapeCloses() {
    var state = AppState(overview: RenderTests.overview(), width: 80, height: 24)
    _ = reduce(&state, .key(.character("?")))
    #expect(state.showingHelp)
    _ = reduce(&state, .key(.escape))
    #expect(!state.showingHelp)
  }

  @Test func aResizeChangesTheSizeAndRedrawsEverything() {
    var state = AppState(overview: RenderTests.overview(), width: 80, height: 24)
    #expect(reduce(&state, .resize(width: 100, height: 30)) == [.redrawAll])
    #expect(state.width == 100 && state.height == 30)
  }

  @Test func scrollingStopsAtTheTop() {
    var state = AppState(overview: RenderTests.overview(), width: 80, height: 24)
    _ = reduce(&state, .key(.character("k")))
    #expect(state.scroll == 0)
    _ = reduce(&state, .key(.down))
    #expect(state.scroll == 1)
    _ = reduce(&state, .key(.character("g")))
    #expect(state.scroll == 0)
  }

  @Test func aReloadReplacesTheOverview() {
    var state = AppState(overview: RenderTests.overview(), width: 80, height: 24)
    var changed = RenderTests.overview()
    changed.title = "Renamed"
    _ = reduce(&state, .reloaded(changed))
    #expect(state.overview.title == "Renamed")
  }
}
