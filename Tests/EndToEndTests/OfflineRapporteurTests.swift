import Foundation
import LinkProxy
import Testing

/// A rapporteur on a server whose link or server goes away: notes keep being typed and saved, the screen says it is
/// offline, and every note reaches the server exactly once when it is back.
@Suite(.enabled(if: testServerGiven))
struct OfflineRapporteurTests {
  static let notes = [
    "Recruitment fees paid in ภาษาไทย receipts",
    "हिन्दी helplines reach workers audits miss",
    "ශ්‍රී ලංකා unions and می‌خواهم survey 👩‍👩‍👧",
  ]

  /// A meeting on the test server with three groups; its address, and the same address through `port`.
  static func meeting(in folder: String, on server: String? = nil) throws -> (url: String, serverPort: UInt16) {
    let url =
      try server.map { $0 + "?session=e\(UUID().uuidString.prefix(10).lowercased())" } ?? ServerSessionTests.address()
    let roster = Binary.packageRoot.appendingPathComponent("sessions/demo/roster.csv").path
    for arguments in [
      ["new", url, "--title", "Offline rapporteur"], ["roster", "import", url, roster],
      ["groups", "set", url, "supply-chain=1", "technology=1", "finance=1"],
    ] {
      let result = try Binary.run(arguments, in: folder)
      guard result.status == 0 else { throw HarnessError("\(arguments[0]): \(result.stderr)") }
    }
    guard let port = URLComponents(string: url)?.port else { throw HarnessError("no port in \(url)") }
    return (url, UInt16(port))
  }

  static func through(_ proxy: LinkProxy, _ url: String, serverPort: UInt16) -> String {
    url.replacingOccurrences(of: ":\(serverPort)/", with: ":\(proxy.port)/")
  }

  /// Opens a screen; its notes and drafts kept under `state`.
  static func screen(_ url: String, _ arguments: String, folder: String, state: String) throws -> TmuxTerminal {
    let terminal = try TmuxTerminal(width: 150, height: 30, folder: folder)
    try terminal.type(
      "BREAKOUT_STATE_DIR='\(state)' '\(Binary.path)' '\(url)' \(arguments); echo \"EXIT=$?\"")
    try terminal.press("Enter")
    return terminal
  }

  /// Opens the note editor on a notes screen, types `text` and saves it with Enter.
  static func addNote(_ terminal: TmuxTerminal, _ text: String) throws {
    try terminal.type("a")
    #expect(try terminal.waitFor("Esc").found)
    try terminal.type(text)
    try terminal.press("Enter")
  }

  static func typeNotes(_ rapporteur: TmuxTerminal) throws {
    for note in notes {
      try addNote(rapporteur, note)
      // Kept and listed at once, whatever the link does.
      #expect(try rapporteur.waitFor(String(note.prefix(20)), timeout: 10).found)
    }
  }

  /// How many times each note is in the session on the server.
  static func copiesOnServer(_ url: String, folder: String) throws -> [Int] {
    let exported = try Binary.run(["export", url, "--format", "json", "--all-notes"], in: folder)
    return notes.map { exported.stdout.components(separatedBy: $0).count - 1 }
  }

  /// The same, once it is `expected` or 40 s have passed (notes reach the server beside the screens).
  static func copiesOnServer(_ url: String, folder: String, once expected: [Int]) throws -> [Int] {
    var copies: [Int] = []
    let deadline = Date().addingTimeInterval(40)
    repeat {
      copies = try copiesOnServer(url, folder: folder)
      if copies == expected { break }
      Thread.sleep(forTimeInterval: 0.2)
    } while Date() < deadline
    return copies
  }

  @Test func theLinkCutForThirtySecondsLosesNothingAndDoublesNothing() throws {
    let folder = try scratchFolder()
    let (url, serverPort) = try Self.meeting(in: folder)
    let proxy = try LinkProxy(to: serverPort)
    defer { proxy.stop() }
    let facilitator = try Self.screen(url, "--author fac", folder: folder, state: folder + "/fac")
    #expect(try facilitator.waitFor("1. Supply chain").found)
    try facilitator.type("4")
    #expect(try facilitator.waitFor("No notes yet").found)
    let rapporteur = try Self.screen(
      Self.through(proxy, url, serverPort: serverPort), "--rapporteur supply-chain --author rap", folder: folder,
      state: folder + "/rap")
    #expect(try rapporteur.waitFor("rapporteur: Supply chain").found)

    proxy.cut()
    let cutAt = Date()
    try Self.typeNotes(rapporteur)
    let offline = try rapporteur.waitFor("offline: 3 notes waiting", timeout: 25)
    #expect(offline.found, "\(offline.screen)")
    #expect(try Self.copiesOnServer(url, folder: folder) == [0, 0, 0])
    Thread.sleep(until: cutAt.addingTimeInterval(30))
    proxy.restore()

    for note in Self.notes {
      let seen = try facilitator.waitFor(String(note.prefix(20)), timeout: 30)
      #expect(seen.found, "\(seen.screen)")
    }
    let settled = try rapporteur.waitFor(matching: "rapporteur: Supply chain", timeout: 30)
    #expect(settled.found)
    #expect(try Self.copiesOnServer(url, folder: folder) == [1, 1, 1], "each note exactly once")
    try rapporteur.type("q")
    try facilitator.type("q")
    #expect(try rapporteur.waitFor(matching: "EXIT=0").found)
    #expect(try facilitator.waitFor(matching: "EXIT=0").found)
  }

