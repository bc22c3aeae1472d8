import Foundation
import Testing

/// Names, organisations and notes from a public registration form can carry terminal escape sequences, C1
/// controls, bidi overrides and zero-width characters. In a real terminal they must show inert and visible, never
/// act: the window title stays, the screen is not cleared, and search still finds the person.
@Suite(.serialized) struct InjectionTests {
  static let hostileName = "Eve\u{1B}]0;owned\u{07} Mallory"
  static let hostileOrganisation = "Acme\u{200B}Corp\u{1B}[2J\u{202E}"
  static let hostileNote = "Bell\u{07} and\r carriage \u{1B}[2J \u{9B}31m red \u{2066}isolate\u{2069} injected"

  func hostileSession() throws -> String {
    let folder = try scratchFolder()
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    #expect(try Binary.run(["demo", "demo", "--from", demoSource], in: folder).status == 0)
    let csv =
      "Name,Organisation,Email,Country\n\"\(Self.hostileName)\",\"\(Self.hostileOrganisation)\",eve@x.example,Fiji\n"
    try write(csv, to: folder + "/hostile.csv")
    let imported = try Binary.run(["roster", "import", "demo", "hostile.csv"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(!imported.stdout.contains("\u{1B}") && !imported.stderr.contains("\u{1B}"))
    let note = try Binary.run(
      [
        "note", "add", "demo", "--group", "technology", "--question", "1", "--speaker", "eve@x.example",
        Self.hostileNote,
      ],
      in: folder)
    #expect(note.status == 0, "\(note.stderr)")
    return folder
  }

  @Test func everyScreenShowsHostileTextInertAndTheTitleStays() throws {
    let folder = try hostileSession()
    let (terminal, _) = try openDemo(width: 140, height: 40, folder: folder)
    #expect(try terminal.waitFor("q quit").found)
    let title = try terminal.tmux(["display-message", "-p", "#{pane_title}"])

    try terminal.type("1")
    try terminal.type("/")
    try terminal.type("Mallory")
    try terminal.press("Enter")
    let roster = try terminal.waitFor("Mallory")
    #expect(roster.found, "search finds the name: \(roster.screen)")
    #expect(roster.screen.contains("Eve\\u{1B}]0;owned\\u{7} Mallory"), "\(roster.screen)")
    #expect(roster.screen.contains("Acme\\u{200B}Corp\\u{1B}[2J\\u{202E}"), "\(roster.screen)")
    for screen in ["2", "3", "5"] {
      try terminal.type(screen)
      #expect(try terminal.waitFor("Fostering Cooperation").found, "nothing cleared the screen")
    }
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)

    // The rapporteur of the group sees the note itself.
    try terminal.type("clear; '\(Binary.path)' sessions/demo.sqlite --rapporteur technology --author kim")
    try terminal.press("Enter")
    let notes = try terminal.waitFor("injected")
    #expect(notes.found, "\(notes.screen)")
    #expect(notes.screen.contains("Bell\\u{7} and"), "\(notes.screen)")
    #expect(notes.screen.contains("\\u{1B}[2J \\u{9B}31m red \\u{2066}isolate\\u{2069}"), "\(notes.screen)")
    #expect(notes.screen.contains("Fostering Cooperation"), "nothing cleared the screen")
    try terminal.type("5")
    #expect(try terminal.waitFor("Fostering Cooperation").found)

    #expect(try terminal.tmux(["display-message", "-p", "#{pane_title}"]) == title, "the window title is unchanged")
    #expect(!title.contains("owned"))
    try terminal.type("q")
  }

  @Test func everythingPrintedOutsideTheScreenIsInertToo() throws {
    let folder = try hostileSession()
    for arguments in [
      ["roster", "list", "demo"], ["roster", "list", "demo", "--format", "csv"],
      ["export", "demo", "--format", "txt", "--all-notes"], ["export", "demo", "--format", "md", "--all-notes"],
      ["assign", "demo", "--explain", "eve@x.example"], ["groups", "list", "demo"],
    ] {
      let result = try Binary.run(arguments, in: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      for raw in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{200B}", "\r carriage"] {
        #expect(!result.stdout.contains(raw), "\(arguments) prints \(raw.unicodeScalars.map { $0.value })")
      }
    }
    let missing = try Binary.run(["assign", "demo", "--explain", Self.hostileName + "x"], in: folder)
    #expect(missing.status != 0 && !missing.stderr.contains("\u{1B}") && missing.stderr.contains("\\u{1B}"))
  }
}
