import BreakoutTUI
import CNCursesShim
import Foundation

/// Runs the screen: keys become actions, `reduce` changes the state, `render` draws it; changes made by other
/// processes to the session file are picked up within a second.
public struct TerminalApp {
  /// Reads the session as the screen shows it.
  let load: () throws -> SessionOverview
  /// A number that changes whenever anyone commits to the session file.
  let dataVersion: () throws -> Int
  let color: Bool

  public init(load: @escaping () throws -> SessionOverview, dataVersion: @escaping () throws -> Int, color: Bool) {
    self.load = load
    self.dataVersion = dataVersion
    self.color = color
  }

  public func run() throws {
    guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty, term != "dumb" else {
      throw TerminalError(
        "this terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "unset")) cannot show the breakout screen; "
          + "use a full terminal, or the command-line subcommands (breakout --help)")
    }
    let overview = try load()
    var lastVersion = try dataVersion()
    shim_install_signal_handlers()
    let screen = NCursesScreen(color: color)
    defer { screen.close() }
    var state = AppState(overview: overview, width: screen.size.width, height: screen.size.height, color: color)
    screen.draw(render(state), force: true)
    var lastPoll = Date()
    loop: while true {
      if shim_take_signal() != 0 { break loop }
      var effects: [Effect] = []
      switch screen.nextInput() {
      case .key(let key)?: effects = reduce(&state, .key(key))
      case .resize?: effects = reduce(&state, .resize(width: screen.size.width, height: screen.size.height))
      case nil: break
      }
      if Date().timeIntervalSince(lastPoll) >= 0.5 {
        lastPoll = Date()
        if let version = try? dataVersion(), version != lastVersion, let overview = try? load() {
          lastVersion = version
          effects += reduce(&state, .reloaded(overview))
        }
      }
      if effects.contains(.quit) { break loop }
      screen.draw(render(state), force: effects.contains(.redrawAll))
    }
  }
}

public struct TerminalError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}
