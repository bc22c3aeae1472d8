import Foundation
import Testing

/// A meeting of more than one breakout round, and the rooms handed to the video tool, through the binary.
@Suite struct RoundsTests {
  static let roster = """
    First Name,Last Name,Organisation,E-mail,Country/Region,Sector,Breakout preference
    Thị Hà,Nguyễn,Pacific Links,ha@example.vn,Viet Nam,NGO,Supply chain
    Selam,Tesfaye,Addis Garments,selam@example.et,Ethiopia,Private sector,Supply chain
    Wei,Chen,Tsinghua University,,China,Academia,Technology
    Nino,Beridze,Bank of Georgia,nino@example.ge,Georgia,Private sector,Finance
    Sokha,Chan,Ministry of Labour,sokha@example.kh,Cambodia,Government,Supply chain
    Yael,Levi,Israel Police,,Israel,Law enforcement,Technology
    """

  static func meeting() throws -> String {
    let folder = try scratchFolder()
    try write(Self.roster, to: folder + "/registrations.csv")
    for command in [
      ["new", "m", "--title", "Two rounds"], ["roster", "import", "m", "registrations.csv"],
      ["groups", "set", "m", "supply-chain=1", "technology=1", "finance=1"], ["assign", "m", "--seed", "3"],
    ] {
      let result = try Binary.run(command, in: folder)
      #expect(result.status == 0, "\(command): \(result.stderr)")
    }
    return folder
  }

  @Test func theRoomsGoToZoomAndTeamsAsTheyImportThem() throws {
    let folder = try Self.meeting()
    let groups = try Binary.run(["assign", "m", "--format", "csv"], in: folder)
    let groupOf = Dictionary(
      uniqueKeysWithValues: groups.stdout.split(separator: "\r\n").dropFirst().map { row in
        let cells = row.split(separator: ",").map(String.init)
        return (cells[0], cells[1])
      })

    let zoom = try Binary.run(["assign", "m", "--format", "zoom"], in: folder)
    #expect(zoom.status == 0, "\(zoom.stderr)")
    let rows = zoom.stdout.components(separatedBy: "\r\n").dropLast()
    #expect(rows.first == "Pre-assign Room Name,Email Address")
    let expected = [
      ("Thị Hà Nguyễn", "ha@example.vn"), ("Selam Tesfaye", "selam@example.et"), ("Nino Beridze", "nino@example.ge"),
      ("Sokha Chan", "sokha@example.kh"),
    ].map { name, email in "\(groupOf[name] ?? "?"),\(email)" }
    #expect(Set(rows.dropFirst()) == Set(expected), "one row per person with an e-mail, in their group's room")
    #expect(rows.count == 5)
    #expect(zoom.stderr.contains("2 people have no e-mail address"))
    #expect(zoom.stderr.contains("Wei Chen") && zoom.stderr.contains("Yael Levi"))

    let teams = try Binary.run(["assign", "m", "--format", "teams"], in: folder)
    #expect(teams.status == 0 && teams.stderr.isEmpty, "\(teams.stderr)")
    #expect(teams.stdout.contains("Room 1: Supply chain\n"))
    #expect(teams.stdout.contains("  Yael Levi\n") || teams.stdout.contains("  Yael Levi"))
    #expect(teams.stdout.contains("  Nino Beridze <nino@example.ge>"))

    let spanish = try Binary.run(["--lang", "es", "assign", "m", "--format", "zoom"], in: folder)
    #expect(spanish.stderr.contains("2 personas no tienen correo electrónico"), "\(spanish.stderr)")
  }

  /// Everyone's group as `assign --format csv` lists it (a dry run: nothing moves).
  static func groups(_ folder: String) throws -> [String] {
    let listed = try Binary.run(["assign", "m", "--dry-run", "--format", "csv"], in: folder)
    #expect(listed.status == 0, "\(listed.stderr)")
    return listed.stdout.split(separator: "\r\n").map(String.init).sorted()
  }

