import BreakoutCore
import Foundation
import GRDB
import Testing

@testable import BreakoutStore

/// Note times are read by hand for speed: exactly as GRDB reads what it wrote, or left to GRDB.
@Suite struct StoredTimeTests {
  @Test func aStoredTimeReadsBackAsGRDBReadsIt() {
    var random = SeededGenerator(seed: 5)
    for _ in 0..<5_000 {
      let date = Date(timeIntervalSince1970: Double.random(in: -2_000_000_000...4_000_000_000, using: &random))
      let stored = date.databaseValue
      guard case .string(let text) = stored.storage else {
        Issue.record("GRDB writes a time as text: \(stored)")
        return
      }
      #expect(StoredTime.parse(text) == Date.fromDatabaseValue(stored), "\(text)")
    }
  }

  @Test(arguments: ["2021-03-24", "2021-03-24T09:00:00Z", "2021-13-01 00:00:00", "2021-03-24 09:00", "yesterday"])
  func anyOtherFormIsLeftToGRDB(text: String) {
    #expect(StoredTime.parse(text) == nil)
  }
}
