/// Why a registration file cannot be imported, as a value: the line it names comes with it, and the words are made
/// where they are shown (English here, `sentence`; Spanish and French by the screen's and the command line's
/// catalogues).
public enum RosterProblem: Equatable, Sendable {
  case utf16WithoutMark
  case notUTF16
  case workbook
  case notUTF8(hex: String, windows1252: String?)
  case nulByte
  case empty
  case quotedFieldTooLong(kilobytes: Int)
  case quoteNeverClosed
  case textAfterQuote
  case fieldTooLong(kilobytes: Int)
  case mapUnknownColumn(String, header: [String])
  case noNameColumn(header: [String])
  case headerOnly
  /// The rows under the header all describe its columns (a survey tool's sub-headers): nobody to import.
  case onlyHeaderRows(Int)
  /// A row with more fields than the header (`tooMany`) or fewer; `delimiter` is the file's.
  case fieldCount(fields: Int, header: Int, delimiter: Character)
  case notAName(String)
  case noName
  case notAnEmail(String)
  case duplicateEmail(String, earlierLine: Int)

  /// The problem in English, as the tests and the English catalogues say it.
  public var sentence: String {
    switch self {
    case .utf16WithoutMark:
      "the file looks like UTF-16 without its byte order mark; save it as CSV UTF-8 (or from Excel as Unicode Text, "
        + "which writes the mark) and import it again"
    case .notUTF16:
      "the file starts as UTF-16 but holds a broken character here; save it as CSV UTF-8 and import it again"
    case .workbook: "this is a spreadsheet workbook (xlsx), not CSV; save it as CSV UTF-8 and import that"
    case .notUTF8(let hex, let character?):
      "the text is not UTF-8: byte \(hex) looks like Windows-1252 (\"\(character)\"); "
        + "import again with --encoding windows-1252, or save the file as CSV UTF-8"
    case .notUTF8(let hex, nil):
      "the text is not valid UTF-8 (byte \(hex)); save the file as CSV UTF-8 and import it again"
    case .nulByte: "the file holds a NUL byte: it is not a text CSV file"
    case .empty: "the file is empty: it needs a header row and one row per participant"
    case .quotedFieldTooLong(let kilobytes):
      "a quoted field opened here runs past \(kilobytes) KB; a closing \" is probably missing"
    case .quoteNeverClosed: "a quoted field opened here is never closed (a \" is missing)"
    case .textAfterQuote: "unexpected text after a closing quote; a quote inside a quoted field is written \"\""
    case .fieldTooLong(let kilobytes): "a field here is longer than \(kilobytes) KB; no roster field is that long"
    case .mapUnknownColumn(let column, let header):
      "--map names a column \"\(column)\" that is not in the header (\(header.joined(separator: ", ")))"
    case .noNameColumn(let header):
      "no name column found in the header (\(header.joined(separator: ", "))); "
        + "expected \"Name\", or \"First Name\" and \"Last Name\", or say which column it is with --map COLUMN=name"
    case .headerOnly: "the file has a header but no participants"
    case .onlyHeaderRows(let rows):
      "the file has only header rows (\(rows) describing the columns, as a survey tool writes them) and no participants"
    case .fieldCount(let fields, let header, let delimiter):
      "this row has \(fields) field\(fields == 1 ? "" : "s") but the header has \(header); "
        + (fields > header
          ? "a field holding a \(delimiter == "," ? "comma" : delimiter == ";" ? "semicolon" : "delimiter") must be in double quotes"
          : "the row may be cut short, or a quoted field above it may be missing its closing quote")
    case .notAName(let name):
      "the name column holds \"\(name)\", which is a number or an address, not a name; "
        + "say which column holds names with --map COLUMN=name"
    case .noName: "this row has no name"
    case .notAnEmail(let email):
      "the email column holds \"\(email)\", which is not an email address; correct it or leave it empty"
    case .duplicateEmail(let email, let earlier):
      "the email \(email) is already on line \(earlier) (case and spaces aside); "
        + "one person, one row: remove or merge the duplicate"
    }
  }
}

/// What an import read but could not place, said after it.
public enum RosterWarning: Equatable, Sendable, CustomStringConvertible {
  case unknownStakeholderType(String, people: Int)
  case unknownPreference(String, people: Int)
  case sameEmail(String, lines: (Int, Int))
  /// Rows under the header that describe the columns (SurveyMonkey's "Response" row, Qualtrics' question texts and
  /// ImportId row): skipped.
  case describesColumns(lines: [Int])
  /// A row with no e-mail whose every value is a header word ("Name", "Email"): skipped, not a person.
  case repeatsHeader(line: Int, values: [String])

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.description == rhs.description }

  /// In English.
  public var description: String {
    switch self {
    case .unknownStakeholderType(let text, let count):
      "stakeholder type \"\(text)\" (\(count) \(count == 1 ? "person" : "people")) was not recognised and is recorded as Other"
    case .unknownPreference(let text, let count):
      "preferred group \"\(text)\" (\(count) \(count == 1 ? "person" : "people")) matches no theme and is left blank"
    case .sameEmail(let email, let lines):
      "lines \(lines.0) and \(lines.1) have the same email \(email); the later line wins"
    case .describesColumns(let lines):
      "\(lines.count == 1 ? "line" : "lines") \(lines.map(String.init).joined(separator: ", ")) "
        + "\(lines.count == 1 ? "describes" : "describe") the columns (as a survey tool writes them), not a person: skipped"
    case .repeatsHeader(let line, let values):
      "line \(line) has no email and only repeats header words (\(values.joined(separator: ", "))): skipped, not a person"
    }
  }
}
