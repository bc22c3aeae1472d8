import Foundation
import Testing

/// A meeting whose people did not consent to be quoted, named in many cultures' orders and scripts, registered
/// through the real binary; its notes call them as colleagues do. No export, in any format or attribution, prints
/// any of those forms.
@Suite struct NamesWithheldTests {
  /// Name as registered, and how the notes call them.
  static let people: [(name: String, calls: [String])] = [
    ("Nguyễn Thị Hà", ["Hà", "Nguyen Thi Ha", "HÀ"]),
    ("María de la Cruz", ["De la Cruz", "María"]),
    ("José Luis García López", ["García López", "Lopez", "José Luis"]),
    ("Ahmed bin Khalid al-Rashid", ["al-Rashid", "Al Rashid", "Khalid"]),
    ("Ludwig van der Berg", ["van der Berg", "Ludwig"]),
    ("ნინო ბერიძე", ["ნინო", "ბერიძე"]),
    ("አበበ ቢቂላ", ["አበበ", "ቢቂላ"]),
    ("សុខ ចាន់ថា", ["ចាន់ថា"]),
    ("דוד לוי", ["לוי", "דוד"]),
    ("أحمد إبراهيم", ["احمد", "إبراهيم"]),
  ]

  static func registration() -> String {
    let types = ["Government", "Private sector", "Civil society", "Academia"]
    let rows = people.enumerated().map { index, person in
      "\(person.name),Org \(index),p\(index)@example.org,Country \(index),\(types[index % types.count]),No"
    }
    return
      (["Name,Organisation,Email,Country,Stakeholder type,Consent"] + rows
      + ["Ana Lima,Walk Free,ana@example.org,Brazil,Civil society,Yes"]).joined(separator: "\n") + "\n"
  }

  static let notes: [String] = [
    "Hà's ministry wants shared red flags.", "De la Cruz said the audits work.",
    "The banks agreed with García López; Lopez added that José Luis trains staff.",
    "As al-Rashid put it, and Al Rashid's bank agrees, Khalid will share the data.",
    "VAN DER BERG AND LUDWIG RAISED AUDITS.", "ნინომ თქვა, რომ ბერიძის აზრით ბანკებს სჭირდებათ მონაცემები.",
    "የአበበ ሃሳብ ጥሩ ነው፤ ቢቂላ አበበን ጠየቀ።", "ចាន់ថាបាននិយាយថាធនាគារត្រូវការទិន្នន័យ",
    "ולוי אמר שדוד צריך לשתף.", "قال احمد وإبراهيم إن البنوك تحتاج إلى البيانات.",
    "NGUYEN THI HA and Nguyen Thi Ha asked for one hotline; HÀ agreed.", "María's team and Ana Lima agreed.",
  ]

  /// Whether the text holds the name as called: whole words, case and accents aside; for Khmer, anywhere.
  static func holds(_ text: String, _ call: String) -> Bool {
    func words(_ text: String) -> [String] {
      text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        .replacingOccurrences(of: "أ", with: "ا").replacingOccurrences(of: "إ", with: "ا")
        .split { !$0.isLetter }.map(String.init)
    }
    if call.unicodeScalars.contains(where: { (0x1780...0x17FF).contains($0.value) }) {
      return text.filter { !$0.isWhitespace }.contains(call)
    }
    let wanted = words(call)
    let found = words(text)
    guard found.count >= wanted.count else { return false }
    // Joined "and", "to", "of", and case endings: the name inside a word counts too, in those scripts.
    if call.unicodeScalars.contains(where: { $0.value >= 0x0590 }) {
      return found.contains { $0.contains(wanted.joined()) }
    }
    return (0...(found.count - wanted.count)).contains { Array(found[$0..<($0 + wanted.count)]) == wanted }
  }

  @Test func noFormOfAWithheldNameIsPrintedInAnyFormatOrAttribution() throws {
    let folder = try scratchFolder()
    func run(_ arguments: [String]) throws {
      let result = try Binary.run(arguments, in: folder)
      guard result.status == 0 else { throw HarnessError("\(arguments.prefix(3)): \(result.stderr)") }
    }
    try run(["new", "names", "--title", "Partnerships against trafficking", "--organiser", "UNODC"])
    try write(Self.registration(), to: folder + "/people.csv")
    try run(["roster", "import", "names", "people.csv"])
    try run(["groups", "set", "names", "supply-chain=1", "technology=1", "finance=1"])
    try run(["assign", "names", "--seed", "3"])
    for (index, text) in Self.notes.enumerated() {
      try run([
        "note", "add", "names", "--group", "supply-chain", "--question", String(index % 4 + 1), "--key", "--speaker",
        Self.people[index % Self.people.count].name, text,
      ])
    }
    for mode in ["named", "affiliation", "none"] {
      for format in ExportTests.formats {
        let output = "out-\(mode).\(format)"
        let result = try Binary.run(
          ["export", "names", "--format", format, "--attribution", mode, "--all-notes", "--output", output], in: folder)
        #expect(result.status == 0, "\(format) \(mode): \(result.stderr)")
        let visible = try ReportLanguageTests.visibleText(
          try Data(contentsOf: URL(fileURLWithPath: folder + "/" + output)), format: format)
        #expect(visible.contains("hotline"), "\(format) \(mode): the notes are there")
        for person in Self.people {
          for call in person.calls + [person.name] where Self.holds(visible, call) {
            Issue.record("\(format) \(mode): \"\(call)\" (\(person.name)) printed:\n\(visible)")
          }
        }
        if mode == "named" && format == "md" {
          #expect(visible.contains("Ana Lima"), "someone who consented is still named")
        }
      }
    }
  }
}
