import Foundation
import Testing

@testable import BreakoutCore

/// An export streamed to a file a chunk at a time must be the same bytes as one made whole in memory, whatever the
/// chunk size; a Word archive's sizes and checksum are written over its header once its document is written.
@Suite struct ExportStreamTests {
  /// A file as the stream sees it: bytes appended, and bytes written over at an offset.
  final class FakeFile {
    var bytes: [UInt8] = []
    var writes = 0
    var failAfter: Int?

    struct DiskFull: Error {}

    func stream(chunk: Int) -> ExportStream {
      ExportStream(
        chunk: chunk,
        sink: { [self] buffer in
          if let limit = failAfter, writes >= limit { throw DiskFull() }
          writes += 1
          bytes.append(contentsOf: buffer)
        },
        overwrite: { [self] offset, replacement in
          bytes.replaceSubrange(offset..<offset + replacement.count, with: replacement)
        })
    }
  }

  static func session() -> SessionSnapshot {
    var session = SummaryTests.snapshot()
    // Line breaks, joiners and a quotation in the notes: the writers' every path, across chunk boundaries.
    session.notes[0] = session.notes[0].edited(
      text: "Three priorities:\n1. Data sharing\n2. ශ්‍රී ලංකා and می‌خواهیم \"quoted\"", at: SummaryTests.time, by: "r")
    return session
  }

  @Test(arguments: SummaryExport.Format.allCases, [1, 7, 4096])
  func aStreamedExportIsTheSameBytesAsOneMadeWhole(format: SummaryExport.Format, chunk: Int) throws {
    let export = SummaryExport(format: format, options: SummaryOptions(allNotes: true, trace: true))
    let whole = export.run(Self.session(), generatedAt: SummaryTests.time)
    let file = FakeFile()
    let stream = file.stream(chunk: chunk)
    let report = export.run(Self.session(), generatedAt: SummaryTests.time, to: stream)
    try stream.finish()
    #expect(file.bytes == Array(whole.data))
    #expect(report.attribution == whole.attribution && report.withheld == whole.withheld)
    #expect(file.writes > 1 || chunk > whole.data.count, "handed on a chunk at a time, not held whole")
  }

  @Test func aStreamedWordDocumentOpensWithItsChecksumsRight() throws {
    let file = FakeFile()
    let stream = file.stream(chunk: 64)
    _ = SummaryExport(format: .docx).run(Self.session(), generatedAt: SummaryTests.time, to: stream)
    try stream.finish()
    // Each local header's checksum and size, as a reader checks them against the bytes that follow.
    var offset = 0
    var entries = 0
    func le(_ at: Int, _ count: Int) -> Int {
      (0..<count).reduce(0) { $0 | Int(file.bytes[at + $1]) << (8 * $1) }
    }
    while le(offset, 4) == 0x0403_4b50 {
      let size = le(offset + 18, 4)
      let nameLength = le(offset + 26, 2)
      let start = offset + 30 + nameLength
      let contents = Data(file.bytes[start..<start + size])
      #expect(UInt32(le(offset + 14, 4)) == ZipArchive.crc32(contents))
      #expect(le(offset + 22, 4) == size)
      offset = start + size
      entries += 1
    }
    #expect(entries == 7)
    #expect(le(offset, 4) == 0x0201_4b50, "the central directory follows the entries")
  }

  @Test func aFullDiskStopsTheStreamAndIsReportedOnce() {
    let file = FakeFile()
    file.failAfter = 2
    let stream = file.stream(chunk: 16)
    _ = SummaryExport(format: .md).run(Self.session(), generatedAt: SummaryTests.time, to: stream)
    #expect(throws: FakeFile.DiskFull.self) { try stream.finish() }
    #expect(!file.bytes.isEmpty, "what was written before stays")
    #expect(file.writes == 2, "nothing more is tried after the first failure")
  }

  @Test func aStreamThatCannotWriteOverSaysSoForAWordDocument() {
    let stream = ExportStream(chunk: 8, sink: { _ in })
    _ = SummaryExport(format: .docx).run(Self.session(), generatedAt: SummaryTests.time, to: stream)
    #expect(throws: (any Error).self) { try stream.finish() }
  }
}
