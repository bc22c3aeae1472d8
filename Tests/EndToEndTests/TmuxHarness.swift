import Foundation

/// A real terminal: the binary runs inside tmux on its own server; the screen is read with capture-pane.
final class TmuxTerminal {
  let socket = "breakout-test-\(UUID().uuidString.prefix(8))"
  let folder: String

  init(width: Int, height: Int, folder: String) throws {
    self.folder = folder
    // The server started here outlives the command: it must not inherit a pipe we would wait on.
    try tmux(
      capturing: false,
      [
        "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", folder,
        "env -u TMUX TERM=xterm-256color LANG=C.UTF-8 PS1='shell$ ' bash --norc --noprofile",
      ])
    try tmux(["set-option", "-g", "status", "off"])
    // Keys sent before the shell has set up its line editor can be thrown away: wait for the prompt.
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      let text = try screen()
      if text.contains("shell$") { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
  }

  deinit { _ = try? tmux(capturing: false, ["kill-server"]) }

  static var isAvailable: Bool {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @discardableResult
  func tmux(capturing: Bool = true, _ arguments: [String]) throws -> String {
    let command = ["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + arguments
    // The server started by the first command outlives it; CleanSpawn hands it no descriptor of ours and no
    // blocked signals, so kill-server can end it.
    guard capturing else {
      _ = try CleanSpawn.run(command)
      return ""
    }
    return try CleanSpawn.output(command).text
  }

  func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }
  func press(_ key: String) throws { try tmux(["send-keys", key]) }
  func screen() throws -> String { try tmux(["capture-pane", "-p"]) }
  /// Whether the pane is on the terminal's alternate screen: ncurses enters it at start and must leave it on
  /// every exit path, or the user is left on a dead screen.
  func onAlternateScreen() throws -> Bool {
    try tmux(["display-message", "-p", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
  }
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until a line matches the regular expression, for output the typed command line cannot
  /// itself contain (`EXIT=[0-9]`, where the command line holds `EXIT=$?`).
  @discardableResult
  func waitFor(matching pattern: String, timeout: TimeInterval = 30) throws -> (found: Bool, screen: String) {
    let regex = try NSRegularExpression(pattern: pattern)
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if regex.firstMatch(in: last, range: NSRange(last.startIndex..., in: last)) != nil { return (true, last) }
      Thread.sleep(forTimeInterval: 0.1)
    }
    return (false, last)
  }

  /// Polls the screen until it contains the text (never a blind sleep); returns the screen either way.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> (found: Bool, screen: String) {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return (true, last) }
      Thread.sleep(forTimeInterval: 0.1)
    }
    return (false, last)
  }
}

/// A fresh demo session opened by the real binary in a tmux terminal of the given size, with extra arguments;
/// the shell prints the exit status when breakout ends. Returns the terminal and the session's folder.
func openDemo(width: Int = 100, height: Int = 30, arguments: String = "", folder existing: String? = nil) throws
  -> (TmuxTerminal, String)
{
  let (terminal, folder) = try demoShell(width: width, height: height, folder: existing)
  try terminal.type("'\(Binary.path)' sessions/demo.sqlite \(arguments); echo \"EXIT=$?\"")
  try terminal.press("Enter")
  return (terminal, folder)
}

/// A shell in a tmux terminal, in a folder holding a fresh demo session (or in an existing folder).
func demoShell(width: Int = 100, height: Int = 30, folder existing: String? = nil) throws -> (TmuxTerminal, String) {
  guard TmuxTerminal.isAvailable else { throw HarnessError("tmux is needed: apt-get install tmux") }
  let folder = try existing ?? scratchFolder()
  if existing == nil {
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    let built = try Binary.run(["demo", "demo", "--from", demoSource], in: folder)
    guard built.status == 0 else { throw HarnessError("the demo was not built: \(built.stderr)") }
  }
  return (try TmuxTerminal(width: width, height: height, folder: folder), folder)
}

struct HarnessError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Runs `body` in a real tmpfs of its own (mounting needs root, as CI has), with a demo session built in it;
/// unmounted afterwards. For disks that fill up or are read-only.
func onOwnDisk(size: String, mode: String, _ body: (String) throws -> Void) throws {
  guard getuid() == 0 else { throw HarnessError("mounting a tmpfs needs root (CI runs as root)") }
  let disk = try scratchFolder() + "/disk"
  try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
  guard try Binary.shellResult("mount -t tmpfs -o size=\(size),mode=\(mode) tmpfs '\(disk)'") == 0 else {
    throw HarnessError("could not mount a tmpfs at \(disk)")
  }
  defer { _ = try? Binary.shell("umount -l '\(disk)'") }
  try FileManager.default.createDirectory(atPath: disk + "/sessions", withIntermediateDirectories: true)
  let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
  let built = try Binary.run(["demo", "demo", "--from", demoSource], in: disk)
  guard built.status == 0 else { throw HarnessError("the demo was not built: \(built.stderr)") }
  try body(disk)
}
