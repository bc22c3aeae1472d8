import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export the rapporteur summary: one section per group with the key questions and their notes.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

  @Argument(help: "Session name or path.") var session: String
  @Option(help: "md or json.") var format: Format
  @Option(help: "Write to this file (created private to you) instead of stdout.") var output: String?

  func run() throws {
    let snapshot = try openSession(session).snapshot()
    let document = SummaryDocument.compile(snapshot, generatedAt: Date())
    let text =
      switch format {
      case .md: MarkdownSummary.render(document)
      case .json: try JSONSummary.render(document)
      }
    try emit(text, to: output)
    if let output { printError("Wrote \(output).") }
  }
}