  @Test func notesSavedWhileTheServerIsDownWaitThroughAQuitAndArriveOnce() throws {
    // A server of its own: the other tests' server keeps running.
    let server = try DedicatedServer()
    defer { server.stop() }
    let control = server.control
    let folder = try scratchFolder()
    let (url, _) = try Self.meeting(in: folder, on: server.url)
    let rapporteur = try Self.screen(url, "--rapporteur supply-chain --author rap", folder: folder, state: folder)
    #expect(try rapporteur.waitFor("rapporteur: Supply chain").found)

    #expect(try Binary.shellResult("'\(control)' stop >/dev/null") == 0)
    var restarted = false
    defer { if !restarted { _ = try? Binary.shellResult("'\(control)' start >/dev/null") } }
    try Self.typeNotes(rapporteur)
    let offline = try rapporteur.waitFor("offline: 3 notes waiting", timeout: 25)
    #expect(offline.found, "\(offline.screen)")
    try rapporteur.type("q")
    let quit = try rapporteur.waitFor(matching: "EXIT=0", timeout: 30)
    #expect(quit.found)
    #expect(quit.screen.contains("3 notes are waiting for the server"), "\(quit.screen)")

    #expect(try Binary.shellResult("'\(control)' start >/dev/null") == 0)
    restarted = true
    #expect(try Self.copiesOnServer(url, folder: folder) == [0, 0, 0])
    // The next start sends them.
    try rapporteur.type(
      "clear; BREAKOUT_STATE_DIR='\(folder)' '\(Binary.path)' '\(url)' --rapporteur supply-chain --author rap; "
        + "echo \"EXIT=$?\"")
    try rapporteur.press("Enter")
    #expect(try rapporteur.waitFor("rapporteur: Supply chain").found)
    #expect(try Self.copiesOnServer(url, folder: folder, once: [1, 1, 1]) == [1, 1, 1], "each note exactly once")
    try rapporteur.type("q")
    #expect(try rapporteur.waitFor(matching: "EXIT=0").found)
  }
}

extension OfflineRapporteurTests {
  /// The server is down when the screen starts: it opens on the session as last read on this computer, says it is
  /// offline, takes notes, and sends them once the server is back, without a restart.
  @Test func aScreenStartsWhileItsServerIsDownFromTheSessionLastRead() throws {
    let server = try DedicatedServer()
    defer { server.stop() }
    let control = server.control
    let folder = try scratchFolder()
    let (url, _) = try Self.meeting(in: folder, on: server.url)
    let rapporteur = try Self.screen(url, "--rapporteur supply-chain --author rap", folder: folder, state: folder)
    #expect(try rapporteur.waitFor("rapporteur: Supply chain").found)
    try rapporteur.type("q")
    #expect(try rapporteur.waitFor(matching: "EXIT=0", timeout: 30).found)
    let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sqlite") }
    #expect(kept.count == 1, "the outbox, which keeps the session: \(kept)")
    let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + kept[0])[.posixPermissions] as? Int
    #expect(mode == 0o600)

    #expect(try Binary.shellResult("'\(control)' stop >/dev/null") == 0)
    var restarted = false
    defer { if !restarted { _ = try? Binary.shellResult("'\(control)' start >/dev/null") } }
    try rapporteur.type(
      "clear; BREAKOUT_STATE_DIR='\(folder)' '\(Binary.path)' '\(url)' --rapporteur supply-chain --author rap; "
        + "echo \"EXIT=$?\"")
    try rapporteur.press("Enter")
    let started = try rapporteur.waitFor(matching: "rapporteur: Supply chain", timeout: 30)
    #expect(started.found, "\(started.screen)")
    #expect(started.screen.contains("offline"), "\(started.screen)")
    try Self.addNote(rapporteur, Self.notes[0])
    let waiting = try rapporteur.waitFor("offline: 1 note waiting", timeout: 25)
    #expect(waiting.found, "\(waiting.screen)")

    #expect(try Binary.shellResult("'\(control)' start >/dev/null") == 0)
    restarted = true
    #expect(
      try Self.copiesOnServer(url, folder: folder, once: [1, 0, 0]) == [1, 0, 0],
      "the note reached the server once, the screen still open")
    // The top line no longer says offline.
    let back = try rapporteur.waitFor(matching: "(?m)^(?!.*offline).*rapporteur: Supply chain", timeout: 30)
    #expect(back.found, "\(back.screen)")
    try rapporteur.type("q")
    #expect(try rapporteur.waitFor(matching: "EXIT=0", timeout: 30).found)
  }
}

