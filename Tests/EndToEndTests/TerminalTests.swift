import Foundation
import Testing

@Suite(.serialized) struct TerminalTests {
  @Test func theDemoOpensInARealTerminalAndQuitsCleanly() throws {
    let (terminal, _) = try openDemo(width: 100, height: 30)
    // The status bar is drawn last: once it shows, the whole first frame is there.
    let opened = try terminal.waitFor("q quit")
    #expect(opened.screen.contains("Fostering Cooperation between the Public"))
    #expect(opened.found, "\(opened.screen)")
    #expect(opened.screen.contains("Supply chain (group B)"))
    #expect(opened.screen.contains("q quit"))

    try terminal.type("?")
    #expect(try terminal.waitFor("redraw the screen").found)
    try terminal.press("Escape")

    try terminal.type("q")
    let closed = try terminal.waitFor("EXIT=0")
    #expect(closed.found, "\(closed.screen)")
    #expect(!closed.screen.contains("Fostering Cooperation"), "the terminal is restored: the screen is gone")
    #expect(try !terminal.onAlternateScreen())
  }

  @Test func aTinyTerminalGetsANoticeAndResizingRedraws() throws {
    let (terminal, _) = try openDemo(width: 30, height: 8)
    #expect(try terminal.waitFor("terminal too small").found)
    try terminal.resize(width: 90, height: 30)
    let grown = try terminal.waitFor("Supply chain (group B)")
    #expect(grown.found, "\(grown.screen)")
    try terminal.press("C-c")
    #expect(try terminal.waitFor("EXIT=0").found)
  }

  @Test func aNoteAddedElsewhereAppearsOnAnOpenScreen() throws {
    let (terminal, folder) = try openDemo(width: 100, height: 30)
    let before = try terminal.waitFor("q quit")
    #expect(before.found)
    #expect(row(of: "3. Technology", in: before.screen).contains("3/1   3/2"))
    let added = try Binary.run(
      ["note", "add", "demo", "--group", "technology", "--question", "1", "fresh"], in: folder)
    #expect(added.status == 0)
    let after = try terminal.waitFor("4/1   3/2", timeout: 5)
    #expect(after.found, "shown within a second or so")
    #expect(row(of: "3. Technology", in: after.screen).contains("4/1   3/2"))
    try terminal.type("q")
  }

  /// TERM unset or unknown to terminfo: a sentence saying what to do, a failing status, the terminal and the session
  /// as they were. (TERM=dumb opens the plain mode: PlainModeTests.)
  @Test(arguments: ["env -u TERM", "env TERM=no-such-terminal"])
  func aTerminalThatCannotShowTheScreenIsExplained(environment: String) throws {
    let (terminal, folder) = try demoShell(width: 150, height: 20)
    let before = try Binary.run(
      ["export", "demo", "--format", "json", "--all-notes"], in: folder, environment: ExportTests.fixedTime
    ).stdout
    try terminal.type("clear; \(environment) '\(Binary.path)' sessions/demo.sqlite; echo \"EXIT=$?\"")
    try terminal.press("Enter")
    let ended = try terminal.waitFor(matching: "EXIT=[0-9]")
    #expect(ended.screen.contains("EXIT=1"), "\(ended.screen)")
    #expect(ended.screen.contains("cannot show the breakout screen") || ended.screen.contains("is not known here"))
    #expect(ended.screen.contains("breakout --help"))
    #expect(!ended.screen.contains("Error opening terminal"), "breakout's own sentence, not ncurses' exit")
    #expect(try !terminal.onAlternateScreen())
    #expect(
      try Binary.run(
        ["export", "demo", "--format", "json", "--all-notes"], in: folder, environment: ExportTests.fixedTime
      ).stdout == before)
  }

  func row(of label: String, in screen: String) -> String {
    screen.split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
  }
}

/// Every terminal size from 1x1 to 300x100, changed while a rapporteur types: no crash, and every word typed at
/// every size is in the note when it is saved.
@Suite(.serialized) struct ResizeWhileTypingTests {
  @Test func resizingThroughEverySizeKeepsTheDraftIntact() throws {
    let (terminal, folder) = try openDemo(width: 100, height: 30, arguments: "--rapporteur finance --author rio")
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)
    try terminal.type("a")
    #expect(try terminal.waitFor("Enter save").found)
    let sizes = [
      (1, 1), (2, 2), (3, 1), (10, 3), (20, 6), (39, 9), (40, 10), (41, 11), (80, 24), (132, 43), (200, 60),
      (300, 100), (1, 100), (300, 1), (40, 9), (39, 10), (100, 30),
    ]
    var typed = ""
    for (index, size) in sizes.enumerated() {
      try terminal.resize(width: size.0, height: size.1)
      let word = "w\(index) "
      try terminal.type(word)
      typed += word
      // Whatever the size (1x1 shows nothing), the word has arrived once the draft in the session file holds it.
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline, !(try draftText(in: folder).contains("w\(index)")) {
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
    let back = try terminal.waitFor("w16")
    #expect(back.found, "still running and redrawn at 100x30: \(back.screen)")
    #expect(back.screen.contains(typed.trimmingCharacters(in: .whitespaces)), "\(back.screen)")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("Note saved").found)
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    let exported = try Binary.run(["export", "demo", "--format", "txt", "--all-notes"], in: folder)
    #expect(exported.stdout.contains(typed.trimmingCharacters(in: .whitespaces)))
  }
}
