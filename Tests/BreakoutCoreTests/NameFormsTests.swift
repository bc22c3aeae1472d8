import Foundation
import Testing

@testable import BreakoutCore

/// People who did not consent to be quoted, each with the ways colleagues call them in a note: the given name
/// where it comes last, either Hispanic surname or both, a surname with its particles, in Latin, Vietnamese,
/// Georgian, Amharic, Khmer, Hebrew and Arabic script.
enum CalledBy {
  static let people: [(name: String, calls: [String])] = [
    ("Nguyễn Thị Hà", ["Hà", "Nguyễn Thị Hà", "Nguyen Thi Ha", "Ha", "Nguyễn"]),
    ("Trần Văn Minh", ["Minh", "Trần", "Tran Van Minh", "Văn Minh"]),
    ("María de la Cruz", ["De la Cruz", "de la Cruz", "María", "Maria", "Cruz"]),
    ("José Luis García López", ["García López", "García", "Lopez", "José Luis", "Jose Luis García"]),
    ("Ahmed bin Khalid al-Rashid", ["al-Rashid", "Al Rashid", "Rashid", "Ahmed", "bin Khalid", "Khalid"]),
    ("Ludwig van der Berg", ["van der Berg", "Van der Berg", "Berg", "Ludwig"]),
    ("Siti binti Abdullah", ["Siti", "Abdullah", "binti Abdullah"]),
    ("Pedro dos Santos", ["dos Santos", "Dos Santos", "Santos", "Pedro"]),
    ("Kim Min-jun", ["Min-jun", "Kim", "Minjun Kim", "Kim Min-jun"]),
    ("Ng Wai Ling", ["Ng", "Wai Ling", "Ling"]),
    ("Łukasz Żółć", ["Lukasz", "Łukasz", "Zolc"]),
    ("ნინო ბერიძე", ["ნინო", "ბერიძე"]),
    ("አበበ ቢቂላ", ["አበበ", "ቢቂላ"]),
    ("សុខ ចាន់ថា", ["ចាន់ថា", "សុខ ចាន់ថា"]),
    ("דוד לוי", ["דוד", "לוי"]),
    ("أحمد إبراهيم", ["أحمد", "احمد", "إبراهيم", "ابراهيم"]),
  ]

  static func roster() -> [Participant] {
    people.enumerated().map { index, person in
      Participant(
        id: Int64(index + 1), name: person.name, organisation: "", stakeholderType: .government, groupID: 1)
    }
  }

  /// Where a name is written in a note: opening it, inside it, as a possessive, in upper case.
  static let sentences: [@Sendable (String) -> String] = [
    { "\($0) said the ministry wants shared red flags." },
    { "\($0)'s ministry wants shared red flags." },
    { "\($0)\u{2019}s team trains staff." },
    { "The banks agreed with \($0) on the indicators." },
    { "As \($0) put it, trust comes first." },
    { "\($0.uppercased()) RAISED THE ISSUE OF AUDITS." },
    { "(\($0)) asked for a second meeting." },
    { "Según \($0), la confianza es lo primero." },
    { "Une proposition de \($0)\u{202F}: former les banques." },
  ]

  /// Whether the text still holds the name as people call it: as whole words, case and accents aside; inside a
  /// run of letters for scripts written without spaces.
  static func holds(_ text: String, _ call: String) -> Bool {
    let words = ChathamHouseCheck.words(text).map(\.word)
    let wanted = ChathamHouseCheck.words(call).map(\.word)
    if call.unicodeScalars.contains(where: ChathamHouseCheck.Index.isUnspacedScript) {
      return text.filter { !$0.isWhitespace }.contains(call.filter { !$0.isWhitespace })
    }
    guard !wanted.isEmpty, words.count >= wanted.count else { return false }
    return (0...(words.count - wanted.count)).contains { Array(words[$0..<($0 + wanted.count)]) == wanted }
  }
}

@Suite struct NamesAsPeopleCallThemTests {
  static let time = Date(timeIntervalSince1970: 0)

  static func written(_ text: String, mode: AttributionMode, language: SessionLanguage = .english) -> String {
    var session = oneKeyPoint(text, by: CalledBy.roster())
    session.info.language = language
    return SummaryDocument.compile(session, options: SummaryOptions(attribution: mode), generatedAt: time)
      .groups[0].questions[0].notes[0].text
  }

  @Test(arguments: [AttributionMode.named, .affiliation, .chathamHouse])
  func theIssuesExamplesAreNeverPrinted(mode: AttributionMode) {
    let ha = Self.written("Hà's ministry wants shared red flags.", mode: mode)
    #expect(!CalledBy.holds(ha, "Hà"), "\(ha)")
    let cruz = Self.written("De la Cruz said the audits work.", mode: mode)
    let stands = mode == .chathamHouse ? "[withheld]" : "A government official"
    #expect(cruz == "\(stands) said the audits work.", "the particles belong to the surname")
  }

