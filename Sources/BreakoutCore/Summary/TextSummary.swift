/// The summary as plain text wrapped at 80 columns: for reading aloud in the plenary and pasting into e-mail.
/// The Summary screen shows the same text.
public enum TextSummary {
  public static func lines(_ document: SummaryDocument, width: Int = 80, trace: Bool = false) -> [String] {
    var out: [String] = []
    var writer = Writer(width: width, words: document.words) { out.append($0) }
    SummaryOutline.forEachBlock(document, trace: trace) { writer.add($0) }
    return out
  }

  public static func lines(blocks: [SummaryBlock], width: Int = 80) -> [String] {
    var out: [String] = []
    var writer = Writer(width: width) { out.append($0) }
    for block in blocks { writer.add(block) }
    return out
  }

  public static func render(_ document: SummaryDocument, trace: Bool = false) -> String {
    let stream = ExportStream()
    write(document, trace: trace, to: stream)
    return String(decoding: stream.bytes, as: UTF8.self)
  }

  /// Writes the text block by block into `stream`, each line ending in a line feed.
  public static func write(_ document: SummaryDocument, trace: Bool = false, to stream: ExportStream) {
    var writer = Writer(width: 80, words: document.words) { line in
      stream.write(line)
      stream.write(byte: 0x0A)
    }
    SummaryOutline.forEachBlock(document, trace: trace) { writer.add($0) }
  }

  /// Blocks as wrapped lines, handed on one at a time: one blank line between blocks, none at the end.
  struct Writer {
    let width: Int
    let keyPointLabel: String
    let emit: (String) -> Void
    /// Blank lines not yet handed on: they are, once a line follows them.
    private var blanksOwed = 0
    private var wroteAny = false

    init(width: Int, words: ReportWords = .english, emit: @escaping (String) -> Void) {
      keyPointLabel = words(.keyPointLabel).uppercased() + " "
      self.width = width
      self.emit = emit
    }

    private mutating func append(_ line: String) {
      if line.isEmpty {
        blanksOwed += 1
        return
      }
      for _ in 0..<blanksOwed { emit("") }
      blanksOwed = 0
      wroteAny = true
      emit(line)
    }

    private mutating func append(contentsOf lines: [String]) { for line in lines { append(line) } }

    /// A blank line, unless the last line is one already.
    private mutating func blank() { if wroteAny && blanksOwed == 0 { blanksOwed = 1 } }

    mutating func add(_ block: SummaryBlock) {
      switch block {
      case .title(let text):
        append(contentsOf: wrapText(clean(text).uppercased(), width: width))
        append(String(repeating: "=", count: min(width, DisplayWidth.of(clean(text)))))
        append("")
      case .heading(let level, let text):
        blank()
        // Sections and days in capitals, underlined; a group underlined; a question plain.
        let heading = level <= 2 ? clean(text).uppercased() : clean(text)
        append(contentsOf: wrapText(heading, width: width))
        if level <= 3 {
          append(String(repeating: level == 1 ? "=" : "-", count: min(width, DisplayWidth.of(heading))))
        }
        append("")
      case .paragraph(let text):
        blank()
        for line in SafeText.lines(text) { append(contentsOf: wrapText(clean(line), width: width)) }
        append("")
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        // A note's own line breaks stay: each line starts an indented continuation line of the point.
        var lines = SafeText.lines(text).map(clean)
        if lines.isEmpty { lines = [""] }
        if quote {
          lines[0] = "\u{201C}" + lines[0]
          lines[lines.count - 1] += "\u{201D}"
        }
        if emphasis { lines[0] = keyPointLabel + lines[0] }
        if let speaker { lines[lines.count - 1] += quote ? " \u{2014} \(clean(speaker))" : " (\(clean(speaker)))" }
        if let reference { lines[lines.count - 1] += " [\(reference)]" }
        let wrapped = lines.flatMap { wrapText($0, width: width - 4) }
        for (index, line) in wrapped.enumerated() { append((index == 0 ? "  * " : "    ") + line) }
      case .pageBreak:
        blank()
      }
    }
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
