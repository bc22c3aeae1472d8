import BreakoutCore
import BreakoutTUI
import CNCursesShim
import CNCursesw
import Foundation

/// The only code that talks to ncurses: start-up, key decoding, drawing what changed, and tear-down.
final class NCursesScreen {
  private var drawn: ScreenBuffer?
  private let color: Bool
  private var consecutiveErrors = 0
  private var cursorVisible = false

  init(color: Bool, mouse: Bool = false) {
    setlocale(LC_ALL, "")
    // A locale that is named but not installed here (es_PA.UTF-8 on a host with only C.UTF-8) leaves the C locale,
    // where ncurses drops every character beyond ASCII: the screen's text is UTF-8 whatever the language.
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    initscr()
    cbreak()
    noecho()
    nonl()
    keypad(shim_stdscr(), true)
    // Esc alone should act at once, not after ncurses waits to see whether an escape sequence follows.
    set_escdelay(25)
    curs_set(0)
    // Keys are read without waiting; the wait is a poll() on the keyboard and the runtime's inbox together.
    timeout(0)
    if mouse { shim_enable_mouse() }
    var colorAvailable = false
    if color && has_colors() {
      start_color()
      use_default_colors()
      init_pair(1, Int16(COLOR_CYAN), -1)
      init_pair(2, Int16(COLOR_YELLOW), -1)
      init_pair(3, Int16(COLOR_RED), -1)
      colorAvailable = true
    }
    self.color = colorAvailable
  }

  var size: (width: Int, height: Int) { (Int(shim_cols()), Int(shim_lines())) }

  /// Waits up to 200 ms for a key, or until `wake` is readable (a result or a change for the screen). nil means
  /// no key came; `.resize` comes back as an action.
  func nextInput(wake: Int32) -> Input? {
    var character: wint_t = 0
    var result = get_wch(&character)
    if result == ERR {
      var watched = [
        pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
      ]
      guard poll(&watched, 2, 200) > 0, watched[0].revents != 0 else { return nil }
      result = get_wch(&character)
      if result == ERR {
        // The keyboard is readable but holds no key: a dead terminal (ssh gone, SIGHUP ignored) says so again and
        // again at once. Then leave (after saving) instead of spinning.
        consecutiveErrors += 1
        return consecutiveErrors > 50 ? .hangup : nil
      }
    }
    consecutiveErrors = 0
    if result == KEY_CODE_YES {
      switch Int32(character) {
      case KEY_RESIZE: return .resize
      case shim_key_mouse():
        var x: Int32 = 0
        var y: Int32 = 0
        switch shim_read_mouse(&x, &y) {
        case 1: return .click(x: Int(x), y: Int(y))
        case 2: return .wheel(down: false)
        case 3: return .wheel(down: true)
        default: return nil
        }
      case KEY_UP: return .key(.up)
      case KEY_DOWN: return .key(.down)
      case KEY_LEFT: return .key(.left)
      case KEY_RIGHT: return .key(.right)
      case KEY_HOME: return .key(.home)
      case KEY_END: return .key(.end)
      case KEY_PPAGE: return .key(.pageUp)
      case KEY_NPAGE: return .key(.pageDown)
      case KEY_ENTER: return .key(.enter)
      case KEY_BACKSPACE: return .key(.backspace)
      case KEY_DC: return .key(.delete)
      case KEY_BTAB: return .key(.backTab)
      default: return nil
      }
    }
    switch character {
    case 27: return .key(.escape)
    case 9: return .key(.tab)
    // nonl() keeps the Enter key (CR) apart from Ctrl-J (LF), which starts a new line in a note.
    case 13: return .key(.enter)
    case 10: return .key(.lineFeed)
    case 127, 8: return .key(.backspace)
    case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(character) + 96))))
    default:
      guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  enum Input {
    case key(Key)
    case resize
    /// The terminal is gone.
    case hangup
    case click(x: Int, y: Int)
    case wheel(down: Bool)
  }

  /// Writes only the cells that differ from what is on the terminal.
  func draw(_ screen: ScreenBuffer, force: Bool = false) {
    if force || drawn?.width != screen.width || drawn?.height != screen.height {
      clear()
      drawn = nil
    }
    for y in 0..<screen.height {
      var x = 0
      while x < screen.width {
        let cell = screen[x, y]
        if cell.width > 0, drawn.map({ $0[x, y] != cell }) ?? true {
          put(cell, x: x, y: y)
        }
        x += max(1, cell.width)
      }
    }
    drawn = screen
    if let cursor = screen.cursor {
      if !cursorVisible {
        curs_set(1)
        cursorVisible = true
      }
      move(Int32(cursor.y), Int32(cursor.x))
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
    refresh()
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    var attributes = shim_a_normal()
    if cell.style.bold { attributes |= shim_a_bold() }
    if cell.style.reverse { attributes |= shim_a_reverse() }
    if cell.style.underline { attributes |= shim_a_underline() }
    var pair: Int16 = 0
    if color {
      switch cell.style.tone {
      case .normal: pair = 0
      case .accent: pair = 1
      case .warning: pair = 3
      case .muted: attributes |= shim_a_dim()
      }
    } else if cell.style.tone == .warning {
      attributes |= shim_a_bold()
    }
    // A cell may hold a cluster with several spacing code points (a Devanagari conjunct); ncurses takes one
    // spacing character per cell with its combining marks, so each goes to its own column.
    var column = x
    var chunk: [wchar_t] = []
    var chunkWidth = 0
    func flush() {
      guard !chunk.isEmpty else { return }
      _ = shim_put_cell(Int32(y), Int32(column), chunk + [0], attributes, pair)
      column += chunkWidth
      chunk = []
    }
    for scalar in cell.text.unicodeScalars {
      let width = DisplayWidth.of(scalar)
      if width > 0 || chunk.isEmpty {
        flush()
        chunkWidth = width
      }
      chunk.append(wchar_t(bitPattern: scalar.value))
    }
    flush()
  }

  /// The terminal's bell (or a flash where the terminal has no bell).
  func ring() { _ = beep() }

  func close() {
    endwin()
  }
}
