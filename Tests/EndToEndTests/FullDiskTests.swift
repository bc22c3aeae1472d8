import Foundation
import Testing

/// A rapporteur saves on a disk that has filled up (a real 4 MiB tmpfs holding the session file): a clear message,
/// the typed text still in the editor, and the note saved by itself once space is freed; if breakout is closed
/// before that, the words are printed on the restored terminal.
@Suite(.serialized) struct FullDiskTests {
  static let text = "Written while the disk was full"

  @Test func aFullDiskKeepsTheTextAndTheNoteIsSavedOnceSpaceIsFreed() throws {
    try onAFullDisk { terminal, folder in
      // Still full a few retries later: still waiting, nothing lost.
      Thread.sleep(forTimeInterval: 2.5)
      let still = try terminal.screen()
      #expect(still.contains("The disk is full") && still.contains(Self.text), "\(still)")
      try FileManager.default.removeItem(atPath: folder + "/filler")
      let saved = try terminal.waitFor("Note saved", timeout: 10)
      #expect(saved.found, "\(saved.screen)")
      try terminal.type("q")
      #expect(try terminal.waitFor("EXIT=0").found)

      let session = folder + "/sessions/demo.sqlite"
      #expect(try Binary.output("sqlite3 '\(session)' 'PRAGMA integrity_check'") == "ok")
      let exported = try Binary.run(["export", "demo", "--format", "txt", "--all-notes"], in: folder)
      #expect(exported.stdout.components(separatedBy: Self.text).count == 2, "saved once, not lost and not twice")
    }
  }

  @Test func closedWhileTheDiskIsStillFullTheWordsArePrinted() throws {
    try onAFullDisk { terminal, folder in
      _ = try Binary.shell("pkill -TERM -f 'author fulldis[k]'")
      let closed = try terminal.waitFor(matching: "EXIT=[0-9]", timeout: 5)
      #expect(closed.found, "\(closed.screen)")
      #expect(try !terminal.onAlternateScreen())
      #expect(closed.screen.contains("breakout closed before this note could be saved"), "\(closed.screen)")
      #expect(closed.screen.contains(Self.text), "the words are on the terminal to copy")
    }
  }

  @Test func anExportToAFullDiskSaysSoAndTheNextOneWorks() throws {
    try onOwnDisk(size: "4m", mode: "0700") { folder in
      // The session on another disk, the export onto the full one.
      let session = try scratchFolder() + "/demo.sqlite"
      _ = try Binary.shell("cp '\(folder)/sessions/demo.sqlite' '\(session)'")
      _ = try Binary.shell("dd if=/dev/zero of='\(folder)/filler' bs=4k 2>/dev/null")
      let opening = try Binary.run(["export", "demo", "--format", "md"], in: folder)
      #expect(
        opening.stderr.contains("the disk holding it is full; free some space and try again"), "\(opening.stderr)")
      // Markdown goes to the file as it is made; a Word document's header is written over once its size is known.
      for format in ["md", "docx"] {
        let failed = try Binary.run(
          ["export", session, "--format", format, "--all-notes", "--output", "summary.\(format)"], in: folder)
        #expect(failed.status != 0)
        #expect(
          failed.stderr.contains("cannot write summary.\(format): No space left on device"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("Wrote"), "\(failed.stderr)")
      }
      try FileManager.default.removeItem(atPath: folder + "/filler")
      let written = try Binary.run(
        ["export", "demo", "--format", "md", "--all-notes", "--output", "summary.md"], in: folder)
      #expect(written.status == 0, "\(written.stderr)")
      let markdown = try String(contentsOfFile: folder + "/summary.md", encoding: .utf8)
      #expect(markdown.hasPrefix("# ") && markdown.contains("## Key questions"))
    }
  }

  /// Opens the rapporteur's screen on a session in a small tmpfs, fills the disk, types a note and presses Enter;
  /// checks the screen says so and keeps the text, then hands over the terminal and the folder.
  func onAFullDisk(_ then: (TmuxTerminal, String) throws -> Void) throws {
    try onOwnDisk(size: "4m", mode: "0700") { disk in try typedOnAFullDisk(disk, then) }
  }

  private func typedOnAFullDisk(_ disk: String, _ then: (TmuxTerminal, String) throws -> Void) throws {
    let (terminal, folder) = try demoShell(folder: disk)
    defer { _ = try? terminal.tmux(capturing: false, ["kill-server"]) }
    try terminal.type("'\(Binary.path)' sessions/demo.sqlite --rapporteur finance --author fulldisk; echo \"EXIT=$?\"")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)

    // Every free block taken, as when a log or a download fills the disk.
    _ = try Binary.shell("dd if=/dev/zero of='\(folder)/filler' bs=4k 2>/dev/null")
    #expect(try Binary.output("df --output=avail -k '\(folder)' | tail -1") == "0")

    try terminal.type("a")
    try terminal.type(Self.text)
    #expect(try terminal.waitFor(Self.text).found)
    try terminal.press("Enter")
    let refused = try terminal.waitFor("The disk is full: free some space")
    #expect(refused.found, "\(refused.screen)")
    #expect(refused.screen.contains("What you typed is kept and saved as soon as there is room"))
    #expect(refused.screen.contains(Self.text), "the text is still in the editor")
    #expect(!refused.screen.contains("Note saved"))
    try then(terminal, folder)
  }
}
