import Foundation

/// The summary as a Word document (WordprocessingML in a ZIP): headings, bulleted points and the report's order.
public enum DocxSummary {
  public static func render(_ document: SummaryDocument, trace: Bool = false) -> Data {
    render(blocks: SummaryOutline.blocks(document, trace: trace))
  }

  public static func render(blocks: [SummaryBlock]) -> Data {
    // Built as bytes, paragraph by paragraph: a large summary's XML is written once, not collected and copied.
    var body = Data()
    body.reserveCapacity(blocks.count * 160 + 512)
    body.append(contentsOf: Array(Self.documentStart.utf8))
    func add(_ paragraph: String) { body.append(contentsOf: paragraph.utf8) }
    for block in blocks {
      switch block {
      case .title(let text): add(paragraph(text, style: "Title"))
      case .heading(let level, let text): add(paragraph(text, style: "Heading\(min(level, 3))"))
      case .paragraph(let text): add(paragraph(text, style: nil))
      case .point(let text, let speaker, let emphasis, let quote, let reference):
        var runs: [String] = []
        if emphasis { runs.append(run("Key point: ", bold: true)) }
        runs.append(run(quote ? "\u{201C}\(text)\u{201D}" : text, bold: false))
        if let speaker { runs.append(run(quote ? " \u{2014} \(speaker)" : " (\(speaker))", bold: false)) }
        if let reference { runs.append(run(" [\(reference)]", bold: false)) }
        add(
          "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + runs.joined() + "</w:p>")
      case .pageBreak:
        add("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
      }
    }
    body.append(contentsOf: Array(Self.documentEnd.utf8))
    var zip = ZipArchive()
    zip.add("[Content_Types].xml", Data(contentTypes.utf8))
    zip.add("_rels/.rels", Data(rootRelationships.utf8))
    zip.add("word/_rels/document.xml.rels", Data(documentRelationships.utf8))
    zip.add("word/document.xml", body)
    body = Data()
    zip.add("word/styles.xml", Data(styles.utf8))
    zip.add("word/numbering.xml", Data(numbering.utf8))
    return zip.finish()
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

  static let documentStart = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
    """
  static let documentEnd =
    "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>
    """
  static let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
    """
  static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>
    """
  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style></w:styles>
    """
  static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{2022}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
    """
}
