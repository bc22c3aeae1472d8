import BreakoutCore

/// Text being typed, with a cursor that sits between grapheme clusters (what a reader sees as one character).
///
/// A terminal delivers one code point per key: a Thai vowel sign, a virama, a combining accent, a zero-width joiner
/// or the second half of a flag arrives after its base and joins the cluster before it. So the text is kept and
/// edited code point by code point, exactly as typed (never normalised), and the cursor is an offset in code
/// points that every edit leaves on a cluster boundary.
public struct TextField: Equatable, Sendable {
  public private(set) var text: String
  /// Code points before the cursor.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    self.text = text
    cursor = text.unicodeScalars.count
  }

  /// Swift's `==` on String compares canonical equivalence (a precomposed é equals e + U+0301); a field holds
  /// what was typed, so two fields are equal only when their code points are.
  public static func == (lhs: TextField, rhs: TextField) -> Bool {
    lhs.cursor == rhs.cursor && lhs.text.unicodeScalars.elementsEqual(rhs.text.unicodeScalars)
  }

  public var isEmpty: Bool { text.isEmpty }

  /// The text before the cursor.
  public var beforeCursor: Substring { Substring(text.unicodeScalars.prefix(cursor)) }

  /// The text with a bar where the cursor is, for one-line fields drawn in a status line or a form.
  public var withCaret: String {
    String(beforeCursor) + "▏" + String(text.unicodeScalars.dropFirst(cursor))
  }

  /// Offsets (in code points) where a cluster starts, plus the end of the text.
  public var boundaries: [Int] {
    var offsets: [Int] = [0]
    var offset = 0
    for character in text {
      offset += character.unicodeScalars.count
      offsets.append(offset)
    }
    return offsets
  }

  /// Replaces everything, with the cursor at the end.
  public mutating func set(_ newText: String) {
    text = newText
    cursor = newText.unicodeScalars.count
  }

  /// Inserts at the cursor. When the new code points join the cluster after the cursor (a joiner typed before an
  /// emoji), the cursor moves to that cluster's end so it stays on a boundary.
  public mutating func insert(_ typed: String) {
    guard !typed.isEmpty else { return }
    var scalars = Array(text.unicodeScalars)
    let added = Array(typed.unicodeScalars)
    scalars.insert(contentsOf: added, at: cursor)
    text = String(String.UnicodeScalarView(scalars))
    cursor = snappedForward(cursor + added.count)
  }

  /// Backspace. A combining mark, vowel sign, virama or joiner at the end of the cluster before the cursor goes
  /// on its own, so a script typed one code point at a time is unmade one key at a time; any other cluster (a
  /// letter, a syllable, an emoji sequence, a flag) goes whole.
  public mutating func deleteBackward() {
    let marks = boundaries
    guard cursor > 0, let start = marks.last(where: { $0 < cursor }) else { return }
    var scalars = Array(text.unicodeScalars)
    let last = scalars[cursor - 1]
    let from = Self.isAttachedAlone(last) && cursor - 1 > start ? cursor - 1 : start
    scalars.removeSubrange(from..<cursor)
    text = String(String.UnicodeScalarView(scalars))
    cursor = snappedForward(from)
  }

  /// Delete: the whole cluster after the cursor.
  public mutating func deleteForward() {
    guard let end = boundaries.first(where: { $0 > cursor }) else { return }
    var scalars = Array(text.unicodeScalars)
    scalars.removeSubrange(cursor..<end)
    text = String(String.UnicodeScalarView(scalars))
    cursor = snappedForward(cursor)
  }

  /// Ctrl-W: the word before the cursor and the spaces after it.
  public mutating func deleteWordBackward() {
    let before = Array(beforeCursor)
    var index = before.count
    while index > 0 && before[index - 1].isWhitespace { index -= 1 }
    while index > 0 && !before[index - 1].isWhitespace { index -= 1 }
    let from = before[..<index].reduce(0) { $0 + $1.unicodeScalars.count }
    var scalars = Array(text.unicodeScalars)
    scalars.removeSubrange(from..<cursor)
    text = String(String.UnicodeScalarView(scalars))
    cursor = snappedForward(from)
  }

  /// Ctrl-U: everything on the line before the cursor.
  public mutating func deleteToLineStart() {
    let from = lineStart
    var scalars = Array(text.unicodeScalars)
    scalars.removeSubrange(from..<cursor)
    text = String(String.UnicodeScalarView(scalars))
    cursor = snappedForward(from)
  }

  public mutating func moveLeft() { cursor = boundaries.last { $0 < cursor } ?? 0 }
  public mutating func moveRight() { cursor = boundaries.first { $0 > cursor } ?? cursor }
  public mutating func moveToLineStart() { cursor = lineStart }
  public mutating func moveToLineEnd() {
    let scalars = Array(text.unicodeScalars)
    var index = cursor
    while index < scalars.count && scalars[index] != "\n" { index += 1 }
    cursor = snappedForward(index)
  }
  public mutating func moveToStart() { cursor = 0 }
  public mutating func moveToEnd() { cursor = text.unicodeScalars.count }

  private var lineStart: Int {
    let scalars = Array(text.unicodeScalars)
    var index = cursor
    while index > 0 && scalars[index - 1] != "\n" { index -= 1 }
    return index
  }

  private func snappedForward(_ offset: Int) -> Int {
    boundaries.first { $0 >= offset } ?? text.unicodeScalars.count
  }

  /// Code points that attach to the one before them and are typed as a key of their own.
  static func isAttachedAlone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: true
    default: false
    }
  }
}

extension TextField {
  /// The editing keys every text field shares. Returns whether the key was an edit or a move (handled), and
  /// whether the text changed.
  @discardableResult
  public mutating func apply(_ key: Key, multiline: Bool = false) -> (handled: Bool, changed: Bool) {
    let before = self
    switch key {
    case .character(let character): insert(String(character))
    case .lineFeed where multiline: insert("\n")
    case .backspace: deleteBackward()
    case .delete, .control("d"): deleteForward()
    case .control("w"): deleteWordBackward()
    case .control("u"): deleteToLineStart()
    case .left, .control("b"): moveLeft()
    case .right, .control("f"): moveRight()
    case .home, .control("a"): moveToLineStart()
    case .end, .control("e"): moveToLineEnd()
    default: return (false, false)
    }
    return (true, !text.unicodeScalars.elementsEqual(before.text.unicodeScalars))
  }
}
