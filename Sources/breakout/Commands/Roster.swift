import ArgumentParser
import BreakoutCore
import BreakoutStore
import BreakoutTUI
import Foundation

struct RosterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roster", abstract: "Import and list participants; mark no-shows absent and late arrivals arrived.",
    subcommands: [Import.self, List.self, Absent.self, Arrived.self])

  struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import a registration CSV (all or nothing; re-importing updates people instead of adding them twice).",
      discussion: """
        Columns are found by their headers (Name or First Name + Last Name, Organisation, Email, Country,
        Stakeholder type, Preferred group, Role, Consent). Fields for --map: \(RosterField.allCases.map(\.rawValue).joined(separator: ", ")).
        """)

    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "The CSV file.") var file: String
    @Option(name: .customLong("map"), help: "COLUMN=FIELD, e.g. \"Agency=organisation\" (repeatable).")
    var mappings: [String] = []
    @Flag(help: "Show what would change without importing.") var dryRun = false
    @Option(help: "The file's encoding when it is not UTF-8: windows-1252 or latin-1 (converted on import).")
    var encoding: String = "utf-8"

    /// A registration export of 200,000 people is about 40 MB; anything far larger is not a roster.
    static let sizeLimit = 64 * 1024 * 1024

    func run() async throws {
      var mapping: [String: RosterField] = [:]
      for item in mappings {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let field = RosterField.loosely(parts[1]) else {
          throw ValidationError(
            "--map \(item): write COLUMN=FIELD with FIELD one of \(RosterField.allCases.map(\.rawValue).joined(separator: ", "))"
          )
        }
        mapping[parts[0]] = field
      }
      guard let chosen = RosterEncoding.loosely(encoding) else {
        throw ValidationError(
          "--encoding \(encoding): use one of \(RosterEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      let store = try await openSession(session)
      // The size is checked before reading, so a huge file never fills the memory.
      let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
      guard let size else { throw ValidationError(say(.noSuchFile(InertText.visible(file)))) }
      if size > Self.sizeLimit {
        throw ValidationError(
          "cannot import the roster, nothing was imported: \(InertText.visible(file)) is \(size / 1_048_576) MB; "
            + "a roster file is at most \(Self.sizeLimit / 1_048_576) MB (about 300,000 people)")
      }
      guard let data = FileManager.default.contents(atPath: file) else {
        throw ValidationError(say(.cannotRead(InertText.visible(file))))
      }
      let report = try await store.importRoster(data, mapping: mapping, encoding: chosen, dryRun: dryRun)
      commandLog.info(
        dryRun ? "roster import tried (dry run)" : "roster imported",
        metadata: [
          "added": "\(report.added.count)", "updated": "\(report.updated.count)", "unchanged": "\(report.unchanged)",
          "warnings": "\(report.warnings.count)",
        ])
      print(
        say(
          .importCounts(
            added: report.added.count, updated: report.updated.count, unchanged: report.unchanged, dryRun: dryRun)))
      for (name, changes) in report.updated {
        print(say(.updatedPerson(name: InertText.visible(name), changes: changes)))
      }
      if !report.droppedSensitiveColumns.isEmpty {
        print(say(.droppedSensitive(report.droppedSensitiveColumns.map { InertText.visible($0) })))
      }
      if !report.ignoredColumns.isEmpty {
        print(say(.ignoredColumns(report.ignoredColumns.map { InertText.visible($0) })))
      }
      for warning in report.warnings { printError(say(.warning(warning))) }
      if dryRun {
        printPreview(report, themes: try await store.withoutNotes().themes)
        print(say(.nothingImported))
      }
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the roster.")

    @Argument(help: "Session name or path.") var session: String
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() async throws {
      let snapshot = try await openSession(session).withoutNotes()
      // The table is read by people, in their language; the CSV and the JSON are data, in English.
      func rows(_ words: InterfaceWords) -> [[String]] {
        snapshot.participants.map { person -> [String] in
          let group = snapshot.groups.first { $0.id == person.groupID }
          return [
            person.name, person.organisation, words(.stakeholder(person.stakeholderType)), person.country,
            group.map { $0.name + (person.isLocked ? " (\(words(.locked)))" : "") } ?? "", words(.role(person.role)),
            snapshot.themes.first { $0.id == person.preferredThemeID }?.name ?? "",
            words(person.consentsToBeQuoted ? .yes : .no), person.isAbsent ? words(.absent) : "",
          ]
        }
      }
      let header = CLIText.RosterColumn.allCases.map { EnglishCLI.text(.rosterColumn($0)) }
      switch format {
      case .table:
        print(
          TextTable.render(
            header: CLIText.RosterColumn.allCases.map { say(.rosterColumn($0)) }, rows: rows(interfaceWords)),
          terminator: "")
      case .csv:
        // A listing read in a terminal: hostile names must not act there, so they are spelled out as in the table.
        let inert = rows(.english).map { $0.map { InertText.visible($0) } }
        print(CSVWriter.render(header: header, rows: inert), terminator: "")
      case .json:
        let objects = snapshot.participants.map { person in
          RosterJSON(
            id: person.id, name: person.name, organisation: person.organisation,
            stakeholderType: person.stakeholderType.rawValue, country: person.country, email: person.email,
            group: snapshot.groups.first { $0.id == person.groupID }.map { snapshot.reference(of: $0) },
            locked: person.isLocked, role: person.role.rawValue,
            preferredTheme: snapshot.themes.first { $0.id == person.preferredThemeID }?.shortName,
            consentsToBeQuoted: person.consentsToBeQuoted, absent: person.isAbsent)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(objects), as: UTF8.self))
      }
    }
  }
}

