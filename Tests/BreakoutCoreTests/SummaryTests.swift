import Foundation
import Testing

@testable import BreakoutCore

@Suite struct SummaryTests {
  static func snapshot() -> SessionSnapshot {
    var snapshot = Fixtures.fourGroups()
    snapshot.info = SessionInfo(title: "Asia-Pacific REGM", region: "Asia-Pacific", startDate: "2021-03-24", days: 2)
    snapshot.participants = [
      Participant(
        id: 1, name: "Ana Lima", organisation: "Acme", stakeholderType: .privateSector, country: "Fiji",
        consentsToBeQuoted: true, groupID: 1),
      Participant(
        id: 2, name: "Ben Roy", organisation: "Ministry", stakeholderType: .government, country: "Nepal",
        groupID: 1),
    ]
    let time = Date(timeIntervalSince1970: 1_616_550_000)
    func note(_ id: Int64, _ question: Int, _ text: String, key: Bool = false, speaker: Int64? = nil) -> Note {
      Note(
        id: id, groupID: 1, questionNumber: question, createdAt: time.addingTimeInterval(Double(id)), author: "r",
        revisions: [
          NoteRevision(revision: 1, text: text, speakerID: speaker, isKeyPoint: key, editedAt: time, author: "r")
        ])
    }
    snapshot.notes = [
      note(1, 1, "Trust is hard to build."),
      note(2, 1, "Media raised awareness.", key: true, speaker: 1),
      note(3, 2, "# not a heading <script>alert(1)</script> [link](http://x)", speaker: 2),
    ]
    return snapshot
  }

  @Test func markdownHasASectionPerGroupWithTheFourQuestions() {
    let markdown = MarkdownSummary.render(SummaryDocument.compile(Self.snapshot(), generatedAt: Date()))
    let groupHeadings = markdown.split(separator: "\n").filter { $0.hasPrefix("## Breakout Group ") }
    #expect(groupHeadings.count == 4)
    #expect(markdown.contains("## Breakout Group 1 \u{2013} Supply chain \\(group A\\)"))
    let questionHeadings = markdown.split(separator: "\n").filter { $0.hasPrefix("### ") }
    #expect(questionHeadings.count == 16)
    #expect(markdown.contains("### iv. What role do you believe international organizations"))
  }

  @Test func keyPointsComeFirstAndSpeakersAreNamedOnlyWithConsent() {
    let markdown = MarkdownSummary.render(SummaryDocument.compile(Self.snapshot(), generatedAt: Date()))
    let key = markdown.range(of: "**Key point:** Media raised awareness. (Ana Lima, Acme)")
    let other = markdown.range(of: "- Trust is hard to build.")
    #expect(key != nil && other != nil)
    if let key, let other { #expect(key.lowerBound < other.lowerBound) }
    #expect(!markdown.contains("Ben Roy"), "Ben did not consent to be quoted by name")
    #expect(markdown.contains("(a government official)"))
  }

  @Test func noteTextCannotInjectMarkdownOrHTML() {
    let markdown = MarkdownSummary.render(SummaryDocument.compile(Self.snapshot(), generatedAt: Date()))
    #expect(!markdown.contains("<script>"))
    #expect(!markdown.contains("[link](http"))
    #expect(markdown.contains("- \\# not a heading \\<script\\>"))
    #expect(MarkdownSummary.inline("- item") == "\\- item")
    #expect(MarkdownSummary.inline("1. first") == "1\\. first")
  }

  @Test func jsonRoundTripsWithItsSchemaVersion() throws {
    let document = SummaryDocument.compile(Self.snapshot(), generatedAt: Date(timeIntervalSince1970: 1_700_000_000))
    let json = try JSONSummary.render(document)
    let parsed = try JSONSummary.parse(Data(json.utf8))
    #expect(parsed == document)
    #expect(parsed.schema == "breakout.summary/1")
    let line = try #require(parsed.groups[0].questions[0].notes.first)
    #expect(line.noteID == 2 && line.group == 1 && line.question == 1)
  }
}
