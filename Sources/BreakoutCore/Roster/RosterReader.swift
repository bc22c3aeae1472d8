import Foundation

/// Why a roster cannot be imported; nothing is imported when this is thrown.
public struct RosterError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int?
  public var problem: RosterProblem
  public var message: String { problem.sentence }

  public init(line: Int?, _ problem: RosterProblem) {
    self.line = line
    self.problem = problem
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
      throw RosterError(line: error.line, error.problem)
    }
    return try read(table, themes: themes, mapping: mapping)
  }

  public static func read(_ table: CSVTable, themes: [Theme], mapping: [String: RosterField] = [:]) throws(RosterError)
    -> RosterReading
  {
    let explicit = Dictionary(
      mapping.map { (LooseText.normalised($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
    // Some exports (Zoom's registration report) put summary lines above the header: the header is the first row
    // that has a name column.
    let found = headerFound(table, explicit: explicit)
    let (table, describing) = describingRowsRead(found)
    for unknown in explicit.keys where !table.header.contains(where: { LooseText.normalised($0) == unknown }) {
      throw RosterError(line: table.headerLine, .mapUnknownColumn(unknown, header: table.header))
    }
    let (columns, indexOf, ignored) = mapColumns(table, explicit: explicit)
    let hasName = indexOf[.name] != nil || indexOf[.firstName] != nil || indexOf[.lastName] != nil
    guard hasName else {
      throw RosterError(
        line: table.headerLine, .noNameColumn(header: table.header.map { InertText.visible($0) }))
    }
    let headerWords = Set(table.header.map(squashed))
    let people = table.records.filter { !repeatsHeader($0.fields, headerWords: headerWords) }
    guard !people.isEmpty else {
      let headerRows = describing.count + table.records.count
      throw RosterError(line: table.headerLine, headerRows == 0 ? .headerOnly : .onlyHeaderRows(headerRows))
    }
    var entries: [RosterEntry] = []
    var lineByEmail: [String: Int] = [:]
    var warnings: [RosterWarning] = describing.isEmpty ? [] : [.describesColumns(lines: describing)]
    var unplacedTypes: [String: Int] = [:]
    var unplacedThemes: [String: Int] = [:]
    for record in table.records {
      if repeatsHeader(record.fields, headerWords: headerWords) {
        let values = record.fields.filter { !$0.allSatisfy(\.isWhitespace) }.map { InertText.visible($0) }
        warnings.append(.repeatsHeader(line: record.line, values: values))
        continue
      }
      var fields = record.fields
      while fields.count > table.header.count, fields.last?.trimmingCharacters(in: .whitespaces).isEmpty == true {
        fields.removeLast()
      }
      guard fields.count == table.header.count else {
        throw RosterError(
          line: record.line,
          .fieldCount(fields: fields.count, header: table.header.count, delimiter: table.delimiter))
      }
      // Every field is one line: a line break inside a name, an organisation or a country becomes a space.
      func value(_ field: RosterField) -> String {
        guard let index = indexOf[field] else { return "" }
        return fields[index].split(whereSeparator: \.isWhitespace).joined(separator: " ")
      }
      var name = indexOf[.name].map { _ in value(.name) } ?? ""
      if name.isEmpty || looksLikeNoName(name), indexOf[.firstName] != nil || indexOf[.lastName] != nil {
        name = [value(.firstName), value(.lastName)].filter { !$0.isEmpty }.joined(separator: " ")
      }
      name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if looksLikeNoName(name) {
        throw RosterError(line: record.line, .notAName(InertText.visible(name)))
      }
      if name.isEmpty {
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
        throw RosterError(line: record.line, .noName)
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
      // Forms that do not collect addresses write "anonymous" (Microsoft Forms) or similar: no address.
      let emailText = value(.email)
      let email =
        ["anonymous", "anonyme", "anonimo", "n a", "na", "none", "-"].contains(LooseText.normalised(emailText))
        ? "" : emailText
      if !email.isEmpty {
        guard email.contains("@"), !email.contains(where: \.isWhitespace) else {
          throw RosterError(line: record.line, .notAnEmail(InertText.visible(email)))
        }
        let key = LooseText.emailKey(email)
        if let earlier = lineByEmail[key] {
          throw RosterError(line: record.line, .duplicateEmail(InertText.visible(email), earlierLine: earlier))
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
      warnings.append(.unknownStakeholderType(InertText.visible(text), people: count))
    }
    for (text, count) in unplacedThemes.sorted(by: { $0.key < $1.key }) {
      warnings.append(.unknownPreference(InertText.visible(text), people: count))
    }
    // A field's own header ("Email Address") left unread beside a fuller one is ignored, not sensitive.
    let sensitive = ignored.filter { isSensitive($0) && !RosterField.headerNames.contains(LooseText.normalised($0)) }
    return RosterReading(
      entries: entries, columns: columns, ignoredColumns: ignored.filter { !sensitive.contains($0) },
      droppedSensitiveColumns: sensitive, warnings: warnings)
  }

  /// Which column feeds each field. When several headers name the same field (an empty "Name" beside "Full
  /// name"), the one holding the most values wins; a name column that holds numbers or e-mail addresses
  /// (Eventbrite's "Attendee #") gives way to first and last name columns.
  static func mapColumns(_ table: CSVTable, explicit: [String: RosterField])
    -> (columns: [String: RosterField], indexOf: [RosterField: Int], ignored: [String])
  {
    var candidates: [RosterField: [Int]] = [:]
    var ignored: [String] = []
    for (index, header) in table.header.enumerated() {
      // Where a respondent's device was is never a field, whatever word its header holds ("Location Latitude"
      // is not a country).
      let found = isDeviceLocation(header) ? nil : RosterField.forHeader(header)
      guard let field = explicit[LooseText.normalised(header)] ?? found, field != .ignore else {
        if !header.isEmpty { ignored.append(header) }
        continue
      }
      candidates[field, default: []].append(index)
    }
    func filled(_ index: Int) -> Int {
      table.records.filter { index < $0.fields.count && !$0.fields[index].allSatisfy(\.isWhitespace) }.count
    }
    var indexOf: [RosterField: Int] = [:]
    for (field, indexes) in candidates {
      let chosen = indexes.max { filled($0) < filled($1) || (filled($0) == filled($1) && $0 > $1) }!
      indexOf[field] = chosen
      ignored += indexes.filter { $0 != chosen }.map { table.header[$0] }
    }
    if let name = indexOf[.name], indexOf[.firstName] != nil || indexOf[.lastName] != nil {
      let values = table.records.compactMap { name < $0.fields.count ? $0.fields[name] : nil }
        .filter { !$0.allSatisfy(\.isWhitespace) }
      if values.isEmpty || values.allSatisfy(looksLikeNoName) {
        ignored.append(table.header[name])
        indexOf[.name] = nil
      }
    }
    var columns: [String: RosterField] = [:]
    for (field, index) in indexOf { columns[table.header[index]] = field }
    ignored.sort { (table.header.firstIndex(of: $0) ?? 0) < (table.header.firstIndex(of: $1) ?? 0) }
    return (columns, indexOf, ignored)
  }

  /// A "name" that is a number or an e-mail address: a ticket or order number, a login.
  static func looksLikeNoName(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return trimmed.contains("@") || (!trimmed.isEmpty && trimmed.allSatisfy { $0.isNumber || $0 == "#" || $0 == "-" })
  }

  /// The table with its header on the first row (of the first 30) that names a name column, for exports with
  /// summary lines above the header; the table as it is when the first row already does, or none does.
  static func headerFound(_ table: CSVTable, explicit: [String: RosterField]) -> CSVTable {
    func namesAName(_ row: [String]) -> Bool {
      row.contains { header in
        let field = explicit[LooseText.normalised(header)] ?? RosterField.forHeader(header)
        return field == .name || field == .firstName || field == .lastName
      }
    }
    guard !namesAName(table.header) else { return table }
    for (offset, record) in table.records.prefix(30).enumerated() where namesAName(record.fields) {
      var found = table
      found.header = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
      found.headerLine = record.line
      found.records = Array(table.records.dropFirst(offset + 1))
      return found
    }
    return table
  }

  /// The table without the rows under its header that describe the columns instead of holding a person, and
  /// those rows' lines: SurveyMonkey's sub-header ("Response", "Open-Ended Response", a contact block's "Name" and
  /// "Email Address", a checkbox question's options), Qualtrics' question texts and its `{"ImportId":...}` row. Where
  /// such a row names a field the header does not ("What is your full name?" under "Q1", "Email Address" under a
  /// contact block), it names the column.
  static func describingRowsRead(_ table: CSVTable) -> (table: CSVTable, lines: [Int]) {
    var table = table
    var lines: [Int] = []
    while lines.count < 3, let row = table.records.first?.fields, describesColumns(row, header: table.header) {
      var question = ""
      for index in table.header.indices {
        let top = table.header[index]
        if !top.isEmpty { question = top }
        let under = index < row.count ? row[index].trimmingCharacters(in: .whitespaces) : ""
        if under.isEmpty || isSurveyWord(under) && !isSurveyOther(under) {
          table.header[index] = top.isEmpty ? question : top
        } else if RosterField.forHeader(under) != nil, top.isEmpty || RosterField.forHeader(top) == nil {
          table.header[index] = under
        } else if top.isEmpty {
          table.header[index] = question + ": " + under
        }
      }
      lines.append(table.records.removeFirst().line)
    }
    return (table, lines)
  }

  /// A row right under the header that describes the columns: no e-mail address, and a survey tool's word
  /// ("Response", an ImportId) or else nothing but header words and questions.
  static func describesColumns(_ row: [String], header: [String]) -> Bool {
    let values = row.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !values.isEmpty, !values.contains(where: { $0.contains("@") }) else { return false }
    let headerWords = Set(header.map(squashed))
    return values.contains(where: isSurveyWord)
      || values.allSatisfy { isColumnWord($0, headerWords: headerWords) || $0.hasSuffix("?") || $0.hasSuffix(":") }
  }

  /// A row anywhere with no e-mail address whose every value is a header word (a header pasted twice, a survey
  /// tool's "Response"): never a person.
  static func repeatsHeader(_ row: [String], headerWords: Set<String>) -> Bool {
    let values = row.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    return !values.isEmpty && !values.contains(where: { $0.contains("@") })
      && values.allSatisfy { isColumnWord($0, headerWords: headerWords) }
  }

  /// A header cell, a field's own header name ("Email Address"), or a survey tool's word.
  static func isColumnWord(_ value: String, headerWords: Set<String>) -> Bool {
    let key = LooseText.normalised(value)
    return isSurveyWord(value) || headerWords.contains(squashed(value))
      || RosterField.headerNames.contains(key)
  }

  /// What survey tools write under a question's header instead of an answer (English, Spanish, French), and
  /// Qualtrics' `{"ImportId":"QID1"}`.
  static func isSurveyWord(_ value: String) -> Bool {
    let key = LooseText.normalised(value)
    return key.hasPrefix("importid ") || value.lowercased().hasPrefix("{\"importid\"")
      || [
        "response", "open ended response", "other please specify", "respuesta", "respuesta abierta",
        "otro especifique", "otra especifique", "reponse", "reponse ouverte", "autre veuillez preciser",
      ].contains(key)
  }

  /// "Other (please specify)": the column of an answer typed beside a question's choices.
  static func isSurveyOther(_ value: String) -> Bool {
    ["other please specify", "otro especifique", "otra especifique", "autre veuillez preciser"].contains(
      LooseText.normalised(value))
  }

  /// A header cell without case, accents, spaces or punctuation: Qualtrics writes "StartDate" over "Start Date".
  static func squashed(_ text: String) -> String { LooseText.normalised(text).filter { $0 != " " } }

  /// A survey tool's record of where the respondent's device was: an IP address, a latitude or longitude.
  static func isDeviceLocation(_ header: String) -> Bool {
    let words = " " + LooseText.normalised(header) + " "
    return [" latitude ", " longitude ", " ip address ", " ipaddress "].contains { words.contains($0) }
  }

  /// Columns a registration form may carry that breakout must never keep (identity documents, contact details,
  /// personal characteristics): they are dropped on import and named so the facilitator knows.
  static func isSensitive(_ header: String) -> Bool {
    let words = LooseText.normalised(header)
    return [
      "passport", "birth", "dob", "national id", "id number", "identity", "visa", "phone", "mobile", "telephone",
      "whatsapp", "address", "religion", "ethnic", "gender", "sex", "nationality", "bank", "iban", "card",
      "social security", "ssn", "tax", "medical", "health", "disability", "emergency", "next of kin", "latitude",
      "longitude", "ip address", "ipaddress",
    ].contains {
      words == $0 || words.hasPrefix($0 + " ") || words.hasSuffix(" " + $0) || words.contains(" " + $0 + " ")
    }
  }

  static func isYes(_ text: String) -> Bool {
    [
      "yes", "y", "true", "1", "x", "agree", "agreed", "i agree", "consent", "consented", "oui", "si", "ja",
      "acepto", "de acuerdo", "consiento", "j accepte", "d accord",
    ].contains(LooseText.normalised(text))
  }
}
