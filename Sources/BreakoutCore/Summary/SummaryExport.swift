import Foundation

/// One export, asked for on the command line or on the Summary screen: the same path serves both, so they write
/// the same bytes and give the same warnings.
public struct SummaryExport: Equatable, Sendable {
  public enum Format: String, CaseIterable, Sendable {
    case md, html, txt, json, csv, docx
    /// Not text: never written to a terminal.
    public var isBinary: Bool { self == .docx }
  }

  public var format: Format
  public var options: SummaryOptions
  /// Where to write; nil is standard output (the command line only).
  public var output: String?

  public init(format: Format, options: SummaryOptions = SummaryOptions(), output: String? = nil) {
    self.format = format
    self.options = options
    self.output = output
  }

  /// What an export comes to besides its bytes: the attribution it used, and the notes whose own words name
  /// someone (withheld under the Chatham House Rule, to be rephrased).
  public struct Report: Sendable {
    public var attribution: AttributionMode
    public var withheld: [ChathamHouseCheck.Finding]
    /// Headings of the groups that starred no key point: their notes were listed instead.
    public var unstarredGroups: [String] = []
  }

  /// An export made in memory: its bytes and its report.
  public struct Result: Sendable {
    public var data: Data
    public var attribution: AttributionMode
    public var withheld: [ChathamHouseCheck.Finding]
    public var unstarredGroups: [String] = []
  }

  public func run(_ session: SessionSnapshot, generatedAt: Date) -> Result {
    let stream = ExportStream()
    let report = run(session, generatedAt: generatedAt, to: stream)
    return Result(
      data: Data(stream.bytes), attribution: report.attribution, withheld: report.withheld,
      unstarredGroups: report.unstarredGroups)
  }

  /// Compiles the summary and writes it into `stream` as it is made (call the stream's `finish` after).
  public func run(_ session: SessionSnapshot, generatedAt: Date, to stream: ExportStream) -> Report {
    let document = SummaryDocument.compile(session, options: options, generatedAt: generatedAt)
    let mode = AttributionMode(rawValue: document.attribution) ?? .affiliation
    // The notes this export holds, the unstarred ones standing in for key points included.
    var exported = Set<Int64>()
    for group in document.groups {
      for question in group.questions { for note in question.notes { exported.insert(note.noteID) } }
    }
    let included = session.notes.filter { exported.contains($0.id) }
    let withheld =
      mode == .chathamHouse
      ? ChathamHouseCheck.findings(in: included, session: session)
      : ChathamHouseCheck.unconsentedFindings(in: included, session: session)
    let trace = options.trace
    switch format {
    case .md: MarkdownSummary.write(document, trace: trace, to: stream)
    case .html: HTMLSummary.write(document, trace: trace, to: stream)
    case .txt: TextSummary.write(document, trace: trace, to: stream)
    case .json: JSONSummary.write(document, to: stream)
    case .csv: CSVSummary.write(document, to: stream)
    case .docx: DocxSummary.write(document, trace: trace, to: stream)
    }
    return Report(
      attribution: mode, withheld: withheld, unstarredGroups: document.unstarredGroups.map(\.heading))
  }

  /// Why a typed export cannot be made.
  public enum RequestError: Error, Equatable, Sendable {
    case noFormat(String)
    case noFile
    case unknownOption(String)
    case badValue(option: String, value: String)
    case dayOutOfRange(Int, days: Int)
    case twoFiles(String, String)
  }

  /// Reads what is typed on the Summary screen, in the command line's own words:
  /// `md summary.md --attribution none --day 1 --all-notes --trace --merge-themes`. A file name with spaces goes in quotes.
  public static func parse(_ text: String, days: Int, defaults: SummaryOptions = SummaryOptions())
    -> Swift.Result<SummaryExport, RequestError>
  {
    var words = ArraySlice(shellWords(text))
    guard let first = words.popFirst() else { return .failure(.noFormat("")) }
    guard let format = Format(rawValue: first.lowercased()) else { return .failure(.noFormat(first)) }
    var request = SummaryExport(format: format, options: defaults)
    while let word = words.popFirst() {
      switch word {
      case "--attribution":
        let value = words.popFirst() ?? ""
        guard let mode = AttributionMode(rawValue: value.lowercased()) else {
          return .failure(.badValue(option: word, value: value))
        }
        request.options.attribution = mode
      case "--day":
        let value = words.popFirst() ?? ""
        guard let day = Int(value) else { return .failure(.badValue(option: word, value: value)) }
        guard day >= 1 && day <= days else { return .failure(.dayOutOfRange(day, days: days)) }
        request.options.day = day
      case "--all-notes": request.options.allNotes = true
      case "--trace": request.options.trace = true
      case "--merge-themes": request.options.mergeThemes = true
      case _ where word.hasPrefix("--"):
        return .failure(.unknownOption(word))
      default:
        if let output = request.output { return .failure(.twoFiles(output, word)) }
        request.output = word
      }
    }
    guard request.output != nil else { return .failure(.noFile) }
    return .success(request)
  }

  /// Splits at spaces, keeping what is inside double or single quotes together.
  static func shellWords(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    for character in text {
      if let open = quote {
        if character == open { quote = nil } else { word.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character.isWhitespace {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(character)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }
}
