import Foundation
import Testing

/// Several processes on one session file, a lock held too long, an import killed half-way: nothing is lost,
/// nothing is half-written, and nobody is shown "database is locked".
@Suite(.serialized) struct DurabilityTests {
  static var benchPath: String {
    URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent("breakout-bench").path
  }

  @Test func fourWritersAddAThousandNotesEachAtOnce() throws {
    let folder = try scratchFolder()
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    #expect(try Binary.run(["demo", "demo", "--from", demoSource], in: folder).status == 0)
    let session = folder + "/sessions/demo.sqlite"
    let before = try Binary.output("sqlite3 '\(session)' 'SELECT count(*) FROM note'")
    // Four separate processes, started together and waited for one by one.
    let writers = try (1...4).map { writer -> (Process, Pipe) in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.benchPath)
      process.arguments = ["--write-notes", session, "1000", "writer\(writer)"]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = output
      process.standardInput = FileHandle.nullDevice
      try process.run()
      return (process, output)
    }
    for (process, output) in writers {
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(text)")
      #expect(!text.lowercased().contains("locked"), "no writer saw a lock error: \(text)")
    }
    let after = try Binary.output("sqlite3 '\(session)' 'SELECT count(*) FROM note'")
    let counts = [before, after].compactMap { Int($0) }
    #expect(counts.count == 2 && counts[1] - counts[0] == 4_000, "notes before and after: \(before) \(after)")
    for writer in 1...4 {
      let count = try Binary.output(
        "sqlite3 '\(session)' \"SELECT count(*) FROM note WHERE author = 'writer\(writer)'\"")
      #expect(count == "1000")
    }
    #expect(try Binary.output("sqlite3 '\(session)' 'PRAGMA integrity_check'") == "ok")
  }

  /// Another program holds the write lock for longer than the screen waits: the rapporteur is told, keeps the text,
  /// and the note is saved once the lock is gone.
  @Test func aLockHeldElsewhereMakesTheScreenWaitAndRetry() throws {
    let (terminal, folder) = try openDemo(arguments: "--rapporteur technology --author lee")
    #expect(try terminal.waitFor("rapporteur: Technology").found)
    let session = folder + "/sessions/demo.sqlite"
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: Self.benchPath)
    holder.arguments = ["--hold-lock", session, "6"]
    let said = Pipe()
    holder.standardOutput = said
    holder.standardError = FileHandle.nullDevice
    try holder.run()
    // Wait until it says it holds the lock.
    _ = said.fileHandleForReading.availableData
    try terminal.type("a")
    try terminal.type("Held locks must not lose words")
    try terminal.press("Enter")
    let waiting = try terminal.waitFor("Waiting for the session file", timeout: 5)
    #expect(waiting.found, "\(waiting.screen)")
    #expect(waiting.screen.contains("Held locks must not lose words"), "the text stays on screen")
    let saved = try terminal.waitFor("Note saved", timeout: 15)
    holder.waitUntilExit()
    #expect(saved.found, "\(saved.screen)")
    try terminal.type("q")
    let exported = try Binary.run(["export", "demo", "--format", "txt", "--all-notes"], in: folder)
    #expect(exported.stdout.contains("Held locks must not lose words"))
    #expect(!exported.stdout.contains("database is locked"))
  }

  /// kill -9 at several moments of a 100,000-row import: afterwards the roster is empty or complete, never half.
  @Test func anImportKilledHalfWayLeavesNothingOrEverything() throws {
    let folder = try scratchFolder()
    var rows = ["Name,Organisation,Email,Country"]
    for index in 0..<100_000 {
      rows.append("Person \(index),Org \(index % 700),p\(index)@x.example,Country \(index % 50)")
    }
    try write(rows.joined(separator: "\n") + "\n", to: folder + "/big.csv")
    var outcomes: [Int] = []
    for delay in [0.3, 0.8, 1.5, 3.0] {
      try? FileManager.default.removeItem(atPath: folder + "/sessions")
      #expect(try Binary.run(["new", "reg", "--title", "Import"], in: folder).status == 0)
      try Binary.shell(
        "cd '\(folder)' && ('\(Binary.path)' roster import reg big.csv > /dev/null 2>&1 & pid=$!; sleep \(delay); "
          + "kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null); true")
      let count = try Binary.output("sqlite3 '\(folder)/sessions/reg.sqlite' 'SELECT count(*) FROM participant'")
      let people = Int(count) ?? -1
      #expect(people == 0 || people == 100_000, "after kill at \(delay) s: \(people) people")
      #expect(try Binary.output("sqlite3 '\(folder)/sessions/reg.sqlite' 'PRAGMA integrity_check'") == "ok")
      outcomes.append(people)
    }
    #expect(outcomes.contains(0), "at least one kill landed mid-import: \(outcomes)")
  }
}

/// `scripts/kill-loop`: kill -9 at random moments while a rapporteur types. CI runs 10 rounds
/// (KILL_LOOP_RUNS changes it); `scripts/kill-loop 100` runs the full count by hand.
@Suite(.serialized) struct KillLoopTests {
  @Test func killingTheProcessWhileTypingNeverLosesACommittedNote() throws {
    guard TmuxTerminal.isAvailable else { throw HarnessError("tmux is needed: apt-get install tmux") }
    let runs = ProcessInfo.processInfo.environment["KILL_LOOP_RUNS"] ?? "10"
    let script = Binary.packageRoot.appendingPathComponent("scripts/kill-loop").path
    let result = try Binary.output("'\(script)' \(runs) '\(Binary.path)' 2>&1; echo \"status=$?\"")
    #expect(result.hasSuffix("status=0"), "\(result)")
    #expect(result.contains("kill-loop: \(runs) runs"), "\(result)")
    #expect(result.contains("0 lost, integrity_check ok every time"), "\(result)")
  }
}
