import ArgumentParser
import BreakoutStore
import BreakoutTUI
import Foundation
import Terminal

struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the terminal screen (the default command).")

  @Argument(help: "Session name or path; the demo session when left out (created if missing).")
  var session: String?
  @Flag(help: "No colour (also when NO_COLOR is set).") var noColor = false

  func run() throws {
    let path = SessionFile.path(for: session ?? "demo")
    if session == nil && !SessionFile.exists(path) {
      let summary = try DemoSession.build(at: path, from: try DemoSession.locateSource())
      printError("Created the demo session at \(path): \(summary)")
    }
    let store = try openSession(path)
    let color = !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    try TerminalApp(
      load: { SessionOverview(try store.snapshot()) }, dataVersion: { try store.dataVersion() }, color: color
    ).run()
  }
}
