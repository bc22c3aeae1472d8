import Foundation
import Testing

@testable import BreakoutCore

@Suite struct ModelTests {
  @Test func theFourQuestionsAreTheSeedsWordForWord() {
    #expect(Question.defaults.map(\.label) == ["i", "ii", "iii", "iv"])
    #expect(
      Question.defaults[0].text
        == "What are the main challenges in creating PPPs to address trafficking in persons in the supply chain, financial institutions and the technology sector?"
    )
    #expect(
      Question.defaults[1].text
        == "What do you believe are current best practices around PPPs to prevent and counter trafficking in persons? If you are able to, please try to draw on concrete and real-life examples of such PPPs from within your own area of work."
    )
    #expect(
      Question.defaults[2].text
        == "Based on the challenges and best practices, what lessons and recommendations are you able to make to ensure effective PPPs to prevent and counter trafficking in persons?"
    )
    #expect(
      Question.defaults[3].text
        == "What role do you believe international organizations (such as UNODC) and civil society should have as far as PPPs to prevent and counter trafficking in persons are concerned?"
    )
  }

  @Test func theQuestionsMatchTheSeedReportWhenItIsBesideTheRepository() throws {
    let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../../shared/seeds/003_7141ee5666244b20.txt")
    guard let report = try? String(contentsOf: seed, encoding: .utf8) else { return }
    let flattened = report.replacingOccurrences(of: "\n", with: " ")
    for question in Question.defaults {
      #expect(flattened.contains("\(question.label). \(question.text)"))
    }
  }

  @Test func questionNumbersAcceptDigitsAndRomanNumerals() {
    #expect(Question.number(from: "iii") == 3)
    #expect(Question.number(from: "IV") == 4)
    #expect(Question.number(from: "2") == 2)
    #expect(Question.number(from: "v") == 5)
    #expect(Question.number(from: "x y") == nil)
  }

  @Test func defaultThemesAreTheThreeOfTheMeetings() {
    #expect(Theme.defaults.map(\.shortName) == ["supply-chain", "technology", "finance"])
    #expect(Theme.defaults.map(\.name) == ["Supply chain", "Technology", "Financial institutions"])
  }

  @Test func groupsOfOneThemeAreLetteredAndReferencedByNumber() {
    #expect(
      BreakoutGroup.defaultName(themeName: "Supply chain", index: 2, groupsInTheme: 2) == "Supply chain (group B)")
    #expect(BreakoutGroup.defaultName(themeName: "Technology", index: 1, groupsInTheme: 1) == "Technology")
    #expect(BreakoutGroup.reference(themeShortName: "supply-chain", index: 2, groupsInTheme: 2) == "supply-chain-2")
    #expect(BreakoutGroup.reference(themeShortName: "technology", index: 1, groupsInTheme: 1) == "technology")
  }

  @Test func aGroupIsFoundByNameReferenceOrNumber() {
    let snapshot = Fixtures.fourGroups()
    #expect(snapshot.group(matching: "supply-chain-2")?.id == 2)
    #expect(snapshot.group(matching: "Supply chain (group B)")?.id == 2)
    #expect(snapshot.group(matching: "technology")?.id == 3)
    #expect(snapshot.group(matching: "Financial institutions")?.id == 4)
    #expect(snapshot.group(matching: "4")?.id == 4)
    #expect(snapshot.group(matching: "supply-chain") == nil, "two supply-chain groups: the bare name is ambiguous")
    #expect(snapshot.group(matching: "nowhere") == nil)
  }

  @Test func editingANoteKeepsEveryEarlierVersion() {
    let created = Date(timeIntervalSince1970: 1_000)
    let note = Note(
      id: 1, groupID: 1, questionNumber: 2, createdAt: created, author: "ana",
      revisions: [NoteRevision(revision: 1, text: "first words", editedAt: created, author: "ana")])
    let edited = note.edited(text: "better words", isKeyPoint: true, at: created.addingTimeInterval(60), by: "ben")
    #expect(edited.text == "better words")
    #expect(edited.isKeyPoint)
    #expect(edited.revisions.map(\.text) == ["first words", "better words"])
    #expect(edited.revisions.map(\.author) == ["ana", "ben"])
    #expect(edited.createdAt == created)
    #expect(edited.editedAt == created.addingTimeInterval(60))
  }

  @Test func stakeholderTypesAreReadLoosely() {
    let cases: [(String, StakeholderType?)] = [
      ("NGO", .civilSociety), ("CSO", .civilSociety), ("Civil society", .civilSociety),
      ("Non-governmental organisation", .civilSociety), ("Government", .government), ("Ministry", .government),
      ("Law enforcement", .government), ("Private sector", .privateSector), ("Company", .privateSector),
      ("Academia", .academia), ("University", .academia), ("Academic", .academia),
      ("International organisation", .internationalOrganisation), ("Intergovernmental", .internationalOrganisation),
      ("UN agency", .internationalOrganisation), ("", .unspecified), ("Other", .other), ("zzz", nil),
    ]
    for (text, expected) in cases {
      #expect(StakeholderType.loosely(text) == expected, "\(text)")
    }
  }

  @Test func preferencesFindTheirThemeLoosely() {
    let themes = Fixtures.themes
    #expect(ThemeMatcher.match("Finance", in: themes)?.shortName == "finance")
    #expect(ThemeMatcher.match("Financial Institutions", in: themes)?.shortName == "finance")
    #expect(ThemeMatcher.match("financial sector", in: themes)?.shortName == "finance")
    #expect(ThemeMatcher.match("Tech", in: themes)?.shortName == "technology")
    #expect(ThemeMatcher.match("IT", in: themes) == nil, "too short to be sure")
    #expect(ThemeMatcher.match("Technology sector", in: themes)?.shortName == "technology")
    #expect(ThemeMatcher.match("supply chains", in: themes)?.shortName == "supply-chain")
    #expect(ThemeMatcher.match("Supply-chain", in: themes)?.shortName == "supply-chain")
    #expect(ThemeMatcher.match("Health", in: themes) == nil)
  }

  @Test func controlCharactersArePrintedInert() {
    let hostile = "Eve\u{1B}]0;owned\u{07}\u{1B}[2J\u{202E}x\u{200B}\u{9B}"
    let visible = InertText.visible(hostile)
    #expect(!visible.unicodeScalars.contains { InertText.isDangerous($0) })
    #expect(visible == "Eve\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{202E}x\\u{200B}\\u{9B}")
  }

  @Test func displayWidthCountsWideCharactersTwice() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("김 민준") == 7)
    #expect(DisplayWidth.of("山田") == 4)
    #expect(DisplayWidth.of("Nguyễn") == 6)
    #expect(DisplayWidth.prefix("山田花子", fitting: 5) == "山田")
  }
}

