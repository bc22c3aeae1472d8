import BreakoutCore
import BreakoutRuntime
import BreakoutStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Compiling and exporting the summary of 50,000 notes as `breakout export --output` does (compiled, checked for
/// names, streamed to a file), each case in a process of its own so its peak memory is its own.
enum SummaryBenchmark {
  /// The cases: a format, with the options that change the work (all notes, affiliation unless said).
  static let cases: [(name: String, format: SummaryExport.Format, options: SummaryOptions)] = {
    let base = SummaryOptions(attribution: .affiliation, allNotes: true)
    var list = SummaryExport.Format.allCases.map { ($0.rawValue, $0, base) }
    var chatham = base
    chatham.attribution = .chathamHouse
    var merged = base
    merged.mergeThemes = true
    list += [
      ("md-chatham-house", .md, chatham), ("md-merge-themes", .md, merged), ("json-merge-themes", .json, merged),
    ]
    return list
  }()

  static func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// Every case, each run by a child process.
  static func run(folder: String) throws {
    let path = folder + "/big.sqlite"
    if !FileManager.default.fileExists(atPath: path) { try BigSession.make(at: path) }
    print("Summary of 50,000 notes, as `breakout export --output` makes it (all notes; one process per case).")
    print("export = compile, check the notes for names, write the file; peak = the process's peak, loading included.")
    print("  case                load ms  export ms   file KiB  peak MB  (after loading)")
    fflush(nil)
    for entry in cases {
      let child = Process()
      child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
      child.arguments = ["--summary-format", entry.name, folder]
      try child.run()
      child.waitUntilExit()
      guard child.terminationStatus == 0 else { throw BenchmarkFailure("the \(entry.name) case failed") }
    }
  }

  /// One case in this process: load the session, then export it to a file.
  static func run(folder: String, only name: String) throws {
    guard let entry = cases.first(where: { $0.name == name }) else {
      throw BenchmarkFailure(
        "no case \(name); the cases are \(cases.map(\.name).joined(separator: ", "))")
    }
    let path = folder + "/big.sqlite"
    if !FileManager.default.fileExists(atPath: path) { try BigSession.make(at: path) }
    var session: SessionSnapshot?
    let load = try milliseconds {
      let repository = try SessionFileRepository.open(path)
      session = try waitFor { try await repository.snapshot() }
    }
    let loaded = peakMegabytes()
    let output = "\(folder)/summary-\(entry.name).\(entry.format.rawValue)"
    let descriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    defer { close(descriptor) }
    let stream = ExportStream(
      sink: { bytes in
        guard write(descriptor, bytes.baseAddress, bytes.count) == bytes.count else {
          throw BenchmarkFailure("cannot write \(output)")
        }
      },
      overwrite: { offset, bytes in
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
      })
    let export = SummaryExport(format: entry.format, options: entry.options, output: output)
    let time = try milliseconds {
      _ = export.run(session!, generatedAt: Date(), to: stream)
      try stream.finish()
    }
    let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    let label = entry.name.padding(toLength: 18, withPad: " ", startingAt: 0)
    print(
      "  " + label
        + String(format: " %7.0f  %9.0f  %9d  %7.0f  (%.0f)", load, time, size / 1024, peakMegabytes(), loaded))
    fflush(nil)
  }

  struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
