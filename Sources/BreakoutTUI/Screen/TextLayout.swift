import BreakoutCore

/// Wraps text into lines of at most `width` columns, breaking at spaces where it can and never inside a wide
/// character. Newlines in the text start new lines.
public func wrap(_ text: String, width: Int) -> [String] {
  guard width > 0 else { return [] }
  var lines: [String] = []
  for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
    var line = ""
    var used = 0
    for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
      let wordWidth = DisplayWidth.of(String(word))
      let space = line.isEmpty ? 0 : 1
      if used + space + wordWidth <= width {
        if space == 1 { line += " " }
        line += word
        used += space + wordWidth
        continue
      }
      if !line.isEmpty {
        lines.append(line)
        line = ""
        used = 0
      }
      for character in word {
        let characterWidth = DisplayWidth.of(character)
        if used + characterWidth > width {
          lines.append(line)
          line = ""
          used = 0
        }
        line.append(character)
        used += characterWidth
      }
    }
    lines.append(line)
  }
  return lines
}

/// Pads or cuts text to exactly `width` columns (a wide character that would be cut in half is left out).
public func fit(_ text: String, _ width: Int) -> String {
  let visible = InertText.visible(text)
  let cut = DisplayWidth.prefix(visible, fitting: width)
  return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
}

/// A name shortened in its middle so that what tells it apart stays: "Chaîne d’approv…(groupe A)". Names without a
/// part in brackets at the end are cut at the end, with "…"; padded to `width` like `fit`.
func fitName(_ text: String, _ width: Int) -> String {
  let visible = InertText.visible(text)
  guard DisplayWidth.of(visible) > width, width > 1 else { return fit(visible, width) }
  if let open = visible.range(of: " (", options: .backwards), visible.hasSuffix(")") {
    let tail = String(visible[visible.index(after: open.lowerBound)...])
    let room = width - DisplayWidth.of(tail) - 1
    if room >= 4 { return fit(DisplayWidth.prefix(visible, fitting: room) + "…" + tail, width) }
  }
  return fit(DisplayWidth.prefix(visible, fitting: width - 1) + "…", width)
}

/// Lays the editor's text out in lines of at most `width` columns as `wrap` does (a word that fits on a line is
/// never split; a space where a line ends becomes the break) and says where the cursor lands, always on a real cell.
func editorLayout(_ field: TextField, width: Int) -> (lines: [String], row: Int, column: Int) {
  let width = max(1, width)
  var glyphs: [(text: String, width: Int, isSpace: Bool, isNewline: Bool, offset: Int)] = []
  var offset = 0
  for character in field.text {
    let visible = InertText.visible(String(character))
    glyphs.append(
      (visible, DisplayWidth.of(visible), character == " ", character.isNewline, offset))
    offset += character.unicodeScalars.count
  }
  var lines = [""]
  var used = 0
  var row = 0
  var column = 0
  var cursorPlaced = false
  func placeCursor(at index: Int) {
    guard !cursorPlaced, index < glyphs.count, glyphs[index].offset >= field.cursor else { return }
    row = lines.count - 1
    column = used
    cursorPlaced = true
  }
  func newLine() {
    lines.append("")
    used = 0
  }
  var index = 0
  while index < glyphs.count {
    let glyph = glyphs[index]
    if glyph.isNewline {
      placeCursor(at: index)
      newLine()
      index += 1
      continue
    }
    if glyph.isSpace {
      if used + glyph.width > width {
        // The line is full: this space is where it breaks.
        placeCursor(at: index)
        newLine()
        index += 1
        continue
      }
    } else if index == 0 || glyphs[index - 1].isSpace || glyphs[index - 1].isNewline {
      // A word starts: it moves to the next line whole if it fits there but not here.
      var end = index
      var wordWidth = 0
      while end < glyphs.count, !glyphs[end].isSpace, !glyphs[end].isNewline {
        wordWidth += glyphs[end].width
        end += 1
      }
      if used > 0, used + wordWidth > width, wordWidth <= width { newLine() }
    }
    if used + glyph.width > width && !lines[lines.count - 1].isEmpty { newLine() }
    placeCursor(at: index)
    lines[lines.count - 1] += glyph.text
    used += glyph.width
    index += 1
  }
  if !cursorPlaced {
    if used >= width {
      newLine()
    }
    row = lines.count - 1
    column = used
  }
  return (lines, row, column)
}
