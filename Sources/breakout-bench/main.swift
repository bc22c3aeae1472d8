import BreakoutCore
import BreakoutRuntime
import BreakoutStore
import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

// Run by hand:
//   swift run -c release breakout-bench [FOLDER]        note commit vs fsync, big imports, assignment, the screen
//   swift run -c release breakout-bench --screen [FOLDER]  only the screen figures
//   swift run -c release breakout-bench --summary [FOLDER] compiling and exporting 50,000 notes
//   swift run -c release breakout-bench --commands [FOLDER] what roster/groups/agenda list read (build breakout too)
//   swift run -c release breakout-bench --summary-format CASE  one case alone (md, json, md-chatham-house ...)
//   breakout-bench --write-notes SESSION COUNT AUTHOR      one of several concurrent writers (the hardening tests)
//   breakout-bench --hold-lock SESSION SECONDS             another program holding the write lock (the same)
//   swift run -c release breakout-bench --assignment-instances DIR   seeded rosters for the exact reference
//   swift run -c release breakout-bench --assignment DIR  breakout's Q against Q* (Benchmarks/assignment/README.md)
//   swift run -c release breakout-bench --rounds-instances DIR   earlier rounds for the exact reference (rounds.py)
//   swift run -c release breakout-bench --rounds DIR      repeated pairs against the optimum, random and the bound
//   swift run -c release breakout-bench --make-big PATH  a session of 5,000 participants and 50,000 notes
//   scripts/with-postgres sh -c '.build/release/breakout-bench --server "$BREAKOUT_TEST_POSTGRES"'  a server session

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--write-notes", arguments.count == 4, let count = Int(arguments[2]) {
  // One writer of many: COUNT notes, each its own immediate transaction, as a rapporteur's Enter would commit.
  let session = try SessionFileRepository.open(arguments[1])
  let author = arguments[3]
  try waitFor {
    let groups = try await session.snapshot().groups
    for index in 0..<count {
      try await session.addNote(
        NewNote(
          group: groups[index % groups.count].id, question: index % 4 + 1, text: "\(author) note \(index)",
          author: author))
    }
  }
  exit(0)
}
if arguments.first == "--hold-lock", arguments.count == 3, let seconds = Double(arguments[2]) {
  // Another program writing for a long time: holds the session file's write lock, then lets go without a change.
  let queue = try DatabaseQueue(path: arguments[1])
  try queue.inDatabase { db in
    try db.execute(sql: "BEGIN IMMEDIATE")
    FileHandle.standardOutput.write(Data("holding\n".utf8))
    Thread.sleep(forTimeInterval: seconds)
    try db.execute(sql: "ROLLBACK")
  }
  exit(0)
}
if arguments.first == "--server", arguments.count == 2 {
  try ServerBenchmark.run(url: arguments[1])
  exit(0)
}
if arguments.first == "--assignment-instances", arguments.count == 2 {
  try AssignmentBenchmark.writeInstances(folder: arguments[1])
  exit(0)
}
if arguments.first == "--assignment", arguments.count == 2 {
  try AssignmentBenchmark.run(folder: arguments[1])
  exit(0)
}
if arguments.first == "--rounds-instances", arguments.count == 2 {
  try RoundsBenchmark.writeInstances(folder: arguments[1])
  exit(0)
}
if arguments.first == "--rounds", arguments.count == 2 {
  try RoundsBenchmark.run(folder: arguments[1])
  exit(0)
}
if arguments.first == "--make-big", arguments.count == 2 {
  let seconds = try milliseconds { try BigSession.make(at: arguments[1]) } / 1000
  print(String(format: "Made %@ (5,000 participants, 50,000 notes) in %.1f s", arguments[1], seconds))
  exit(0)
}
if arguments.first == "--summary-format", arguments.count > 1 {
  let folder = arguments.count > 2 ? arguments[2] : ".build/bench"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  try SummaryBenchmark.run(folder: folder, only: arguments[1])
  exit(0)
}
if arguments.first == "--summary" {
  let folder = arguments.count > 1 ? arguments[1] : ".build/bench"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  try SummaryBenchmark.run(folder: folder)
  exit(0)
}
if arguments.first == "--commands" {
  let folder = arguments.count > 1 ? arguments[1] : ".build/bench"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  try CommandBenchmark.run(folder: folder)
  exit(0)
}
if arguments.first == "--screen" {
  let folder = arguments.count > 1 ? arguments[1] : ".build/bench"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  try ScreenBenchmark.run(folder: folder)
  exit(0)
}
if let unknown = arguments.first, unknown.hasPrefix("-") {
  // A mistyped option must not become a folder name (it once left a "--summary" folder in the checkout).
  FileHandle.standardError.write(
    Data("breakout-bench: unknown option \(unknown); the options are listed at the top of main.swift\n".utf8))
  exit(2)
}
let folder = arguments.first ?? ".build/bench"
try? FileManager.default.removeItem(atPath: folder)
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func asyncMilliseconds(_ body: () async throws -> Void) async rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try await body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func describe(_ label: String, _ samples: [Double]) {
  let sorted = samples.sorted()
  let median = sorted[sorted.count / 2]
  let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))]
  print(String(format: "%@  median %.3f ms   p99 %.3f ms   (n=%d)", label, median, p99, samples.count))
}

