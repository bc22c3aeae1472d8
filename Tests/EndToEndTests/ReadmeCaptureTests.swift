import Foundation
import Testing

/// The README's two screen captures are what the real binary shows in a real terminal (times aside).
@Suite(.serialized) struct ReadmeCaptureTests {
  static func readmeBlock(after marker: String) throws -> String {
    let readme = try String(
      contentsOf: Binary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    guard let start = readme.range(of: marker + "\n\n```\n"),
      let end = readme.range(of: "```", range: start.upperBound..<readme.endIndex)
    else { throw HarnessError("no capture after \(marker)") }
    return String(readme[start.upperBound..<end.lowerBound])
  }

  /// Clock times and countdowns vary from run to run: HH:MM stands for all of them.
  static func normalised(_ screen: String) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.replacingOccurrences(of: "[0-9]{1,2}:[0-9]{2}", with: "HH:MM", options: .regularExpression)
        .replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }
    return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  /// The facilitator starts every clock on question ii and sends a message, as in the captures.
  func facilitatorStartsTheClocks() throws -> (TmuxTerminal, String, String) {
    let (terminal, folder) = try openDemo(width: 100, height: 28)
    #expect(try terminal.waitFor("Latest key points").found)
    try terminal.type("S")
    try terminal.type("ii 20")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("ii   ").found)
    try terminal.type("b")
    try terminal.type("Please wrap up question ii in five minutes")
    try terminal.press("Enter")
    // Sent, and back on the message line from the session (which follows the save by a refresh).
    let shown = try terminal.waitFor(
      matching: #"(?s)Message \d{1,2}:\d{2}: Please wrap up question ii.*Broadcast sent to every group\."#)
    #expect(shown.found)
    return (terminal, folder, shown.screen)
  }

  @Test func theFacilitatorsDashboardIsAsTheReadmeShowsIt() throws {
    let (terminal, _, shown) = try facilitatorStartsTheClocks()
    let expected = try Self.readmeBlock(
      after: "The facilitator's dashboard, during the breakout groups (100x28):")
    // The command line that started breakout is not part of the screen: the capture starts at the tabs.
    let screen = shown.components(separatedBy: "\n").drop { !$0.contains("breakout   1 Roster") }
    #expect(Self.normalised(screen.joined(separator: "\n")) == Self.normalised(expected))
    try terminal.type("q")
  }

  @Test func theRapporteursEditorIsAsTheReadmeShowsIt() throws {
    let (facilitator, folder, _) = try facilitatorStartsTheClocks()
    let (terminal, _) = try openDemo(
      width: 100, height: 30, arguments: "--rapporteur finance --author rio", folder: folder)
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)
    try terminal.type("a")
    try terminal.type("Banks fear opening their doors to NGOs; joint trainings help")
    try terminal.press("Tab")
    try terminal.type("nick")
    // The whole query typed, not only its first letters (which already list Nick Mays).
    let shown = try terminal.waitFor("Speaker: nick")
    #expect(shown.found && shown.screen.contains("Nick Mays, Western Union"), "\(shown.screen)")
    let expected = try Self.readmeBlock(
      after: "A rapporteur typing a note, picking the speaker from the roster (`--rapporteur finance`):")
    let lines = shown.screen.components(separatedBy: "\n").drop { !$0.contains("breakout   4 Notes") }
    #expect(Self.normalised(lines.joined(separator: "\n")) == Self.normalised(expected))
    try terminal.press("Escape")
    try terminal.type("q")
    try facilitator.type("q")
  }
}