  /// Every way each person is called, in every place a sentence puts it, under every attribution: never printed.
  @Test(arguments: [AttributionMode.named, .affiliation, .chathamHouse])
  func noFormOfAWithheldNameIsPrinted(mode: AttributionMode) {
    var random = SeededGenerator(seed: 25)
    for _ in 0..<400 {
      let person = CalledBy.people.randomElement(using: &random)!
      let call = person.calls.randomElement(using: &random)!
      let other = CalledBy.people.randomElement(using: &random)!
      let text = [
        CalledBy.sentences.randomElement(using: &random)!(call),
        CalledBy.sentences.randomElement(using: &random)!(other.calls.randomElement(using: &random)!),
      ].joined(separator: " ")
      let written = Self.written(text, mode: mode)
      for name in [person, other] {
        for form in name.calls where CalledBy.holds(written, form) {
          Issue.record("\(mode): \"\(form)\" (\(name.name)) printed in: \(written)")
        }
      }
    }
  }

  /// Written inside a Khmer, Hebrew or Arabic sentence: without spaces, or with a joined "and", "to", "the".
  @Test func namesInsideTheirOwnScriptsSentencesAreWithheld() {
    let cases = [
      ("ចាន់ថាបាននិយាយថាធនាគារត្រូវការទិន្នន័យ", ["ចាន់ថា"]),
      ("ולוי אמר שהבנקים צריכים לשתף", ["לוי"]),
      ("وقال لأحمد إن البنوك تحتاج إلى البيانات", ["أحمد", "احمد"]),
      ("ნინომ თქვა, რომ ბანკებს სჭირდებათ მონაცემები; ბერიძის აზრით, ეს საკმარისია", ["ნინო", "ბერიძ"]),
      ("የአበበ ሃሳብ ጥሩ ነው፤ አበበን ጠየቅነው", ["አበበ"]),
    ]
    for (text, names) in cases {
      let written = Self.written(text, mode: .chathamHouse)
      #expect(written.contains("[withheld]"), "\(written)")
      for name in names { #expect(!written.contains(name), "\(name) in \(written)") }
    }
  }

  /// The meeting's own sentences, with a roster of names from many cultures: nothing is withheld that names
  /// nobody, in English, Spanish and French meetings.
  @Test func ordinarySentencesAreLeftAsWritten() {
    let sentences: [(SessionLanguage, String)] = [
      (.english, "An effective partnership needs trust; he said so too, and it is a long way to go."),
      (.english, "Do banks share red flags? Not yet: the ministry is working on it with an NGO."),
      (.spanish, "El gobierno ha dicho que van dos empresas de la región y que la banca lo sabe."),
      (.spanish, "Las alianzas no son fáciles, pero se ha avanzado en la cadena de suministro."),
      (.french, "Le ministère a dit que les banques ne partagent pas encore les signaux d\u{2019}alerte."),
      (.french, "La confiance est là, mais il faut du temps et des moyens pour la suite."),
    ]
    for (language, text) in sentences {
      #expect(Self.written(text, mode: .chathamHouse, language: language) == text, "\(language): \(text)")
    }
  }

  /// A name that is also a short word of the meeting's language ("An", "Lê" for a French meeting) is withheld
  /// where it reads as a name, left alone as the word, and asked about when a capital opening a sentence may be
  /// either.
  @Test func aNameThatIsACommonWordIsWithheldWhereItReadsAsAName() {
    var session = oneKeyPoint(
      "An official spoke. Later An agreed, and An's team said an audit helps; Lê too. Le ministère aussi.",
      by: [
        Participant(id: 1, name: "Lê Văn An", organisation: "", stakeholderType: .government, groupID: 1)
      ])
    let english = SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .chathamHouse), generatedAt: Self.time)
    #expect(
      english.groups[0].questions[0].notes[0].text
        == "An official spoke. Later [withheld] agreed, and [withheld]'s team said an audit helps; [withheld] too. "
        + "[withheld] ministère aussi.")
    #expect(ChathamHouseCheck.findings(in: session.notes, session: session).first?.questions == ["An"])
    session.info.language = .french
    let french = SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .chathamHouse), generatedAt: Self.time)
    #expect(
      french.groups[0].questions[0].notes[0].text
        == "An official spoke. Later [masqué] agreed, and [masqué]'s team said an audit helps; [masqué] too. "
        + "Le ministère aussi.", "in French \"Le\" opening a sentence is the article; \"Lê\" is the name")
  }

  @Test func theFormsOfANameKeepItsParticlesWithTheSurname() {
    let forms = NameForms.forms(of: "María de la Cruz", language: .english).map(\.text)
    #expect(forms.contains("de la Cruz") && forms.contains("Cruz") && forms.contains("María"))
    #expect(!forms.contains("de") && !forms.contains("María de") && !forms.contains("de la"), "\(forms)")
    let vietnamese = NameForms.forms(of: "Đỗ Văn Minh", language: .english).map(\.text)
    #expect(vietnamese.contains("Đỗ") && vietnamese.contains("Minh") && !vietnamese.contains("Văn"), "\(vietnamese)")
    #expect(!NameForms.forms(of: "John F. Kennedy", language: .english).map(\.text).contains("F"), "an initial")
  }
}
