import BreakoutCore
import Foundation
import Testing

/// The Markdown export as the programs people open it with read it: cmark-gfm, as CommonMark and as GitHub's
/// Markdown. What a rapporteur typed comes out as typed, line breaks, joiners, URLs and addresses included.
@Suite(.serialized) struct MarkdownConsumerTests {
  static let notes = [
    "می\u{200C}خواهیم همکاری کنیم",
    "ශ්\u{200D}රී ලංකා and 👩\u{200D}💻 engineers",
    "Three priorities:\n1. Data sharing\n2. Joint trainings",
    "See https://en.wikipedia.org/wiki/Modern_slavery_(law) or write to anna_smith@example.org",
    "# not a heading <script>alert(1)</script> *not emphasis* [a](http://x) `code` &amp; 5 * 3 snake_case",
    "- starts like a list item",
    "> not a quote, C:\\Users\\rio\\ and a_b_c",
  ]

  /// cmark's HTML for literal text: & < > " escaped, a hard line break as <br />.
  static func asHTML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "\n", with: "<br />\n")
  }

  func exportedMarkdown() throws -> String {
    let (_, folder) = try demoShell()
    for text in Self.notes {
      let added = try Binary.run(
        ["note", "add", "demo", "--group", "technology", "--question", "1", "--key", "--", text], in: folder)
      #expect(added.status == 0, "\(added.stderr)")
    }
    let exported = try Binary.run(
      ["export", "demo", "--format", "md", "--attribution", "named", "--output", "summary.md"], in: folder)
    #expect(exported.status == 0)
    return folder + "/summary.md"
  }

  func render(_ file: String, gfm: Bool) throws -> String {
    let extensions = gfm ? "-e autolink -e strikethrough -e table -e tagfilter " : ""
    guard try Binary.shellResult("command -v cmark-gfm >/dev/null") == 0 else {
      throw HarnessError("cmark-gfm is needed: apt-get install cmark-gfm (scripts/install-deps does)")
    }
    return try Binary.output("cmark-gfm \(extensions)'\(file)'")
  }

  @Test func everyNoteRendersAsTypedInCommonMarkAndGitHub() throws {
    let file = try exportedMarkdown()
    for gfm in [false, true] {
      let html = try render(file, gfm: gfm)
      for text in Self.notes where !text.contains("http") {
        #expect(html.contains(Self.asHTML(text)), "\(gfm ? "GFM" : "CommonMark"): \(text)")
      }
      #expect(!html.contains("<h1>not a heading"), "no heading from a note")
      #expect(!html.contains("<script>"), "no HTML from a note")
      #expect(!html.contains("<em>not emphasis"), "no emphasis from a note")
      #expect(!html.contains("<ol>"), "no list from a continuation line")
      let markdown = try String(contentsOfFile: file, encoding: .utf8)
      #expect(!markdown.contains("\\("), "no needless escapes")
    }
  }

  @Test func urlsAndAddressesLinkWholeOnGitHub() throws {
    let file = try exportedMarkdown()
    let gfm = try render(file, gfm: true)
    #expect(gfm.contains("<a href=\"https://en.wikipedia.org/wiki/Modern_slavery_(law)\">"), "\(gfm)")
    #expect(gfm.contains("<a href=\"mailto:anna_smith@example.org\">anna_smith@example.org</a>"))
    let commonMark = try render(file, gfm: false)
    #expect(
      commonMark.contains("See https://en.wikipedia.org/wiki/Modern_slavery_(law) or write to anna_smith@example.org"))
  }

  /// Random notes made of everything Markdown gives meaning to, between letters and spaces: each one renders back
  /// to its own text, in CommonMark and in GitHub's Markdown.
  @Test func randomMarkupCharactersRenderAsTyped() throws {
    let (_, folder) = try demoShell()
    let alphabet = Array("ab _*~`\\[]()<>!#&;|-+=.1\"'xyz ")
    // Seeded, so a failure can be replayed; 500 strings of another seed passed when this was written.
    var random = SeededGenerator(seed: 2026)
    var texts: [String] = []
    for index in 0..<40 {
      var text = "n\(index) "
      for _ in 0..<Int.random(in: 4...24, using: &random) { text.append(alphabet.randomElement(using: &random)!) }
      text = text.trimmingCharacters(in: .whitespaces)
      texts.append(text)
      let added = try Binary.run(
        ["note", "add", "demo", "--group", "finance", "--question", "2", "--key", "--", text], in: folder)
      #expect(added.status == 0, "\(text): \(added.stderr)")
    }
    let file = folder + "/random.md"
    _ = try Binary.run(["export", "demo", "--format", "md", "--attribution", "named", "--output", file], in: folder)
    for gfm in [false, true] {
      let html = try render(file, gfm: gfm)
      for text in texts {
        // Each note is a list item of its own, its text exactly as typed (then its attribution, if any).
        #expect(
          html.contains("<li>\(Self.asHTML(text))"),
          "\(gfm ? "GFM" : "CommonMark"): \(text)")
      }
    }
  }
}
