import BreakoutCore
import BreakoutRuntime
import BreakoutTUI
import CNCursesShim
import Foundation

/// Runs the screen: keys become actions, `reduce` changes the state, `render` draws. Effects go to the runtime and
/// what they come to, with changes other processes make, comes back as actions: a key never waits for storage.
public struct TerminalApp {
  let runtime: SessionRuntime
  let color: Bool
  let mouse: Bool

  public init(runtime: SessionRuntime, color: Bool, mouse: Bool = false) {
    self.runtime = runtime
    self.mouse = mouse
    self.color = color
  }

  /// How long leaving waits for saves under way (a note, the last draft) before it prints what was not saved.
  static let finishTimeout: TimeInterval = 5

  public static func checkTerminal() throws {
    guard isatty(0) == 1 && isatty(1) == 1 else {
      throw TerminalError(
        "the breakout screen needs a terminal on standard input and output; for a pipe or a screen reader use the "
          + "plain mode (breakout SESSION --plain), for scripts the subcommands (breakout --help)"
      )
    }
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    guard !term.isEmpty, term != "dumb" else {
      throw TerminalError(
        "this terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the breakout screen; "
          + "use a full terminal, the plain mode (breakout SESSION --plain), or the command-line subcommands "
          + "(breakout --help)")
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
    loop: while true {
      if shim_take_signal() != 0 { pending.append(.terminate) }
      pending += runtime.inbox.take()
      if pending.isEmpty {
        switch screen.nextInput(wake: runtime.inbox.wakeDescriptor) {
        case .key(let key)?: pending.append(.key(key))
        case .resize?: pending.append(.resize(width: screen.size.width, height: screen.size.height))
        case .hangup?: pending.append(.terminate)
        case .click(let x, let y)?: pending.append(.click(x: x, y: y))
        case .wheel(let down)?: pending.append(.wheel(down: down))
        case nil: break
        }
        pending += runtime.inbox.take()
        pending.append(.tick(Date()))
      }
      while !pending.isEmpty {
        let action = pending.removeFirst()
        for effect in reduce(&state, action) {
          switch effect {
          case .quit:
            // The saves under way finish, and what they came to goes into the state, before leaving.
            for action in pending { _ = reduce(&state, action) }
            runtime.finish(timeout: Self.finishTimeout)
            for action in runtime.inbox.take() { _ = reduce(&state, action) }
            unsaved = state.unsavedText
            break loop
          case .redrawAll: forceRedraw = true
          case .bell: screen.ring()
          default: runtime.send(effect)
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