  @Test func aSecondRoundRegroupsPeopleAndKeepsTheFirstAsItWas() throws {
    let folder = try Self.meeting()
    let run = { (arguments: [String]) throws -> Binary.Result in try Binary.run(arguments, in: folder) }
    #expect(
      try run(["note", "add", "m", "--group", "technology", "--question", "1", "Round one's point."]).status == 0)
    let firstRound = try Self.groups(folder)
    let firstList = try run(["groups", "list", "m"]).stdout

    let started = try run([
      "round", "new", "m", "--name", "Day Two", "--regroup", "--seed", "2", "--round-weights", "5",
    ])
    #expect(started.status == 0, "\(started.stderr)")
    #expect(started.stdout.contains("Round 2 (Day Two) started and is current: 3 groups, 6 people placed."))
    #expect(started.stdout.contains("pairs sitting together again (shared a group in an earlier round): "))
    let secondRound = try Self.groups(folder)
    #expect(try run(["groups", "list", "m", "--round", "1"]).stdout == firstList, "round 1 listed as it was")
    #expect(secondRound != firstRound, "people were regrouped (a pair weighing more than a preference)")

    let listed = try run(["round", "list", "m"])
    let rows = listed.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
    #expect(rows.count == 4 && rows[1].first == "1" && rows[1].last == "1", "round 1 keeps its note: \(listed.stdout)")
    #expect(rows[2].prefix(2) == ["2", "*"] && rows[2].last == "0", "\(listed.stdout)")

