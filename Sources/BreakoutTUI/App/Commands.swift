/// One named command: its keys, what it does. The same table drives key dispatch, the status bar and `?` help,
/// so the help can never disagree with the keys.
public struct Command: Equatable, Sendable {
  public enum Name: Equatable, Sendable { case quit, help, redraw, scrollUp, scrollDown, top, bottom, back }

  public var name: Name
  public var keys: [Key]
  public var keyLabel: String
  public var summary: String
  /// Shown in the status bar as well as in the help.
  public var inStatusBar: Bool

  /// The status bar's short form: "q quit".
  public var hint: String { "\(keyLabel) \(summary.prefix { $0 != " " && $0 != ":" })" }

  public static let all: [Command] = [
    Command(
      name: .quit, keys: [.character("q"), .control("c")], keyLabel: "q", summary: "quit (everything is already saved)",
      inStatusBar: true),
    Command(name: .help, keys: [.character("?")], keyLabel: "?", summary: "help: every key", inStatusBar: true),
    Command(
      name: .scrollDown, keys: [.down, .character("j")], keyLabel: "j/↓", summary: "scroll down", inStatusBar: true),
    Command(name: .scrollUp, keys: [.up, .character("k")], keyLabel: "k/↑", summary: "scroll up", inStatusBar: true),
    Command(name: .top, keys: [.character("g"), .home], keyLabel: "g", summary: "go to the top", inStatusBar: false),
    Command(
      name: .bottom, keys: [.character("G"), .end], keyLabel: "G", summary: "go to the bottom", inStatusBar: false),
    Command(name: .back, keys: [.escape], keyLabel: "Esc", summary: "close help / back", inStatusBar: false),
    Command(name: .redraw, keys: [.control("l")], keyLabel: "Ctrl-L", summary: "redraw the screen", inStatusBar: false),
  ]

  public static func matching(_ key: Key) -> Command? { all.first { $0.keys.contains(key) } }
}
