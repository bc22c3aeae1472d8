import BreakoutCore
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every export format of the demo session under every attribution mode, compared with the files in Golden/
/// (RECORD_GOLDEN=1 writes them, on purpose only).
@Suite(.serialized) struct ExportTests {
  static let formats = ["md", "html", "txt", "json", "csv", "docx"]
  static let modes = ["named", "affiliation", "none"]
  static let fixedTime = ["BREAKOUT_NOW": "2021-03-25T12:00:00Z"]

  static func demoFolder() throws -> String {
    let folder = try scratchFolder()
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    let built = try Binary.run(["demo", "demo", "--from", demoSource], in: folder)
    guard built.status == 0 else { throw HarnessError("demo: \(built.stderr)") }
    return folder
  }

  @Test func everyFormatUnderEveryAttributionMatchesItsGoldenFile() throws {
    let folder = try Self.demoFolder()
    let golden = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden")
    for mode in Self.modes {
      for format in Self.formats {
        let result = try Binary.run(
          ["export", "demo", "--format", format, "--attribution", mode, "--output", "out.\(format)"], in: folder,
          environment: Self.fixedTime)
        #expect(result.status == 0, "\(format) \(mode): \(result.stderr)")
        let produced = try Data(contentsOf: URL(fileURLWithPath: folder + "/out.\(format)"))
        let file = golden.appendingPathComponent("demo-\(mode).\(format)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
          try produced.write(to: file)
          continue
        }
        let expected = try Data(contentsOf: file)
        #expect(
          produced == expected,
          "demo-\(mode).\(format) differs from its golden file (RECORD_GOLDEN=1 rewrites it):\n\(lineDiff(expected, produced))"
        )
      }
    }
  }

  @Test func aChathamHouseExportNamesNobody() throws {
    let folder = try Self.demoFolder()
    let roster = try Binary.run(["roster", "list", "demo", "--format", "json"], in: folder)
    let people = try #require(try JSONSerialization.jsonObject(with: Data(roster.stdout.utf8)) as? [[String: Any]])
    let questions = Question.defaults.map(\.text).joined(separator: " ")
    let organisers = try String(
      contentsOfFile: Binary.packageRoot.path + "/sessions/demo/session.json", encoding: .utf8)
    var secrets: [String] = []
    for person in people {
      secrets.append(person["name"] as! String)
      if let email = person["email"] as? String { secrets.append(email) }
      let organisation = person["organisation"] as! String
      // The meeting's own framing (its questions name UNODC, its organisers are UNODC units) is not a participant list.
      if !questions.contains(organisation) && !organisers.contains("\"\(organisation)") { secrets.append(organisation) }
    }
    #expect(secrets.count > 150)
    for format in Self.formats {
      let result = try Binary.run(
        ["export", "demo", "--format", format, "--attribution", "none", "--all-notes", "--output", "none.\(format)"],
        in: folder)
      #expect(result.status == 0)
      // Word files here are stored, not compressed, so their XML can be searched as it is.
      let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/none.\(format)")), as: UTF8.self)
      for secret in secrets {
        #expect(!text.contains(secret), "\(format) reveals \(secret)")
      }
    }
    for format in ["md", "html", "json", "docx"] {
      let result = try Binary.run(
        [
          "compendium", "sessions/demo.sqlite", "--format", format, "--attribution", "none", "--output",
          "compendium.\(format)",
        ], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let text = String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/compendium.\(format)")), as: UTF8.self)
      #expect(text.count > 1000, "the compendium has content")
      for secret in secrets {
        #expect(!text.contains(secret), "the \(format) compendium reveals \(secret)")
      }
    }
    let warned = try Binary.run(["export", "demo", "--format", "txt", "--attribution", "none"], in: folder)
    #expect(warned.stderr.contains("withheld in this export"), "notes naming someone are listed")
  }

  @Test func csvRoundTripsIntoANewSession() throws {
    let folder = try Self.demoFolder()
    let exported = try Binary.run(
      ["export", "demo", "--format", "csv", "--all-notes", "--attribution", "none", "--output", "notes.csv"],
      in: folder)
    #expect(exported.status == 0)
    _ = try Binary.run(["new", "copy", "--title", "Copy", "--days", "2"], in: folder)
    _ = try Binary.run(["groups", "set", "copy", "supply-chain=2", "technology=1", "finance=1"], in: folder)
    let imported = try Binary.run(["note", "import", "copy", "notes.csv"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("Imported 42 notes"))
    let original = try summaryNotes(folder, "demo")
    let copy = try summaryNotes(folder, "copy")
    #expect(copy == original)
  }

  @Test func aWordFileIsWellFormedAndOpensInLibreOfficeWhereAvailable() throws {
    let folder = try Self.demoFolder()
    let result = try Binary.run(["export", "demo", "--format", "docx", "--output", "summary.docx"], in: folder)
    #expect(result.status == 0)
    let entries = try StoredZip.entries(of: Data(contentsOf: URL(fileURLWithPath: folder + "/summary.docx")))
    #expect(
      Set(entries.keys) == [
        "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml",
        "word/numbering.xml", "docProps/core.xml",
      ])
    for (name, data) in entries {
      let parser = XMLParser(data: data)
      #expect(parser.parse(), "\(name) is well-formed XML")
    }
    let document = String(decoding: entries["word/document.xml"]!, as: UTF8.self)
    #expect(document.contains("Breakout Group 1 \u{2013} Supply Chain (group A)"))
    // Layout: a group starts a page by page-break-before on its heading (no empty paragraph holding a break that
    // spills onto a blank page); headings keep with the next paragraph; paragraphs are spaced; properties are set.
    #expect(!document.contains("w:type=\"page\""))
    #expect(document.contains("<w:pStyle w:val=\"Heading3\"/><w:pageBreakBefore/>"))
    let styles = String(decoding: entries["word/styles.xml"]!, as: UTF8.self)
    #expect(styles.contains("<w:keepNext/><w:keepLines/>") && styles.contains("<w:spacing w:after=\"120\""))
    let core = String(decoding: entries["docProps/core.xml"] ?? Data(), as: UTF8.self)
    #expect(core.contains("<dc:title>Fostering Cooperation between the Public and Private Sector"))
    #expect(core.contains("<dc:language>en</dc:language>") && core.contains("<dcterms:created"))
    for office in ["/usr/bin/soffice", "/usr/bin/libreoffice"]
    where FileManager.default.isExecutableFile(atPath: office) {
      let converted = try Binary.shellResult(
        "cd '\(folder)' && HOME='\(folder)' '\(office)' --headless --convert-to pdf summary.docx")
      #expect(converted == 0)
      #expect(FileManager.default.fileExists(atPath: folder + "/summary.pdf"))
      break
    }
  }

  @Test func theSummaryScreenShowsWhatTheTextExportWrites() throws {
    let folder = try Self.demoFolder()
    let text = try Binary.run(["export", "demo", "--format", "txt"], in: folder).stdout
    let (terminal, _) = try openDemo(width: 100, height: 30, folder: folder)
    #expect(try terminal.waitFor("1. Supply chain (group A)").found)
    try terminal.type("5")
    // Wait for a line well down the screen, then for two identical captures: the frame is complete.
    #expect(try terminal.waitFor("Countries: 21").found)
    var screen = (found: true, screen: try terminal.screen())
    for _ in 0..<50 {
      Thread.sleep(forTimeInterval: 0.05)
      let again = try terminal.screen()
      if again == screen.screen { break }
      screen.screen = again
    }
    let shown = screen.screen.split(separator: "\n").dropFirst(4).dropLast(2).map {
      String($0.dropFirst()).trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    #expect(shown.count > 10)
    let written = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    #expect(Array(written.prefix(shown.count)) == shown)
    try terminal.type("q")
  }

  func summaryNotes(_ folder: String, _ session: String) throws -> [String] {
    let json = try Binary.run(
      ["export", session, "--format", "json", "--all-notes", "--attribution", "none"], in: folder)
    let document = try JSONSummary.parse(Data(json.stdout.utf8))
    return document.groups.flatMap { group in
      group.questions.flatMap { question in
        question.notes.map { "\(group.number) \(question.number) \($0.keyPoint) \($0.tags) \($0.text)" }
      }
    }
  }
}

/// Reads the stored (uncompressed) entries of a ZIP file, as breakout writes them.
enum StoredZip {
  static func entries(of data: Data) throws -> [String: Data] {
    let bytes = [UInt8](data)
    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    var entries: [String: Data] = [:]
    var offset = 0
    while offset + 30 <= bytes.count, u32(offset) == 0x0403_4b50 {
      let size = u32(offset + 18)
      let nameLength = u16(offset + 26)
      let extra = u16(offset + 28)
      let name = String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
      let start = offset + 30 + nameLength + extra
      entries[name] = Data(bytes[start..<(start + size)])
      offset = start + size
    }
    return entries
  }
}

@Suite struct CompendiumTests {
  @Test func practicesFromSeveralSessionsAreListedOnceByThemeAndRegion() throws {
    let folder = try ExportTests.demoFolder()
    _ = try Binary.run(["new", "africa", "--title", "Africa REGM", "--region", "Africa"], in: folder)
    _ = try Binary.run(["groups", "set", "africa", "supply-chain=1", "technology=1", "finance=1"], in: folder)
    let shared = "The UK's Joint Money Laundering Intelligence Taskforce (JMLIT) seen to be best practice."
    for (group, text) in [("finance", shared), ("technology", "Mobile money alerts reach workers in remote areas.")] {
      let added = try Binary.run(
        ["note", "add", "africa", "--group", group, "--question", "ii", "--tag", "practice", text], in: folder)
      #expect(added.status == 0, "\(added.stderr)")
    }
    _ = try Binary.run(
      [
        "note", "add", "africa", "--group", "finance", "--question", "iii", "--tag", "recommendation",
        "Bring law enforcement into financial PPPs.",
      ], in: folder)
    let result = try Binary.run(
      ["compendium", "sessions/demo.sqlite", "africa", "--format", "md"], in: folder,
      environment: ExportTests.fixedTime)
    #expect(result.status == 0, "\(result.stderr)")
    let markdown = result.stdout
    #expect(markdown.hasPrefix("# Compendium of promising practices"))
    #expect(markdown.contains("## Financial Institutions"))
    #expect(markdown.contains("### Asia-Pacific"))
    #expect(markdown.contains("### Africa"))
    let jmlit = markdown.split(separator: "\n").filter { $0.contains("Joint Money Laundering") }
    #expect(jmlit.count == 1, "listed once")
    // Each line credits its sessions by region and first day; the full titles are listed once at the top.
    #expect(jmlit.first?.contains("\\[Asia-Pacific, 2021-03-24; Africa\\]") == true, "\(jmlit)")
    #expect(
      markdown.contains("Asia-Pacific, 2021-03-24: Fostering Cooperation") && markdown.contains("Africa: Africa REGM"))
    let twice = try Binary.run(["compendium", "africa", "sessions/africa.sqlite", "--format", "md"], in: folder)
    #expect(twice.status != 0)
    #expect(twice.stderr.contains("is the same session as africa"), "\(twice.stderr)")
    #expect(markdown.contains("## Recommendations across regions"))
    #expect(markdown.contains("Bring law enforcement into financial PPPs."))
    let json = try Binary.run(["compendium", "sessions/demo.sqlite", "africa", "--format", "json"], in: folder)
    #expect(
      (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["schema"] as? String
        == "breakout.compendium/2")
    let none = try Binary.run(
      ["compendium", "sessions/demo.sqlite", "africa", "--format", "md", "--attribution", "none"], in: folder)
    #expect(!none.stdout.contains("Mamta Thadani"))
  }

  @Test func thePlenaryIsWrittenFromTheCommandLine() throws {
    let folder = try ExportTests.demoFolder()
    let added = try Binary.run(
      ["plenary", "add", "demo", "--section", "conclusions", "Trust is built in the breakout rooms."], in: folder)
    #expect(added.status == 0, "\(added.stderr)")
    let id = try #require(added.stdout.split(separator: " ").dropFirst(2).first.map(String.init))
    let message = try Binary.run(
      [
        "plenary", "add", "demo", "--section", "key-messages", "--speaker", "Serena Grant",
        "Neither business nor government alone can fight human trafficking, together they can.",
      ], in: folder)
    #expect(message.status == 0, "\(message.stderr)")
    let markdown = try Binary.run(["export", "demo", "--format", "md", "--attribution", "named"], in: folder).stdout
    #expect(markdown.contains("- Trust is built in the breakout rooms.\n\n## Recommendations"))
    #expect(markdown.contains("together they can.\u{201D} \u{2014} Serena Grant, Walk Free"))
    let listed = try Binary.run(["plenary", "list", "demo"], in: folder)
    #expect(listed.stdout.contains("Conclusions"))
    #expect(try Binary.run(["plenary", "remove", "demo", id], in: folder).status == 0)
    #expect(
      !(try Binary.run(["export", "demo", "--format", "md"], in: folder).stdout.contains("built in the breakout")))
  }

  @Test func theReadmesExcerptIsWhatTheExportWrites() throws {
    let folder = try ExportTests.demoFolder()
    let readme = try String(
      contentsOf: Binary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```markdown\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let excerpt = String(readme[start.upperBound..<end.lowerBound])
    let markdown = try Binary.run(
      ["export", "demo", "--format", "md", "--attribution", "named", "--merge-themes"], in: folder
    ).stdout
    #expect(markdown.contains(excerpt + "\n"), "the README's excerpt should be part of:\n\(markdown)")
  }

  /// Everything the report's shape needs is set from the command line and lands where the report puts it.
  @Test func theReportsShapeIsSetFromTheCommandLine() throws {
    let folder = try ExportTests.demoFolder()
    func run(_ arguments: [String]) throws {
      let result = try Binary.run(arguments, in: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    try run(["purpose", "demo", "To find what makes partnerships against trafficking work."])
    try run(["groups", "intro", "demo", "technology", "The session began with a demonstration of PhotoDNA."])
    try run(["questions", "title", "demo", "ii", "Good practice"])
    try run(["plenary", "add", "demo", "--section", "proceedings", "--day", "2", "A closing panel ended the day."])
    let wrongDay = try Binary.run(
      ["plenary", "add", "demo", "--section", "proceedings", "--day", "3", "A third day?"], in: folder)
    #expect(wrongDay.status != 0 && wrongDay.stderr.contains("the meeting has 2 days; there is no day 3"))
    let markdown = try Binary.run(["export", "demo", "--format", "md", "--merge-themes"], in: folder).stdout
    #expect(markdown.contains("## Background\n\nTo find what makes partnerships against trafficking work."))
    #expect(markdown.contains("#### Breakout Group 3 \u{2013} Technology"))
    #expect(markdown.contains("The session began with a demonstration of PhotoDNA."))
    #expect(markdown.contains("##### ii. Good practice"))
    #expect(markdown.contains("- ii. Good practice: What do you believe"))
    #expect(markdown.contains("#### Breakout Groups 1 and 2 \u{2013} Supply Chain"))
    let dayTwo = try #require(markdown.range(of: "### Day Two (2021-03-25)"))
    #expect(markdown[dayTwo.upperBound...].contains("A closing panel ended the day."))
    let listed = try Binary.run(["questions", "list", "demo"], in: folder).stdout
    #expect(listed.contains("ii. Good practice: What do you believe"))
  }
}

/// The first lines where two text files differ, numbered, for a golden file's mismatch; binary files by size.
func lineDiff(_ expected: Data, _ produced: Data, limit: Int = 12) -> String {
  guard let old = String(data: expected, encoding: .utf8), let new = String(data: produced, encoding: .utf8),
    !old.contains("\u{0}")
  else { return "binary: \(expected.count) bytes expected, \(produced.count) produced" }
  let before = old.components(separatedBy: "\n")
  let after = new.components(separatedBy: "\n")
  var lines: [String] = []
  for index in 0..<max(before.count, after.count) where lines.count < limit * 2 {
    let was = index < before.count ? before[index] : nil
    let now = index < after.count ? after[index] : nil
    guard was != now else { continue }
    if let was { lines.append("  \(index + 1) - \(was)") }
    if let now { lines.append("  \(index + 1) + \(now)") }
  }
  return lines.joined(separator: "\n")
}
