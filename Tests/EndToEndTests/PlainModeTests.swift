import Foundation
import Testing

/// The plain line mode, as a blind rapporteur's screen reader or a script meets it: through a pipe and through a
/// real terminal with TERM=dumb. Every answer and every change is one line; nothing is drawn.
@Suite(.serialized) struct PlainModeTests {
  /// Runs the binary with these lines on standard input (a pipe, no terminal).
  static func run(_ lines: [String], arguments: [String], in folder: String, environment: [String: String] = [:])
    throws -> Binary.Result
  {
    try Binary.run(arguments, in: folder, environment: environment, input: lines.joined(separator: "\n") + "\n")
  }

  @Test func aRapporteursWholeJobThroughAPipe() throws {
    let (_, folder) = try demoShell()
    let result = try Self.run(
      [
        "note ii Banks fear opening their doors to NGOs", "speaker Mamta Thadani", "key", "tag practice quote",
        "note Joint typologies with the FIU", "edit 9999 nothing", "notes ii", "clock", "ask Can someone join us?",
        "summary", "export md finance.md", "bogus", "quit",
      ],
      arguments: ["sessions/demo.sqlite", "--plain", "--rapporteur", "finance", "--author", "ana"], in: folder)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(result.status == 0, "\(result.stdout)")
    // No escape sequence at all: no colour, no cursor movement, no redrawn line.
    #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\r"))
    #expect(lines.first?.contains("You take the notes of Group 4, Financial institutions") == true)
    let saved = try #require(lines.first { $0.hasPrefix("Note ") && $0.contains(" saved: Group 4") })
    let id = try #require(Int(saved.dropFirst(5).prefix { $0.isNumber }))
    #expect(saved == "Note \(id) saved: Group 4, Financial institutions, question ii.")
    #expect(lines.contains("Note \(id): speaker Mamta Thadani."))
    #expect(lines.contains("Note \(id) is a key point."))
    #expect(lines.contains("Note \(id): tags practice, quote."))
    #expect(lines.contains("There is no note 9999 in this group."))
    #expect(
      lines.contains(
        "Note \(id), question ii, key point: Banks fear opening their doors to NGOs. Speaker: Mamta Thadani. Tags: practice, quote."
      ), "\(result.stdout)")
    #expect(lines.contains("Group 4, Financial institutions: question i, no clock."), "\(result.stdout)")
    #expect(lines.contains("The facilitator has been asked for help; it shows on their screen until they see it."))
    #expect(lines.contains { $0.hasPrefix("Exported to ") && $0.contains("finance.md") }, "\(result.stdout)")
    #expect(lines.contains("Unknown command \"bogus\": type help for the commands."))
    // Quitting waits for the export under way, and says what it came to.
    #expect(lines.contains("Closing."))
    // What was typed is in the session: the note, its speaker, key point and tags, in one note with its history.
    let json = try Binary.run(
      ["export", "demo", "--format", "json", "--all-notes", "--attribution", "named"], in: folder)
    #expect(json.stdout.contains("Banks fear opening their doors to NGOs"))
    #expect(json.stdout.contains("Joint typologies with the FIU"))
    let markdown = try String(contentsOfFile: folder + "/finance.md", encoding: .utf8)
    #expect(markdown.contains("Banks fear opening their doors to NGOs"))
  }

  @Test func theFacilitatorsChangesAreAnnouncedInARealTerminalWithTermDumb() throws {
    let (terminal, folder) = try demoShell(width: 120, height: 40)
    try terminal.type(
      "TERM=dumb '\(Binary.path)' sessions/demo.sqlite --rapporteur finance --author ana; echo \"EXIT=$?\"")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("Type help for the commands.").found)
    // The facilitator, elsewhere (plain too, through a pipe): a message, a one-minute clock on question ii.
    let facilitator = try Self.run(
      ["broadcast Five minutes left, please wrap up", "timebox all ii 1", "quit"],
      arguments: ["sessions/demo.sqlite", "--plain", "--author", "facilitator"], in: folder)
    #expect(facilitator.stdout.contains("Broadcast sent to every group."), "\(facilitator.stdout)")
    let message = try terminal.waitFor("Message from the facilitator")
    #expect(message.found && message.screen.contains("Five minutes left, please wrap up"), "\(message.screen)")
    let moved = try terminal.waitFor("Group 4, Financial institutions: now on question ii.")
    #expect(moved.found, "\(moved.screen)")
    #expect(try terminal.waitFor("Group 4, Financial institutions: one minute left.").found)
    // A note another rapporteur adds to the group is read out.
    let added = try Binary.run(
      ["note", "add", "demo", "--group", "finance", "--question", "2", "--author", "bo", "Shared red flags"],
      in: folder)
    #expect(added.status == 0)
    let heard = try terminal.waitFor("New note, Group 4, Financial institutions, question ii, by bo: Shared red flags")
    #expect(heard.found, "\(heard.screen)")
    try terminal.type("note Typed in a real terminal")
    try terminal.press("Enter")
    #expect(try terminal.waitFor(matching: "Note [0-9]+ saved: Group 4, Financial institutions, question ii\\.").found)
    try terminal.type("quit")
    try terminal.press("Enter")
    let ended = try terminal.waitFor("EXIT=0")
    #expect(ended.found, "\(ended.screen)")
    #expect(try !terminal.onAlternateScreen())
  }

  @Test func thePlainModeSpeaksSpanish() throws {
    let (_, folder) = try demoShell()
    let result = try Self.run(
      ["ayuda", "nota ii Los bancos temen abrir sus puertas", "clave", "reloj", "salir"],
      arguments: ["sessions/demo.sqlite", "--plain", "--rapporteur", "finance", "--author", "ana"], in: folder,
      environment: ["LANG": "es_PA.UTF-8"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Escriba ayuda para ver las órdenes."), "\(result.stdout)")
    #expect(result.stdout.contains("nota [PREGUNTA] TEXTO: añade una nota"))
    #expect(result.stdout.contains(" guardada: grupo 4, Financial institutions, pregunta ii."), "\(result.stdout)")
    #expect(result.stdout.contains("es un punto clave."))
    #expect(result.stdout.contains("Grupo 4, Financial institutions: pregunta i, sin reloj."))
    #expect(result.stdout.hasSuffix("Cerrando.\n"))
  }

  /// A note typed in the plain mode keeps every code point: Thai, Devanagari, Persian with a ZWNJ, an emoji family
  /// and Sinhala with a ZWJ reach the session and the export exactly as typed.
  @Test func notesInAnyScriptArriveExactly() throws {
    let (_, folder) = try demoShell()
    let texts = [
      "ธนาคารกลัวการเปิดประตู", "बैंक डरते हैं", "می\u{200C}خواهم همکاری کنیم", "👩\u{200D}👩\u{200D}👧 ශ\u{0DCA}\u{200D}රී",
    ]
    let result = try Self.run(
      texts.map { "note ii \($0)" } + ["quit"],
      arguments: ["sessions/demo.sqlite", "--plain", "--rapporteur", "finance", "--author", "ana"], in: folder)
    #expect(result.status == 0, "\(result.stdout)")
    let json = try Binary.run(["export", "demo", "--format", "json", "--all-notes"], in: folder)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let notes = (document["groups"] as? [[String: Any]] ?? []).flatMap { group in
      (group["questions"] as? [[String: Any]] ?? []).flatMap { ($0["notes"] as? [[String: Any]] ?? []) }
    }
    let stored = notes.compactMap { $0["text"] as? String }
    for text in texts {
      #expect(stored.contains { $0.unicodeScalars.elementsEqual(text.unicodeScalars) }, "\(text) not stored exactly")
    }
  }
}
