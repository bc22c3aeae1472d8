import Foundation
import Testing

@testable import BreakoutTUI

/// Compares a screen with Snapshots/NAME.txt; RECORD_SNAPSHOTS=1 writes the file instead (on purpose only).
func expectScreen(_ screen: ScreenBuffer, matches name: String, sourceLocation: SourceLocation = #_sourceLocation)
  throws
{
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent("\(name).txt")
  let actual =
    screen.lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    .joined(separator: "\n") + "\n"
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try actual.write(to: file, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: file, encoding: .utf8)
  if actual != expected {
    let diff = zip(
      expected.split(separator: "\n", omittingEmptySubsequences: false),
      actual.split(separator: "\n", omittingEmptySubsequences: false)
    )
    .enumerated().filter { $0.element.0 != $0.element.1 }
    .map { (entry: (offset: Int, element: (Substring, Substring))) -> String in
      "line \(entry.offset + 1):\n  expected: \(entry.element.0)\n  actual:   \(entry.element.1)"
    }
    let details = diff.joined(separator: "\n")
    Issue.record("screen differs from Snapshots/\(name).txt\n\(details)", sourceLocation: sourceLocation)
  }
}
