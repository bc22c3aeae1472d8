import Foundation

/// Reading notes from a `breakout export --format csv` file into a session: each row's group (by name, reference
/// or number) and question must exist there; speakers are matched by name. Pure: the store writes the rows in one
/// transaction, all or nothing; a refusal says which line and why, in words made where it is shown.
public enum NoteImport {
  public struct Row: Equatable, Sendable {
    public var groupID: Int64
    public var question: Int
    public var text: String
    public var speakerID: Int64?
    public var tags: Set<NoteTag>
    public var isKeyPoint: Bool
    public var day: Int
    public var createdAt: Date
  }

  public enum Refusal: Error, Equatable, Sendable {
    case unreadable(String)
    case missingColumn(String)
    case fieldCount(line: Int, fields: Int, header: Int)
    case noGroup(line: Int, String)
    case noQuestion(line: Int, String)

  }

  public static func rows(_ data: Data, into session: SessionSnapshot, now: Date) throws(Refusal) -> [Row] {
    let table: CSVTable
    do { table = try CSVReader.read(data) } catch { throw .unreadable("\(error)") }
    // A summary's CSV is headed in its session's language; any of them is read.
    func optional(_ name: ReportPhrase.CSVColumn) -> Int? {
      let names = SessionLanguage.allCases.map { ReportWords($0)(.csvColumn(name)) }
      return table.header.firstIndex { header in names.contains { LooseText.matches(header, $0) } }
    }
    func column(_ name: ReportPhrase.CSVColumn) throws(Refusal) -> Int {
      guard let index = optional(name) else { throw .missingColumn(ReportWords.english(.csvColumn(name))) }
      return index
    }
    let groupColumn = try column(.group)
    let questionColumn = try column(.question)
    let textColumn = try column(.text)
    let (tagsColumn, keyColumn, speakerColumn) = (optional(.tags), optional(.keyPoint), optional(.speaker))
    let (dayColumn, timeColumn) = (optional(.day), optional(.time))
    let yes = Set(["true", "1"] + SessionLanguage.allCases.map { LooseText.normalised(ReportWords($0)(.yes)) })
    let time = ISO8601DateFormatter()
    var rows: [Row] = []
    for record in table.records {
      guard record.fields.count == table.header.count else {
        throw .fieldCount(line: record.line, fields: record.fields.count, header: table.header.count)
      }
      func value(_ index: Int?) -> String { index.map { CSVSummary.restored(record.fields[$0]) } ?? "" }
      guard let group = session.group(matching: value(groupColumn)) else {
        throw .noGroup(line: record.line, value(groupColumn))
      }
      guard let question = Question.number(from: value(questionColumn)),
        session.questions.contains(where: { $0.number == question })
      else { throw .noQuestion(line: record.line, value(questionColumn)) }
      // The speaker as the export writes them: "Name, Organisation", or an affiliation that names nobody.
      let speakerName = value(speakerColumn).split(separator: ",").first.map(String.init) ?? ""
      rows.append(
        Row(
          groupID: group.id, question: question, text: value(textColumn),
          speakerID: session.participants(named: speakerName).first?.id,
          tags: Set(value(tagsColumn).split(separator: " ").compactMap { NoteTag(rawValue: String($0)) }),
          isKeyPoint: yes.contains(LooseText.normalised(value(keyColumn))), day: Int(value(dayColumn)) ?? 1,
          createdAt: time.date(from: value(timeColumn)) ?? now))
    }
    return rows
  }
}
