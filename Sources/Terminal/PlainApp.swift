import BreakoutCore
import BreakoutRuntime
import BreakoutTUI
import CNCursesShim
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The plain line mode: lines are read from standard input (a terminal, a screen reader's terminal, or a pipe) and
/// every answer and announcement is written as one line on standard output. Nothing is drawn, nothing is redrawn;
/// no colour, no cursor movement, no spinner.
public struct PlainApp {
  let runtime: SessionRuntime

  public init(runtime: SessionRuntime) { self.runtime = runtime }

  public func run(_ state: PlainSession, greeting: [String] = []) {
    shim_install_signal_handlers()
    var state = state
    var input = LineReader(descriptor: 0)
    func write(_ line: String) {
      // Names and notes come from other people: an escape sequence in them is shown, never run.
      FileHandle.standardOutput.write(Data((InertText.visible(line) + "\n").utf8))
    }
    greeting.forEach(write)
    var pending: [PlainSession.Input] = []
    loop: while true {
      if shim_take_signal() != 0 { pending.append(.action(.terminate)) }
      pending += runtime.inbox.take().map { .action($0) }
      if pending.isEmpty {
        switch input.next(wake: runtime.inbox.wakeDescriptor, timeout: 200) {
        case .line(let line): pending.append(.line(line))
        case .end: pending.append(.line("quit"))
        case .nothing: break
        }
        pending += runtime.inbox.take().map { .action($0) }
        pending.append(.action(.tick(Date())))
      }
      while !pending.isEmpty {
        for output in state.reduce(pending.removeFirst()) {
          switch output {
          case .say(let line): write(line)
          case .effect(let effect): runtime.send(effect)
          case .quit:
            // Saves under way finish, and what they came to is said, before leaving.
            runtime.finish(timeout: TerminalApp.finishTimeout)
            for action in runtime.inbox.take() {
              for case .say(let line) in state.reduce(.action(action)) { write(line) }
            }
            break loop
          }
        }
      }
    }
  }
}

/// Whole lines from a file descriptor, waiting on it and on a wake-up pipe together.
struct LineReader {
  let descriptor: Int32
  private var buffer: [UInt8] = []
  private var ended = false

  init(descriptor: Int32) { self.descriptor = descriptor }

  enum Next {
    case line(String)
    case end, nothing
  }

  mutating func next(wake: Int32, timeout: Int32) -> Next {
    if let line = takeLine() { return .line(line) }
    if ended { return buffer.isEmpty ? .end : .line(flushRest()) }
    var fds = [
      pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
    ]
    guard poll(&fds, 2, timeout) > 0, fds[0].revents != 0 else { return .nothing }
    var chunk = [UInt8](repeating: 0, count: 4096)
    let count = read(descriptor, &chunk, chunk.count)
    if count <= 0 {
      ended = true
      return buffer.isEmpty ? .end : .line(flushRest())
    }
    buffer += chunk[0..<count]
    return takeLine().map { .line($0) } ?? .nothing
  }

  private mutating func takeLine() -> String? {
    guard let newline = buffer.firstIndex(of: 0x0A) else { return nil }
    var line = Array(buffer[..<newline])
    buffer.removeSubrange(...newline)
    if line.last == 0x0D { line.removeLast() }
    return String(decoding: line, as: UTF8.self)
  }

  private mutating func flushRest() -> String {
    defer { buffer.removeAll() }
    return String(decoding: buffer, as: UTF8.self)
  }
}
