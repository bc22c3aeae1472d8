import Foundation
import Testing

/// A meeting held in Spanish or French starts with its themes and key questions in that language, on a file and on
/// a server alike; the themes' short names, which commands type, stay the same.
@Suite struct SessionLanguageTests {
  @Test(arguments: [
    ("es", "Cadena de suministro", "¿Cuáles son los principales desafíos", "Buenas prácticas"),
    ("fr", "Chaîne d\u{2019}approvisionnement", "Quels sont les principaux défis", "Bonnes pratiques"),
  ])
  func aNewSessionInThatLanguageHasItsThemesAndQuestions(
    language: String, theme: String, question: String, title: String
  ) throws {
    let folder = try scratchFolder()
    var sessions = ["meeting"]
    if testServerGiven { sessions.append(try ServerSessionTests.address()) }
    for session in sessions {
      let created = try Binary.run(["new", session, "--title", "Reunión", "--language", language], in: folder)
      #expect(created.status == 0, "\(created.stderr)")
      let themes = try Binary.run(["themes", "list", session], in: folder)
      #expect(themes.stdout.contains(theme) && themes.stdout.contains("supply-chain"), "\(themes.stdout)")
      let questions = try Binary.run(["questions", "list", session], in: folder)
      #expect(questions.stdout.contains(question), "\(questions.stdout)")
      #expect(try Binary.run(["groups", "set", session, "supply-chain=1"], in: folder).status == 0)
      let note = try Binary.run(
        ["note", "add", session, "--group", "supply-chain", "--question", "2", "Sindicatos y empresas"], in: folder)
      #expect(note.status == 0, "\(note.stderr)")
      let summary = try Binary.run(["export", session, "--format", "md", "--all-notes"], in: folder)
      // Headings keep the theme as the meeting writes it (English title case is English only).
      #expect(summary.stdout.contains(title) && summary.stdout.contains(theme), "\(summary.stdout)")
    }
    let wrong = try Binary.run(["new", "other", "--title", "X", "--language", "de"], in: folder)
    #expect(wrong.status != 0 && wrong.stderr.contains("--language is en, es or fr"), "\(wrong.stderr)")
  }
}
