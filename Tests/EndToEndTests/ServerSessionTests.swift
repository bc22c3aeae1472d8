import Foundation
import Testing

/// Whether the server tests run: a test server is given (scripts/with-postgres, as the README's test command runs
/// them), or required, and then they fail without one.
let testServerGiven =
  ProcessInfo.processInfo.environment["BREAKOUT_TEST_POSTGRES"] != nil
  || ProcessInfo.processInfo.environment["BREAKOUT_REQUIRE_POSTGRES"] == "1"

/// A session on a PostgreSQL server, used from the real binary as from a file: the test server comes from
/// scripts/with-postgres, as the README's test command runs it.
@Suite(.enabled(if: testServerGiven))
struct ServerSessionTests {
  /// A new session's address on the test server.
  static func address() throws -> String {
    guard let url = ProcessInfo.processInfo.environment["BREAKOUT_TEST_POSTGRES"] else {
      throw HarnessError("BREAKOUT_TEST_POSTGRES is not set: run the tests through scripts/with-postgres")
    }
    return url + "?session=e\(UUID().uuidString.prefix(10).lowercased())"
  }

  @Test func theCommandLineWorksOnAServerSessionAsOnAFile() throws {
    let folder = try scratchFolder()
    let url = try Self.address()
    let roster = Binary.packageRoot.appendingPathComponent("sessions/demo/roster.csv").path
    func run(_ arguments: [String]) throws -> Binary.Result { try Binary.run(arguments, in: folder) }

    let created = try run(["new", url, "--title", "Bangkok on a server", "--days", "2"])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(!created.stdout.contains("password"))
    #expect(try run(["roster", "import", url, roster]).stdout.contains("Added 62"))
    #expect(try run(["groups", "set", url, "supply-chain=2", "technology=1", "finance=1"]).status == 0)
    #expect(try run(["assign", url]).stdout.contains("Saved."))
    let note = try run([
      "note", "add", url, "--group", "supply-chain-1", "--question", "2", "--tag", "practice",
      "Worker voice apps in ภาษาไทย, हिन्दी, ශ්‍රී ලංකා and می‌خواهم reach people audits miss 👩‍👩‍👧",
    ])
    #expect(note.status == 0 && note.stdout.contains("Saved note"), "\(note.stderr)")
    let exported = try run(["export", url, "--format", "json", "--all-notes"])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.contains("Worker voice apps in ภาษาไทย, हिन्दी, ශ්‍රී ලංකා and می‌خواهم reach people audits miss 👩‍👩‍👧"))

    // The same refusals, in the same words, as a file gives.
    let again = try run(["new", url, "--title", "Again"])
    #expect(again.status != 0 && again.stderr.contains("a session already exists at postgres://"))
    let missing = try run(["agenda", "list", url.replacingOccurrences(of: "session=e", with: "session=nothing")])
    #expect(missing.status != 0 && missing.stderr.contains("no session at postgres://"), "\(missing.stderr)")
    let noName = try run(["agenda", "list", url.components(separatedBy: "?").first!])
    #expect(noName.stderr.contains("the server address needs the session's name"), "\(noName.stderr)")
    // A backup of a server session is a session file, with the note written back exactly.
    let backup = try run(["backup", url, folder + "/copy.sqlite"])
    #expect(backup.status == 0, "\(backup.stderr)")
    let fromCopy = try run(["export", folder + "/copy.sqlite", "--format", "json", "--all-notes"])
    #expect(fromCopy.stdout.contains("Worker voice apps in ภาษาไทย, हिन्दी, ශ්‍රී ලංකා and می‌خواهم reach people audits miss 👩‍👩‍👧"))
    let purge = try run(["purge", url, "--emails"])
    #expect(purge.status == 0 && purge.stdout.contains("write-ahead log"), "\(purge.stderr)")
    let session = try #require(URLComponents(string: url)?.queryItems?.first { $0.name == "session" }?.value)
    let emails = try Binary.output(
      "psql '\(url.components(separatedBy: "?")[0])' -X -q -t -c "
        + "'SELECT count(email) FROM \"breakout_\(session)\".participant' 2>&1")
    #expect(emails == "0", "no e-mail left on the server: \(emails)")
  }

  /// The demo pushed to a server and pulled back: every table of the two files holds the same rows.
  @Test func theDemoPushedToAServerAndPulledBackIsTheSameFile() throws {
    let folder = try scratchFolder()
    let demo = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    #expect(try Binary.run(["demo", "demo", "--from", demo], in: folder).status == 0)
    let url = try Self.address()
    let pushed = try Binary.run(["push", "demo", url], in: folder)
    #expect(pushed.status == 0 && pushed.stdout.contains("62 participants"), "\(pushed.stderr)")
    let again = try Binary.run(["push", "demo", url], in: folder)
    #expect(again.status != 0 && again.stderr.contains("a session already exists at postgres://"), "\(again.stderr)")
    let pulled = try Binary.run(["pull", url, folder + "/back.sqlite"], in: folder)
    #expect(pulled.status == 0, "\(pulled.stderr)")
    let tables = try Binary.output(
      "sqlite3 '\(folder)/sessions/demo.sqlite' \"SELECT name FROM sqlite_master WHERE type = 'table' "
        + "AND name NOT LIKE 'sqlite%' AND name <> 'grdb_migrations' ORDER BY name\""
    ).split(separator: "\n")
    #expect(tables.count > 10)
    for table in tables {
      let rows = { (file: String) in
        try Binary.output("sqlite3 -quote '\(file)' 'SELECT * FROM \(table)' | sort")
      }
      #expect(try rows(folder + "/sessions/demo.sqlite") == rows(folder + "/back.sqlite"), "\(table)")
    }
  }

  /// A rapporteur's note typed in one terminal shows in the facilitator's, both on the server.
  /// A meeting from three terminals on the server: a facilitator and two rapporteurs of one group; a note typed in
  /// either rapporteur's screen shows in the other two.
  @Test func aNoteTypedInOneTerminalShowsInTheOtherTwoThroughTheServer() throws {
    let folder = try scratchFolder()
    let (url, _) = try OfflineRapporteurTests.meeting(in: folder)
    let facilitator = try OfflineRapporteurTests.screen(url, "--author fac", folder: folder, state: folder + "/fac")
    #expect(try facilitator.waitFor("1. Supply chain").found)
    try facilitator.type("4")
    #expect(try facilitator.waitFor("No notes yet").found)
    let first = try OfflineRapporteurTests.screen(
      url, "--rapporteur supply-chain --author ana", folder: folder, state: folder + "/ana")
    let second = try OfflineRapporteurTests.screen(
      url, "--rapporteur supply-chain --author ben", folder: folder, state: folder + "/ben")
    #expect(try first.waitFor("rapporteur: Supply chain").found)
    #expect(try second.waitFor("rapporteur: Supply chain").found)

    for (typing, text) in [
      (first, "Banks share typologies with labour inspectors"), (second, "Unions in ශ්‍රී ලංකා audit recruiters"),
    ] {
      try OfflineRapporteurTests.addNote(typing, text)
      #expect(try typing.waitFor("Note saved").found)
      for terminal in [facilitator, first, second] {
        let seen = try terminal.waitFor(text, timeout: 10)
        #expect(seen.found, "\(seen.screen)")
      }
    }
    for terminal in [first, second, facilitator] {
      try terminal.type("q")
      #expect(try terminal.waitFor(matching: "EXIT=0").found)
    }
  }
}
