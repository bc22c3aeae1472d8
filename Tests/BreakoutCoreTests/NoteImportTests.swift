import Foundation
import Testing

@testable import BreakoutCore

/// Notes read back from the CSV export into a session, and each refusal with its line.
@Suite struct NoteImportTests {
  static let now = Date(timeIntervalSince1970: 1_700_000_000)

  @Test func theCSVExportReadsBackIntoTheSameGroupsQuestionsAndSpeakers() throws {
    let session = SummaryTests.snapshot()
    let document = SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .named, allNotes: true), generatedAt: Self.now)
    let rows = try NoteImport.rows(Data(CSVSummary.render(document).utf8), into: session, now: Self.now)
    let exported = document.groups.flatMap { $0.questions.flatMap(\.notes) }
    #expect(rows.count == exported.count)
    for (row, line) in zip(rows, exported) {
      let note = try #require(session.notes.first { $0.id == line.noteID })
      #expect(row.groupID == note.groupID && row.question == note.questionNumber && row.text == note.text)
      #expect(row.isKeyPoint == note.isKeyPoint && row.tags == note.tags && row.day == note.day)
      #expect(row.createdAt == note.createdAt)
      if let consenting = session.participant(note.speakerID), consenting.consentsToBeQuoted {
        #expect(row.speakerID == consenting.id, "a named speaker is matched back")
      }
    }
  }

  @Test(arguments: [
    ("Group,Text\n1,x\n", NoteImport.Refusal.missingColumn("Question")),
    ("Group,Question,Text\n1,i\n", .fieldCount(line: 2, fields: 2, header: 3)),
    ("Group,Question,Text\n1,i,ok\nHealth,i,x\n", .noGroup(line: 3, "Health")),
    ("Group,Question,Text\n1,ix,x\n", .noQuestion(line: 2, "ix")),
  ])
  func aFileThatDoesNotFitIsRefusedWithItsLine(csv: String, refusal: NoteImport.Refusal) {
    #expect(throws: refusal) { try NoteImport.rows(Data(csv.utf8), into: SummaryTests.snapshot(), now: Self.now) }
  }
}
