/// The summary as CommonMark (renders on GitHub and in pandoc). Note text is escaped so it cannot open a heading,
/// list, quote, table, link or HTML.
public enum MarkdownSummary {
  public static func render(_ document: SummaryDocument, trace: Bool = false) -> String {
    let stream = ExportStream()
    write(document, trace: trace, to: stream)
    return String(decoding: stream.bytes, as: UTF8.self)
  }

  public static func render(blocks: [SummaryBlock], words: ReportWords = .english) -> String {
    let stream = ExportStream()
    var writer = Writer(stream: stream, words: words)
    for block in blocks { writer.add(block) }
    return String(decoding: stream.bytes, as: UTF8.self)
  }

  /// Writes the summary block by block into `stream`.
  public static func write(_ document: SummaryDocument, trace: Bool = false, to stream: ExportStream) {
    var writer = Writer(stream: stream, words: document.words)
    SummaryOutline.forEachBlock(document, trace: trace) { writer.add($0) }
  }

  /// Blocks as Markdown lines: a blank line between paragraphs and around a list, none at the end.
  struct Writer {
    let stream: ExportStream
    private var inList = false
    private var blankOwed = false

    private let keyPointLabel: String

    init(stream: ExportStream, words: ReportWords = .english) {
      self.stream = stream
      keyPointLabel = "**\(words(.keyPointLabel))** "
    }

    private mutating func line(_ text: String) {
      if blankOwed { stream.write(byte: 0x0A) }
      blankOwed = false
      stream.write(text)
      stream.write(byte: 0x0A)
    }

    private mutating func paragraph(_ text: String) {
      if inList { blankOwed = true }
      inList = false
      line(text)
      blankOwed = true
    }

    mutating func add(_ block: SummaryBlock) {
      switch block {
      case .title(let text): paragraph("# \(inline(text))")
      case .heading(let level, let text): paragraph("\(String(repeating: "#", count: level + 1)) \(inline(text))")
      case .paragraph(let text): paragraph(lines(text, indent: ""))
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        let body = lines(text, indent: "  ")
        var item = "- " + (emphasis ? keyPointLabel : "") + (quote ? "\u{201C}\(body)\u{201D}" : body)
        if let speaker { item += quote ? " \u{2014} \(inline(speaker))" : " (\(inline(speaker)))" }
        if let reference { item += " `\(reference)`" }
        line(item)
        inList = true
      case .pageBreak: break
      }
    }
  }

  /// Text from a note as literal Markdown on one line (a line break becomes a space).
  public static func inline(_ text: String) -> String {
    escapedLine(InertText.visible(SafeText.plain(text)))
  }

  /// Text from a note as literal Markdown, its line breaks kept as hard line breaks; continuation lines are indented
  /// by `indent` so they stay inside a list item.
  public static func lines(_ text: String, indent: String) -> String {
    SafeText.lines(text).map { escapedLine(InertText.visible($0)) }.joined(separator: "\\\n" + indent)
  }

  /// Escapes only what would change the rendering of this line in CommonMark or GitHub's Markdown: the raw text
  /// stays readable where rapporteurs paste it, and URLs and e-mail addresses are left whole so GitHub links them.
  static func escapedLine(_ line: String) -> String {
    // Most lines hold none of the characters that can act inside a line: only the line's start needs a look.
    if !line.utf8.contains(where: isInlineSpecial) { return escapedLineStart(line) }
    let characters = Array(line)
    let hasBothBrackets = line.contains("[") && line.contains("]")
    func isASCIIPunctuation(_ index: Int) -> Bool {
      guard characters.indices.contains(index), let ascii = characters[index].asciiValue else { return false }
      return (0x21...0x2F).contains(ascii) || (0x3A...0x40).contains(ascii) || (0x5B...0x60).contains(ascii)
        || (0x7B...0x7E).contains(ascii)
    }
    func looksLikeEntity(from index: Int) -> Bool {
      var next = index + 1
      while next < characters.count, characters[next].isASCII,
        characters[next].isLetter || characters[next].isNumber || characters[next] == "#"
      {
        next += 1
      }
      return next > index + 1 && next < characters.count && characters[next] == ";"
    }
    var out = ""
    out.reserveCapacity(line.utf8.count + 4)
    for (index, character) in characters.enumerated() {
      let escape: Bool
      switch character {
      case "`", "<": escape = true
      // A run of * _ or ~ is escaped only where it could open emphasis or strikethrough; a run that can only
      // close has no opener left to pair with (every opener is escaped), so snake_case, a_b_c, 5 * 3 and
      // Modern_slavery_(law) stay as typed.
      case "*", "_", "~": escape = canOpenEmphasis(characters, at: index)
      // A backslash is literal unless punctuation follows it, or it ends the line (a hard line break).
      case "\\": escape = isASCIIPunctuation(index + 1) || index == characters.count - 1
      case "[", "]": escape = hasBothBrackets
      case "&": escape = looksLikeEntity(from: index)
      default: escape = false
      }
      if escape { out.append("\\") }
      out.append(character)
    }
    return escapedLineStart(out)
  }

