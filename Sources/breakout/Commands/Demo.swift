import ArgumentParser
import BreakoutStore
import Foundation

struct Demo: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "(Re)create the demo session: an Asia-Pacific meeting with a roster, four groups and notes.")

  @Argument(help: "Session name or path.") var session = "demo"
  @Flag(help: "Replace the session if it exists.") var force = false
  @Option(help: "Folder holding the demo's roster.csv, notes.csv and session.json.") var from: String?

  func run() async throws {
    let path = SessionFile.path(for: session)
    if SessionFile.exists(path) {
      guard force else {
        throw ValidationError(say(.demoExists(path)))
      }
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    let source = try from ?? DemoSession.locateSource()
    let summary = try await DemoSession.build(at: path, from: source)
    print(say(.demoCreated(path: path, summary: summary)))
  }
}
