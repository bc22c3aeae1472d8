import Foundation
import Testing

@Suite struct CommandLineTests {
  static let roster = """
    First Name,Last Name,Organisation,E-mail,Country/Region,Sector,Breakout preference
    Ana,Lima,Acme Foods,ana@x.org,Thailand,Private sector,Supply chain
    Ben,Roy,Ministry of Labour,ben@x.org,Nepal,Government,Finance
    Chen,Wei,Tsinghua University,chen@x.org,China,Academia,Technology
    Dewi,Lestari,Migrant CARE,dewi@x.org,Indonesia,NGO,
    Eko,Putra,UNODC,eko@x.org,Indonesia,International organisation,Tech
    Fatima,Khan,HSBC,fatima@x.org,India,Private sector,Finance
    Gita,Rai,Nepal Police,gita@x.org,Nepal,Law enforcement,
    Hiro,Sato,Fast Retailing,hiro@x.org,Japan,Private sector,Supply chain
    """

  @Test func aFacilitatorRunsASessionFromTheCommandLine() throws {
    let folder = try scratchFolder()
    try write(Self.roster, to: folder + "/registrations.csv")

    let created = try Binary.run(
      [
        "new", "regm", "--title", "Asia-Pacific REGM", "--region", "Asia-Pacific", "--start", "2021-03-24", "--days",
        "2",
      ],
      in: folder)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(FileManager.default.fileExists(atPath: folder + "/sessions/regm.sqlite"))

    let imported = try Binary.run(["roster", "import", "regm", "registrations.csv"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("Added 8"))

    let again = try Binary.run(["roster", "import", "regm", "registrations.csv"], in: folder)
    #expect(again.stdout.contains("Added 0, updated 0, unchanged 8"))

    let groups = try Binary.run(["groups", "set", "regm", "supply-chain=2", "technology=1", "finance=1"], in: folder)
    #expect(groups.status == 0, "\(groups.stderr)")
    #expect(groups.stdout.contains("supply-chain-2"))

    let rule = try Binary.run(["rule", "add", "regm", "apart", "Ben Roy", "fatima@x.org"], in: folder)
    #expect(rule.status == 0, "\(rule.stderr)")

    let assigned = try Binary.run(["assign", "regm", "--seed", "7", "--format", "csv"], in: folder)
    #expect(assigned.status == 0, "\(assigned.stderr)")
    let rows = assigned.stdout.split(whereSeparator: \.isNewline).map(String.init)
    #expect(rows.first == "Name,Group")
    #expect(rows.count == 9)
    let groupOf = Dictionary(
      uniqueKeysWithValues: rows.dropFirst().map { row -> (String, String) in
        let cells = row.split(separator: ",", maxSplits: 1).map(String.init)
        return (cells[0], cells[1])
      })
    #expect(groupOf["Ben Roy"] != groupOf["Fatima Khan"], "the apart rule holds")

    // A no-show, then a late arrival placed without moving anyone else.
    let absent = try Binary.run(["roster", "absent", "regm", "Ben Roy"], in: folder)
    #expect(absent.status == 0 && absent.stdout.contains("Ben Roy is absent; left "), "\(absent)")
    let listed = try Binary.run(["roster", "list", "regm", "--format", "csv"], in: folder)
    #expect(
      listed.stdout.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("Ben Roy,") && $0.hasSuffix(",absent") })
    let arrived = try Binary.run(["roster", "arrived", "regm", "Ben Roy"], in: folder)
    #expect(arrived.stdout.contains("not in a group yet"))
    let placed = try Binary.run(["assign", "regm", "--place-new", "--format", "json"], in: folder)
    #expect(placed.status == 0, "\(placed.stderr)")
    let placedJSON = try #require(try JSONSerialization.jsonObject(with: Data(placed.stdout.utf8)) as? [String: Any])
    let placements = try #require(placedJSON["assignments"] as? [[String: Any]])
    #expect(placements.count == 8, "everyone's group is listed")
    #expect(placements.filter { $0["placedNow"] as? Bool == true }.map { $0["name"] as? String } == ["Ben Roy"])
    let after = try Binary.run(["roster", "list", "regm", "--format", "csv"], in: folder)
    let before = listed.stdout.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("Ben Roy,") }
    #expect(
      after.stdout.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("Ben Roy,") } == before,
      "nobody else moved")

    let explained = try Binary.run(["assign", "regm", "--explain", "Fatima Khan"], in: folder)
    #expect(explained.status == 0, "\(explained.stderr)")
    #expect(explained.stdout.contains("Fatima Khan is in "))
    #expect(explained.stdout.contains("Must be kept apart from Ben Roy (in "))
    #expect(explained.stdout.contains("Here: Q = "))
    let table = try Binary.run(["assign", "regm", "--reshuffle", "--dry-run"], in: folder)
    #expect(table.stdout.contains("hard-rule violations: 0") && table.stdout.contains("Dry run: nothing was saved."))

    let note = try Binary.run(
      [
        "note", "add", "regm", "--group", "finance", "--question", "ii", "--speaker", "Fatima Khan", "--tag",
        "practice",
        "--key", "The UK's JMLIT is seen to be best practice.",
      ], in: folder)
    #expect(note.status == 0, "\(note.stderr)")
    #expect(note.stdout.contains("Saved note"))
    let second = try Binary.run(
      ["note", "add", "regm", "--group", "supply-chain-2", "--question", "1", "Creating trust is difficult."],
      in: folder)
    #expect(second.status == 0, "\(second.stderr)")

    let markdown = try Binary.run(["export", "regm", "--format", "md", "--all-notes"], in: folder)
    #expect(markdown.status == 0, "\(markdown.stderr)")
    let lines = markdown.stdout.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("#### Breakout Group ") }.count == 4)
    // Each of the four groups once, its answers headed by the questions' short titles.
    #expect(lines.filter { $0 == "##### i. Challenges" }.count == 4)
    #expect(lines.filter { $0 == "##### iv. The role of international organisations and civil society" }.count == 4)
    let merged = try Binary.run(["export", "regm", "--format", "md", "--all-notes", "--merge-themes"], in: folder)
    let mergedLines = merged.stdout.split(separator: "\n")
    // The two supply-chain groups once, merged; technology and finance each alone.
    #expect(mergedLines.filter { $0.hasPrefix("#### Breakout Group") }.count == 3)
    #expect(mergedLines.filter { $0 == "##### i. Challenges" }.count == 3)
    #expect(markdown.stdout.contains("**Key point:** The UK's JMLIT is seen to be best practice."))
    #expect(markdown.stdout.contains("- Creating trust is difficult."))

    let json = try Binary.run(["export", "regm", "--format", "json", "--output", "summary.json"], in: folder)
    #expect(json.status == 0, "\(json.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/summary.json"))
    let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(parsed["schema"] as? String == "breakout.summary/3")
    let parsedGroups = try #require(parsed["groups"] as? [[String: Any]])
    #expect(parsedGroups.count == 4)
    let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/summary.json")
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test func errorsAreSentencesOnStandardErrorWithAFailingStatus() throws {
    let folder = try scratchFolder()
    let missing = try Binary.run(["roster", "list", "nowhere"], in: folder)
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no session at sessions/nowhere.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/sessions/nowhere.sqlite"))

    _ = try Binary.run(["new", "s", "--title", "T"], in: folder)
    let badDate = try Binary.run(["new", "t", "--title", "T", "--start", "24/03/2021"], in: folder)
    #expect(badDate.status != 0)
    #expect(badDate.stderr.contains("YYYY-MM-DD"))

    try write("Name,Organisation\nAna,Acme\nBen,\"Beta\nCarl,Gamma\n", to: folder + "/broken.csv")
    let broken = try Binary.run(["roster", "import", "s", "broken.csv"], in: folder)
    #expect(broken.status != 0)
    #expect(broken.stderr.contains("line 3"))
    let listed = try Binary.run(["roster", "list", "s", "--format", "csv"], in: folder)
    #expect(listed.stdout.split(whereSeparator: \.isNewline).count == 1, "only the header: nothing was imported")

    let noGroup = try Binary.run(["note", "add", "s", "--group", "technology", "--question", "1", "x"], in: folder)
    #expect(noGroup.status != 0)
    #expect(noGroup.stderr.contains("no groups yet"))
  }

  @Test func rosterListShowsHostileNamesInert() throws {
    let folder = try scratchFolder()
    _ = try Binary.run(["new", "s", "--title", "T"], in: folder)
    try write("Name,Organisation\n\"Eve\u{1B}]0;owned\u{07}\u{1B}[2J\",Acme\n", to: folder + "/evil.csv")
    let imported = try Binary.run(["roster", "import", "s", "evil.csv"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let listed = try Binary.run(["roster", "list", "s"], in: folder)
    #expect(!listed.stdout.contains("\u{1B}"))
    #expect(listed.stdout.contains("Eve\\u{1B}]0;owned\\u{7}\\u{1B}[2J"))
  }

  @Test func aNoteCommittedByOneProcessIsReadByAnother() throws {
    let folder = try scratchFolder()
    _ = try Binary.run(["new", "s", "--title", "T"], in: folder)
    _ = try Binary.run(["groups", "set", "s", "technology=1"], in: folder)
    let added = try Binary.run(
      ["note", "add", "s", "--group", "technology", "--question", "3", "Seen elsewhere"], in: folder)
    #expect(added.status == 0, "\(added.stderr)")
    let exported = try Binary.run(["export", "s", "--format", "json", "--all-notes"], in: folder)
    #expect(exported.stdout.contains("Seen elsewhere"))
  }

  @Test func twoProcessesWritingAtOnceBothSucceed() throws {
    let folder = try scratchFolder()
    _ = try Binary.run(["new", "s", "--title", "T"], in: folder)
    _ = try Binary.run(["groups", "set", "s", "technology=1", "finance=1"], in: folder)
    // Two writers, each a stream of separate processes, at the same time.
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      let group = writer == 0 ? "technology" : "finance"
      for index in 1...25 {
        let result = try? Binary.run(
          ["note", "add", "s", "--group", group, "--question", "1", "note \(group) \(index)"], in: folder)
        if result?.status != 0 { failures.add(result?.stderr ?? "could not start") }
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all)")
    let exported = try Binary.run(["export", "s", "--format", "json", "--all-notes"], in: folder)
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
    let groups = try #require(parsed["groups"] as? [[String: Any]])
    let count = groups.flatMap { ($0["questions"] as? [[String: Any]]) ?? [] }
      .reduce(0) { $0 + (($1["notes"] as? [Any])?.count ?? 0) }
    #expect(count == 50)
  }

  @Test func theDemoIsBuiltFromItsTextFiles() throws {
    let folder = try scratchFolder()
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    let built = try Binary.run(["demo", "demo", "--from", demoSource], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    #expect(built.stdout.contains("4 groups"))
    let again = try Binary.run(["demo", "demo", "--from", demoSource], in: folder)
    #expect(again.status != 0, "an existing demo is replaced only with --force")
    #expect(try Binary.run(["demo", "demo", "--force", "--from", demoSource], in: folder).status == 0)

    let roster = try Binary.run(["roster", "list", "demo", "--format", "json"], in: folder)
    let people = try #require(try JSONSerialization.jsonObject(with: Data(roster.stdout.utf8)) as? [[String: Any]])
    #expect(people.count >= 55)
    #expect(Set(people.compactMap { $0["country"] as? String }).count >= 15)
    #expect(people.contains { $0["name"] as? String == "Dornnapha Sukkree" })
    #expect(
      people.contains {
        ($0["name"] as? String)?.unicodeScalars.contains { $0.value >= 0x0E00 && $0.value <= 0x0E7F } == true
      })
    #expect(Set(people.compactMap { $0["stakeholderType"] as? String }).count >= 5)
    #expect(people.filter { $0["role"] as? String != "facilitator" }.allSatisfy { $0["group"] != nil })

    let markdown = try Binary.run(["export", "demo", "--format", "md"], in: folder)
    #expect(markdown.stdout.contains("### Breakout Group 2 \u{2013} Supply Chain (group B)"))
    #expect(markdown.stdout.contains("Microsoft's automated due diligence platform"))
  }
}

/// Collects failures from concurrent writers.
final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []
  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var all: [String] { lock.withLock { messages } }
}

