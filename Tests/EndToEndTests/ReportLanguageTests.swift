import BreakoutCore
import BreakoutTUI
import Foundation
import Testing

/// A Spanish (or French) meeting, from `breakout new --language` to every export under every attribution, has no
/// English word of the report's catalogue anywhere a reader sees; its HTML and Word files say their language.
@Suite struct ReportLanguageTests {
  struct Meeting: Sendable, CustomTestStringConvertible {
    var language: SessionLanguage
    var title: String
    var region: String
    var registration: String
    var leads: [(group: String, moderator: String, rapporteur: String)]
    /// group, question, speaker (may be empty), tags, key point, text
    var notes: [(String, String, String, [String], Bool, String)]
    var plenary: [(section: String, text: String)]
    var agenda: [(time: String, title: String)]
    /// Words the report must use (headings from the issue, the language's day name).
    var expected: [String]
    var testDescription: String { language.rawValue }
  }

  static let spanish = Meeting(
    language: .spanish,
    title: "Alianzas público-privadas contra la trata de personas",
    region: "México, Centroamérica y el Caribe",
    registration: """
      Nombre,Apellido,Organización,País,Correo electrónico,Sector,Grupo preferido,Rol,Consentimiento
      Lucía,Herrera,Oficina Regional,Panamá,lucia@example.org,Organización internacional,,Facilitadora,sí
      María,Santos,Fiscalía General,Panamá,maria@example.org,Gobierno,Cadena de suministro,Relatora,sí
      José Luis,Pérez,Fundación Pro Niños,Guatemala,jose@example.org,Sociedad civil,Cadena de suministro,Moderador,sí
      Ana,Quispe,Banco del Caribe,República Dominicana,ana@example.org,Sector privado,Instituciones financieras,Participante,no
      Diego,Ramírez,Universidad de Panamá,Panamá,diego@example.org,Academia,Tecnología,Relator,sí
      Valentina,Rojas,Ministerio de Trabajo,México,valentina@example.org,Gobierno,Tecnología,Moderadora,sí
      Camila,Torres,Cooperativa Textil,Honduras,camila@example.org,Sector privado,Cadena de suministro,Participante,no
      Andrés,Castillo,Red de Sobrevivientes,El Salvador,andres@example.org,Sociedad civil,Instituciones financieras,Relator,sí
      Sofía,Mendoza,Unidad de Análisis Financiero,Costa Rica,sofia@example.org,Gobierno,Instituciones financieras,Moderadora,sí
      Mateo,Jiménez,Plataforma Digital,México,mateo@example.org,Sector privado,Tecnología,Participante,sí
      Isabel,Cruz,Defensoría del Pueblo,Nicaragua,isabel@example.org,Gobierno,Cadena de suministro,Participante,sí
      Tomás,Vargas,Asociación Bancaria,Panamá,tomas@example.org,Sector privado,Instituciones financieras,Participante,sí
      """,
    leads: [
      ("supply-chain-1", "José Luis Pérez", "María Santos"), ("technology", "Valentina Rojas", "Diego Ramírez"),
      ("finance", "Sofía Mendoza", "Andrés Castillo"),
    ],
    notes: [
      ("supply-chain-1", "1", "", [], true, "Falta confianza entre los distintos actores."),
      ("supply-chain-1", "2", "Camila Torres", ["practice"], true, "Auditorías conjuntas con sindicatos en Honduras."),
      ("supply-chain-2", "1", "", [], false, "Las pequeñas empresas no conocen sus riesgos."),
      ("supply-chain-2", "3", "Isabel Cruz", ["recommendation"], true, "Crear mesas de diálogo permanentes."),
      ("technology", "4", "Mateo Jiménez", ["quote"], true, "La tecnología no sustituye a las personas."),
      ("finance", "1", "Ana Quispe", [], true, "Los bancos temen abrir sus puertas a las ONG."),
      ("finance", "3", "Tomás Vargas", ["recommendation"], true, "Compartir indicadores de alerta entre bancos."),
    ],
    plenary: [
      ("conclusions", "Las alianzas necesitan confianza y tiempo."),
      ("recommendations", "Formalizar los acuerdos de cooperación."),
      ("key-messages", "Nadie puede hacerlo solo."), ("next-steps", "Publicar el informe en enero."),
      ("proceedings", "Palabras de apertura de la Oficina Regional."),
    ],
    agenda: [("09:00", "Apertura"), ("10:30", "Grupos de trabajo")],
    expected: [
      "Antecedentes", "Conclusiones", "Recomendaciones", "Mensajes clave", "Próximos pasos", "Primer día",
      "Grupo de trabajo 1", "Desafíos",
    ])

