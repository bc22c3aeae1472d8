/// A key press as the screen understands it, whatever terminal it came from.
public enum Key: Equatable, Hashable, Sendable {
  case character(Character)
  case up, down, left, right, home, end, pageUp, pageDown
  case enter, escape, tab, backspace
  case control(Character)
}