enum Fixtures {
  static let themes = [
    Theme(id: 1, shortName: "supply-chain", name: "Supply chain", position: 1),
    Theme(id: 2, shortName: "technology", name: "Technology", position: 2),
    Theme(id: 3, shortName: "finance", name: "Financial institutions", position: 3),
  ]

  static func fourGroups() -> SessionSnapshot {
    SessionSnapshot(
      info: SessionInfo(title: "Test"), themes: themes,
      groups: [
        BreakoutGroup(id: 1, themeID: 1, number: 1, indexInTheme: 1, name: "Supply chain (group A)"),
        BreakoutGroup(id: 2, themeID: 1, number: 2, indexInTheme: 2, name: "Supply chain (group B)"),
        BreakoutGroup(id: 3, themeID: 2, number: 3, indexInTheme: 1, name: "Technology"),
        BreakoutGroup(id: 4, themeID: 3, number: 4, indexInTheme: 1, name: "Financial institutions"),
      ])
  }
}

@Suite struct LanguageDefaultsTests {
  @Test func aLocaleOrACodeNamesALanguage() {
    #expect(SessionLanguage(code: "es_PA.UTF-8") == .spanish)
    #expect(SessionLanguage(code: "fr-CA") == .french)
    #expect(SessionLanguage(code: "EN") == .english)
    #expect(SessionLanguage(code: "de_DE") == nil && SessionLanguage(code: "") == nil)
  }

  /// Every language has the same themes (by the short names commands type) and four titled questions, and a
  /// question's default title is found whatever language its text is in.
  @Test func everyLanguageHasTheThemesAndTheFourQuestions() {
    for language in SessionLanguage.allCases {
      #expect(language.defaultThemes.map(\.shortName) == Theme.defaults.map(\.shortName))
      #expect(language.defaultQuestions.map(\.number) == [1, 2, 3, 4])
      for question in language.defaultQuestions {
        var untitled = question
        untitled.title = nil
        #expect(untitled.shortTitle == question.title, "\(language) \(question.number)")
      }
    }
    #expect(Set(SessionLanguage.allCases.map { $0.defaultQuestions[0].text }).count == 3)
  }
}
