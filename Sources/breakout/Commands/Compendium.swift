import ArgumentParser
import BreakoutCore
import BreakoutRuntime
import BreakoutStore
import Foundation

struct Compendium: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Several sessions into one compendium of promising practices, by theme and region, with the recommendations.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, json, docx }

  @Argument(help: "The sessions (names or paths).") var sessions: [String]
  @Option(help: "md, html, json or docx.") var format: Format
  @Option(help: "named, affiliation or none.") var attribution: AttributionMode = .affiliation
  @Option(help: "Write to this file instead of stdout.") var output: String?
  @Option(help: "The compendium's language: en, es or fr (default: the sessions' own when they share one, else en).")
  var language: String?

  func validate() throws {
    if let language, SessionLanguage(rawValue: language) == nil { throw ValidationError(say(.languageChoice)) }
  }

  func run() async throws {
    // The same session twice would credit every point to it twice over.
    var seen: [String: String] = [:]
    for name in sessions {
      let path =
        switch try SessionLocation(name) {
        case .file(let path): URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        case .server(let address): address.description
        }
      if let earlier = seen[path] {
        throw ValidationError(say(.sameSessionTwice(InertText.visible(name), InertText.visible(earlier))))
      }
      seen[path] = name
    }
    var snapshots: [SessionSnapshot] = []
    for name in sessions { snapshots.append(try await openSession(name).snapshot()) }
    let document = CompendiumDocument.compile(
      snapshots, attribution: attribution, language: language.flatMap(SessionLanguage.init(rawValue:)),
      generatedAt: exportTime())
    let words = document.words
    if attribution == .chathamHouse {
      for (name, snapshot) in zip(sessions, snapshots) {
        warnOfWithheldWords(
          ChathamHouseCheck.findings(in: snapshot.notes.filter(CompendiumDocument.includes), session: snapshot),
          in: name)
      }
    }
    let data: Data =
      switch format {
      case .md: Data(MarkdownSummary.render(blocks: document.blocks, words: words).utf8)
      case .html: Data(HTMLSummary.render(blocks: document.blocks, title: words(.compendiumTitle), words: words).utf8)
      case .json: try JSONSummary.encoder.encode(document) + Data("\n".utf8)
      case .docx: DocxSummary.render(blocks: document.blocks, words: words)
      }
    try emit(data, to: output, binary: format == .docx)
  }
}