    #expect(
      try run(["note", "add", "m", "--group", "technology", "--question", "1", "Round two's point."]).status == 0)
    let explained = try run(["assign", "m", "--explain", "Selam Tesfaye"])
    #expect(explained.stdout.contains("in an earlier round"), "\(explained.stdout)")

    let markdown = try run(["export", "m", "--format", "md", "--all-notes"]).stdout
    let roundOne = try #require(markdown.range(of: "#### Breakout Group 2 – Technology, Round 1"))
    let roundTwo = try #require(markdown.range(of: "#### Breakout Group 2 – Technology, Round 2: Day Two"))
    let firstPoint = try #require(markdown.range(of: "Round one's point."))
    let secondPoint = try #require(markdown.range(of: "Round two's point."))
    #expect(roundOne.upperBound < firstPoint.lowerBound && firstPoint.upperBound < roundTwo.lowerBound)
    #expect(roundTwo.upperBound < secondPoint.lowerBound, "each note under its own round's group")

    // Bad input: a round that does not exist changes nothing.
    let missing = try run(["round", "current", "m", "7"])
    #expect(missing.status != 0 && missing.stderr.contains("there is no round 7; the session has rounds 1 to 2"))
    #expect(try Self.groups(folder) == secondRound)

    // Back to round 1: as it was left; then round 2 again, as it was left.
    let back = try run(["round", "current", "m", "1"])
    #expect(back.stdout.contains("Round 1 of 2 is current."), "\(back.stderr)")
    #expect(try Self.groups(folder) == firstRound)
    #expect(try run(["round", "current", "m", "2"]).status == 0)
    #expect(try Self.groups(folder) == secondRound)

    // A roster change between rounds: one person leaves, one arrives.
    #expect(try run(["roster", "absent", "m", "Nino Beridze"]).status == 0)
    try write(
      Self.roster + "\nAroha,Ngata,Te Puni Kōkiri,aroha@example.nz,New Zealand,Government,Technology\n",
      to: folder + "/registrations.csv")
    #expect(try run(["roster", "import", "m", "registrations.csv"]).status == 0)
    let third = try run(["round", "new", "m"])
    #expect(third.status == 0, "\(third.stderr)")
    #expect(third.stdout.contains("Absent, so in no group of round 3: Nino Beridze."), "\(third.stdout)")
    #expect(
      third.stdout.contains(
        "In no group of round 2 (new since): Aroha Ngata; place them with `breakout assign m --place-new`."))
    #expect(try run(["round", "current", "m", "1"]).status == 0)
    // (Aroha was not in round 1, and an absent person takes part in no assignment: the dry run leaves both out.)
    let others = { (rows: [String]) in rows.filter { !$0.hasPrefix("Aroha") && !$0.hasPrefix("Nino") } }
    #expect(others(try Self.groups(folder)) == others(firstRound), "round 1 did not change")
  }

  @Test func aRegroupWithEveryoneLockedOrLeadingSaysSoAndChangesNothing() throws {
    let folder = try Self.meeting()
    let capped = ["groups", "set", "m", "supply-chain=1", "technology=1", "finance=1", "--capacity", "2"]
    #expect(try Binary.run(capped, in: folder).status == 0)
    let csv = try Binary.run(["assign", "m", "--reshuffle", "--format", "csv"], in: folder).stdout
    var byGroup: [String: [String]] = [:]
    for row in csv.split(separator: "\r\n").dropFirst() {
      let cells = row.split(separator: ",").map(String.init)
      byGroup[cells[1], default: []].append(cells[0])
    }
    // Six people in three groups of two: everyone leads their group, so nobody could move.
    #expect(byGroup.values.map(\.count).sorted() == [2, 2, 2])
    for (group, people) in byGroup {
      let reference = group == "Supply chain" ? "supply-chain" : group == "Technology" ? "technology" : "finance"
      let arguments = ["groups", "lead", "m", reference, "--moderator", people[0], "--rapporteur", people[1]]
      #expect(try Binary.run(arguments, in: folder).status == 0)
    }
    let refused = try Binary.run(["round", "new", "m", "--regroup"], in: folder)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("everyone in round 1 is locked or leads a group"), "\(refused.stderr)")
    #expect(try Binary.run(["round", "list", "m"], in: folder).stdout.split(separator: "\n").count == 3, "one round")
    let unknown = try Binary.run(["round", "new", "m", "--regroup", "--same-groups"], in: folder)
    #expect(unknown.status != 0 && unknown.stderr.contains("contradict"))
  }

  /// On the screen, in a real terminal: N starts round 2 with the groups as they are, [ looks at round 1, where
  /// nothing can be changed, and the command line sees both rounds.
  @Test func theFacilitatorStartsARoundOnTheScreenAndLooksBack() throws {
    let (terminal, folder) = try openDemo(width: 120, height: 36)
    #expect(try terminal.waitFor("q quit").found)
    try terminal.type("2")
    #expect(try terminal.waitFor("a assign").found)
    try terminal.type("N")
    #expect(try terminal.waitFor("Round 2 starts with these groups").found)
    try terminal.type("Day Two")
    try terminal.press("Enter")
    let started = try terminal.waitFor("Round 2: Day Two is now current")
    #expect(started.found, "\(started.screen)")
    #expect(try terminal.waitFor("Round 2: Day Two of 2 (current)").found)
    try terminal.type("[")
    #expect(try terminal.waitFor("Round 1 of 2 (as it was: read only)").found)
    try terminal.type("m")
    #expect(try terminal.waitFor("Round 1 can only be looked at here").found)
    try terminal.type("]")
    #expect(try terminal.waitFor("(current)").found)
    try terminal.type("Z")
    try terminal.type("teams day2.txt")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("rooms for Teams written to day2.txt").found)
    let rooms = try String(contentsOfFile: folder + "/day2.txt", encoding: .utf8)
    #expect(rooms.hasPrefix("Room 1: Supply chain (group A)\n"), "\(rooms)")
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    let listed = try Binary.run(["round", "list", "sessions/demo.sqlite"], in: folder)
    #expect(listed.stdout.contains("Day Two") && listed.stdout.contains("2 *"), "\(listed.stdout)")
  }
}