  static let french = Meeting(
    language: .french,
    title: "Partenariats public-privé contre la traite des personnes",
    region: "Afrique de l\u{2019}Ouest et du Centre",
    registration: """
      Prénom;Nom;Organisation;Pays;Courriel;Secteur;Groupe souhaité;Rôle;Consentement
      Nadia;Benali;Bureau régional;Sénégal;nadia@example.org;Organisation internationale;;Animatrice;oui
      Aïcha;Diallo;Ministère de la Justice;Sénégal;aicha@example.org;Gouvernement;Chaîne d'approvisionnement;Rapporteuse;oui
      Jean-Marc;Kouassi;Banque Atlantique;Côte d'Ivoire;jm@example.org;Secteur privé;Institutions financières;Participant;non
      Fatou;Ndiaye;Enfance Protégée;Mali;fatou@example.org;ONG;Technologie;Rapporteur;oui
      Moussa;Traoré;Coopérative du coton;Burkina Faso;moussa@example.org;Secteur privé;Chaîne d'approvisionnement;Participant;non
      Awa;Sow;Université Cheikh Anta Diop;Sénégal;awa@example.org;Université;Chaîne d'approvisionnement;Modératrice;oui
      Ibrahima;Keita;Cellule de renseignement financier;Guinée;ibrahima@example.org;Gouvernement;Institutions financières;Modérateur;oui
      Mariam;Coulibaly;Plateforme numérique;Côte d'Ivoire;mariam@example.org;Secteur privé;Technologie;Participante;oui
      Koffi;Mensah;Syndicat des transporteurs;Togo;koffi@example.org;Société civile;Chaîne d'approvisionnement;Participant;oui
      Yves;Tshibanda;Ministère du Travail;Cameroun;yves@example.org;Gouvernement;Technologie;Modérateur;oui
      Clarisse;Mbarga;Association des banques;Cameroun;clarisse@example.org;Secteur privé;Institutions financières;Rapporteuse;oui
      Ousmane;Fall;Réseau des survivants;Sénégal;ousmane@example.org;ONG;Chaîne d'approvisionnement;Participant;oui
      """,
    leads: [
      ("supply-chain-1", "Awa Sow", "Aïcha Diallo"), ("technology", "Yves Tshibanda", "Fatou Ndiaye"),
      ("finance", "Ibrahima Keita", "Clarisse Mbarga"),
    ],
    notes: [
      ("supply-chain-1", "1", "", [], true, "La confiance manque entre les acteurs."),
      ("supply-chain-1", "2", "Moussa Traoré", ["practice"], true, "Des audits conjoints avec les syndicats."),
      ("supply-chain-2", "1", "", [], false, "Les petites entreprises ignorent leurs risques."),
      ("supply-chain-2", "3", "Koffi Mensah", ["recommendation"], true, "Créer des espaces de dialogue permanents."),
      ("technology", "4", "Mariam Coulibaly", ["quote"], true, "La technologie ne remplace pas les personnes."),
      ("finance", "1", "Jean-Marc Kouassi", [], true, "Les banques craignent d\u{2019}ouvrir leurs portes aux ONG."),
      ("finance", "3", "Clarisse Mbarga", ["recommendation"], true, "Partager des indicateurs d\u{2019}alerte."),
    ],
    plenary: [
      ("conclusions", "Les partenariats demandent confiance et temps."),
      ("recommendations", "Formaliser les accords de coopération."),
      ("key-messages", "Personne ne peut agir seul."), ("next-steps", "Publier le rapport en janvier."),
      ("proceedings", "Mot d\u{2019}ouverture du Bureau régional."),
    ],
    agenda: [("09:00", "Ouverture"), ("10:30", "Groupes de travail")],
    expected: [
      "Contexte", "Conclusions", "Recommandations", "Messages clés", "Prochaines étapes", "Premier jour",
      "Groupe de travail 1", "Défis",
    ])

