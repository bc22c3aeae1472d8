import Foundation
import Testing

/// The meeting as it happens: a facilitator and a rapporteur in two terminals on one session file.
@Suite(.serialized) struct LiveSessionTests {
  @Test func aFacilitatorAndARapporteurWorkTheSameSessionLive() throws {
    let (facilitator, folder) = try openDemo()
    #expect(try facilitator.waitFor("1. Supply chain (group A)").found)

    // Reassign on the Groups screen (everyone has a group in the demo): preview, then accept.
    try facilitator.type("2")
    #expect(try facilitator.waitFor("a assign").found)
    #expect(try facilitator.waitFor("preferences met").found, "the figures of the groups as they stand")
    try facilitator.type("A")
    let preview = try facilitator.waitFor("Proposed assignment")
    #expect(preview.found, "\(preview.screen)")
    #expect(preview.screen.contains("Q = "))
    try facilitator.press("Enter")
    #expect(try facilitator.waitFor("Assignment saved.").found)

    // Move the selected participant to the financial institutions group (technology is full).
    try facilitator.type("j")
    try facilitator.type("m")
    #expect(try facilitator.waitFor("Move ").found)
    try facilitator.type("finance")
    try facilitator.press("Enter")
    #expect(try facilitator.waitFor("u undoes it").found)
    try facilitator.type("L")
    let moved = try facilitator.waitFor("[locked]")
    #expect(moved.found)

    // Start a timebox for group 1 on the Facilitate screen.
    try facilitator.type("3")
    try facilitator.type("s")
    try facilitator.type("ii 15")
    try facilitator.press("Enter")
    #expect(try facilitator.waitFor("running").found)

    // A rapporteur opens their group in a second terminal and types a note with a speaker and a tag.
    let rapporteur = try TmuxTerminal(width: 100, height: 30, folder: folder)
    try rapporteur.type(
      "'\(Binary.path)' sessions/demo.sqlite --rapporteur supply-chain-1 --author lan; echo \"EXIT=$?\"")
    try rapporteur.press("Enter")
    let notes = try rapporteur.waitFor("a add")
    #expect(notes.found, "\(notes.screen)")
    #expect(notes.screen.contains("rapporteur: Supply chain (group A)"))
    #expect(notes.screen.contains("on question ii"))
    try rapporteur.type("a")
    try rapporteur.type("Ports share inspection results with buyers")
    try rapporteur.press("Tab")
    try rapporteur.type("Dornnapha")
    try rapporteur.press("Enter")
    try rapporteur.press("Tab")
    try rapporteur.type("p")
    try rapporteur.press("C-k")
    try rapporteur.press("Enter")
    let saved = try rapporteur.waitFor("Note saved in question ii, Day One.")
    #expect(saved.found, "\(saved.screen)")
    #expect(saved.screen.contains("* Ports share inspection results with buyers - Dornnapha Sukkree [practice]"))

    // The facilitator's dashboard counts it within a second.
    let counted = try facilitator.waitFor("4/3", timeout: 3)
    #expect(counted.found, "\(counted.screen)")

    // A broadcast reaches the rapporteur.
    try facilitator.type("b")
    try facilitator.type("Five minutes left")
    try facilitator.press("Enter")
    #expect(try rapporteur.waitFor("Five minutes left", timeout: 3).found)

    // Both windows resize and redraw.
    try facilitator.resize(width: 132, height: 40)
    try rapporteur.resize(width: 60, height: 20)
    #expect(try facilitator.waitFor("1. Supply chain (group A)").found)
    #expect(try rapporteur.waitFor("on question ii").found)

    // Export the summary from the Summary screen, then quit both.
    try facilitator.type("5")
    try facilitator.type("e")
    try facilitator.press("Enter")
    #expect(try facilitator.waitFor("Exported to summary.md (attribution:").found)
    try facilitator.type("q")
    try rapporteur.type("q")
    #expect(try facilitator.waitFor("EXIT=0").found)
    #expect(try rapporteur.waitFor("EXIT=0").found)
    let summary = try String(contentsOfFile: folder + "/summary.md", encoding: .utf8)
    #expect(summary.contains("Ports share inspection results with buyers"))
    let exported = try Binary.run(["export", "demo", "--format", "md", "--attribution", "named"], in: folder)
    #expect(exported.stdout.contains("Ports share inspection results with buyers (Dornnapha Sukkree, MAST Human)"))
  }

