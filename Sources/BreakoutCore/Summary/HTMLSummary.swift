/// The summary as one standalone HTML file with print CSS (A4, a new page before each group); everything escaped.
public enum HTMLSummary {
  public static func render(_ document: SummaryDocument, trace: Bool = false) -> String {
    render(blocks: SummaryOutline.blocks(document, trace: trace), title: document.background.title)
  }

  public static func render(blocks: [SummaryBlock], title: String) -> String {
    var body: [String] = []
    var inList = false
    func close() {
      if inList { body.append("</ul>") }
      inList = false
    }
    for block in blocks {
      switch block {
      case .title(let text):
        close()
        body.append("<h1>\(escape(text))</h1>")
      case .heading(let level, let text):
        close()
        body.append("<h\(level + 1)>\(escape(text))</h\(level + 1)>")
      case .paragraph(let text):
        close()
        // dir="auto": a Persian or Arabic line reads right to left, a Latin one left to right, each by its own text.
        body.append("<p dir=\"auto\">\(escapeLines(text))</p>")
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        if !inList { body.append("<ul>") }
        inList = true
        var item = quote ? "<q>\(escapeLines(text))</q>" : escapeLines(text)
        if emphasis { item = "<strong>Key point:</strong> " + item }
        if let speaker { item += quote ? " &#8212; <cite>\(escape(speaker))</cite>" : " (\(escape(speaker)))" }
        if let reference { item += " <code>\(escape(reference))</code>" }
        body.append("<li dir=\"auto\">\(item)</li>")
      case .pageBreak:
        close()
        body.append("<div class=\"page-break\"></div>")
      }
    }
    close()
    return """
      <!DOCTYPE html>
      <html lang="en">
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
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
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
