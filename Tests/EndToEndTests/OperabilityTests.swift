import BreakoutCore
import Foundation
import Testing

/// What a facilitator with a problem at 9:05 needs: which version runs, built from what, a manual page, and an
/// install that puts `breakout` on the PATH.
@Suite struct OperabilityTests {
  @Test func theVersionSaysTheReleaseTheCommitTheSchemaAndSQLite() throws {
    let folder = try scratchFolder()
    let flag = try Binary.run(["--version"], in: folder)
    let command = try Binary.run(["version"], in: folder)
    #expect(flag.status == 0 && command.status == 0)
    #expect(flag.stdout == command.stdout)
    let lines = command.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "breakout \(Release.version) (\(Release.date))")
    let head = try Binary.output("git -C '\(Binary.packageRoot.path)' rev-parse --short=12 HEAD")
    #expect(lines.contains { $0.hasPrefix("commit \(head)") }, "built from \(head): \(lines)")
    #expect(
      lines.contains(
        "session schema v\(SchemaVersion.allCases.count) (sessions of v1 to v\(SchemaVersion.allCases.count) are read and migrated to v\(SchemaVersion.allCases.count))"
      ))
    #expect(lines.contains { $0.range(of: #"^SQLite 3\.\d+\.\d+$"#, options: .regularExpression) != nil }, "\(lines)")
  }

  /// The release notes start at the version the program says.
  @Test func theChangelogStartsAtTheVersion() throws {
    let changelog = try String(
      contentsOf: Binary.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
    let releases = changelog.split(separator: "\n").filter { $0.hasPrefix("## [") && !$0.hasPrefix("## [Unreleased]") }
    #expect(releases.first == "## [\(Release.version)] - \(Release.date)")
  }

  /// `scripts/install` puts the program and its manual page under a prefix; from anywhere, `breakout` runs from the
  /// PATH and `man breakout` finds the page, which man reads without a warning and which holds every command.
  @Test func theInstalledProgramRunsFromThePathAndItsManualReads() throws {
    let prefix = try scratchFolder() + "/prefix"
    let root = Binary.packageRoot.path
    let installed = try Binary.output("'\(root)/scripts/install' --prefix '\(prefix)' --binary '\(Binary.path)' 2>&1")
    #expect(installed.contains("Installed breakout \(Release.version)"), "\(installed)")
    let elsewhere = try scratchFolder()
    let path = "PATH='\(prefix)/bin':/usr/bin:/bin"
    let version = try Binary.output("cd '\(elsewhere)' && \(path) breakout --version")
    #expect(version.hasPrefix("breakout \(Release.version)"), "\(version)")
    let page = prefix + "/share/man/man1/breakout.1"
    #expect(try Binary.output("\(path) man -w breakout") == page, "man finds the page from the PATH")
    let warnings = try Binary.output("MANWIDTH=100 man --warnings -l '\(page)' 2>&1 >/dev/null")
    #expect(warnings.isEmpty, "\(warnings)")
    // Bold and underline as overstrikes, where man leaves them, read as the letters.
    let text = try Binary.output("MANWIDTH=100 MANPAGER=cat man -l '\(page)' 2>/dev/null")
      .replacingOccurrences(of: ".\u{8}", with: "", options: .regularExpression)
    #expect(text.contains("breakout roster import SESSION FILE"), "\(text.prefix(2000))")
    for command in [
      "open", "new", "roster", "groups", "assign", "note", "export", "compendium", "server", "version", "manual",
    ] {
      #expect(text.contains("breakout \(command)"), "\(command) is in the manual")
    }
    #expect(text.contains("--attribution"), "options are there with their help")
  }
}

/// breakout's log: beside the session by default, chosen with `--log` or `BREAKOUT_LOG`, private, rotated, and
/// holding what happened without a note's text, a name or an e-mail address.
@Suite struct LogTests {
  static let roster = """
    Name,Organisation,Email,Stakeholder type,Consent
    Nguyễn Thị Hà,Bộ Lao động,ha@example.org,Government,No
    Ana Lima,Walk Free,ana@example.org,Civil society,Yes

    """

  @Test func importsAndExportsAreLoggedBesideTheSessionWithoutAnythingPersonal() throws {
    let folder = try scratchFolder()
    try write(Self.roster, to: folder + "/people.csv")
    for arguments in [
      ["new", "logged", "--title", "Logged"], ["roster", "import", "logged", "people.csv"],
      ["groups", "set", "logged", "supply-chain=1"], ["assign", "logged", "--seed", "1"],
      [
        "note", "add", "logged", "--group", "supply-chain", "--question", "1", "--speaker", "Ana Lima",
        "Confidential remark about hotlines",
      ],
      ["export", "logged", "--format", "md", "--attribution", "none", "--output", "out.md"],
    ] {
      let result = try Binary.run(arguments, in: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("breakout.command"), "nothing of the log on the terminal")
    }
    let path = folder + "/sessions/logged.log"
    let log = try String(contentsOfFile: path, encoding: .utf8)
    #expect(log.contains("info breakout.command: roster imported added=2 unchanged=0 updated=0 warnings=0"), "\(log)")
    #expect(log.contains("info breakout.command: exported attribution=none format=md to=out.md withheld notes=0"))
    for personal in ["Nguyễn", "Ana Lima", "ha@example.org", "ana@example.org", "Confidential", "hotlines"] {
      #expect(!log.contains(personal), "\(personal) in the log:\n\(log)")
    }
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func theLogIsChosenWithAnOptionOrTheEnvironmentAndRotated() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "chosen", "--title", "Chosen", "--log", "here.log"], in: folder).status == 0)
    try write(Self.roster, to: folder + "/people.csv")
    #expect(try Binary.run(["roster", "import", "--log=here.log", "chosen", "people.csv"], in: folder).status == 0)
    #expect(try String(contentsOfFile: folder + "/here.log", encoding: .utf8).contains("roster imported added=2"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/sessions/chosen.log"))
    // A full log becomes NAME.log.1 and a new one starts.
    let full = folder + "/full.log"
    _ = FileManager.default.createFile(atPath: full, contents: Data(repeating: 0x2E, count: 4 * 1024 * 1024))
    let imported = try Binary.run(
      ["roster", "import", "chosen", "people.csv"], in: folder, environment: ["BREAKOUT_LOG": full])
    #expect(imported.status == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: full + ".1")).count > 4 * 1024 * 1024)
    let fresh = try? String(contentsOfFile: full, encoding: .utf8)
    #expect(fresh == nil || fresh!.count < 1_000, "a new log starts after the full one")
  }
}
