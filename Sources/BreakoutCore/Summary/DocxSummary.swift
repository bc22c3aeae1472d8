import Foundation

/// The summary as a Word document (WordprocessingML in a ZIP): headings, bulleted points and the report's order.
public enum DocxSummary {
  public static func render(_ document: SummaryDocument, trace: Bool = false) -> Data {
    let stream = ExportStream()
    write(document, trace: trace, to: stream)
    return Data(stream.bytes)
  }

  /// - Parameter created: written into the document's properties (with the title, from the first title block).
  public static func render(blocks: [SummaryBlock], created: Date? = nil, words: ReportWords = .english) -> Data {
    let stream = ExportStream()
    var writer = Writer(stream: stream, created: created, words: words)
    for block in blocks { writer.add(block) }
    writer.end()
    return Data(stream.bytes)
  }

  /// Writes the archive into `stream` as the document is made; the stream must be able to write over bytes it
  /// has handed on (a file), for the document's size and checksum.
  public static func write(_ document: SummaryDocument, trace: Bool = false, to stream: ExportStream) {
    var writer = Writer(stream: stream, created: document.generatedAt, words: document.words)
    SummaryOutline.forEachBlock(document, trace: trace) { writer.add($0) }
    writer.end()
  }

  /// The archive's parts around the document, the document written paragraph by paragraph in between.
  struct Writer {
    private var zip: ZipArchive
    private let created: Date?
    private var title: String?
    private var pending: [UInt8] = []
    // A new page starts with the paragraph after a break (page-break-before on it), never with an empty paragraph
    // holding the break, which spills onto a blank page when the page before is full.
    private var breakBefore = false

    private let words: ReportWords

    init(stream: ExportStream, created: Date?, words: ReportWords = .english) {
      self.created = created
      self.words = words
      zip = ZipArchive(stream: stream)
      zip.add("[Content_Types].xml", contentTypes)
      zip.add("_rels/.rels", rootRelationships)
      zip.add("word/_rels/document.xml.rels", documentRelationships)
      zip.begin("word/document.xml")
      pending.reserveCapacity((1 << 16) + (1 << 12))
      pending.append(contentsOf: documentStart.utf8)
    }

    private mutating func flush() {
      pending.withUnsafeBytes { zip.write($0) }
      pending.removeAll(keepingCapacity: true)
    }

    private mutating func add(_ paragraph: String) {
      var paragraph = paragraph
      if breakBefore {
        // pageBreakBefore follows pStyle and precedes numPr in a paragraph's properties (the schema's order).
        if let style = paragraph.range(of: "\"/>"), paragraph.hasPrefix("<w:p><w:pPr><w:pStyle ") {
          paragraph.insert(contentsOf: "<w:pageBreakBefore/>", at: style.upperBound)
        } else {
          paragraph = "<w:p><w:pPr><w:pageBreakBefore/></w:pPr>" + paragraph.dropFirst("<w:p>".count)
        }
        breakBefore = false
      }
      pending.append(contentsOf: paragraph.utf8)
      if pending.count >= 1 << 16 { flush() }
    }

    mutating func add(_ block: SummaryBlock) {
      switch block {
      case .title(let text):
        if title == nil { title = text }
        add(paragraph(text, style: "Title"))
      case .heading(let level, let text): add(paragraph(text, style: "Heading\(min(level, 4))"))
      case .paragraph(let text): add(paragraph(text, style: nil))
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        var runs = ""
        if emphasis { runs += run(words(.keyPointLabel) + " ", bold: true) }
        runs += run(quote ? "\u{201C}\(text)\u{201D}" : text, bold: false)
        if let speaker { runs += run(quote ? " \u{2014} \(speaker)" : " (\(speaker))", bold: false) }
        if let reference { runs += run(" [\(reference)]", bold: false) }
        add(
          "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + runs + "</w:p>")
      case .pageBreak:
        breakBefore = true
      }
    }

    mutating func end() {
      pending.append(contentsOf: documentEnd.utf8)
      flush()
      zip.end()
      zip.add("word/styles.xml", styles(language: words.documentLanguage))
      zip.add("word/numbering.xml", numbering)
      zip.add(
        "docProps/core.xml",
        coreProperties(
          title: title ?? words(.untitledSummary), language: words.language.rawValue, created: created))
      zip.finish()
    }
  }

  static func paragraph(_ text: String, style: String?) -> String {
    let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(properties)\(run(text, bold: false))</w:p>"
  }

  /// A run of text; a note's line breaks become Word's own (`w:br`) inside the paragraph.
  static func run(_ text: String, bold: Bool) -> String {
    let lines = SafeText.hasLineBreak(text) ? SafeText.lines(text) : [text]
    let body = lines.map { "<w:t xml:space=\"preserve\">\(escape($0))</w:t>" }.joined(separator: "<w:br/>")
    return "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")\(body)</w:r>"
  }

  /// XML character data: markup escaped, and characters XML 1.0 forbids (controls, NUL) shown inert.
  static func escape(_ text: String) -> String {
    HTMLSummary.escape(text)
  }

  /// The document's properties: its title, language and when it was made, as Word and LibreOffice show them.
  static func coreProperties(title: String, language: String, created: Date?) -> String {
    let date = created.map { ISO8601DateFormatter().string(from: $0) }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(escape(title))</dc:title>\
      <dc:language>\(language)</dc:language><dc:creator>breakout</dc:creator>\
      \(date.map { "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\($0)</dcterms:created>" } ?? "")</cp:coreProperties>
      """
  }

  static let documentStart = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
    """
  static let documentEnd =
    "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
    """
  static let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
    """
  static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>
    """
  // Paragraphs are spaced; headings stay with what follows them and are never split across pages.
  static func styles(language: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
    <w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="\(language)"/></w:rPr></w:rPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>\
    <w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:keepNext/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
    <w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>\
    <w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr>\
    <w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="3"/></w:pPr>\
    <w:rPr><w:b/><w:i/><w:sz w:val="22"/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
    <w:pPr><w:spacing w:after="60"/></w:pPr></w:style></w:styles>
    """
  }
  static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{2022}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
    """
}
