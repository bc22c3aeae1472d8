import ArgumentParser
import BreakoutCore
import BreakoutRuntime
import BreakoutStore
import Foundation

extension AttributionMode: ExpressibleByArgument {}
extension SummaryExport.Format: ExpressibleByArgument {}

struct Export: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export the rapporteur summary: background, plenary, each group's key points by question, each theme.",
    discussion: """
      Formats: md (CommonMark), html (one file, print CSS), txt (80 columns, for reading aloud), json (schema
      breakout.summary/3), csv (one row per note; re-importable with `breakout note import`), docx (Word).
      Under --attribution none (Chatham House Rule) no names, organisations, emails or participant lists are
      written, and notes whose own words name someone on the roster are listed on stderr first.
      """)

  @Argument(help: "Session name or path.") var session: String
  @Option(help: "md, html, txt, json, csv or docx.") var format: SummaryExport.Format
  @Option(help: "named, affiliation or none (default: named if every quoted person consented, else affiliation).")
  var attribution: AttributionMode?
  @Flag(help: "Every note, not only the key points.") var allNotes = false
  @Option(help: "Only this day (1 = Day One).") var day: Int?
  @Flag(help: "A compact reference to the note after each line (text formats).") var trace = false
  @Flag(help: "Each theme's groups once, merged (\"the key points from both groups\"), as the meeting report does.")
  var mergeThemes = false
  @Option(help: "Write to this file (created private to you, never through a symbolic link) instead of stdout.")
  var output: String?

  func run() async throws {
    let snapshot = try await openSession(session).snapshot()
    if let day, day < 1 || day > snapshot.info.days {
      throw ValidationError(say(.dayOutOfRange(day: day, days: snapshot.info.days)))
    }
    let options = SummaryOptions(
      attribution: attribution, allNotes: allNotes, day: day, trace: trace, mergeThemes: mergeThemes)
    let export = SummaryExport(format: format, options: options, output: output)
    let time = exportTime()
    let result: SummaryExport.Report
    if let output {
      result = try PrivateOutputFile.streaming(to: output) { export.run(snapshot, generatedAt: time, to: $0) }
    } else {
      if format.isBinary && isatty(1) == 1 {
        throw ValidationError(say(.binaryNeedsOutput))
      }
      // A Word archive writes its document's size into its header at the end: kept whole before a pipe.
      let stream =
        format == .docx
        ? ExportStream()
        : ExportStream(sink: { try PrivateOutputFile.writeAll($0, to: 1, path: "standard output") })
      result = export.run(snapshot, generatedAt: time, to: stream)
      try stream.finish()
      if format == .docx {
        try stream.bytes.withUnsafeBytes { try PrivateOutputFile.writeAll($0, to: 1, path: "standard output") }
      }
    }
    commandLog.info(
      "exported",
      metadata: [
        "format": "\(format.rawValue)", "attribution": "\(result.attribution.rawValue)",
        "withheld notes": "\(result.withheld.count)", "to": "\(output ?? "standard output")",
      ])
    warnOfWithheldWords(result.withheld, chathamHouse: result.attribution == .chathamHouse)
    for heading in result.unstarredGroups { printError(say(.unstarred(group: InertText.visible(heading)))) }
    if let output { printError(say(.wrote(output))) }
  }
}

/// Under the Chatham House Rule: which notes name someone, so the rapporteur can rephrase them.
func warnOfWithheldWords(
  _ findings: [ChathamHouseCheck.Finding], in session: String? = nil, chathamHouse: Bool = true
) {
  let shown = session.map { InertText.visible($0) }
  for finding in findings {
    let question = Question.roman(finding.question)
    for word in finding.questions {
      printError(
        say(
          .ordinaryWord(
            session: shown, note: finding.noteID, group: finding.group, question: question,
            word: InertText.visible(word))))
    }
    guard !finding.mentions.isEmpty else { continue }
    printError(
      say(
        .namesSomeone(
          session: shown, note: finding.noteID, group: finding.group, question: question,
          names: finding.mentions.map { InertText.visible($0) }, chathamHouse: chathamHouse)))
  }
}

/// The time written into exports: now, or BREAKOUT_NOW (ISO 8601) for reproducible files.
func exportTime() -> Date {
  ProcessInfo.processInfo.environment["BREAKOUT_NOW"].flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
}
