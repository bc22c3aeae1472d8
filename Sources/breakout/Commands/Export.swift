import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

extension AttributionMode: ExpressibleByArgument {}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export the rapporteur summary: background, plenary, each group's key points by question, each theme.",
    discussion: """
      Formats: md (CommonMark), html (one file, print CSS), txt (80 columns, for reading aloud), json (schema
      breakout.summary/1), csv (one row per note; re-importable with `breakout note import`), docx (Word).
      Under --attribution none (Chatham House Rule) no names, organisations, emails or participant lists are
      written, and notes whose own words name someone on the roster are listed on stderr first.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, txt, json, csv, docx }

  @Argument(help: "Session name or path.") var session: String
  @Option(help: "md, html, txt, json, csv or docx.") var format: Format
  @Option(help: "named, affiliation or none (default: named if every quoted person consented, else affiliation).")
  var attribution: AttributionMode?
  @Flag(help: "Every note, not only the key points.") var allNotes = false
  @Option(help: "Only this day (1 = Day One).") var day: Int?
  @Flag(help: "A compact reference to the note after each line (text formats).") var trace = false
  @Option(help: "Write to this file (created private to you, never through a symbolic link) instead of stdout.")
  var output: String?

  func run() throws {
    let snapshot = try openSession(session).snapshot()
    if let day, day < 1 || day > snapshot.info.days {
      throw ValidationError("--day \(day): the meeting has \(snapshot.info.days) day(s)")
    }
    let options = SummaryOptions(attribution: attribution, allNotes: allNotes, day: day, trace: trace)
    let document = SummaryDocument.compile(snapshot, options: options, generatedAt: exportTime())
    if document.attribution == AttributionMode.chathamHouse.rawValue {
      let included = snapshot.notes.filter { (day == nil || $0.day == day) && (allNotes || $0.isKeyPoint) }
      warnOfWithheldWords(ChathamHouseCheck.findings(in: included, session: snapshot))
    }
    let data: Data =
      switch format {
      case .md: Data(MarkdownSummary.render(document, trace: trace).utf8)
      case .html: Data(HTMLSummary.render(document, trace: trace).utf8)
      case .txt: Data(TextSummary.render(document, trace: trace).utf8)
      case .json: JSONSummary.data(document)
      case .csv: Data(CSVSummary.render(document).utf8)
      case .docx: DocxSummary.render(document, trace: trace)
      }
    try emit(data, to: output, binary: format == .docx)
  }
}

/// Under the Chatham House Rule: which notes name someone, so the rapporteur can rephrase them.
func warnOfWithheldWords(_ findings: [ChathamHouseCheck.Finding], in session: String? = nil) {
  for finding in findings {
    printError(
      "warning: \(session.map { "\(InertText.visible($0)): " } ?? "")note \(finding.noteID) (group \(finding.group), "
        + "question \(Question.roman(finding.question))) names "
        + finding.mentions.map { "\"\(InertText.visible($0))\"" }.joined(separator: ", ")
        + "; withheld in this export, rephrase the note to keep its meaning")
  }
}

/// The time written into exports: now, or BREAKOUT_NOW (ISO 8601) for reproducible files.
func exportTime() -> Date {
  ProcessInfo.processInfo.environment["BREAKOUT_NOW"].flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
}
