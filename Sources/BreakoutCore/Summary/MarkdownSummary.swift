/// The summary as CommonMark (renders on GitHub and in pandoc). Note text is escaped so it cannot open a heading,
/// list, quote, table, link or HTML.
public enum MarkdownSummary {
  public static func render(_ document: SummaryDocument, trace: Bool = false) -> String {
    render(blocks: SummaryOutline.blocks(document, trace: trace))
  }

  public static func render(blocks: [SummaryBlock]) -> String {
    var out: [String] = []
    var inList = false
    func paragraph(_ text: String) {
      if inList { out.append("") }
      inList = false
      out += [text, ""]
    }
    for block in blocks {
      switch block {
      case .title(let text): paragraph("# \(inline(text))")
      case .heading(let level, let text): paragraph("\(String(repeating: "#", count: level + 1)) \(inline(text))")
      case .paragraph(let text): paragraph(inline(text))
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        let body = inline(text)
        var line = "- " + (emphasis ? "**Key point:** " : "") + (quote ? "\u{201C}\(body)\u{201D}" : body)
        if let speaker { line += quote ? " \u{2014} \(inline(speaker))" : " (\(inline(speaker)))" }
        if let reference { line += " `\(reference)`" }
        out.append(line)
        inList = true
      case .pageBreak: break
      }
    }
    while out.last == "" { out.removeLast() }
    var text = ""
    text.reserveCapacity(out.reduce(0) { $0 + $1.utf8.count + 1 })
    for line in out {
      text += line
      text += "\n"
    }
    return text
  }

  /// Text from a note as literal Markdown.
  public static func inline(_ text: String) -> String {
    let visible = InertText.visible(SafeText.plain(text))
    let special: Set<UInt8> = Self.special
    if let first = visible.utf8.first, first != 0x20, !(first >= 0x30 && first <= 0x39), !special.contains(first),
      first != 0x2D, first != 0x2B, first != 0x3D, !visible.utf8.contains(where: { special.contains($0) })
    {
      return visible
    }
    var out = ""
    out.reserveCapacity(visible.utf8.count + 8)
    for scalar in visible.unicodeScalars {
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "&", "{", "}", "(", ")":
        out.unicodeScalars.append("\\")
        out.unicodeScalars.append(scalar)
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    let trimmed = out.drop { $0 == " " }
    guard let first = trimmed.first else { return out }
    if "-+=".contains(first) { return "\\" + trimmed }
    let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let after = trimmed.dropFirst(digits.count).first, after == "." || after == ")" {
      return digits + "\\" + trimmed.dropFirst(digits.count)
    }
    return String(trimmed)
  }
}

extension MarkdownSummary {
  /// Bytes that mean something to Markdown anywhere in a line.
  static let special = Set(Array("\\`*_[]<>|~#!&{}()".utf8))
}

/// Characters no export should carry: NUL and the Unicode line and paragraph separators become spaces.
public enum SafeText {
  public static func plain(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value == 0 || $0.value == 0x2028 || $0.value == 0x2029 }) else {
      return text
    }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          scalar.value == 0 || scalar.value == 0x2028 || scalar.value == 0x2029 ? " " : scalar
        }))
  }
}
