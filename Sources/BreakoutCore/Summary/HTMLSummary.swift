/// The summary as one standalone HTML file with print CSS (A4, a new page before each group); everything escaped.
public enum HTMLSummary {
  public static func render(_ document: SummaryDocument, trace: Bool = false) -> String {
    let stream = ExportStream()
    write(document, trace: trace, to: stream)
    return String(decoding: stream.bytes, as: UTF8.self)
  }

  public static func render(blocks: [SummaryBlock], title: String, words: ReportWords = .english) -> String {
    let stream = ExportStream()
    var writer = Writer(stream: stream, title: title, words: words)
    for block in blocks { writer.add(block) }
    writer.end()
    return String(decoding: stream.bytes, as: UTF8.self)
  }

  /// Writes the page block by block into `stream`.
  public static func write(_ document: SummaryDocument, trace: Bool = false, to stream: ExportStream) {
    var writer = Writer(stream: stream, title: document.background.title, words: document.words)
    SummaryOutline.forEachBlock(document, trace: trace) { writer.add($0) }
    writer.end()
  }

  /// Blocks as the lines of the page's body, between its head and its end.
  struct Writer {
    let stream: ExportStream
    private var inList = false

    private let keyPointLabel: String

    init(stream: ExportStream, title: String, words: ReportWords = .english) {
      self.stream = stream
      keyPointLabel = "<strong>\(escape(words(.keyPointLabel)))</strong> "
      stream.write(
        """
        <!DOCTYPE html>
        <html lang="\(words.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.45; max-width: 48em; margin: 2em auto; padding: 0 1em; color: #111; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.3em; border-bottom: 1px solid #999; } h3 { font-size: 1.1em; } h4 { font-size: 1em; }
        li { margin: 0.25em 0; } code { font-size: 0.8em; color: #555; }
        body { overflow-wrap: anywhere; }
        h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
        @page { size: A4; margin: 2cm; }
        @media print { body { margin: 0; max-width: none; } .page-break { break-before: page; page-break-before: always; } }
        </style>
        </head>
        <body>

        """)
    }

    private func line(_ text: String) {
      stream.write(text)
      stream.write(byte: 0x0A)
    }

    private mutating func close() {
      if inList { line("</ul>") }
      inList = false
    }

    mutating func add(_ block: SummaryBlock) {
      switch block {
      case .title(let text):
        close()
        line("<h1>\(escape(text))</h1>")
      case .heading(let level, let text):
        close()
        line("<h\(level + 1)>\(escape(text))</h\(level + 1)>")
      case .paragraph(let text):
        close()
        // dir="auto": a Persian or Arabic line reads right to left, a Latin one left to right, each by its own text.
        line("<p dir=\"auto\">\(escapeLines(text))</p>")
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        if !inList { line("<ul>") }
        inList = true
        var item = quote ? "<q>\(escapeLines(text))</q>" : escapeLines(text)
        if emphasis { item = keyPointLabel + item }
        if let speaker { item += quote ? " &#8212; <cite>\(escape(speaker))</cite>" : " (\(escape(speaker)))" }
        if let reference { item += " <code>\(escape(reference))</code>" }
        line("<li dir=\"auto\">\(item)</li>")
      case .pageBreak:
        close()
        line("<div class=\"page-break\"></div>")
      }
    }

    mutating func end() {
      close()
      stream.write("</body>\n</html>\n")
    }
  }

  /// A note's text with its line breaks kept as `<br>`.
  public static func escapeLines(_ text: String) -> String {
    SafeText.lines(text).map(escape).joined(separator: "<br>")
  }

  /// Text as HTML character data: markup, entities and control characters cannot act.
  public static func escape(_ text: String) -> String {
    let visible = InertText.visible(SafeText.plain(text))
    guard visible.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
      return visible
    }
    var out = ""
    out.reserveCapacity(visible.utf8.count + 16)
    for scalar in visible.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
