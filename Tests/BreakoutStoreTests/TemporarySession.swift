import BreakoutCore
import Foundation

@testable import BreakoutStore

/// A fresh folder per test, removed afterwards by the system's temp cleaning; each test gets its own session file.
func temporaryFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("breakout-tests-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

func newSession(title: String = "Test meeting") throws -> SessionStore {
  try SessionStore.create(try temporaryFolder() + "/test.sqlite", info: SessionInfo(title: title, days: 2))
}

func mode(of path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
