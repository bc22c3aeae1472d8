import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

/// What a person reporting a problem says first: which breakout, built from what, writing which session schema.
enum VersionText {
  static var lines: String {
    let schema = SchemaVersion.allCases.count
    return """
      breakout \(Release.version) (\(Release.date))
      commit \(buildCommit)
      session schema v\(schema) (sessions of v1 to v\(schema) are read and migrated to v\(schema))
      SQLite \(SessionFile.sqliteVersion())
      PostgreSQL frontend/backend protocol 3.0 (postgres-nio)
      """
  }
}

struct Version: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Say the version, the git commit it was built from, the session schema it writes, and SQLite's version.")

  func run() { print(VersionText.lines) }
}
