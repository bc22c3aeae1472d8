import Foundation
import Testing

/// The exports as the programs people open them with read them: the JSON against its schema by a real JSON Schema
/// validator, the HTML by tidy, the Word file laid out by LibreOffice and read back with pdftotext. Each of these
/// is installed by scripts/install-deps (and .ci/run) from Debian's packages.
@Suite struct ConsumerTests {
  /// The demo with notes that test fidelity: joiners, RTL, line breaks, markup, a very long word.
  static func richDemo() throws -> String {
    let folder = try ExportTests.demoFolder()
    let notes = [
      "می\u{200C}خواهیم همکاری کنیم", "ශ්\u{200D}රී ලංකා and 👩\u{200D}💻 engineers",
      "Three priorities:\n1. Data sharing\n2. Joint trainings", "<b>not bold</b> & \"quoted\" 'text'",
      String(repeating: "Verylongword", count: 25),
    ]
    for text in notes {
      let added = try Binary.run(
        ["note", "add", "demo", "--group", "technology", "--question", "1", "--key", "--", text], in: folder)
      #expect(added.status == 0, "\(added.stderr)")
    }
    return folder
  }

  static func require(_ command: String, package: String) throws {
    guard try Binary.shellResult("command -v \(command) >/dev/null") == 0 else {
      throw HarnessError("\(command) is needed: apt-get install \(package) (scripts/install-deps does)")
    }
  }

  @Test func theJSONExportIsValidAgainstItsSchemaForAJSONSchemaValidator() throws {
    // Debian's python3 with its python3-jsonschema: a validator of draft 2020-12 that nobody here wrote.
    guard try Binary.shellResult("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null") == 0 else {
      throw HarnessError("python3-jsonschema is needed: apt-get install python3-jsonschema (scripts/install-deps does)")
    }
    let folder = try Self.richDemo()
    let schema = Binary.packageRoot.appendingPathComponent("Sources/BreakoutCore/Summary/summary.schema.json").path
    var files: [String] = []
    for (index, options) in [
      ["--attribution", "named"], ["--attribution", "affiliation", "--all-notes"],
      ["--attribution", "none", "--merge-themes"], ["--day", "2"],
    ].enumerated() {
      let file = "\(folder)/summary-\(index).json"
      let exported = try Binary.run(["export", "demo", "--format", "json", "--output", file] + options, in: folder)
      #expect(exported.status == 0, "\(exported.stderr)")
      files.append(file)
    }
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      jsonschema.Draft202012Validator.check_schema(schema)
      validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
      for path in sys.argv[2:]:
          for error in validator.iter_errors(json.load(open(path))):
              print(path, list(error.absolute_path), error.message)
      print("checked", len(sys.argv) - 2)
      """
    try script.write(toFile: folder + "/validate.py", atomically: true, encoding: .utf8)
    let report = try Binary.output(
      "/usr/bin/python3 '\(folder)/validate.py' '\(schema)' " + files.map { "'\($0)'" }.joined(separator: " ") + " 2>&1"
    )
    #expect(report == "checked \(files.count)", "\(report)")

    // A document that breaks the schema is caught: the validator is really looking.
    try #"{"schema": "breakout.summary/3", "attribution": "everyone"}"#.write(
      toFile: folder + "/broken.json", atomically: true, encoding: .utf8)
    let broken = try Binary.output("/usr/bin/python3 '\(folder)/validate.py' '\(schema)' '\(folder)/broken.json' 2>&1")
    #expect(broken.contains("is a required property") && broken.contains("'everyone' is not one of"), "\(broken)")
  }

  @Test func theHTMLExportHasNoErrorOrWarningForTidy() throws {
    try Self.require("tidy", package: "tidy")
    let folder = try Self.richDemo()
    for options in [
      ["--attribution", "named"], ["--attribution", "none", "--merge-themes", "--all-notes", "--trace"],
    ] {
      let file = "\(folder)/summary.html"
      let exported = try Binary.run(["export", "demo", "--format", "html", "--output", file] + options, in: folder)
      #expect(exported.status == 0, "\(exported.stderr)")
      let report = try Binary.output("tidy -q -e '\(file)' 2>&1; echo \"exit $?\"")
      #expect(report == "exit 0", "\(options): \(report)")
    }
  }

  /// LibreOffice lays the Word export out and prints it to PDF; pdftotext reads each page back. No page is blank,
  /// no heading is the last line of a page, and what was typed comes back.
  @Test func theWordExportLaysOutInLibreOfficeWithoutBlankPagesOrStrandedHeadings() throws {
    try Self.require("soffice", package: "libreoffice-writer-nogui")
    try Self.require("pdftotext", package: "poppler-utils")
    let folder = try Self.richDemo()
    for (index, options) in [["--attribution", "named"], ["--all-notes", "--merge-themes"]].enumerated() {
      let docx = "\(folder)/summary-\(index).docx"
      let exported = try Binary.run(["export", "demo", "--format", "docx", "--output", docx] + options, in: folder)
      #expect(exported.status == 0, "\(exported.stderr)")
      let markdown = try Binary.run(["export", "demo", "--format", "md"] + options, in: folder).stdout
      let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map {
        $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
      }
      // Its own profile folder, so that several conversions at once do not share (and lock) one.
      let converted = try Binary.output(
        "cd '\(folder)' && HOME='\(folder)' soffice -env:UserInstallation=file://\(folder)/lo-profile-\(index) "
          + "--headless --convert-to pdf --outdir '\(folder)' '\(docx)' >lo-\(index).log 2>&1; "
          + "pdftotext -layout '\(folder)/summary-\(index).pdf' '\(folder)/summary-\(index).txt' && echo converted")
      #expect(converted == "converted", "\(converted)")
      let text = try String(contentsOfFile: "\(folder)/summary-\(index).txt", encoding: .utf8)
      // pdftotext ends every page with a form feed, the last one too.
      let pages = text.components(separatedBy: "\u{0C}").dropLast()
      #expect(pages.count >= 3, "\(pages.count) pages")
      for (number, page) in pages.enumerated() {
        let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let last = lines.last else {
          Issue.record("\(options): page \(number + 1) is blank")
          continue
        }
        let stranded = headings.first { $0 == last || ($0.hasSuffix(last) && last.count > 12) }
        #expect(stranded == nil, "\(options): page \(number + 1) ends with the heading \(stranded ?? "")")
      }
      let flat = text.replacingOccurrences(of: "\n", with: " ")
      #expect(flat.contains("Three priorities:"), "a note's own line break survives")
      #expect(flat.contains("engineers"))
    }
  }
}
