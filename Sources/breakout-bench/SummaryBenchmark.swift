import BreakoutCore
import BreakoutStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Compiling and exporting the summary of 50,000 notes, every format, with the peak memory it took.
enum SummaryBenchmark {
  static func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  static func run(folder: String, only: String? = nil) throws {
    let path = folder + "/big.sqlite"
    if !FileManager.default.fileExists(atPath: path) { try BigSession.make(at: path) }
    let session = try SessionStore.open(path).snapshot()
    let before = peakMegabytes()
    print(
      String(
        format: "Summary of %d notes (all notes, affiliation; peak memory before: %.0f MB):", session.notes.count,
        before))
    var document: SummaryDocument?
    let compile = milliseconds {
      document = SummaryDocument.compile(
        session, options: SummaryOptions(attribution: .affiliation, allNotes: true), generatedAt: Date())
    }
    print(String(format: "  compile           %7.1f ms", compile))
    let renders: [(String, (SummaryDocument) throws -> Int)] = [
      ("md", { MarkdownSummary.render($0).utf8.count }), ("html", { HTMLSummary.render($0).utf8.count }),
      ("txt", { TextSummary.render($0).utf8.count }), ("json", { JSONSummary.data($0).count }),
      ("csv", { CSVSummary.render($0).utf8.count }), ("docx", { DocxSummary.render($0).count }),
    ]
    for (format, render) in renders where only == nil || only == format {
      var bytes = 0
      let time = try milliseconds { bytes = try render(document!) }
      print(
        String(
          format: "  %-5@ export     %7.1f ms  (compile + export %.1f ms, %d KiB)", format, time, compile + time,
          bytes / 1024))
    }
    let chatham = milliseconds {
      _ = SummaryDocument.compile(
        session, options: SummaryOptions(attribution: .chathamHouse, allNotes: true), generatedAt: Date())
    }
    print(String(format: "  compile under the Chatham House Rule (withholding names) %.1f ms", chatham))
    print(
      String(
        format: "  peak memory of the whole run: %.0f MB (%.0f MB more than before compiling)", peakMegabytes(),
        peakMegabytes() - before))
  }
}
