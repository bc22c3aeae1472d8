/// A key press as the screen understands it, whatever terminal it came from.
public enum Key: Equatable, Hashable, Sendable {
  case character(Character)
  case up, down, left, right, home, end, pageUp, pageDown
  /// Enter saves; Ctrl-J (a line feed) starts a new line in the note editor.
  case enter, lineFeed
  case escape, tab, backTab, backspace, delete
  case control(Character)
}
