import Foundation
import Testing

/// The command line's messages in the person's language: `--lang` anywhere on the command line, else the locale.
@Suite struct CommandLineLanguageTests {
  @Test func aSpanishFacilitatorsCommandsAnswerInSpanish() throws {
    let folder = try scratchFolder()
    try ReportLanguageTests.makeMeeting(ReportLanguageTests.spanish, in: folder)
    let spanish = ["LANG": "es_PA.UTF-8"]
    func run(_ arguments: [String]) throws -> Binary.Result {
      try Binary.run(arguments, in: folder, environment: spanish)
    }
    let note = try run(["note", "add", "meeting", "--group", "finance", "--question", "2", "Indicadores compartidos"])
    #expect(note.status == 0)
    #expect(note.stdout.contains("Se guardó la nota"), "\(note.stdout)")
    #expect(note.stdout.contains("pregunta ii, primer día."), "\(note.stdout)")
    let line = try run(["plenary", "add", "meeting", "--section", "next-steps", "Reunirse en marzo."])
    #expect(line.stdout.contains("a Próximos pasos."), "\(line.stdout)")
    let list = try run(["plenary", "list", "meeting"])
    #expect(
      list.stdout.contains("Conclusiones") && list.stdout.contains("Desarrollo de la reunión")
        && list.stdout.contains(". (Primer día) Palabras de apertura"))
    #expect(try run(["agenda", "add", "meeting", "--day", "1", "14:00", "Plenario"]).stdout == "Añadido.\n")
    let groups = try run(["groups", "list", "meeting"])
    #expect(groups.stdout.contains("Referencia") && groups.stdout.contains("Relatoría"), "\(groups.stdout)")
    #expect(try run(["themes", "list", "meeting"]).stdout.contains("Nombre corto"))
    #expect(try run(["backup", "meeting", "copia.sqlite"]).stdout == "Se guardó una copia en copia.sqlite.\n")
    let purge = try run(["purge", "meeting"])
    #expect(purge.status != 0 && purge.stderr.contains("indique qué purgar"), "\(purge.stderr)")
    let roster = try run(["roster", "list", "meeting"])
    #expect(roster.stdout.contains("Tipo de actor") && roster.stdout.contains("Sector privado"), "\(roster.stdout)")
    let assign = try run(["assign", "meeting", "--reshuffle", "--dry-run"])
    #expect(assign.status == 0, "\(assign.stderr)")
    #expect(assign.stdout.contains("(menor es mejor, 0 es lo ideal)") && assign.stdout.contains("Tipo de actor"))
    #expect(assign.stdout.hasSuffix("Prueba: no se guardó nada.\n"), "\(assign.stdout)")
    let explained = try run(["assign", "meeting", "--dry-run", "--explain", "Ana Quispe"])
    #expect(
      explained.stdout.contains("Ana Quispe está en ") && explained.stdout.contains("Aquí: Q = "), "\(explained.stdout)"
    )
    // Errors, storage's among them, in Spanish too.
    let wrongGroup = try run(["note", "add", "meeting", "--group", "nada", "--question", "1", "x"])
    #expect(
      wrongGroup.status != 0 && wrongGroup.stderr.contains("no hay grupo \u{00AB}nada\u{00BB}"), "\(wrongGroup.stderr)")
    let missing = try run(["export", "ninguna", "--format", "md"])
    #expect(missing.status != 0 && missing.stderr.contains("no hay ninguna sesión en"), "\(missing.stderr)")
    let empty = try run(["note", "add", "meeting", "--group", "finance", "--question", "1", "   "])
    #expect(empty.status != 0 && empty.stderr.contains("la nota está vacía"), "\(empty.stderr)")
  }

  @Test func langAnywhereOnTheCommandLineWins() throws {
    let folder = try scratchFolder()
    try ReportLanguageTests.makeMeeting(ReportLanguageTests.spanish, in: folder)
    let before = try Binary.run(
      ["--lang", "fr", "plenary", "list", "meeting"], in: folder, environment: ["LANG": "es_PA.UTF-8"])
    #expect(
      before.stdout.contains("Conclusions") && before.stdout.contains("Déroulement de la réunion")
        && before.stdout.contains(". (Premier jour) Palabras de apertura"))
    let after = try Binary.run(["agenda", "add", "meeting", "09:00", "Ouverture", "--lang=fr"], in: folder)
    #expect(after.stdout == "Ajouté.\n", "\(after.stdout)\(after.stderr)")
    let english = try Binary.run(
      ["agenda", "add", "meeting", "09:30", "Opening", "--lang", "en"], in: folder, environment: ["LANG": "fr_FR.UTF-8"]
    )
    #expect(english.stdout == "Added.\n")
    let wrong = try Binary.run(["--lang", "de", "plenary", "list", "meeting"], in: folder)
    #expect(wrong.status != 0 && wrong.stderr.contains("--lang is en, es or fr"), "\(wrong.stderr)")
  }

  /// A registration file's problems are said in the person's language, with the line to look at.
  @Test func aRegistrationFilesProblemsAreSaidInSpanish() throws {
    let folder = try scratchFolder()
    #expect(try Binary.run(["new", "m", "--title", "T", "--language", "es"], in: folder).status == 0)
    try write(
      "Nombre,Correo,Sector\nAna Lima,ana@example.org,Gobierno\nBo Ruiz,ana@example.org,Marciano\n",
      to: folder + "/duplicado.csv")
    let duplicate = try Binary.run(
      ["roster", "import", "m", "duplicado.csv"], in: folder, environment: ["LANG": "es_PA.UTF-8"])
    #expect(duplicate.status != 0)
    #expect(
      duplicate.stderr.contains("línea 3: el correo ana@example.org ya está en la línea 2"), "\(duplicate.stderr)")
    let noGroups = try Binary.run(["assign", "m"], in: folder, environment: ["LANG": "es_PA.UTF-8"])
    #expect(noGroups.status != 0 && noGroups.stderr.contains("la sesión aún no tiene grupos"), "\(noGroups.stderr)")
    try write("Nombre,Sector\nAna Lima,Gobierno\nBo Ruiz,Marciano\n", to: folder + "/tipos.csv")
    let types = try Binary.run(
      ["roster", "import", "m", "tipos.csv"], in: folder, environment: ["LANG": "es_PA.UTF-8"])
    #expect(types.status == 0, "\(types.stderr)")
    #expect(types.stdout.contains("Añadidas 2, actualizadas 0, sin cambios 0."), "\(types.stdout)")
    #expect(
      types.stderr.contains(
        "aviso: el tipo de actor \u{00AB}Marciano\u{00BB} (1 persona) no se reconoció y se registra como Otro"),
      "\(types.stderr)")
  }
}