  /// Whether the run of delimiters around `index` can open emphasis (CommonMark's flanking rules; GitHub's
  /// strikethrough follows the same ones for ~).
  static func canOpenEmphasis(_ characters: [Character], at index: Int) -> Bool {
    let delimiter = characters[index]
    var start = index
    while start > 0 && characters[start - 1] == delimiter { start -= 1 }
    var end = index
    while end + 1 < characters.count && characters[end + 1] == delimiter { end += 1 }
    let before: Character = start > 0 ? characters[start - 1] : " "
    let after: Character = end + 1 < characters.count ? characters[end + 1] : " "
    func isSpace(_ character: Character) -> Bool { character.isWhitespace }
    func isPunctuation(_ character: Character) -> Bool {
      character.unicodeScalars.first.map { scalar in
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
          .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
          true
        default: false
        }
      } ?? false
    }
    let leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
    let rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
    return delimiter == "_" ? leftFlanking && (!rightFlanking || isPunctuation(before)) : leftFlanking
  }

  /// Bytes that can start inline markup somewhere in a line: ` < * _ ~ \\ [ ] &.
  static func isInlineSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x60, 0x3C, 0x2A, 0x5F, 0x7E, 0x5C, 0x5B, 0x5D, 0x26: true
    default: false
    }
  }

  /// What a line may not start with: a heading, a quote, a list marker, a numbered item, a setext underline.
  static func escapedLineStart(_ line: String) -> String {
    let trimmed = line.drop { $0 == " " }
    guard let first = trimmed.first else { return line }
    let rest = trimmed.dropFirst()
    switch first {
    case "#", ">":
      return "\\" + trimmed
    case "-", "+", "=", "*":
      // A marker followed by a space or nothing opens a list; a run of them underlines or rules.
      return rest.isEmpty || rest.first == " " || rest.allSatisfy({ $0 == first || $0 == " " })
        ? "\\" + trimmed : String(trimmed)
    default:
      let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
      if !digits.isEmpty, digits.count <= 9, let after = trimmed.dropFirst(digits.count).first,
        after == "." || after == ")"
      {
        return digits + "\\" + trimmed.dropFirst(digits.count)
      }
      return String(trimmed)
    }
  }
}

/// Characters no export should carry: NUL and the Unicode line and paragraph separators become spaces.
public enum SafeText {
  /// A note's lines as typed (the line breaks a rapporteur made with C-j), without empty ones; every export keeps
  /// them as its own kind of line break.
  static func hasLineBreak(_ text: String) -> Bool {
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if (0x0A...0x0D).contains(byte) { return true }
      if previous.1 == 0xC2 && byte == 0x85 { return true }
      if previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9) { return true }
      previous = (previous.1, byte)
    }
    return false
  }

  public static func lines(_ text: String) -> [String] {
    // Most notes are one line: no line break (LF, VT, FF, CR, NEL, LS, PS) in their bytes at all.
    if !hasLineBreak(text) {
      // Foundation's trimming is slow on Linux; a note rarely starts or ends with a space.
      let padded =
        text.utf8.first.map { $0 == 0x20 || $0 == 0x09 } ?? true
        || text.utf8.last.map { $0 == 0x20 || $0 == 0x09 } ?? true
      let trimmed = padded ? text.trimmingCharacters(in: .whitespaces) : text
      return trimmed.isEmpty ? [] : [plain(trimmed)]
    }
    return plain(text).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

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
