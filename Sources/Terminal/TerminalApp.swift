import BreakoutCore
import BreakoutTUI
import CNCursesShim
import Foundation

/// Runs the screen: keys become actions, `reduce` changes the state, `perform` carries out the effects and reports
/// back, `render` draws; changes other processes make to the session file show within half a second.
public struct TerminalApp {
  /// Reads the session as it is now.
  let load: () throws -> SessionSnapshot
  /// A number that moves whenever anything shown changes, here or in another process.
  let changeVersion: () throws -> Int
  /// Runs one effect (a save, a broadcast, a file) and returns what came of it.
  let perform: (Effect) -> [Action]
  let color: Bool
  let mouse: Bool

  public init(
    load: @escaping () throws -> SessionSnapshot, changeVersion: @escaping () throws -> Int,
    perform: @escaping (Effect) -> [Action], color: Bool, mouse: Bool = false
  ) {
    self.mouse = mouse
    self.load = load
    self.changeVersion = changeVersion
    self.perform = perform
    self.color = color
  }

  public static func checkTerminal() throws {
    guard isatty(0) == 1 && isatty(1) == 1 else {
      throw TerminalError(
        "the breakout screen needs a terminal on standard input and output; for scripts use the subcommands (breakout --help)"
      )
    }
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    guard !term.isEmpty, term != "dumb" else {
      throw TerminalError(
        "this terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the breakout screen; "
          + "use a full terminal, or the command-line subcommands (breakout --help)")
    }
    guard shim_terminal_known() == 1 else {
      throw TerminalError(
        "this terminal type (TERM=\(InertText.visible(term))) is not known here; "
          + "try TERM=xterm-256color, or the command-line subcommands (breakout --help)")
    }
  }

  /// - Parameters:
  ///   - makeState: the first state, given the terminal's size.
  ///   - startup: actions to run before the first key (e.g. a recovered draft).
  public func run(makeState: (Int, Int) -> AppState, startup: [Action] = []) throws {
    try Self.checkTerminal()
    var lastVersion = try changeVersion()
    /// Reads the session again if anything changed since the last look.
    func reloadIfChanged() -> Action? {
      guard let version = try? changeVersion(), version != lastVersion, let snapshot = try? load() else { return nil }
      lastVersion = version
      return .reloaded(snapshot)
    }
    shim_install_signal_handlers()
    shim_install_crash_handlers()
    // Runs after the screen is closed (defers run last-declared first): words that could not be saved are printed
    // on the restored terminal rather than lost with the process.
    var unsaved: String?
    defer {
      if let unsaved {
        FileHandle.standardError.write(
          Data(
            ("breakout closed before this note could be saved (the disk was full, or another program held the "
              + "session file). Here it is, to copy:\n\n" + InertText.visible(unsaved, keepNewlines: true) + "\n")
              .utf8))
      }
    }
    let screen = NCursesScreen(color: color, mouse: mouse)
    defer { screen.close() }
    var state = makeState(screen.size.width, screen.size.height)
    var pending = startup
    // The first frame goes out before waiting for the first key.
    screen.draw(render(state), force: true)
    var forceRedraw = false
    var lastPoll = Date()
    loop: while true {
      if shim_take_signal() != 0 { pending.append(.terminate) }
      if pending.isEmpty {
        switch screen.nextInput() {
        case .key(let key)?: pending.append(.key(key))
        case .resize?: pending.append(.resize(width: screen.size.width, height: screen.size.height))
        case .hangup?: pending.append(.terminate)
        case .click(let x, let y)?: pending.append(.click(x: x, y: y))
        case .wheel(let down)?: pending.append(.wheel(down: down))
        case nil: break
        }
        pending.append(.tick(Date()))
      }
      if Date().timeIntervalSince(lastPoll) >= 0.5 {
        lastPoll = Date()
        if let reload = reloadIfChanged() { pending.append(reload) }
      }
      while !pending.isEmpty {
        let action = pending.removeFirst()
        for effect in reduce(&state, action) {
          switch effect {
          case .quit:
            // What the last saves reported (a save that failed) still goes into the state before leaving.
            for action in pending { _ = reduce(&state, action) }
            unsaved = state.unsavedText
            break loop
          case .redrawAll: forceRedraw = true
          case .bell: screen.ring()
          case .saveDraft:
            // A draft is not shown anywhere else: no reload on the typing path.
            pending += perform(effect)
          default:
            pending += perform(effect)
            // Show our own change at once rather than at the next poll.
            if let reload = reloadIfChanged() { pending.append(reload) }
          }
        }
      }
      screen.draw(render(state), force: forceRedraw)
      forceRedraw = false
    }
  }
}

public struct TerminalError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}
