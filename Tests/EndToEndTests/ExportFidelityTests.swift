import Foundation
import Testing

/// What people typed comes out as typed in every format: joiners as themselves, a note's line breaks as each
/// format's own line break.
@Suite(.serialized) struct ExportFidelityTests {
  static let joined = ["می\u{200C}خواهیم", "ශ්\u{200D}රී ලංකා", "👩\u{200D}💻"]
  static let multiline = "Three priorities:\n1. Data sharing\n2. Joint trainings"

  func export(_ format: String, in folder: String) throws -> Data {
    let result = try Binary.run(
      ["export", "demo", "--format", format, "--attribution", "named", "--output", "out.\(format)"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    return try Data(contentsOf: URL(fileURLWithPath: folder + "/out.\(format)"))
  }

  @Test func joinersAndLineBreaksSurviveEveryFormat() throws {
    let (_, folder) = try demoShell()
    for text in Self.joined + [Self.multiline] {
      let added = try Binary.run(
        ["note", "add", "demo", "--group", "technology", "--question", "2", "--key", "--", text], in: folder)
      #expect(added.status == 0)
    }
    for format in ["md", "html", "txt", "csv", "docx"] {
      let bytes = try export(format, in: folder)
      let text = String(decoding: bytes, as: UTF8.self)
      for word in Self.joined {
        #expect(text.contains(word), "\(format): \(word) written as typed")
      }
      #expect(!text.contains("\\u{200"), "\(format): no joiner spelled out")
    }
    let txt = String(decoding: try export("txt", in: folder), as: UTF8.self)
    #expect(txt.contains("  * Three priorities:\n    1. Data sharing\n    2. Joint trainings"), "\(txt)")
    let html = String(decoding: try export("html", in: folder), as: UTF8.self)
    #expect(html.contains("Three priorities:<br>1. Data sharing<br>2. Joint trainings"))
    let docx = String(decoding: try export("docx", in: folder), as: UTF8.self)
    #expect(docx.contains("Three priorities:</w:t><w:br/><w:t xml:space=\"preserve\">1. Data sharing"))
    let md = String(decoding: try export("md", in: folder), as: UTF8.self)
    #expect(md.contains("- Three priorities:\\\n  1\\. Data sharing\\\n  2\\. Joint trainings"))
    let csv = String(decoding: try export("csv", in: folder), as: UTF8.self)
    #expect(csv.contains("\"Three priorities:\n1. Data sharing\n2. Joint trainings\""), "a quoted cell keeps them")
  }

  /// A group that starred nothing: its notes are listed (said so in the export and on stderr), never "No key
  /// points." under every question.
  @Test func aGroupThatStarredNothingIsNotEmptyInTheSummary() throws {
    let (_, folder) = try demoShell()
    let fresh = try Binary.run(["new", "quiet", "--title", "Quiet meeting"], in: folder)
    #expect(fresh.status == 0)
    #expect(try Binary.run(["groups", "set", "quiet", "technology=1"], in: folder).status == 0)
    let added = try Binary.run(
      ["note", "add", "quiet", "--group", "technology", "--question", "1", "Nobody starred this"], in: folder)
    #expect(added.status == 0, "\(added.stderr)")
    let exported = try Binary.run(["export", "quiet", "--format", "txt"], in: folder)
    #expect(exported.stdout.contains("Nobody starred this"))
    #expect(exported.stdout.contains("No note was starred as a key point here"))
    #expect(exported.stderr.contains("starred no key points; its notes are listed instead"), "\(exported.stderr)")
  }

  /// Under named and affiliation, a note's own words do not name someone who did not consent to be quoted.
  @Test func aNoteNamingSomeoneWithoutConsentIsWrittenWithTheirAffiliation() throws {
    let (_, folder) = try demoShell()
    let text = "Sarah Boyton (HSBC) noted the red flags; Budi Santoso agreed."
    #expect(
      try Binary.run(["note", "add", "demo", "--group", "finance", "--question", "1", "--key", text], in: folder)
        .status == 0)
    for mode in ["named", "affiliation"] {
      let exported = try Binary.run(["export", "demo", "--format", "txt", "--attribution", mode], in: folder)
      #expect(!exported.stdout.contains("Sarah Boyton") && !exported.stdout.contains("Budi Santoso"), "\(mode)")
      let unwrapped = exported.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(unwrapped.contains("noted the red flags; a government official agreed."), "\(mode)")
      #expect(exported.stderr.contains("who did not consent to be quoted: written as their affiliation"))
    }
  }
}
