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
