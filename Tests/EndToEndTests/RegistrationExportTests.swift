import Foundation
import Testing

/// Registration exports shaped as the tools people use produce them (Eventbrite, Microsoft Forms, Google Forms,
/// Zoom's registration report, Spanish and French forms): each is imported by the real binary and yields exactly
/// the people of `RegistrationExports/expected.tsv`.
@Suite struct RegistrationExportTests {
  static let folder = Binary.packageRoot.appendingPathComponent("Tests/EndToEndTests/RegistrationExports").path

  struct Person: Equatable, CustomStringConvertible {
    var name, organisation, email, country, stakeholderType, preferredTheme: String
    var description: String {
      [name, organisation, email, country, stakeholderType, preferredTheme].joined(separator: " | ")
    }
  }

  static let expected: [String: [Person]] = {
    let text = (try? String(contentsOfFile: folder + "/expected.tsv", encoding: .utf8)) ?? ""
    var byFile: [String: [Person]] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      byFile[cells[0], default: []].append(
        Person(
          name: cells[1], organisation: cells[2], email: cells[3], country: cells[4], stakeholderType: cells[5],
          preferredTheme: cells[6]))
    }
    return byFile
  }()

  @Test(arguments: expected.keys.sorted())
  func eachToolsExportYieldsItsPeople(file: String) throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Registrations"], in: folder).status == 0)
    let imported = try Binary.run(["roster", "import", "reg", Self.folder + "/" + file], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let listed = try Binary.run(["roster", "list", "reg", "--format", "json"], in: folder)
    let people = (try JSONSerialization.jsonObject(with: listed.data) as? [[String: Any]] ?? []).map { person in
      Person(
        name: person["name"] as? String ?? "", organisation: person["organisation"] as? String ?? "",
        email: person["email"] as? String ?? "", country: person["country"] as? String ?? "",
        stakeholderType: person["stakeholderType"] as? String ?? "",
        preferredTheme: person["preferredTheme"] as? String ?? "")
    }
    #expect(people == Self.expected[file], "\(people)")
  }

  @Test func aDryRunShowsTheColumnsReadAndTheFirstRows() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Registrations"], in: folder).status == 0)
    let dry = try Binary.run(["roster", "import", "reg", Self.folder + "/eventbrite.csv", "--dry-run"], in: folder)
    #expect(dry.stdout.contains("first-name <- First Name; last-name <- Last Name; organisation <- Company"))
    #expect(dry.stdout.contains("2     Kanya Wongsuwan  Thai Frozen Foods Association"), "\(dry.stdout)")
    #expect(dry.stdout.contains("Attendee #"), "the ticket number column is named as ignored")
  }

  /// SurveyMonkey's sub-header and Qualtrics' ImportId row describe the columns: skipped, and said in one line;
  /// a header pasted twice or a "Response" row further down makes nobody either.
  @Test func rowsThatDescribeTheColumnsMakeNobody() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Registrations"], in: folder).status == 0)
    for (file, line) in [("surveymonkey.csv", 2), ("qualtrics.csv", 3)] {
      let dry = try Binary.run(["roster", "import", "reg", Self.folder + "/" + file, "--dry-run"], in: folder)
      #expect(dry.stdout.contains("Would add 5,"), "\(file): \(dry.stdout)")
      let said = dry.stderr.split(separator: "\n").filter { $0.contains("describes the columns") }
      #expect(
        said == ["warning: line \(line) describes the columns (as a survey tool writes them), not a person: skipped"])
    }
    try
      "Name,Email,Organisation\nAna Lima,ana@example.org,UNODC\nName,Email,Organisation\nResponse,,Open-Ended Response\nBen Roy,ben@example.org,IOM\n"
      .write(toFile: folder + "/twice.csv", atomically: true, encoding: .utf8)
    let twice = try Binary.run(["roster", "import", "reg", "twice.csv"], in: folder)
    #expect(twice.stdout.contains("Added 2,"), "\(twice.stdout)")
    #expect(twice.stderr.contains("line 3 has no email and only repeats header words (Name, Email, Organisation)"))
    #expect(twice.stderr.contains("line 4 has no email and only repeats header words (Response, Open-Ended Response)"))
    let listed = try Binary.run(["roster", "list", "reg", "--format", "json"], in: folder)
    let names = (try JSONSerialization.jsonObject(with: listed.data) as? [[String: Any]] ?? []).map {
      $0["name"] as? String
    }
    #expect(names == ["Ana Lima", "Ben Roy"])
  }

  @Test func eachErrorHasItsOwnHint() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "reg", "--title", "Registrations"], in: folder).status == 0)
    let files = [
      (
        "short.csv", "Name,Email,Country\nAna Lima,ana@example.org,Brazil\nBen Roy,ben@example.org\n",
        "the row may be cut short"
      ),
      ("long.csv", "Name,Email,Country\nAna Lima,ana@example.org,Brazil,extra\n", "must be in double quotes"),
      ("email.csv", "Name,Email\nAna Lima,not an address\n", "correct it or leave it empty"),
      ("numbers.csv", "Name,Email\n2001,a@example.org\n", "not a name"),
    ]
    for (name, contents, hint) in files {
      try contents.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
      let result = try Binary.run(["roster", "import", "reg", name], in: folder)
      #expect(result.status != 0)
      #expect(result.stderr.contains(hint), "\(name): \(result.stderr)")
    }
  }
}