@Suite struct MaintenanceTests {
  @Test func aBackupWhileAnotherProcessWritesIsConsistent() throws {
    let folder = try scratchFolder()
    _ = try Binary.run(["new", "s", "--title", "T"], in: folder)
    _ = try Binary.run(["groups", "set", "s", "technology=1"], in: folder)
    let writer = Failures()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      for index in 1...20 {
        let result = try? Binary.run(
          ["note", "add", "s", "--group", "technology", "--question", "1", "n\(index)"], in: folder)
        if result?.status != 0 { writer.add(result?.stderr ?? "") }
      }
      done.signal()
    }
    let backup = try Binary.run(["backup", "s", "copy.sqlite"], in: folder)
    done.wait()
    #expect(backup.status == 0, "\(backup.stderr)")
    #expect(writer.all.isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/copy.sqlite")
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let check = try Binary.shell("sqlite3 '\(folder)/copy.sqlite' 'PRAGMA integrity_check' | grep -qx ok")
    #expect(check.status == 0, "integrity_check ok")
    let copied = try Binary.run(["export", "copy.sqlite", "--format", "json", "--all-notes"], in: folder)
    #expect(copied.status == 0, "the backup opens as a session: \(copied.stderr)")
    #expect(try Binary.run(["backup", "s", "copy.sqlite"], in: folder).status != 0, "never overwrites")
  }

  @Test func purgedEmailsAreGoneFromTheFilesBytes() throws {
    let folder = try scratchFolder()
    _ = try Binary.run(["new", "s", "--title", "T"], in: folder)
    try write(CommandLineTests.roster, to: folder + "/r.csv")
    _ = try Binary.run(["roster", "import", "s", "r.csv"], in: folder)
    func fileBytes() throws -> String {
      ["", "-wal", "-shm"].compactMap { FileManager.default.contents(atPath: folder + "/sessions/s.sqlite" + $0) }
        .map { String(decoding: $0, as: UTF8.self) }.joined()
    }
    #expect(try fileBytes().contains("fatima@x.org"))
    let purged = try Binary.run(["purge", "s", "--emails"], in: folder)
    #expect(purged.status == 0, "\(purged.stderr)")
    #expect(!(try fileBytes().contains("@x.org")))
    #expect(try fileBytes().contains("Fatima"), "names stay unless asked")
    _ = try Binary.run(["purge", "s", "--all-personal"], in: folder)
    let bytes = try fileBytes()
    #expect(!bytes.contains("Fatima") && !bytes.contains("Migrant CARE"))
    #expect(try Binary.run(["purge", "s"], in: folder).status != 0, "says what to purge")
  }
}