extension OfflineRapporteurTests {
  /// The server stopped for 60 s while a facilitator starts the clocks, sends a message and stars a note, and two
  /// rapporteurs take notes: afterwards the server has each change and each note once, and every screen shows them.
  @Test func aSixtySecondOutageDuringEveryonesWorkLosesAndDoublesNothing() throws {
    let server = try DedicatedServer()
    defer { server.stop() }
    let control = server.control
    let folder = try scratchFolder()
    let (url, _) = try Self.meeting(in: folder, on: server.url)
    let facilitator = try Self.screen(url, "--author fac", folder: folder, state: folder + "/fac")
    let first = try Self.screen(url, "--rapporteur supply-chain --author one", folder: folder, state: folder + "/one")
    let second = try Self.screen(url, "--rapporteur technology --author two", folder: folder, state: folder + "/two")
    #expect(try facilitator.waitFor("1. Supply chain").found)
    #expect(try first.waitFor("rapporteur: Supply chain").found)
    #expect(try second.waitFor("rapporteur: Technology").found)
    let starred = "Joint audits with unions ⭐ before the outage"
    try Self.addNote(first, starred)
    try facilitator.type("4")
    #expect(try facilitator.waitFor(String(starred.prefix(20)), timeout: 20).found)

    #expect(try Binary.shellResult("'\(control)' stop >/dev/null") == 0)
    let stoppedAt = Date()
    var restarted = false
    defer { if !restarted { _ = try? Binary.shellResult("'\(control)' start >/dev/null") } }
    try facilitator.type("K")
    try facilitator.type("3")
    try facilitator.type("S")
    try facilitator.type("ii 15")
    try facilitator.press("Enter")
    try facilitator.type("b")
    try facilitator.type("Wrap up question ii in five minutes")
    try facilitator.press("Enter")
    let shown = try facilitator.waitFor(
      matching: "(?s)offline.*Message \\d{1,2}:\\d{2}: Wrap up question ii", timeout: 30)
    #expect(shown.found, "the facilitator sees the message and that it waits: \(shown.screen)")
    try Self.addNote(first, Self.notes[0])
    try Self.addNote(second, Self.notes[1])
    #expect(try first.waitFor("offline: 1 note waiting", timeout: 25).found)
    #expect(try second.waitFor("offline: 1 note waiting", timeout: 25).found)
    Thread.sleep(until: stoppedAt.addingTimeInterval(60))

    #expect(try Binary.shellResult("'\(control)' start >/dev/null") == 0)
    restarted = true
    #expect(try Self.copiesOnServer(url, folder: folder, once: [1, 1, 0]) == [1, 1, 0], "each note once")
    // The rapporteurs read the message and the clock from the server.
    for rapporteur in [first, second] {
      let agreed = try rapporteur.waitFor(
        matching: "(?s)Message \\d{1,2}:\\d{2}: Wrap up question ii.*on question ii  \\d{1,2}:\\d{2} running",
        timeout: 30)
      #expect(agreed.found, "\(agreed.screen)")
      #expect(!agreed.screen.contains("offline"))
    }
    let exported = try Binary.run(["export", url, "--format", "json", "--all-notes"], in: folder).stdout
    let summary = try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any]
    let lines = ((summary?["groups"] as? [[String: Any]]) ?? []).flatMap {
      (($0["questions"] as? [[String: Any]]) ?? []).flatMap { ($0["notes"] as? [[String: Any]]) ?? [] }
    }
    #expect(lines.filter { ($0["text"] as? String) == starred }.map { $0["keyPoint"] as? Bool } == [true])
    let back = try facilitator.waitFor(matching: "(?m)^(?!.*offline) breakout   1 Roster", timeout: 30)
    #expect(back.found, "\(back.screen)")
    for terminal in [facilitator, first, second] {
      try terminal.type("q")
      #expect(try terminal.waitFor(matching: "EXIT=0", timeout: 30).found)
    }
  }
}

/// A throwaway PostgreSQL cluster for one test (scripts/with-postgres in the background), which the test may stop
/// and start again.
final class DedicatedServer {
  let url: String
  let control: String
  private let folder: String
  private let process = Process()

  init() throws {
    folder = try scratchFolder()
    let script = Binary.packageRoot.appendingPathComponent("scripts/with-postgres").path
    let inner = """
      echo "$BREAKOUT_TEST_POSTGRES_CTL" > '\(folder)/ctl' && echo "$BREAKOUT_TEST_POSTGRES" > '\(folder)/url.tmp' \
        && mv '\(folder)/url.tmp' '\(folder)/url'
      while [ ! -e '\(folder)/stop' ] && kill -0 \(getpid()) 2>/dev/null; do sleep 0.2; done
      """
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exec '\(script)' sh -c \"$0\"", inner]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while !FileManager.default.fileExists(atPath: folder + "/url") {
      guard process.isRunning, Date() < deadline else { throw HarnessError("the test's own server did not start") }
      Thread.sleep(forTimeInterval: 0.1)
    }
    url = try String(contentsOfFile: folder + "/url", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    control = try String(contentsOfFile: folder + "/ctl", encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func stop() {
    _ = FileManager.default.createFile(atPath: folder + "/stop", contents: nil)
    process.waitUntilExit()
  }
}