  @Test func aKilledRapporteurGetsTheDraftBack() throws {
    let (terminal, folder) = try openDemo(arguments: "--rapporteur technology --author kim")
    let opened = try terminal.waitFor("rapporteur: Technology")
    #expect(opened.found, "\(opened.screen)")
    try terminal.type("a")
    try terminal.type("Survivors should shape the platform design")
    #expect(try terminal.waitFor("platform design").found)
    // Once the draft is in the session file, kill the process without warning (the [r] keeps pkill from matching
    // its own shell).
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, !(try draftText(in: folder).contains("platform design")) {
      Thread.sleep(forTimeInterval: 0.05)
    }
    let killed = try Binary.shell("pkill -9 -f 'rapporteur technology --autho[r] kim'")
    #expect(killed.status == 0)
    #expect(try terminal.waitFor("Killed").found)
    try terminal.press("C-l")
    try terminal.type("clear; '\(Binary.path)' sessions/demo.sqlite --rapporteur technology --author kim")
    try terminal.press("Enter")
    let recovered = try terminal.waitFor("Recovered the note you were typing")
    #expect(recovered.found, "\(recovered.screen)")
    #expect(recovered.screen.contains("Survivors should shape the platform design"))
    try terminal.press("Enter")
    #expect(try terminal.waitFor("Note saved").found)
    try terminal.type("q")
  }
}

/// An ssh connection that drops (SIGHUP), a shutdown (SIGTERM), an interrupt (SIGINT) or Ctrl-C typed into the
/// editor while a rapporteur types: the words are kept.
@Suite(.serialized) struct SignalTests {
  @Test(arguments: ["HUP", "TERM", "INT", "Ctrl-C"])
  func aSignalSavesTheDraftAndLeavesTheTerminalSane(signal: String) throws {
    let author = "sig" + signal.lowercased().filter(\.isLetter)
    let (terminal, _) = try openDemo(arguments: "--rapporteur finance --author \(author)")
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)
    try terminal.type("a")
    try terminal.type("Just typed")
    #expect(try terminal.waitFor("Just typed").found)
    // At once, before the half-second save: the signal handler must save it.
    if signal == "Ctrl-C" {
      try terminal.press("C-c")
    } else {
      try Binary.shell("pkill -\(signal) -f 'author \(author.dropLast())[\(author.suffix(1))]'")
    }
    let exited = try terminal.waitFor(matching: "EXIT=[0-9]", timeout: 2)
    #expect(exited.found, "gone within two seconds: \(exited.screen)")
    #expect(!exited.screen.contains("rapporteur: Financial institutions"), "the terminal is restored")
    #expect(try !terminal.onAlternateScreen())
    try terminal.type("clear; '\(Binary.path)' sessions/demo.sqlite --rapporteur finance --author \(author)")
    try terminal.press("Enter")
    let back = try terminal.waitFor("Recovered the note you were typing")
    #expect(back.found, "\(back.screen)")
    #expect(back.screen.contains("Just typed"))
    try terminal.press("Escape")
    try terminal.type("q")
  }
}

/// A connection that drops under nohup (SIGHUP ignored, so only the dead terminal tells): the draft is saved and
/// the process ends instead of spinning.
@Suite(.serialized) struct HangupTests {
  @Test func aDeadTerminalUnderNohupIsLeftAfterSaving() throws {
    let (terminal, folder) = try demoShell()
    // What nohup does to signals, without its redirection of a terminal's output to nohup.out.
    try terminal.type("trap '' HUP; exec '\(Binary.path)' sessions/demo.sqlite --rapporteur finance --author deadtty")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)
    try terminal.type("a")
    try terminal.type("Typed before the line dropped")
    #expect(try terminal.waitFor("Typed before the line dropped").found)
    let ignored = try Binary.output(
      "grep SigIgn /proc/$(pgrep -f 'author deadtt[y]' | head -1)/status | awk '{print $2}'")
    #expect((UInt64(ignored, radix: 16) ?? 0) & 1 == 1, "SIGHUP stays ignored, as nohup asked: \(ignored)")
    // The terminal goes away as when an ssh connection drops: the pane's pseudo-terminal is closed.
    try terminal.tmux(capturing: false, ["kill-server"])
    let start = Date()
    var running = true
    while running && Date().timeIntervalSince(start) < 5 {
      running = try Binary.shellResult("pgrep -f 'author deadtt[y]' > /dev/null") == 0
      if running { Thread.sleep(forTimeInterval: 0.05) }
    }
    #expect(!running, "the process leaves instead of spinning on a dead terminal")
    let draft = try Binary.output(
      "sqlite3 '\(folder)/sessions/demo.sqlite' \"SELECT text FROM draft WHERE owner = 'deadtty'\"")
    #expect(draft == "Typed before the line dropped")
  }
}

@Suite struct CrashTests {
  @Test func aCrashStillRestoresTheTerminal() throws {
    let (terminal, _) = try openDemo(arguments: "--author crash")
    #expect(try terminal.waitFor("1. Supply chain (group A)").found)
    #expect(try terminal.onAlternateScreen())
    try Binary.shell("pkill -SEGV -f 'author cras[h]'")
    let crashed = try terminal.waitFor("EXIT=139")
    #expect(crashed.found, "\(crashed.screen)")
    #expect(try !terminal.onAlternateScreen(), "the crash handler restored the terminal")
  }
}
