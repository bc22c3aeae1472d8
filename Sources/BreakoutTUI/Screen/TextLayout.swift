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

/// Where the editor's cursor lands in its wrapped lines: characters are laid out one by one, as `wrap` would for
/// text without spaces, so the cursor is always on a real cell.
func editorLayout(_ text: String, cursor: Int, width: Int) -> (lines: [String], row: Int, column: Int) {
  var lines = [""]
  var used = 0
  var row = 0
  var column = 0
  for (offset, character) in text.enumerated() {
    if offset == cursor {
      row = lines.count - 1
      column = used
    }
    if character == "\n" {
      lines.append("")
      used = 0
      continue
    }
    let visible = InertText.visible(String(character))
    let characterWidth = DisplayWidth.of(visible)
    if used + characterWidth > width {
      lines.append("")
      used = 0
    }
    lines[lines.count - 1] += visible
    used += characterWidth
  }
  if cursor >= text.count {
    if used >= width {
      lines.append("")
      used = 0
    }
    row = lines.count - 1
    column = used
  }
  return (lines, row, column)
}
