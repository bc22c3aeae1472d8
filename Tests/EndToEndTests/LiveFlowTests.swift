import Foundation
import Testing

/// The live flow of issue-sized problems found by running a whole meeting: each numbered finding, on the real
/// binary in a real terminal.
@Suite(.serialized) struct LiveFlowTests {
  /// 1. Thai, Devanagari, a decomposed accent and a flag typed in the editor, then more keys: saved exactly.
  @Test func theEditorTakesAnyScriptTypedKeyByKey() throws {
    let (terminal, folder) = try openDemo(arguments: "--rapporteur finance --author rio")
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)
    try terminal.type("a")
    #expect(try terminal.waitFor("Enter save").found)
    let typed = "ดี नमस्ते e\u{301} 🇹🇭 ශ්\u{200D}රී"
    try terminal.type(typed)
    // Left goes before the last cluster; Backspace takes the joiner alone, and it is typed again.
    try terminal.press("Left")
    try terminal.press("BSpace")
    try terminal.type("\u{200D}")
    try terminal.press("C-e")
    try terminal.type(" ok")
    try terminal.press("Enter")
    let saved = try terminal.waitFor("Note saved in question")
    #expect(saved.found, "\(saved.screen)")
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    let exported = try Binary.run(["export", "demo", "--format", "json", "--all-notes"], in: folder)
    let texts = jsonStrings(try JSONSerialization.jsonObject(with: exported.data))
    let expected = Array((typed + " ok").unicodeScalars)
    #expect(texts.contains { Array($0.unicodeScalars) == expected }, "every code point as typed")
  }

  /// 2. and 6. The facilitator opens group 4's notes from the dashboard, switches group on Notes, and scrolls
  /// the help down to the editor's keys.
  @Test func theFacilitatorReadsEveryGroupAndTheWholeHelp() throws {
    let (terminal, _) = try openDemo(width: 100, height: 30)
    #expect(try terminal.waitFor("Latest key points").found)
    try terminal.type("jjj")
    try terminal.press("Enter")
    let opened = try terminal.waitFor("4. Financial institutions  on question")
    #expect(opened.found, "\(opened.screen)")
    try terminal.type("}")
    #expect(try terminal.waitFor("1. Supply chain (group A)  on question").found)
    try terminal.type("?")
    #expect(try terminal.waitFor("Keys on the Notes screen").found)
    for _ in 0..<6 { try terminal.press("NPage") }
    let bottom = try terminal.waitFor("in tags: challenge, practice")
    #expect(bottom.found, "\(bottom.screen)")
    try terminal.press("Escape")
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
  }

  /// 4. With a Day Two agenda item under way, a note typed on the screen is filed on Day Two.
  @Test func aNoteTypedOnDayTwoIsFiledOnDayTwo() throws {
    let (shell, folder) = try demoShell()
    // The demo's item 6 is Day Two's "Recap of Day One".
    let set = try Binary.run(["agenda", "current", "demo", "6"], in: folder)
    #expect(set.status == 0, "\(set.stderr)")
    try shell.type("'\(Binary.path)' sessions/demo.sqlite --rapporteur technology --author rio; echo \"EXIT=$?\"")
    try shell.press("Enter")
    #expect(try shell.waitFor("rapporteur: Technology").found)
    try shell.type("a")
    try shell.type("Typed on the second morning")
    try shell.press("Enter")
    #expect(try shell.waitFor("Day Two").found)
    try shell.type("q")
    #expect(try shell.waitFor("EXIT=0").found)
    let dayTwo = try Binary.run(["export", "demo", "--format", "txt", "--all-notes", "--day", "2"], in: folder)
    let dayOne = try Binary.run(["export", "demo", "--format", "txt", "--all-notes", "--day", "1"], in: folder)
    #expect(dayTwo.stdout.contains("Typed on the second morning"))
    #expect(!dayOne.stdout.contains("Typed on the second morning"), "not in the Day One recap")
  }

  /// 5. A move into the demo's full Technology group asks before raising its capacity; u undoes it.
  @Test func aMoveIntoAFullGroupAsksAndIsUndone() throws {
    let (terminal, folder) = try openDemo(width: 120, height: 40)
    #expect(try terminal.waitFor("Latest key points").found)
    try terminal.type("2")
    #expect(try terminal.waitFor("a assign").found)
    try terminal.type("m")
    #expect(try terminal.waitFor("Move ").found)
    try terminal.type("technology")
    try terminal.press("Enter")
    let asked = try terminal.waitFor("Technology is full (18/18). Raise its capacity to 19")
    #expect(asked.found, "\(asked.screen)")
    try terminal.type("n")
    #expect(try terminal.waitFor("Nothing changed.").found)
    try terminal.type("m")
    try terminal.type("technology")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("Raise its capacity").found)
    try terminal.type("y")
    #expect(try terminal.waitFor("its capacity is now one more").found)
    let raised = try Binary.run(["groups", "list", "demo"], in: folder).stdout
    #expect(raised.contains("19/19"), "\(raised)")
    try terminal.type("u")
    #expect(try terminal.waitFor("back to Supply chain (group A)").found)
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    let undone = try Binary.run(["groups", "list", "demo"], in: folder).stdout
    #expect(undone.contains("18/18") && undone.contains("12/18"), "\(undone)")
  }

  /// 9. One person leads one group unless the facilitator says otherwise.
  @Test func aSecondGroupToLeadIsRefusedUnlessAllowed() throws {
    let (_, folder) = try demoShell()
    let refused = try Binary.run(["groups", "lead", "demo", "finance", "--rapporteur", "Aroha Ngata"], in: folder)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("Aroha Ngata is already rapporteur of Supply chain (group B)"), "\(refused.stderr)")
    #expect(try Binary.run(["groups", "list", "demo"], in: folder).stdout.contains("Priya Sharma"), "unchanged")
    let allowed = try Binary.run(
      ["groups", "lead", "demo", "finance", "--rapporteur", "Aroha Ngata", "--allow-second-group"], in: folder)
    #expect(allowed.status == 0, "\(allowed.stderr)")
    #expect(allowed.stdout.split(separator: "\n").filter { $0.contains("Aroha Ngata") }.count == 2)
  }

  /// 8. Timeboxes say and do the same thing and refuse nonsense with the reason.
  @Test func timeboxesDoWhatTheySay() throws {
    let (terminal, _) = try openDemo(width: 100, height: 30)
    #expect(try terminal.waitFor("Latest key points").found)
    try terminal.type("s")
    try terminal.type("ii -5")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("a timebox needs more than 0 minutes").found)
    try terminal.type("s")
    try terminal.type("iii 2.5")
    try terminal.press("Enter")
    let started = try terminal.waitFor("Timebox: question iii, 2 min 30 s, Supply chain (group A).")
    #expect(started.found, "\(started.screen)")
    let row = started.screen.split(separator: "\n").first { $0.contains("1. Supply chain (group A)") } ?? ""
    #expect(row.contains(" iii ") && row.contains("2:"), "\(row)")
    // Every clock paused, then E: nothing is extended, and it says why.
    try terminal.type("P")
    #expect(try terminal.waitFor("paused").found)
    try terminal.type("E")
    #expect(try terminal.waitFor("No clock is running").found)
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
  }

  /// 7. The Summary screen exports through the command line's path: the same options, the same bytes, the same
  /// Chatham House warnings.
  @Test func theScreensExportIsTheCommandLines() throws {
    let (shell, folder) = try demoShell(width: 120, height: 30)
    let now = ExportTests.fixedTime["BREAKOUT_NOW"]!
    try shell.type("BREAKOUT_NOW=\(now) '\(Binary.path)' sessions/demo.sqlite; echo \"EXIT=$?\"")
    try shell.press("Enter")
    #expect(try shell.waitFor("Latest key points").found)
    try shell.type("5")
    #expect(try shell.waitFor("attribution: by affiliation").found)
    try shell.type("e")
    try shell.press("C-u")
    try shell.type("txt \"day one.txt\" --attribution none --day 1")
    try shell.press("Enter")
    let done = try shell.waitFor("Exported to day one.txt (attribution: none).")
    #expect(done.found, "\(done.screen)")
    #expect(done.screen.contains("written [withheld]"), "the screen names the notes to rephrase")
    try shell.type("q")
    #expect(try shell.waitFor("EXIT=0").found)
    let cli = try Binary.run(
      ["export", "demo", "--format", "txt", "--attribution", "none", "--day", "1"], in: folder,
      environment: ExportTests.fixedTime)
    let written = try Data(contentsOf: URL(fileURLWithPath: folder + "/day one.txt"))
    #expect(written == cli.data, "byte for byte what breakout export writes")
    #expect(cli.stderr.contains("withheld in this export"))
  }

  /// 11. After kill -9, a restart under another name is offered the draft, with whose it was.
  @Test func aDraftLeftByAKilledTerminalIsOfferedToTheNextName() throws {
    let author = "rio\(UUID().uuidString.prefix(6).lowercased())"
    let (terminal, folder) = try openDemo(arguments: "--rapporteur technology --author \(author)")
    #expect(try terminal.waitFor("rapporteur: Technology").found)
    try terminal.type("a")
    #expect(try terminal.waitFor("Enter save").found)
    try terminal.type("Words typed before the crash")
    // The draft reaches the session file within a second; wait for it there, then kill.
    let deadline = Date().addingTimeInterval(20)
    var stored = ""
    while Date() < deadline, !stored.contains("before the crash") {
      stored = try draftText(in: folder)
      Thread.sleep(forTimeInterval: 0.1)
    }
    #expect(stored.contains("before the crash"))
    try Binary.shell("pkill -9 -f -- '--author \(author.dropLast())[\(author.suffix(1))]'")
    #expect(try terminal.waitFor("EXIT=137").found)
    try terminal.type("clear; '\(Binary.path)' sessions/demo.sqlite --rapporteur technology; echo \"EXIT2=$?\"")
    try terminal.press("Enter")
    let offered = try terminal.waitFor("\(author)'s in Technology")
    #expect(offered.found, "\(offered.screen)")
    try terminal.type("a")
    #expect(try terminal.waitFor("now yours to finish").found)
    try terminal.press("Enter")
    #expect(try terminal.waitFor("Note saved").found)
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT2=0").found)
    let exported = try Binary.run(["export", "demo", "--format", "txt", "--all-notes"], in: folder)
    #expect(exported.stdout.contains("Words typed before the crash"))
    #expect(try draftText(in: folder).isEmpty, "no draft left to offer again")
  }

  /// 10. What tells groups apart and whether a note is a key point show at 100 and at 80 columns.
  @Test func groupsAndKeyPointsStayVisibleWhenNarrow() throws {
    let (facilitator, folder) = try openDemo(width: 100, height: 30)
    #expect(try facilitator.waitFor("Latest key points").found)
    try facilitator.type("1")
    let roster = try facilitator.waitFor("Organisation")
    #expect(roster.found)
    #expect(roster.screen.contains(" 1 supply") && roster.screen.contains(" 2 supply"), "\(roster.screen)")
    try facilitator.type("q")
    let (rapporteur, _) = try openDemo(width: 80, height: 24, arguments: "--rapporteur finance", folder: folder)
    #expect(try rapporteur.waitFor("rapporteur: Financial institutions").found)
    try rapporteur.type("a")
    try rapporteur.press("C-k")
    let editor = try rapporteur.waitFor("Key point: yes")
    #expect(editor.found, "\(editor.screen)")
    try rapporteur.press("Escape")
    try rapporteur.type("q")
  }

  /// 14. A rapporteur calls for help; the facilitator sees it on the group's row until acknowledged, and answers
  /// that group alone.
  @Test func aRapporteurReachesTheFacilitatorAndBack() throws {
    let (facilitator, folder) = try openDemo(width: 110, height: 30)
    #expect(try facilitator.waitFor("Latest key points").found)
    let (rapporteur, _) = try openDemo(width: 100, height: 30, arguments: "--rapporteur finance", folder: folder)
    let (other, _) = try openDemo(width: 100, height: 30, arguments: "--rapporteur technology", folder: folder)
    #expect(try rapporteur.waitFor("rapporteur: Financial institutions").found)
    #expect(try other.waitFor("rapporteur: Technology").found)
    try rapporteur.type("!")
    try rapporteur.type("we need a timekeeper")
    try rapporteur.press("Enter")
    #expect(try rapporteur.waitFor("The facilitator has been asked for help").found)
    let called = try facilitator.waitFor("HELP ", timeout: 5)
    #expect(called.found, "\(called.screen)")
    let row = called.screen.split(separator: "\n").first { $0.contains("4. Financial institutions") } ?? ""
    #expect(row.contains("we need a timekeeper"), "\(row)")
    try facilitator.type("jjj")
    try facilitator.type("B")
    try facilitator.type("Coming over now")
    try facilitator.press("Enter")
    #expect(try rapporteur.waitFor("Message to Financial institutions", timeout: 5).found)
    try facilitator.type("!")
    let seen = try facilitator.waitFor("call for help acknowledged")
    #expect(seen.found)
    let cleared = try facilitator.waitFor("notes/key points per question")
    #expect(!cleared.screen.contains("HELP "), "\(cleared.screen)")
    #expect(!(try other.screen().contains("Coming over now")), "the other group does not get it")
    for terminal in [facilitator, rapporteur, other] { try terminal.type("q") }
  }

  /// 13. Attendance from the Roster screen, named on Groups; a note's history and its move to another question.
  @Test func attendanceHistoryAndMovingANoteFromTheScreen() throws {
    let (terminal, folder) = try openDemo(width: 120, height: 34)
    #expect(try terminal.waitFor("Latest key points").found)
    try terminal.type("1")
    #expect(try terminal.waitFor("Organisation").found)
    try terminal.type("j")
    try terminal.type("x")
    let marked = try terminal.waitFor("is marked absent")
    #expect(marked.found, "\(marked.screen)")
    let name =
      marked.screen.split(separator: "\n").last { $0.contains("is marked absent") }
      .map { String($0.dropFirst().prefix { $0 != " " }) } ?? ""
    try terminal.type("2")
    let groups = try terminal.waitFor("absent (1): ")
    #expect(groups.found && groups.screen.contains("absent (1): \(name)"), "\(groups.screen)")

    try terminal.type("4")
    #expect(try terminal.waitFor("on question").found)
    try terminal.type("H")
    let history = try terminal.waitFor("by ")
    #expect(history.found && history.screen.contains("version"), "\(history.screen)")
    try terminal.press("Escape")
    let before = try Binary.run(["export", "demo", "--format", "json", "--all-notes"], in: folder).stdout
    try terminal.type("m")
    try terminal.type("iv")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("Note moved to question iv").found)
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    let after = try Binary.run(["export", "demo", "--format", "json", "--all-notes"], in: folder).stdout
    #expect(before != after, "the summary files the note under question iv")
  }

  /// 3. The speaker field never drops or replaces a choice: one match is picked on Tab, the next key goes to the
  /// tags, and a name nobody has is refused with a word.
  @Test func theSpeakerFieldKeepsWhatWasChosen() throws {
    let (terminal, folder) = try openDemo(width: 100, height: 30, arguments: "--rapporteur supply-chain-2")
    #expect(try terminal.waitFor("rapporteur: Supply chain (group B)").found)
    try terminal.type("a")
    try terminal.type("Auditors rarely speak to workers alone")
    try terminal.press("Tab")
    try terminal.type("zzz")
    try terminal.press("Tab")
    #expect(try terminal.waitFor("Nobody on the roster matches \"zzz\"").found)
    try terminal.press("C-u")
    try terminal.type("kan")
    try terminal.press("Tab")
    #expect(try terminal.waitFor("Speaker: Kanya Wongsuwan.").found)
    try terminal.type("c")
    try terminal.press("Enter")
    let saved = try terminal.waitFor("Note saved")
    #expect(saved.found, "\(saved.screen)")
    #expect(saved.screen.contains("Auditors rarely speak to workers alone - Kanya Wongsuwan [challenge]"))
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    // What is stored, whatever an export's attribution makes of it.
    let stored = try Binary.output(
      "sqlite3 '\(folder)/sessions/demo.sqlite' \"SELECT p.name, r.tags FROM note_revision r JOIN participant p "
        + "ON p.id = r.speaker_id WHERE r.text LIKE 'Auditors rarely%'\"")
    #expect(stored == "Kanya Wongsuwan|challenge", "\(stored)")
  }
}

/// The drafts' text in a session file, read with sqlite3.
func draftText(in folder: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["sqlite3", folder + "/sessions/demo.sqlite", "SELECT text FROM draft"]
  let out = Pipe()
  process.standardOutput = out
  process.standardError = FileHandle.nullDevice
  try process.run()
  let data = out.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}

/// Every string in a decoded JSON value.
func jsonStrings(_ value: Any) -> [String] {
  switch value {
  case let text as String: [text]
  case let array as [Any]: array.flatMap(jsonStrings)
  case let object as [String: Any]: object.values.flatMap(jsonStrings)
  default: []
  }
}
