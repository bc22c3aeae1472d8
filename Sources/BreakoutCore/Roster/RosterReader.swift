import Foundation

/// Why a roster cannot be imported; nothing is imported when this is thrown.
public struct RosterError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int?
  public var message: String

  public init(line: Int?, _ message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// Turns a registration export into roster entries, mapping its columns by their headers.
public enum RosterReader {
  /// - Parameter mapping: explicit `COLUMN=FIELD` choices that win over the header names.
  public static func read(
    _ data: Data, themes: [Theme], mapping: [String: RosterField] = [:], encoding: RosterEncoding = .utf8
  ) throws(RosterError) -> RosterReading {
    let table: CSVTable
    do {
      table = try CSVReader.read(data, encoding: encoding)
    } catch {
      throw RosterError(line: error.line, error.message)
    }
    return try read(table, themes: themes, mapping: mapping)
  }

  public static func read(_ table: CSVTable, themes: [Theme], mapping: [String: RosterField] = [:]) throws(RosterError)
    -> RosterReading
  {
    var columns: [String: RosterField] = [:]
    var indexOf: [RosterField: Int] = [:]
    var ignored: [String] = []
    let explicit = Dictionary(
      mapping.map { (LooseText.normalised($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
    for unknown in explicit.keys where !table.header.contains(where: { LooseText.normalised($0) == unknown }) {
      throw RosterError(
        line: table.headerLine,
        "--map names a column \"\(unknown)\" that is not in the header (\(table.header.joined(separator: ", ")))")
    }
    for (index, header) in table.header.enumerated() {
      let field = explicit[LooseText.normalised(header)] ?? RosterField.forHeader(header)
      guard let field, field != .ignore, indexOf[field] == nil else {
        if !header.isEmpty { ignored.append(header) }
        continue
      }
      indexOf[field] = index
      columns[header] = field
    }
    let hasName = indexOf[.name] != nil || indexOf[.firstName] != nil || indexOf[.lastName] != nil
    guard hasName else {
      throw RosterError(
        line: table.headerLine,
        "no name column found in the header (\(table.header.map { InertText.visible($0) }.joined(separator: ", "))); "
          + "expected \"Name\", or \"First Name\" and \"Last Name\", or say which column it is with --map COLUMN=name")
    }

    guard !table.records.isEmpty else {
      throw RosterError(line: table.headerLine, "the file has a header but no participants")
    }
    var entries: [RosterEntry] = []
    var lineByEmail: [String: Int] = [:]
    var warnings: [String] = []
    var unplacedTypes: [String: Int] = [:]
    var unplacedThemes: [String: Int] = [:]
    for record in table.records {
      var fields = record.fields
      while fields.count > table.header.count, fields.last?.trimmingCharacters(in: .whitespaces).isEmpty == true {
        fields.removeLast()
      }
      guard fields.count == table.header.count else {
        throw RosterError(
          line: record.line,
          "this row has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(table.header.count); "
            + "a field holding a \(table.delimiter == "," ? "comma" : "delimiter") must be in double quotes")
      }
      func value(_ field: RosterField) -> String {
        guard let index = indexOf[field] else { return "" }
        return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
      }
      var name = value(.name)
      if name.isEmpty {
        name = [value(.firstName), value(.lastName)].filter { !$0.isEmpty }.joined(separator: " ")
      }
      name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if name.isEmpty {
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
        throw RosterError(line: record.line, "this row has no name")
      }
      let typeText = value(.stakeholderType)
      let type =
        StakeholderType.loosely(typeText)
        ?? {
          unplacedTypes[typeText, default: 0] += 1
          return .other
        }()
      let preferenceText = value(.preference)
      var preferredThemeID: Int64?
      if !preferenceText.isEmpty {
        if let theme = ThemeMatcher.match(preferenceText, in: themes) {
          preferredThemeID = theme.id
        } else if !["none", "no preference", "any", "n a", "na", "-"].contains(LooseText.normalised(preferenceText)) {
          unplacedThemes[preferenceText, default: 0] += 1
        }
      }
      let role = ParticipantRole.loosely(value(.role)) ?? .participant
      let email = value(.email)
      if !email.isEmpty {
        guard email.contains("@"), !email.contains(where: \.isWhitespace) else {
          throw RosterError(
            line: record.line,
            "the email column holds \"\(InertText.visible(email))\", which is not an email address; "
              + "a field holding a \(table.delimiter == "," ? "comma" : "delimiter") must be in double quotes")
        }
        let key = LooseText.emailKey(email)
        if let earlier = lineByEmail[key] {
          throw RosterError(
            line: record.line,
            "the email \(InertText.visible(email)) is already on line \(earlier) (case and spaces aside); "
              + "one person, one row: remove or merge the duplicate")
        }
        lineByEmail[key] = record.line
      }
      entries.append(
        RosterEntry(
          line: record.line, name: name, organisation: value(.organisation),
          email: email.isEmpty ? nil : email, country: value(.country), stakeholderType: type,
          preferredThemeID: preferredThemeID, role: role, consentsToBeQuoted: isYes(value(.consent))))
    }
    for (text, count) in unplacedTypes.sorted(by: { $0.key < $1.key }) {
      warnings.append(
        "stakeholder type \"\(InertText.visible(text))\" (\(count) \(count == 1 ? "person" : "people")) was not recognised and is recorded as Other"
      )
    }
    for (text, count) in unplacedThemes.sorted(by: { $0.key < $1.key }) {
      warnings.append(
        "preferred group \"\(InertText.visible(text))\" (\(count) \(count == 1 ? "person" : "people")) matches no theme and is left blank"
      )
    }
    let sensitive = ignored.filter(isSensitive)
    return RosterReading(
      entries: entries, columns: columns, ignoredColumns: ignored.filter { !isSensitive($0) },
      droppedSensitiveColumns: sensitive, warnings: warnings)
  }

  /// Columns a registration form may carry that breakout must never keep (identity documents, contact details,
  /// personal characteristics): they are dropped on import and named so the facilitator knows.
  static func isSensitive(_ header: String) -> Bool {
    let words = LooseText.normalised(header)
    return [
      "passport", "birth", "dob", "national id", "id number", "identity", "visa", "phone", "mobile", "telephone",
      "whatsapp", "address", "religion", "ethnic", "gender", "sex", "nationality", "bank", "iban", "card",
      "social security", "ssn", "tax", "medical", "health", "disability", "emergency", "next of kin",
    ].contains {
      words == $0 || words.hasPrefix($0 + " ") || words.hasSuffix(" " + $0) || words.contains(" " + $0 + " ")
    }
  }

  static func isYes(_ text: String) -> Bool {
    ["yes", "y", "true", "1", "x", "agree", "agreed", "i agree", "consent", "consented", "oui", "si", "ja"]
      .contains(LooseText.normalised(text))
  }
}
