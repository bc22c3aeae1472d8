import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// Every screen in Spanish and in French, at 80x24 and 100x30: snapshot-tested, with nothing important cut off
/// (every tab, the help key, each screen's headings) and no English word of the catalogue on it.
@Suite struct LanguageScreenTests {
  static let sizes = [(80, 24), (100, 30)]

  /// The fixture meeting held in another language: its own words (titles, notes, agenda) in that language too.
  static func state(_ language: SessionLanguage, _ screen: Screen, seat: Seat = .facilitator, width: Int, height: Int)
    -> AppState
  {
    var state = Fixture.state(screen, seat: seat, width: width, height: height)
    state.words = InterfaceWords(language)
    var session = state.session
    let spanish = language == .spanish
    session.info.language = language
    session.info.title = spanish ? "Reunión regional de expertos" : "Réunion régionale d\u{2019}experts"
    session.info.region = spanish ? "Asia y el Pacífico" : "Asie-Pacifique"
    session.info.venue = ReportWords(language)(.online)
    let themes = language.defaultThemes
    for index in session.themes.indices {
      session.themes[index].name = themes[index].name
    }
    for index in session.groups.indices {
      let group = session.groups[index]
      let theme = session.themes.first { $0.id == group.themeID }!
      let ofTheme = session.groups.filter { $0.themeID == group.themeID }.count
      session.groups[index].name = BreakoutGroup.defaultName(
        themeName: theme.name, index: group.indexInTheme, groupsInTheme: ofTheme, language: language)
    }
    session.questions = language.defaultQuestions
    let texts =
      spanish
      ? [
        "Crear confianza entre los distintos actores es difícil.", "Los trabajadores no saben dónde denunciar.",
        "La prensa sobre el sector pesquero creó conciencia.", "La tecnología es parte del problema y de la solución.",
      ]
      : [
        "Créer la confiance entre les acteurs est difficile.", "Les travailleurs ne savent pas où signaler.",
        "La presse sur la pêche a sensibilisé le public.", "La technologie fait partie du problème et de la solution.",
      ]
    session.notes = session.notes.enumerated().map { index, note in
      var revision = note.current
      revision.text = texts[index]
      return Note(
        id: note.id, groupID: note.groupID, questionNumber: note.questionNumber, day: note.day,
        createdAt: note.createdAt, author: note.author, revisions: [revision])
    }
    session.broadcast?.text = spanish ? "Quedan diez minutos" : "Il reste dix minutes"
    let agenda = spanish ? ["Apertura", "Grupos de trabajo", "Resumen del día"] : ["Ouverture", "Ateliers", "Bilan"]
    for index in session.agenda.indices { session.agenda[index].title = agenda[index] }
    for index in session.participants.indices {
      session.participants[index].organisation = spanish ? "Ministerio" : "Ministère"
      session.participants[index].country = spanish ? "Japón" : "Japon"
    }
    state.session = session
    return state
  }

  /// The English words of the screen's catalogue that the other language does not also use, lowercased.
  static func englishWords(missingFrom language: SessionLanguage) -> Set<String> {
    func words(_ texts: [String]) -> Set<String> {
      Set(texts.flatMap { $0.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 } })
    }
    let target = InterfaceWords(language)
    let english =
      words(InterfaceSamples.all.map { InterfaceWords.english($0) } + Command.all.map(\.summary))
    let theirs = words(
      InterfaceSamples.all.map { target($0) } + Command.all.map { target.help($0) } + Command.all.map(target.hint))
    // Keys are named as the keyboard prints them.
    let keys: Set<String> = ["enter", "esc", "tab", "home", "end", "pgdn", "pgup", "del"]
    return english.subtracting(theirs).subtracting(keys)
  }

  /// What is open over the screen for each picture.
  enum Overlay: String, CaseIterable, Sendable {
    case none, help, editor, form, history, preview, rapporteur
  }

  static func picture(_ language: SessionLanguage, _ screen: Screen, _ overlay: Overlay, width: Int, height: Int)
    -> AppState?
  {
    var state = Self.state(
      language, screen, seat: overlay == .rapporteur ? .rapporteur(groupID: 1) : .facilitator, width: width,
      height: height)
    switch (overlay, screen) {
    case (.none, _), (.rapporteur, .notes), (.rapporteur, .summary): break
    case (.help, _): _ = state.press(.character("?"))
    case (.editor, .notes):
      _ = state.press(.character("a"))
      _ = state.type(language == .spanish ? "Auditorías compartidas" : "Audits partagés")
    case (.form, .roster): _ = state.press(.character("n"))
    case (.history, .notes): _ = state.press(.character("H"))
    case (.preview, .groups): _ = state.press(.character("A"))
    default: return nil
    }
    return state
  }

  @Test(arguments: [SessionLanguage.spanish, .french])
  func everyScreenFitsAndSpeaksTheLanguage(language: SessionLanguage) throws {
    let english = Self.englishWords(missingFrom: language)
    #expect(english.contains("screen") && english.contains("group"), "\(english.sorted())")
    let words = InterfaceWords(language)
    for (width, height) in Self.sizes {
      for screen in Screen.allCases {
        for overlay in Overlay.allCases {
          guard let state = Self.picture(language, screen, overlay, width: width, height: height) else { continue }
          let name = "\(language.rawValue)-\(screen.rawValue)-\(overlay.rawValue)-\(width)x\(height)"
          let buffer = render(state)
          try expectScreen(buffer, matches: "Languages/\(name)")
          let lines = buffer.lines
          let found = Set(buffer.text.lowercased().split { !$0.isLetter }.map(String.init)).intersection(english)
          #expect(found.isEmpty, "\(name) shows English: \(found.sorted())\n\(buffer.text)")
          // Every tab and the help key are whole on the screen.
          for tab in state.screens { #expect(lines[0].contains(words(.screenTitle(tab))), "\(name): tab \(tab)") }
          if state.modal == nil && state.message == nil {
            let help = Command.all.first { $0.name == .app(.help) }!
            #expect(lines[height - 1].contains(words.hint(help)), "\(name): \(lines[height - 1])")
          }
          // Each screen's own headings are whole.
          let headings: [String] =
            switch (screen, overlay) {
            case (_, .help): [words(.helpScreenHeading(screen))]
            case (.roster, .none): UIText.RosterColumn.allCases.map { words(.rosterColumn($0)) }
            case (.facilitate, .none):
              [words(.facilitateColumnGroup), words(.facilitateColumnClock), words(.facilitateLegend)]
            case (.notes, .editor):
              [words(.newNoteTitle(question: Question.roman(state.notesQuestion))), words(.keyPointField(false))]
            case (.roster, .form): [words(.addParticipantTitle)]
            case (.groups, .preview): [words(.proposedAssignment)]
            default: []
            }
          for heading in headings { #expect(buffer.text.contains(heading), "\(name): \(heading) cut off") }
        }
      }
    }
  }

  /// A message longer than the status line takes the line above too: none of it is cut off.
  @Test(arguments: [SessionLanguage.spanish, .french])
  func aLongMessageIsShownWhole(language: SessionLanguage) {
    var state = Self.state(language, .notes, width: 80, height: 24)
    state.message = state.words(.editConflict)
    #expect(DisplayWidth.of(state.message!) > 79)
    let lines = render(state).lines
    let shown = (lines[22] + " " + lines[23]).split(separator: " ").joined(separator: " ")
    #expect(shown.contains(state.message!), "\(lines[22])\n\(lines[23])")
  }
}
