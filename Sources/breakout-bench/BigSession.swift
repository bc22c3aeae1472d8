import BreakoutCore
import BreakoutStore
import Foundation

/// A session at the far end of what a meeting brings: 5,000 participants in 12 groups and 50,000 notes.
enum BigSession {
  static func roster(rows: Int) -> Data {
    let types = ["Government", "Private sector", "NGO", "Academia", "International organisation"]
    let countries = ["Thailand", "India", "Indonesia", "Viet Nam", "Philippines", "Nepal", "Japan", "Fiji"]
    let themes = ["Supply chain", "Technology", "Finance", ""]
    var text = "First Name,Last Name,Organisation,E-mail,Country/Region,Sector,Breakout preference\r\n"
    for row in 0..<rows {
      text += "Person,\"Number \(row)\",\"Organisation \(row % 700), Ltd\",p\(row)@example.org,"
      text += "\(countries[row % countries.count]),\(types[row % types.count]),\(themes[row % themes.count])\r\n"
    }
    return Data(text.utf8)
  }

  /// Made straight in a session file, with the file store's bulk insert: the fixture is not what is measured, and
  /// 50,000 notes saved one by one would take minutes.
  static func make(at path: String, people: Int = 5_000, notes: Int = 50_000) throws {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    let store = try SessionStore.create(
      path, info: SessionInfo(title: "Large meeting", region: "Asia-Pacific", days: 2))
    _ = try store.importRoster(roster(rows: people))
    try store.setGroupCounts([("supply-chain", 4), ("technology", 4), ("finance", 4)], capacity: 480)
    let snapshot = try store.snapshot()
    try store.apply(try Assigner.assign(AssignmentProblem(snapshot: snapshot), seed: 1))
    let groups = snapshot.groups.map(\.id)
    let start = Date(timeIntervalSince1970: 1_616_572_800)
    try store.addNotesInBulk(
      (0..<notes).map { index in
        (
          group: groups[index % groups.count], question: 1 + index % 4,
          text: "Note \(index): creating trust between actors takes time and a shared language about data.",
          speaker: Int64(1 + index % people), isKeyPoint: index % 7 == 0, at: start.addingTimeInterval(Double(index))
        )
      }, author: "bench")
  }
}