extension RosterCommand {
  struct Absent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Mark people absent: they leave their group and are left out of assignments until they arrive.")

    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "Names (or emails) of the people.") var names: [String]

    func run() async throws {
      try await RosterCommand.mark(names, in: session, absent: true) { person, group in
        say(.markedAbsent(name: person, left: group))
      }
    }
  }

  struct Arrived: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Mark people arrived; `breakout assign SESSION --place-new` then gives them a group.")

    @Argument(help: "Session name or path.") var session: String
    @Argument(help: "Names (or emails) of the people.") var names: [String]

    func run() async throws {
      try await RosterCommand.mark(names, in: session, absent: false) { person, group in
        say(.arrived(name: person, group: group, session: session))
      }
    }
  }
}

struct RosterJSON: Encodable {
  var id: Int64
  var name: String
  var organisation: String
  var stakeholderType: String
  var country: String
  var email: String?
  var group: String?
  var locked: Bool
  var role: String
  var preferredTheme: String?
  var consentsToBeQuoted: Bool
  var absent: Bool
}

extension RosterCommand {
  /// Marks people absent or arrived, then prints a line for each: `line(name, group name or nil)`, both inert.
  static func mark(
    _ names: [String], in session: String, absent: Bool, line: (String, String?) -> String
  ) async throws {
    let store = try await openSession(session)
    let snapshot = try await store.withoutNotes()
    let people = try names.map { try participant(named: $0, in: snapshot) }
    try await store.setAbsent(participants: people.map(\.id), absent: absent)
    for person in people {
      let group = snapshot.groups.first { $0.id == person.groupID }
      print(line(InertText.visible(person.name), group.map { InertText.visible($0.name) }))
    }
  }
}

/// What a dry run read: which column fed each field, and the first rows exactly as they will be imported.
private func printPreview(_ report: ImportReport, themes: [Theme]) {
  let order: [RosterField] = [
    .name, .firstName, .lastName, .organisation, .email, .country, .stakeholderType, .preference, .role, .consent,
  ]
  let fed = order.compactMap { field -> String? in
    let headers = report.columns.filter { $0.value == field }.map(\.key).sorted()
    return headers.isEmpty
      ? nil : "\(field.rawValue) <- " + headers.map { InertText.visible($0) }.joined(separator: ", ")
  }
  print(say(.columnsRead(fed)))
  guard !report.preview.isEmpty else { return }
  print(say(.firstRows))
  let rows = report.preview.map { entry -> [String] in
    [
      "\(entry.line)", entry.name, entry.organisation, entry.email ?? "", entry.country,
      interfaceWords(.stakeholder(entry.stakeholderType)), themes.first { $0.id == entry.preferredThemeID }?.name ?? "",
    ]
  }
  print(
    TextTable.render(
      header: CLIText.PreviewColumn.allCases.map { say(.previewColumn($0)) }, rows: rows),
    terminator: "")
}
