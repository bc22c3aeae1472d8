import Foundation
import Testing

@testable import BreakoutCore

@Suite struct VideoRoomsTests {
  static let themes = [Theme(id: 1, shortName: "supply-chain", name: "Supply chain", position: 1)]

  static func session(groupNames: [String], people: [Participant]) -> SessionSnapshot {
    SessionSnapshot(
      info: SessionInfo(title: "t"), themes: themes,
      groups: groupNames.enumerated().map { index, name in
        BreakoutGroup(id: Int64(index + 1), themeID: 1, number: index + 1, indexInTheme: index + 1, name: name)
      }, participants: people)
  }

  @Test func zoomGetsItsPreAssignmentCSVWithEveryoneWhoHasAnEmailAndAWarningForTheRest() {
    let snapshot = Self.session(
      groupNames: ["Supply chain (group A)", "Supply chain (group B)", "Empty"],
      people: [
        Participant(id: 1, name: "Nguyễn Thị Hà", email: "ha@example.vn", groupID: 2),
        Participant(id: 2, name: "ሰላም ተስፋዬ", email: "selam@example.et", groupID: 1),
        Participant(id: 3, name: "Chen, Wei", email: nil, groupID: 1),
        Participant(id: 4, name: "Nobody Placed", email: "n@example.org"),
      ])
    let rooms = VideoRooms(snapshot, tool: .zoom)
    #expect(
      rooms.file
        == "Pre-assign Room Name,Email Address\r\nSupply chain (group A),selam@example.et\r\n"
        + "Supply chain (group B),ha@example.vn\r\n")
    #expect(rooms.warnings == [.withoutEmail(tool: .zoom, names: ["Chen, Wei"])])
    #expect(
      rooms.rooms.map(\.name) == ["Supply chain (group A)", "Supply chain (group B)"], "an empty group is no room")

    let teams = VideoRooms(snapshot, tool: .teams)
    #expect(teams.warnings.isEmpty, "Teams assigns by name: no e-mail is needed")
    #expect(
      teams.file
        == "Room 1: Supply chain (group A)\n  Chen, Wei\n  ሰላም ተስፋዬ <selam@example.et>\n\n"
        + "Room 2: Supply chain (group B)\n  Nguyễn Thị Hà <ha@example.vn>\n")
  }

  @Test func roomNamesAreCutToWhatTheToolTakesAndStayUnique() {
    let long = "Financial institutions and the technology sector"
    let snapshot = Self.session(
      groupNames: [long + " (group A)", long + " (group B)", "=SUM(A1)", "การเงิน\u{1B}[31m  และ", "  "],
      people: (1...5).map { Participant(id: Int64($0), name: "P\($0)", email: "p\($0)@x.org", groupID: Int64($0)) })
    let names = VideoRooms(snapshot, tool: .zoom).rooms.map(\.name)
    #expect(names.allSatisfy { $0.count <= VideoRooms.Tool.nameLimit })
    #expect(Set(names.map { $0.lowercased() }).count == names.count)
    #expect(names[0] == String(long.prefix(VideoRooms.Tool.nameLimit)).trimmingCharacters(in: .whitespaces))
    #expect(names[1].hasSuffix(" 2") && names[1].hasPrefix("Financial institutions"))
    #expect(names[2] == "SUM(A1)", "nothing a spreadsheet would run")
    #expect(names[3] == "การเงิน\\u{1B}[31m และ", "one line, controls shown, Thai whole")
    #expect(names[4] == "Room 5")
  }

  @Test func theToolsLimitsAreSaid() {
    let people = (1...120).map { Participant(id: Int64($0), name: "P\($0)", email: "p\($0)@x.org", groupID: Int64($0)) }
    let snapshot = Self.session(groupNames: (1...120).map { "Room \($0)" }, people: people)
    #expect(
      VideoRooms(snapshot, tool: .zoom).warnings == [.tooManyRooms(tool: .zoom, rooms: 120, limit: 100)])
    #expect(VideoRooms(snapshot, tool: .teams).warnings == [.tooManyRooms(tool: .teams, rooms: 120, limit: 50)])
  }
}