// 1. One committed note (immediate transaction, WAL, synchronous=FULL), 1,000 times, through the repository as
// the command line saves one.
let session = try SessionFileRepository.create(folder + "/bench.sqlite", info: SessionInfo(title: "Benchmark"))
let noteSamples = try waitFor {
  try await session.setGroupCounts([("technology", 1)], capacity: nil)
  let group = try await session.snapshot().groups[0].id
  var samples: [Double] = []
  for index in 0..<1_000 {
    let start = DispatchTime.now().uptimeNanoseconds
    try await session.addNote(
      NewNote(group: group, question: 1 + index % 4, text: "Note number \(index) about trust", author: "bench"))
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
  }
  return samples
}

// 2. One fsync of a small file on the same disk, 1,000 times.
let probe = open(folder + "/fsync-probe", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
var fsyncSamples: [Double] = []
let payload = [UInt8](repeating: 65, count: 200)
for _ in 0..<1_000 {
  fsyncSamples.append(
    milliseconds {
      _ = payload.withUnsafeBytes { write(probe, $0.baseAddress, $0.count) }
      fsync(probe)
    })
}
close(probe)

print("Committing one note vs one fsync of a small file (\(folder)):")
describe("  note committed ", noteSamples)
describe("  fsync           ", fsyncSamples)

// 3. Importing a 5,000-row registration export.
let big = BigSession.roster(rows: 5_000)
let themes = try waitFor { try await session.snapshot().themes }
let parseTime = try milliseconds { _ = try RosterReader.read(big, themes: themes) }
let imported = try SessionFileRepository.create(folder + "/import.sqlite", info: SessionInfo(title: "Import"))
let importTime = try milliseconds {
  _ = try waitFor { try await imported.importRoster(big, mapping: [:], encoding: .utf8, dryRun: false) }
}
let reimportTime = try milliseconds {
  _ = try waitFor { try await imported.importRoster(big, mapping: [:], encoding: .utf8, dryRun: false) }
}
print("Roster of 5,000 rows (\(big.count / 1024) KiB):")
print(String(format: "  parse and map   %.1f ms", parseTime))
print(String(format: "  import (new)    %.1f ms", importTime))
print(String(format: "  re-import       %.1f ms  (all matched, nothing duplicated)", reimportTime))

// 4. Assignment v1 on that roster.
let problem = try waitFor {
  try await imported.setGroupCounts([("supply-chain", 4), ("technology", 4), ("finance", 4)], capacity: 480)
  return AssignmentProblem(snapshot: try await imported.snapshot())
}
var assignment: Assignment?
let assignTime = try milliseconds { assignment = try Assigner.assign(problem, seed: 1) }
let quality = AssignmentQuality.measure(problem, assignment!)
print(
  String(
    format: "Assignment v1, 5,000 people in 12 groups: %.0f ms, Q = %.3f, hard violations %d", assignTime,
    quality.score,
    quality.hardViolations))

try ScreenBenchmark.run(folder: folder)
try SummaryBenchmark.run(folder: folder)
