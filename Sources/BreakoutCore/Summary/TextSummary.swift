/// The summary as plain text wrapped at 80 columns: for reading aloud in the plenary and pasting into e-mail.
/// The Summary screen shows the same text.
public enum TextSummary {
  public static func lines(_ document: SummaryDocument, width: Int = 80, trace: Bool = false) -> [String] {
    lines(blocks: SummaryOutline.blocks(document, trace: trace), width: width)
  }

  public static func lines(blocks: [SummaryBlock], width: Int = 80) -> [String] {
    var out: [String] = []
    func blank() { if let last = out.last, !last.isEmpty { out.append("") } }
    for block in blocks {
      switch block {
      case .title(let text):
        out += wrapText(clean(text).uppercased(), width: width)
        out.append(String(repeating: "=", count: min(width, DisplayWidth.of(clean(text)))))
        out.append("")
      case .heading(let level, let text):
        blank()
        // Sections and days in capitals, underlined; a group underlined; a question plain.
        let heading = level <= 2 ? clean(text).uppercased() : clean(text)
        out += wrapText(heading, width: width)
        if level <= 3 {
          out.append(String(repeating: level == 1 ? "=" : "-", count: min(width, DisplayWidth.of(heading))))
        }
        out.append("")
      case .paragraph(let text):
        blank()
        for line in SafeText.lines(text) { out += wrapText(clean(line), width: width) }
        out.append("")
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        // A note's own line breaks stay: each line starts an indented continuation line of the point.
        var lines = SafeText.lines(text).map(clean)
        if lines.isEmpty { lines = [""] }
        if quote {
          lines[0] = "\u{201C}" + lines[0]
          lines[lines.count - 1] += "\u{201D}"
        }
        if emphasis { lines[0] = "KEY POINT: " + lines[0] }
        if let speaker { lines[lines.count - 1] += quote ? " \u{2014} \(clean(speaker))" : " (\(clean(speaker)))" }
        if let reference { lines[lines.count - 1] += " [\(reference)]" }
        let wrapped = lines.flatMap { wrapText($0, width: width - 4) }
        for (index, line) in wrapped.enumerated() { out.append((index == 0 ? "  * " : "    ") + line) }
      case .pageBreak:
        blank()
      }
    }
    while out.last == "" { out.removeLast() }
    return out
  }

  public static func render(_ document: SummaryDocument, trace: Bool = false) -> String {
    lines(document, trace: trace).joined(separator: "\n") + "\n"
  }

  /// One line, control characters shown inert.
  static func clean(_ text: String) -> String {
    InertText.visible(SafeText.plain(text))
  }

  /// The same wrap for printable ASCII, where a byte is a column.
  static func wrapASCII(_ text: String, width: Int) -> [String] {
    let bytes = Array(text.utf8)
    guard bytes.count > width else { return [text] }
    var lines: [String] = []
    var start = 0
    while start < bytes.count {
      while start < bytes.count && bytes[start] == 0x20 { start += 1 }
      guard start < bytes.count else { break }
      if bytes.count - start <= width {
        lines.append(String(decoding: bytes[start...], as: UTF8.self))
        break
      }
      var end = start + width
      if bytes[end] != 0x20 {
        var space = end - 1
        while space > start && bytes[space] != 0x20 { space -= 1 }
        if space > start { end = space }
      }
      var trimmed = end
      while trimmed > start && bytes[trimmed - 1] == 0x20 { trimmed -= 1 }
      lines.append(String(decoding: bytes[start..<trimmed], as: UTF8.self))
      start = end
    }
    return lines.isEmpty ? [""] : lines
  }

  /// Word wrap by display width; a word longer than the line is cut.
  public static func wrapText(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [text] }
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return wrapASCII(text, width: width) }
    var lines: [String] = []
    var line = ""
    var used = 0
    for word in text.split(separator: " ") {
      let wordWidth = DisplayWidth.of(String(word))
      if used > 0 && used + 1 + wordWidth > width {
        lines.append(line)
        line = ""
        used = 0
      }
      if wordWidth > width {
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
        continue
      }
      if used > 0 {
        line += " "
        used += 1
      }
      line += word
      used += wordWidth
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