  /// The English words of the report's catalogue that the other language does not also use ("Conclusions" is
  /// French too), lowercased.
  static func englishWords(missingFrom language: SessionLanguage) -> Set<String> {
    func words(_ catalogue: ReportWords) -> Set<String> {
      Set(
        ReportPhrase.samples.flatMap { phrase in
          catalogue(phrase).lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 }
        })
    }
    return words(.english).subtracting(words(ReportWords(language)))
  }

  /// The words a reader sees in an export: the visible text of HTML and Word, the values (not the keys or the
  /// fixed identifiers) of JSON.
  static func visibleText(_ data: Data, format: String) throws -> String {
    let text = String(decoding: data, as: UTF8.self)
    switch format {
    case "html":
      return text.replacingOccurrences(of: "(?s)<style>.*</style>", with: " ", options: .regularExpression)
        .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    case "docx":
      let runs = try NSRegularExpression(pattern: "<w:t[^>]*>([^<]*)</w:t>|<dc:title>([^<]*)</dc:title>")
      return runs.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
        [1, 2].compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }.joined()
      }.joined(separator: "\n")
    case "json":
      var values: [String] = []
      func collect(_ value: Any, key: String?) {
        let identifiers: Set<String> = ["schema", "attribution", "section", "tags", "language", "reference"]
        if let string = value as? String, !identifiers.contains(key ?? "") { values.append(string) }
        if let array = value as? [Any] { for element in array { collect(element, key: key) } }
        if let object = value as? [String: Any] { for (name, element) in object { collect(element, key: name) } }
      }
      collect(try JSONSerialization.jsonObject(with: data), key: nil)
      return values.joined(separator: "\n")
    default: return text
    }
  }

  static func makeMeeting(_ meeting: Meeting, in folder: String) throws {
    func run(_ arguments: [String]) throws {
      let result = try Binary.run(arguments, in: folder)
      guard result.status == 0 else { throw HarnessError("\(arguments.prefix(3)): \(result.stderr)") }
    }
    try run([
      "new", "meeting", "--title", meeting.title, "--region", meeting.region, "--start", "2020-12-01", "--days", "2",
      "--organiser", "UNODC", "--language", meeting.language.rawValue,
    ])
    try write(meeting.registration + "\n", to: folder + "/registro.csv")
    try run(["roster", "import", "meeting", "registro.csv"])
    try run(["groups", "set", "meeting", "supply-chain=2", "technology=1", "finance=1"])
    try run(["assign", "meeting", "--seed", "7"])
    for lead in meeting.leads {
      try run([
        "groups", "lead", "meeting", lead.group, "--moderator", lead.moderator, "--rapporteur", lead.rapporteur,
        "--allow-second-group",
      ])
    }
    for (group, question, speaker, tags, key, text) in meeting.notes {
      var arguments = ["note", "add", "meeting", "--group", group, "--question", question, "--day", "1"]
      if !speaker.isEmpty { arguments += ["--speaker", speaker] }
      for tag in tags { arguments += ["--tag", tag] }
      if key { arguments.append("--key") }
      try run(arguments + [text])
    }
    for line in meeting.plenary {
      let day = line.section == "proceedings" ? ["--day", "1"] : []
      try run(["plenary", "add", "meeting", "--section", line.section] + day + [line.text])
    }
    for item in meeting.agenda { try run(["agenda", "add", "meeting", "--day", "1", item.time, item.title]) }
  }

  @Test(arguments: [spanish, french])
  func everyExportOfTheMeetingIsInItsLanguage(meeting: Meeting) throws {
    let folder = try scratchFolder()
    try Self.makeMeeting(meeting, in: folder)
    let english = Self.englishWords(missingFrom: meeting.language)
    #expect(english.contains("background") && english.contains("breakout"), "\(english.sorted())")
    let variants: [[String]] = [[], ["--all-notes"], ["--merge-themes"], ["--day", "1", "--trace"]]
    for mode in ["named", "affiliation", "none"] {
      for variant in variants {
        for format in ExportTests.formats {
          let output = "out-\(mode).\(format)"
          let result = try Binary.run(
            ["export", "meeting", "--format", format, "--attribution", mode, "--output", output] + variant, in: folder)
          #expect(result.status == 0, "\(format) \(mode) \(variant): \(result.stderr)")
          let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + output))
          let visible = try Self.visibleText(data, format: format)
          let seen = Set(visible.lowercased().split { !$0.isLetter }.map(String.init))
          let found = seen.intersection(english)
          #expect(found.isEmpty, "\(format) \(mode) \(variant) has English: \(found.sorted())\n\(visible)")
          if format == "md" && variant.isEmpty {
            for word in meeting.expected { #expect(visible.contains(word), "\(word) missing from\n\(visible)") }
          }
          if format == "html" {
            #expect(String(decoding: data, as: UTF8.self).contains("<html lang=\"\(meeting.language.rawValue)\">"))
          }
          if format == "docx" {
            let xml = String(decoding: data, as: UTF8.self)
            #expect(xml.contains("<dc:language>\(meeting.language.rawValue)</dc:language>"))
            #expect(xml.contains("<w:lang w:val=\"\(ReportWords(meeting.language).documentLanguage)\"/>"))
          }
          if format == "json" {
            let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect(parsed?["language"] as? String == meeting.language.rawValue)
          }
        }
      }
    }
    // A speaker who did not consent is described in the meeting's language.
    let named = try String(contentsOfFile: folder + "/out-named.md", encoding: .utf8)
    #expect(named.contains(ReportWords(meeting.language)(.affiliation(.privateSector))), "\(named)")
  }

  /// The compendium across meetings speaks their language when they share one, or the one asked for.
  @Test func theCompendiumOfSpanishMeetingsIsInSpanish() throws {
    let folder = try scratchFolder()
    try Self.makeMeeting(Self.spanish, in: folder)
    let english = Self.englishWords(missingFrom: .spanish)
    for format in ["md", "html", "json", "docx"] {
      let result = try Binary.run(
        ["compendium", "meeting", "--format", format, "--output", "compendio.\(format)"], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/compendio.\(format)"))
      let visible = try Self.visibleText(data, format: format)
      let found = Set(visible.lowercased().split { !$0.isLetter }.map(String.init)).intersection(english)
      #expect(found.isEmpty, "\(format) has English: \(found.sorted())\n\(visible)")
      if format == "md" {
        #expect(visible.contains("Compendio de prácticas prometedoras"), "\(visible)")
        #expect(visible.contains("Recomendaciones de todas las regiones"))
      }
      if format == "html" { #expect(String(decoding: data, as: UTF8.self).contains("<html lang=\"es\">")) }
    }
    let french = try Binary.run(["compendium", "meeting", "--format", "md", "--language", "fr"], in: folder)
    #expect(french.stdout.contains("Recueil de pratiques prometteuses"), "\(french.stdout)")
  }

  /// A summary's CSV, headed in its meeting's language, is read back by `note import` into another session.
  @Test(arguments: [spanish, french])
  func aCSVInTheMeetingsLanguageImportsBack(meeting: Meeting) throws {
    let folder = try scratchFolder()
    try Self.makeMeeting(meeting, in: folder)
    let export = try Binary.run(
      ["export", "meeting", "--format", "csv", "--all-notes", "--output", "notas.csv"], in: folder)
    #expect(export.status == 0, "\(export.stderr)")
    let header = try String(contentsOfFile: folder + "/notas.csv", encoding: .utf8).prefix { $0 != "\r\n" }
    #expect(header == ReportWords(meeting.language).csvHeader.joined(separator: ","))
    let copy = try Binary.run(
      ["new", "copia", "--title", "Copia", "--language", meeting.language.rawValue], in: folder)
    #expect(copy.status == 0)
    #expect(
      try Binary.run(["groups", "set", "copia", "supply-chain=2", "technology=1", "finance=1"], in: folder).status == 0)
    let imported = try Binary.run(["note", "import", "copia", "notas.csv"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let original = try Binary.run(["export", "meeting", "--format", "json", "--all-notes"], in: folder)
    let again = try Binary.run(["export", "copia", "--format", "json", "--all-notes"], in: folder)
    func keyPoints(_ json: String) throws -> [String] {
      let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      let groups = document?["groups"] as? [[String: Any]] ?? []
      return groups.flatMap { group in
        (group["questions"] as? [[String: Any]] ?? []).flatMap { question in
          (question["notes"] as? [[String: Any]] ?? []).map { note in
            "\(note["text"] ?? "") \(note["keyPoint"] ?? "")"
          }
        }
      }
    }
    #expect(try keyPoints(again.stdout) == keyPoints(original.stdout))
  }
}

/// The screen in the person's language, through the real binary in a real terminal: chosen by the locale or by
/// `--lang`, apart from the meeting's language.
@Suite(.serialized) struct ScreenLanguageTests {
  /// English words the screen would show in English (tabs, column headings, status-bar labels, help lines) that the
  /// language does not also use, lowercased.
  static func englishWords(missingFrom language: SessionLanguage) -> Set<String> {
    let words = InterfaceWords(language)
    let messages: [UIText] =
      Screen.allCases.map { .screenTitle($0) } + UIText.RosterColumn.allCases.map { .rosterColumn($0) } + [
        .facilitateColumnGroup, .facilitateColumnNow, .facilitateColumnClock, .facilitateLegend, .latestKeyPoints,
        .noKeyPointYet, .noClock, .clockRunning("1:00"), .clockReady("1:00"), .noNotesYet, .unattributed,
        .keyPointField(false), .speakerField("x"), .tagsField("x"), .noTags, .onQuestion("i"),
      ]
    func split(_ texts: [String]) -> Set<String> {
      Set(texts.flatMap { $0.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 } })
    }
    let english = split(messages.map { InterfaceWords.english($0) } + Command.all.map(\.summary))
    let theirs = split(messages.map { words($0) } + Command.all.map { words.help($0) } + Command.all.map(words.hint))
    return english.subtracting(theirs).subtracting(["enter", "esc", "tab", "home", "end", "pgdn", "pgup", "del"])
  }

  static func words(of screen: String) -> Set<String> {
    Set(screen.lowercased().split { !$0.isLetter }.map(String.init))
  }

  @Test func aSpanishMeetingRunsInSpanishFromTheLocale() throws {
    let folder = try scratchFolder()
    try ReportLanguageTests.makeMeeting(ReportLanguageTests.spanish, in: folder)
    let terminal = try TmuxTerminal(width: 100, height: 30, folder: folder)
    try terminal.type("LANG=es_PA.UTF-8 '\(Binary.path)' meeting --author ana; echo \"EXIT=$?\"")
    try terminal.press("Enter")
    let english = Self.englishWords(missingFrom: .spanish)
    // The status bar is drawn last: once its help key shows, the frame is whole.
    var shown = try terminal.waitFor("? ayuda")
    #expect(shown.found, "\(shown.screen)")
    // Each screen's own words, which only it shows, say it is there.
    for (screen, mark) in [
      ("1", "Organización"), ("2", "menor es mejor"), ("3", "Reloj"), ("5", "Resumen: todos"), ("4", "en la pregunta"),
    ] {
      try terminal.type(screen)
      shown = try terminal.waitFor(mark)
      #expect(shown.found, "screen \(screen):\n\(shown.screen)")
      let found = Self.words(of: shown.screen).intersection(english)
      #expect(found.isEmpty, "screen \(screen) shows English \(found.sorted()):\n\(shown.screen)")
    }
    try terminal.type("a")
    #expect(try terminal.waitFor("Nota nueva").found)
    try terminal.type("Los sindicatos participan")
    try terminal.press("Enter")
    let saved = try terminal.waitFor("Nota guardada en la pregunta")
    #expect(saved.found, "\(saved.screen)")
    try terminal.type("?")
    // The help's lines are drawn top to bottom: wait for one of its own lines, not only its heading.
    let help = try terminal.waitFor("añadir una nota a la pregunta actual")
    #expect(help.found && help.screen.contains("Teclas de la pantalla Notas"), "\(help.screen)")
    #expect(Self.words(of: help.screen).intersection(english).isEmpty, "\(help.screen)")
    try terminal.press("Escape")
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
  }

  @Test func aFrenchFacilitatorRunsASpanishMeetingWithLang() throws {
    let folder = try scratchFolder()
    try ReportLanguageTests.makeMeeting(ReportLanguageTests.spanish, in: folder)
    let terminal = try TmuxTerminal(width: 100, height: 30, folder: folder)
    try terminal.type("LANG=es_PA.UTF-8 '\(Binary.path)' meeting --lang fr; echo \"EXIT=$?\"")
    try terminal.press("Enter")
    let shown = try terminal.waitFor("? aide")
    #expect(shown.found, "\(shown.screen)")
    // The screen is French; the meeting's own words (its groups, its questions) stay Spanish.
    #expect(shown.screen.contains("Animation") && shown.screen.contains("(grupo A)"), "\(shown.screen)")
    try terminal.type("4")
    let notes = try terminal.waitFor("à la question")
    #expect(notes.found && notes.screen.contains("¿Cuáles son los principales desafíos"), "\(notes.screen)")
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    let refused = try Binary.run(["meeting", "--lang", "de"], in: folder)
    #expect(refused.status != 0 && refused.stderr.contains("--lang is en, es or fr"), "\(refused.stderr)")
  }
}
