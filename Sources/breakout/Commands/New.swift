import ArgumentParser
import BreakoutCore
import BreakoutServer
import BreakoutStore
import Foundation

struct New: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Create a session with the three default themes and the four key questions.")

  @Argument(help: "Session name (sessions/NAME.sqlite) or path.") var session: String
  @Option(help: "The meeting's title.") var title: String
  @Option(help: "Region, e.g. Asia-Pacific.") var region: String?
  @Option(help: "Venue; left out, online (in the meeting's language).") var venue: String?
  @Option(help: "First day, YYYY-MM-DD.") var start: String?
  @Option(help: "Number of days.") var days = 1
  @Option(help: "An organiser (repeat for several).") var organiser: [String] = []
  @Option(help: "What the meeting is for: the purpose paragraph of the summary's background.") var purpose: String?
  @Option(help: "The language the meeting is held in: en, es or fr (the themes' and key questions' wording).")
  var language = "en"

  func validate() throws {
    if let start, !SessionInfo.isValidDay(start) {
      throw ValidationError(say(.startDate))
    }
    if days < 1 { throw ValidationError(say(.daysAtLeastOne)) }
    if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(say(.titleEmpty)) }
    if SessionLanguage(rawValue: language) == nil { throw ValidationError(say(.languageChoice)) }
  }

  func run() async throws {
    let location = try SessionLocation(session)
    let chosen = SessionLanguage(rawValue: language) ?? .english
    let info = SessionInfo(
      title: title, region: region, venue: venue ?? ReportWords(chosen)(.online), startDate: start, days: days,
      organisers: organiser,
      purpose: purpose.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 },
      language: chosen)
    switch location {
    case .file(let path): try SessionFileRepository.create(path, info: info).close()
    case .server(let address):
      _ = try await ServerRepository.create(ServerConnection(address, executor: serverExecutor), info: info)
    }
    print(say(.created(path: location.shown, title: InertText.visible(title))))
  }
}
