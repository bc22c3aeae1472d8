import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// Every message of the screen is in every language: a catalogue lacking one fails here (or does not compile).
@Suite struct InterfaceCatalogueTests {
  static let languages: [SessionLanguage] = [.spanish, .french]

  /// Messages a language writes as English does: proper names, abbreviations and words both languages share.
  static let sameAsEnglish: [SessionLanguage: Set<String>] = [
    .spanish: ["Priv", "?", "no", "Academia", "Acad"],
    .french: [
      "Notes", "Organisation", "Type", "Priv", "?", "Groupe", "Question", "Note", "participant", "pause", "notes",
      "question", "attribution", "absent",
    ],
  ]

  @Test func theSamplesCoverEveryMessage() {
    let covered = Set(InterfaceSamples.all.map(InterfaceSamples.kind))
    let missing = (0..<InterfaceSamples.kinds).filter { !covered.contains($0) }
    #expect(missing.isEmpty, "messages without a sample: \(missing)")
  }

  @Test(arguments: languages)
  func everyMessageIsInTheLanguage(language: SessionLanguage) {
    let words = InterfaceWords(language)
    for message in InterfaceSamples.all {
      let english = InterfaceWords.english(message)
      let text = words(message)
      #expect(!text.isEmpty || english.isEmpty, "\(message) is empty in \(language)")
      if text == english && !english.isEmpty {
        #expect(Self.sameAsEnglish[language]?.contains(text) == true, "\(message) is still English: \(text)")
      }
    }
  }

  @Test(arguments: languages)
  func everyCommandHasItsHelpAndLabelInTheLanguage(language: SessionLanguage) {
    let help = language == .spanish ? CommandWords.spanishHelp : CommandWords.frenchHelp
    let bar = language == .spanish ? CommandWords.spanishBar : CommandWords.frenchBar
    for command in Command.all {
      #expect(help[command.summary] != nil, "no \(language) help for \"\(command.summary)\"")
      if let label = command.bar { #expect(bar[label] != nil, "no \(language) label for \"\(label)\"") }
    }
    // And nothing in the catalogue that no command says any more.
    let summaries = Set(Command.all.map(\.summary))
    let labels = Set(Command.all.compactMap(\.bar))
    #expect(Set(help.keys).subtracting(summaries).isEmpty, "\(Set(help.keys).subtracting(summaries))")
    #expect(Set(bar.keys).subtracting(labels).isEmpty, "\(Set(bar.keys).subtracting(labels))")
  }

  @Test func theLanguageIsLangThenTheLocaleThenEnglish() {
    let chosen = InterfaceWords.chosen
    #expect(chosen("fr", ["LANG": "es_PA.UTF-8"]) == .french)
    #expect(chosen(nil, ["LANG": "es_PA.UTF-8"]) == .spanish)
    #expect(chosen(nil, ["LC_MESSAGES": "fr_CA.UTF-8", "LANG": "es_PA.UTF-8"]) == .french)
    #expect(chosen(nil, ["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "fr_FR", "LANG": "es_PA"]) == .english)
    #expect(chosen(nil, ["LC_ALL": "", "LANG": "fr_FR.UTF-8"]) == .french)
    #expect(chosen(nil, ["LANG": "de_DE.UTF-8"]) == .english)
    #expect(chosen(nil, ["LANG": "C.UTF-8"]) == .english)
    #expect(chosen(nil, [:]) == .english)
    #expect(chosen("de", ["LANG": "fr_FR"]) == .french)
  }

  @Test(arguments: languages)
  func storageFailuresAreSaidInTheLanguage(language: SessionLanguage) {
    let failures: [StorageFailure] = [
      .busy, .diskFull, .readOnly("x"), .unreachable, .unexpected("x"), .refused(.emptyNote),
      .refused(.noDay(3, days: 2)), .refused(.noteImport(.missingColumn("Group"))), .refused(.notAllowed),
    ]
    for failure in failures {
      #expect(InterfaceWords(language).sentence(failure) != failure.sentence, "\(failure)")
    }
  }
}
