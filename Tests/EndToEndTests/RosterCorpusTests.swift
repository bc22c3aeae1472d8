import Foundation
import Testing

/// Registration exports as they arrive: every file of `RosterCorpus` imported by the real binary into a new
/// session. Awkward but valid files import; malformed ones give a message with the line to look at, exit non-zero,
/// and leave the roster empty.
@Suite struct RosterCorpusTests {
  static let corpus = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/RosterCorpus").path

  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var expect: String
    var detail: String
    var testDescription: String { file }
  }

  static let cases: [Case] = {
    let text = (try? String(contentsOfFile: corpus + "/expectations.tsv", encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Case(file: cells[0], expect: cells[1], detail: cells[2])
    }
  }()

  @Test func theCorpusHasFortyFilesOrMore() {
    #expect(Self.cases.count >= 40)
    #expect(Self.cases.filter { $0.expect == "error" }.count >= 20)
  }

  @Test(arguments: cases)
  func eachFileImportsOrSaysWhichLineIsWrong(_ item: Case) throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Corpus"], in: folder).status == 0)
    var arguments = ["roster", "import", "reg", Self.corpus + "/" + item.file]
    if item.expect == "ok-1252" { arguments += ["--encoding", "windows-1252"] }
    let result = try Binary.run(arguments, in: folder)
    let listed = try Binary.run(["roster", "list", "reg", "--format", "json"], in: folder)
    let people = (try JSONSerialization.jsonObject(with: listed.data) as? [[String: Any]]) ?? []
    if item.expect == "error" {
      #expect(result.status != 0)
      #expect(result.stderr.contains(item.detail), "\(result.stderr)")
      #expect(result.stderr.contains("nothing was imported"), "\(result.stderr)")
      #expect(people.isEmpty, "nothing imported")
      #expect(!result.stderr.contains("\u{1B}"), "the message is inert")
    } else {
      #expect(result.status == 0, "\(result.stderr)")
      if let count = Int(item.detail) {
        #expect(result.stdout.contains("Added \(count),"), "\(result.stdout)")
        #expect(people.count == count)
      } else {
        #expect((result.stdout + result.stderr).contains(item.detail), "\(result.stdout)\(result.stderr)")
      }
    }
  }

  @Test func sensitiveColumnsAreNeverStored() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Corpus"], in: folder).status == 0)
    let result = try Binary.run(["roster", "import", "reg", Self.corpus + "/ok-sensitive-columns.csv"], in: folder)
    #expect(result.status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/sessions/reg.sqlite"))
    #expect(bytes.range(of: Data("P1234567".utf8)) == nil, "the passport number is not in the file")
    #expect(bytes.range(of: Data("1980-01-02".utf8)) == nil)
  }

  @Test func aConvertedWindowsFileKeepsItsAccents() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Corpus"], in: folder).status == 0)
    let file = Self.corpus + "/ok-windows-1252-converted.csv"
    #expect(try Binary.run(["roster", "import", "reg", file, "--encoding", "cp1252"], in: folder).status == 0)
    let listed = try Binary.run(["roster", "list", "reg", "--format", "csv"], in: folder)
    #expect(listed.stdout.contains("José Peña,Fundación Esperanza"))
  }

  /// A 200 MB file is refused by its size before it is read, so memory stays bounded.
  @Test func aHugeFileIsRefusedWithItsLimit() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Corpus"], in: folder).status == 0)
    let path = folder + "/huge.csv"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("Name,Email\n".utf8)))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 200 * 1_048_576)
    try handle.close()
    let result = try Binary.run(["roster", "import", "reg", "huge.csv"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr.contains("huge.csv is 200 MB; a roster file is at most 64 MB"), "\(result.stderr)")
  }

  @Test func aTenMegabyteFieldIsRefusedWithItsLine() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Corpus"], in: folder).status == 0)
    var text = "Name,Organisation\nAna Lima,Acme\nBen Roy,\""
    text += String(repeating: "x", count: 10 * 1_048_576) + "\"\n"
    try write(text, to: folder + "/wide.csv")
    let result = try Binary.run(["roster", "import", "reg", "wide.csv"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr.contains("line 3: a quoted field opened here runs past 64 KB"), "\(result.stderr)")
  }
}
