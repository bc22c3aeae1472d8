import BreakoutCore

/// How a cell looks. Colour is never the only signal: selections are also reverse or bold.
public struct CellStyle: Equatable, Hashable, Sendable {
  public enum Tone: Equatable, Hashable, Sendable { case normal, accent, muted, warning }

  public var bold = false
  public var reverse = false
  public var underline = false
  public var tone: Tone = .normal

  public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false, tone: Tone = .normal) {
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.tone = tone
  }

  public static let plain = CellStyle()
}

/// One terminal cell: a grapheme and its display width; the columns a wide grapheme covers after its first are
/// continuations (width 0).
public struct Cell: Equatable, Sendable {
  public var text: String
  public var width: Int
  public var style: CellStyle

  public static let blank = Cell(text: " ", width: 1, style: .plain)
  static let continuation = Cell(text: "", width: 0, style: .plain)
}

/// The screen as a grid of cells: what `render` produces and what tests read as text.
public struct ScreenBuffer: Equatable, Sendable {
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells && lhs.cursor?.x == rhs.cursor?.x
      && lhs.cursor?.y == rhs.cursor?.y
  }

  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal's cursor should show (the typing position), or nil to hide it.
  public var cursor: (x: Int, y: Int)?

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

  /// Writes text from (x, y), clipped at `limit` columns and at the edge; control characters are shown inert.
  /// Returns the number of columns used.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, x + (limit ?? width))
    var column = x
    for character in InertText.visible(text) {
      let characterWidth = DisplayWidth.of(character)
      if characterWidth == 0 {
        continue
      }
      if column + characterWidth > end { break }
      if column >= 0 {
        cells[y * width + column] = Cell(text: String(character), width: characterWidth, style: style)
        for extra in 1..<characterWidth { cells[y * width + column + extra] = .continuation }
      }
      column += characterWidth
    }
    return column - x
  }

  /// Paints a run of cells with a style (for a selected row or the status bar).
  public mutating func fill(y: Int, from x: Int = 0, to end: Int? = nil, style: CellStyle) {
    guard y >= 0, y < height else { return }
    for column in max(0, x)..<min(width, end ?? width) {
      var cell = cells[y * width + column]
      cell.style = style
      cells[y * width + column] = cell
    }
  }

  /// Each row as text, trailing spaces kept: how tests compare screens.
  public var lines: [String] {
    (0..<height).map { row in
      cells[(row * width)..<((row + 1) * width)].map(\.text).joined()
    }
  }

  public var text: String { lines.joined(separator: "\n") }
}
