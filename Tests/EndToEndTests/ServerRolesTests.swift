import Foundation
import Testing

/// Who may do what in a session on a server, enforced by the server: a rapporteur's login writes its own group's
/// notes only and cannot read the roster's e-mails; a facilitator's does everything.
@Suite(.enabled(if: testServerGiven))
struct ServerRolesTests {
  @Test func aRapporteursLoginWritesItsOwnGroupOnlyAndReadsNoEmails() throws {
    let folder = try scratchFolder()
    let (url, _) = try OfflineRapporteurTests.meeting(in: folder)
    let suffix = UUID().uuidString.prefix(8).lowercased()
    let (ana, fatima) = ("rap_ana_\(suffix)", "fac_fatima_\(suffix)")
    func run(_ arguments: [String]) throws -> Binary.Result { try Binary.run(arguments, in: folder) }
    func login(_ name: String) -> String {
      url.replacingOccurrences(of: "postgres://postgres@", with: "postgres://\(name)@")
    }

    let initialised = try run(["server", "init", url])
    #expect(initialised.status == 0, "\(initialised.stderr)")
    #expect(initialised.stdout.contains("_rap"))
    let granted = try run(["server", "grant", url, "--rapporteur", "supply-chain", "--login", ana])
    #expect(granted.status == 0 && granted.stdout.contains("may now take notes for Supply chain"), "\(granted.stderr)")
    #expect(try run(["server", "grant", url, "--facilitator", "--login", fatima]).status == 0)

    let own = try run([
      "note", "add", login(ana), "--group", "supply-chain", "--question", "1", "Brokers hold passports ภาษาไทย",
    ])
    #expect(own.status == 0, "\(own.stderr)")
    let other = try run(["note", "add", login(ana), "--group", "technology", "--question", "1", "Not my group's note"])
    #expect(other.status != 0)
    #expect(other.stderr.contains("the server does not let this login make that change"), "\(other.stderr)")
    let facilitators = try run([
      "note", "add", login(fatima), "--group", "technology", "--question", "1", "The facilitator's note",
    ])
    #expect(facilitators.status == 0, "\(facilitators.stderr)")
    let roster = try run([
      "roster", "import", login(ana), Binary.packageRoot.appendingPathComponent("sessions/demo/roster.csv").path,
    ])
    #expect(roster.status != 0, "a rapporteur changes no roster")

    // The rapporteur reads the session (its exports work) but the e-mails are not there to read.
    let exported = try run(["export", login(ana), "--format", "csv", "--all-notes"])
    #expect(exported.status == 0 && exported.stdout.contains("Brokers hold passports ภาษาไทย"), "\(exported.stderr)")
    #expect(!exported.stdout.contains("Not my group's note"))
    let session = try #require(URLComponents(string: url)?.queryItems?.first { $0.name == "session" }?.value)
    let base = login(ana).components(separatedBy: "?")[0]
    let emails = try Binary.output(
      "psql '\(base)' -X -q -c 'SELECT email FROM \"breakout_\(session)\".participant LIMIT 1' 2>&1")
    #expect(emails.contains("permission denied"), "\(emails)")
    let names = try Binary.output(
      "psql '\(base)' -X -q -t -c 'SELECT count(name) FROM \"breakout_\(session)\".participant' 2>&1")
    #expect(names == "62", "\(names)")

    // A second round: the rapporteur keeps their group (its copy in round 2), and no other.
    let round = try run(["round", "new", url, "--name", "Day Two"])
    #expect(round.status == 0 && round.stdout.contains("Round 2 (Day Two) started"), "\(round.stderr)")
    let next = try run([
      "note", "add", login(ana), "--group", "supply-chain", "--question", "2", "Day two: audits shared across buyers",
    ])
    #expect(next.status == 0, "\(next.stderr)")
    #expect(
      try run(["note", "add", login(ana), "--group", "technology", "--question", "1", "Still not mine"]).status != 0)
    let rounds = try run(["round", "list", url])
    #expect(rounds.stdout.contains("2 *") && rounds.stdout.contains("Day Two"), "\(rounds.stdout)")
  }

  /// On the screen, a rapporteur's login saves its own group's notes; a note for another group is refused by the
  /// server, said on the top line and on quitting, and kept on this computer.
  @Test func aRapporteursScreenSavesItsGroupAndSaysWhatTheServerRefused() throws {
    let folder = try scratchFolder()
    let (url, _) = try OfflineRapporteurTests.meeting(in: folder)
    let ana = "rap_ana_\(UUID().uuidString.prefix(8).lowercased())"
    #expect(try Binary.run(["server", "init", url], in: folder).status == 0)
    #expect(
      try Binary.run(["server", "grant", url, "--rapporteur", "supply-chain", "--login", ana], in: folder).status == 0)
    let asAna = url.replacingOccurrences(of: "postgres://postgres@", with: "postgres://\(ana)@")

    let own = try OfflineRapporteurTests.screen(
      asAna, "--rapporteur supply-chain --author ana", folder: folder, state: folder + "/own")
    #expect(try own.waitFor("rapporteur: Supply chain").found)
    try OfflineRapporteurTests.addNote(own, "Recruiters in हिन्दी adverts")
    #expect(try own.waitFor("Note saved").found)
    try own.type("q")
    #expect(try own.waitFor(matching: "EXIT=0").found)
    let exported = try Binary.run(["export", url, "--format", "csv", "--all-notes"], in: folder)
    #expect(exported.stdout.contains("Recruiters in हिन्दी adverts"), "\(exported.stderr)")

    let other = try OfflineRapporteurTests.screen(
      asAna, "--rapporteur technology --author ana", folder: folder, state: folder + "/other")
    #expect(try other.waitFor("rapporteur: Technology").found)
    try OfflineRapporteurTests.addNote(other, "Not my group's note")
    let refused = try other.waitFor("1 note refused by the server", timeout: 15)
    #expect(refused.found, "\(refused.screen)")
    try other.type("q")
    let quit = try other.waitFor(matching: "EXIT=0")
    #expect(quit.found && quit.screen.contains("1 note was refused by the server"), "\(quit.screen)")
    #expect(
      !(try Binary.run(["export", url, "--format", "csv", "--all-notes"], in: folder).stdout.contains("Not my group")))
  }
}
