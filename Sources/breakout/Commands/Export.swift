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
      throw ValidationError("--day \(day): the meeting has \(snapshot.info.days) day(s)")
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
        throw ValidationError("this format is a binary file: give --output FILE (or redirect to a file)")
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
    warnOfWithheldWords(
      result.withheld,
      how: result.attribution == .chathamHouse
        ? "; withheld in this export"
        : ", who did not consent to be quoted: written as their affiliation in this export")
    for heading in result.unstarredGroups {
      printError(
        "note: \(InertText.visible(heading)) starred no key points; its notes are listed instead, "
          + "under a line saying so (star the key points with K on the Notes screen)")
    }
    if let output { printError("Wrote \(output).") }
  }
}

/// Under the Chatham House Rule: which notes name someone, so the rapporteur can rephrase them.
func warnOfWithheldWords(
  _ findings: [ChathamHouseCheck.Finding], in session: String? = nil, how: String = "; withheld in this export"
) {
  for finding in findings {
    for word in finding.questions {
      printError(
        "note: \(session.map { "\(InertText.visible($0)): " } ?? "")note \(finding.noteID) (group \(finding.group), "
          + "question \(Question.roman(finding.question))) has \"\(InertText.visible(word))\", an ordinary word that is "
          + "also a name on the roster; it is left as written: check that it names nobody (if it never does here, "
          + "`breakout ordinary-words add SESSION \(InertText.visible(word))` stops this question)")
    }
    guard !finding.mentions.isEmpty else { continue }
    printError(
      "warning: \(session.map { "\(InertText.visible($0)): " } ?? "")note \(finding.noteID) (group \(finding.group), "
        + "question \(Question.roman(finding.question))) names "
        + finding.mentions.map { "\"\(InertText.visible($0))\"" }.joined(separator: ", ")
        + "\(how); rephrase the note to keep its meaning")
  }
}

/// The time written into exports: now, or BREAKOUT_NOW (ISO 8601) for reproducible files.
func exportTime() -> Date {
  ProcessInfo.processInfo.environment["BREAKOUT_NOW"].flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
}
