import Foundation
import Testing

@testable import BreakoutCore

@Suite struct SummaryTests {
  static let time = Date(timeIntervalSince1970: 1_616_550_000)

  static func snapshot() -> SessionSnapshot {
    var snapshot = Fixtures.fourGroups()
    snapshot.info = SessionInfo(title: "Asia-Pacific REGM", region: "Asia-Pacific", startDate: "2021-03-24", days: 2)
    snapshot.participants = [
      Participant(
        id: 1, name: "Ana Lima", organisation: "Acme", stakeholderType: .privateSector, country: "Fiji",
        email: "ana@x.org", consentsToBeQuoted: true, groupID: 1),
      Participant(
        id: 2, name: "Ben Roy", organisation: "Ministry", stakeholderType: .government, country: "Nepal",
        email: "ben@x.org", groupID: 2),
    ]
    snapshot.groups[0].moderatorID = 1
    snapshot.groups[1].rapporteurID = 2
    func note(
      _ id: Int64, group: Int64 = 1, _ question: Int, _ text: String, key: Bool = true, speaker: Int64? = nil,
      tags: Set<NoteTag> = [], day: Int = 1
    ) -> Note {
      Note(
        id: id, groupID: group, questionNumber: question, day: day, createdAt: time.addingTimeInterval(Double(id)),
        author: "r",
        revisions: [
          NoteRevision(
            revision: 1, text: text, speakerID: speaker, tags: tags, isKeyPoint: key, editedAt: time, author: "r")
        ])
    }
    snapshot.notes = [
      note(1, 1, "Trust is hard to build.", key: false),
      note(2, 1, "Media raised awareness.", speaker: 1),
      note(3, 2, "# not a heading <script>alert(1)</script> [x](javascript:alert(1))", speaker: 2),
      note(4, group: 2, 1, "Media raised awareness.", speaker: 2),
      note(5, group: 3, 3, "Governments should share data.", tags: [.recommendation]),
      note(6, group: 4, 4, "Neither business nor government alone can fight it.", speaker: 1, tags: [.quote]),
      note(7, group: 4, 2, "Day two point.", day: 2),
    ]
    return snapshot
  }

  static func document(_ options: SummaryOptions = SummaryOptions()) -> SummaryDocument {
    SummaryDocument.compile(snapshot(), options: options, generatedAt: time)
  }

  @Test func keyPointsOnlyUnlessAllNotesAreAsked() {
    let keyOnly = Self.document(SummaryOptions(attribution: .named))
    #expect(!keyOnly.groups[0].questions[0].notes.contains { $0.text == "Trust is hard to build." })
    let all = Self.document(SummaryOptions(attribution: .named, allNotes: true))
    #expect(all.groups[0].questions[0].notes.map(\.text) == ["Media raised awareness.", "Trust is hard to build."])
  }

  @Test func groupsAreHeadedAsInTheReport() {
    let document = Self.document()
    #expect(document.groups.map(\.heading).first == "Breakout Group 1 \u{2013} Supply Chain (group A)")
    #expect(document.groups[3].heading == "Breakout Group 4 \u{2013} Financial Institutions")
  }

  @Test func aThemesGroupsAreMergedAndAPointMadeInBothIsListedOnce() {
    #expect(Self.document().themes.isEmpty, "no theme sections unless asked: every point is in its group")
    let supply = Self.document(SummaryOptions(mergeThemes: true)).themes[0]
    #expect(supply.groups == [1, 2])
    let question = supply.questions[0]
    #expect(question.notes.map(\.text) == ["Media raised awareness."])
    #expect(question.notes[0].groups == [1, 2])
    let markdown = MarkdownSummary.render(Self.document(SummaryOptions(mergeThemes: true)))
    #expect(markdown.contains("Media raised awareness. (groups 1 and 2)"), "no needless escapes")
    #expect(!MarkdownSummary.render(Self.document()).contains("(groups 1 and 2)"), "each group alone by default")
  }

  @Test func attributionModes() {
    let named = Self.document(SummaryOptions(attribution: .named))
    #expect(named.groups[0].questions[0].notes[0].speaker?.display == "Ana Lima, Acme")
    #expect(named.groups[0].questions[1].notes[0].speaker?.display == "a government official", "Ben did not consent")
    #expect(named.groups[0].moderator == "Ana Lima (Acme)")
    let affiliation = Self.document(SummaryOptions(attribution: .affiliation))
    #expect(
      affiliation.groups[0].questions[0].notes[0].speaker?.display == "a representative of a private sector company")
    let none = Self.document(SummaryOptions(attribution: .chathamHouse))
    #expect(none.groups.allSatisfy { $0.moderator == nil && $0.rapporteur == nil })
    #expect(none.groups.flatMap(\.questions).flatMap(\.notes).allSatisfy { $0.speaker == nil })
    #expect(Self.document().attribution == "affiliation", "Ben, who is quoted, did not consent")
  }

  @Test func underTheChathamHouseRuleNoNameOrganisationOrEmailIsWritten() throws {
    let document = Self.document(SummaryOptions(attribution: .chathamHouse, allNotes: true))
    let outputs = [
      MarkdownSummary.render(document), TextSummary.render(document), HTMLSummary.render(document),
      try JSONSummary.render(document), CSVSummary.render(document),
      String(decoding: DocxSummary.render(document), as: UTF8.self),
    ]
    for output in outputs {
      for secret in ["Ana Lima", "Ben Roy", "Acme", "Ministry", "ana@x.org", "ben@x.org", "Ana", "Lima"] {
        #expect(!output.contains(secret), "\(secret)")
      }
    }
  }

  @Test func notesThatNameSomeoneAreFoundBeforeAChathamHouseExport() {
    var session = Self.snapshot()
    session.notes.append(
      Note(
        id: 9, groupID: 1, questionNumber: 1, createdAt: Self.time, author: "r",
        revisions: [
          NoteRevision(revision: 1, text: "As Ben Roy of the Ministry said", editedAt: Self.time, author: "r")
        ]))
    let findings = ChathamHouseCheck.findings(in: session.notes, session: session)
    #expect(findings.map(\.noteID) == [9])
    #expect(findings[0].mentions.contains("Ben Roy"))
    #expect(findings[0].mentions.contains("Ministry"))
    let document = SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .chathamHouse, allNotes: true), generatedAt: Self.time)
    let texts = document.groups[0].questions[0].notes.map(\.text)
    #expect(texts.contains("As [withheld] of the [withheld] said"))
  }

  @Test func thePlenaryDrawsRecommendationsAndQuotes() {
    var session = Self.snapshot()
    session.plenary = [PlenaryItem(id: 1, section: .conclusions, text: "Collaboration is crucial.")]
    let document = SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .named), generatedAt: Self.time)
    let sections = Dictionary(uniqueKeysWithValues: document.plenary.map { ($0.section, $0.lines) })
    #expect(sections["conclusions"]?.map(\.text) == ["Collaboration is crucial."])
    #expect(sections["recommendations"]?.map(\.text) == ["Governments should share data."])
    #expect(sections["key-messages"]?.first?.speaker == SummaryDocument.Speaker(name: "Ana Lima", organisation: "Acme"))
    let markdown = MarkdownSummary.render(document)
    #expect(
      markdown.contains("\u{201C}Neither business nor government alone can fight it.\u{201D} \u{2014} Ana Lima, Acme"))
  }

  @Test func aDayFilterKeepsOneDay() {
    let dayTwo = Self.document(SummaryOptions(day: 2))
    #expect(dayTwo.groups.flatMap(\.questions).flatMap(\.notes).map(\.text) == ["Day two point."])
    #expect(MarkdownSummary.render(dayTwo).contains("Day Two only."))
  }

  @Test func traceAddsAReferenceToEachLine() {
    let text = TextSummary.render(Self.document(SummaryOptions(attribution: .named)), trace: true)
    #expect(text.contains("Media raised awareness. (Ana Lima, Acme) [g1 q.i #2]"))
  }

  @Test func jsonRoundTripsAndEveryLineIsTraceable() throws {
    let document = Self.document()
    let parsed = try JSONSummary.parse(Data(try JSONSummary.render(document).utf8))
    #expect(parsed == document)
    #expect(parsed.schema == "breakout.summary/3")
    let line = try #require(parsed.groups[0].questions[0].notes.first)
    #expect(line.noteID == 2 && line.groups == [1] && line.question == 1)
  }

  @Test func textIsWrappedAtEightyColumns() {
    let lines = TextSummary.lines(Self.document(SummaryOptions(allNotes: true)))
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    #expect(lines.contains("Breakout Group 1 \u{2013} Supply Chain (group A)"))
  }
}

@Suite struct EscapingTests {
  static let hostile = [
    "# x", "| a | b |", "<script>alert(1)</script>", "[x](javascript:alert(1))", "=HYPERLINK(\"http://x\")", "+1",
    "@SUM(1)", "a\u{0}b", "line\u{2028}break", "-1", "\u{1B}]0;title\u{07}",
  ]

  static func document() -> SummaryDocument {
    var session = Fixtures.fourGroups()
    session.notes = hostile.enumerated().map { index, text in
      Note(
        id: Int64(index + 1), groupID: 1, questionNumber: 1, createdAt: Date(timeIntervalSince1970: 0), author: "r",
        revisions: [
          NoteRevision(revision: 1, text: text, isKeyPoint: true, editedAt: Date(timeIntervalSince1970: 0), author: "r")
        ])
    }
    return SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .chathamHouse), generatedAt: Date(timeIntervalSince1970: 0))
  }

  @Test func markdownCannotBeInjected() {
    let markdown = MarkdownSummary.render(Self.document())
    // Escaped where it would act (cmark-gfm reads these back as text in MarkdownConsumerTests).
    #expect(markdown.contains("- \\<script>alert(1)\\</script>"))
    #expect(markdown.contains("- \\[x\\](javascript:alert(1))"))
    #expect(markdown.contains("- | a | b |"), "one line inside a list item cannot make a table")
    #expect(markdown.contains("- \\# x"))
    #expect(!markdown.contains("\u{0}") && !markdown.contains("\u{2028}") && !markdown.contains("\u{1B}"))
    #expect(MarkdownSummary.inline("1. first") == "1\\. first")
  }

  @Test func htmlAndWordEscapeMarkup() {
    let html = HTMLSummary.render(Self.document())
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(!html.contains("\u{0}") && !html.contains("\u{1B}"))
    let docx = String(decoding: DocxSummary.render(Self.document()), as: UTF8.self)
    #expect(!docx.contains("<script>"))
    #expect(!docx.contains("a\u{0}b"))
  }

  @Test func csvCellsCannotRunAsFormulas() {
    let csv = CSVSummary.render(Self.document())
    for formula in ["=HYPERLINK", "+1", "@SUM", "-1"] {
      #expect(!csv.contains(",\(formula)") && !csv.contains(",\"\(formula)"), "\(formula)")
      #expect(csv.contains("'\(formula)"), "\(formula)")
    }
    #expect(CSVSummary.restored("'=HYPERLINK(1)") == "=HYPERLINK(1)")
    #expect(CSVSummary.restored("'quoted") == "'quoted")
  }

  @Test func textShowsControlsInert() {
    let text = TextSummary.render(Self.document())
    #expect(!text.contains("\u{1B}") && !text.contains("\u{0}") && !text.contains("\u{2028}"))
  }
}

@Suite struct ZipTests {
  @Test func crcMatchesTheKnownValue() {
    #expect(ZipArchive.crc32(Data("123456789".utf8)) == 0xCBF4_3926)
  }
}

@Suite struct MultiLineNoteTests {
  @Test func aNoteOnSeveralLinesKeepsItsLineBreaksInEveryFormat() {
    var session = Fixtures.fourGroups()
    let time = Date(timeIntervalSince1970: 0)
    session.notes = [
      Note(
        id: 1, groupID: 1, questionNumber: 1, createdAt: time, author: "r",
        revisions: [
          NoteRevision(revision: 1, text: "first line\nsecond line", isKeyPoint: true, editedAt: time, author: "r")
        ])
    ]
    let document = SummaryDocument.compile(session, generatedAt: time)
    #expect(MarkdownSummary.render(document).contains("- first line\\\n  second line"), "a hard line break")
    #expect(TextSummary.render(document).contains("  * first line\n    second line"), "an indented line")
    #expect(HTMLSummary.render(document).contains("<li dir=\"auto\">first line<br>second line</li>"))
    let docx = String(decoding: DocxSummary.render(document), as: UTF8.self)
    #expect(docx.contains("first line</w:t><w:br/><w:t xml:space=\"preserve\">second line"))
    #expect(CSVSummary.render(document).contains("\"first line\nsecond line\""), "CSV keeps the note as it is")
  }
}

@Suite struct UnstarredGroupTests {
  @Test func aGroupThatStarredNothingHasItsNotesListedAndSaidSo() {
    var session = Fixtures.fourGroups()
    let time = Date(timeIntervalSince1970: 0)
    func note(_ id: Int64, group: Int64, question: Int, key: Bool) -> Note {
      Note(
        id: id, groupID: group, questionNumber: question, createdAt: time, author: "r",
        revisions: [NoteRevision(revision: 1, text: "note \(id)", isKeyPoint: key, editedAt: time, author: "r")])
    }
    session.notes = [
      note(1, group: 1, question: 1, key: true), note(2, group: 1, question: 1, key: false),
      note(3, group: 1, question: 2, key: false),
      note(4, group: 2, question: 1, key: false), note(5, group: 2, question: 3, key: false),
    ]
    let document = SummaryDocument.compile(session, generatedAt: time)
    #expect(document.groups[0].questions[0].notes.map(\.noteID) == [1], "a starred answer keeps to its key points")
    #expect(document.groups[0].questions[1].notes.map(\.noteID) == [3], "an answer with no star lists its notes")
    #expect(document.groups[1].questions.flatMap(\.notes).map(\.noteID) == [4, 5])
    #expect(document.unstarredGroups.map(\.number) == [2])
    let text = TextSummary.render(document)
    // Said for each such answer: group 1 ii, group 2 i and iii.
    #expect(text.components(separatedBy: SummaryOutline.unstarredNotice).count - 1 == 3)
    let merged = TextSummary.render(
      SummaryDocument.compile(session, options: SummaryOptions(mergeThemes: true), generatedAt: time))
    // Merged, the supply-chain theme's answers ii and iii (group 1's star covers its answer i).
    #expect(merged.components(separatedBy: SummaryOutline.unstarredNotice).count - 1 == 2)
    let all = SummaryDocument.compile(session, options: SummaryOptions(allNotes: true), generatedAt: time)
    #expect(all.unstarredGroups.isEmpty, "with every note asked for, nothing stands in")
  }
}

@Suite struct CompendiumTests {
  static func session(region: String, start: String, notes: [(String, Set<NoteTag>)]) -> SessionSnapshot {
    var session = Fixtures.fourGroups()
    session.info = SessionInfo(title: "Fostering Cooperation", region: region, startDate: start)
    let time = Date(timeIntervalSince1970: 0)
    session.notes = notes.enumerated().map { index, note in
      Note(
        id: Int64(index + 1), groupID: 1, questionNumber: 3, createdAt: time, author: "r",
        revisions: [NoteRevision(revision: 1, text: note.0, tags: note.1, editedAt: time, author: "r")])
    }
    return session
  }

  @Test func sessionsAreToldApartShortlyAndQuotesAreKeyMessages() {
    let first = Self.session(
      region: "Americas", start: "2020-12-01",
      notes: [
        ("Fund survivor-led groups.", [.recommendation]), ("Nobody can do this alone.", [.quote, .recommendation]),
      ])
    let second = Self.session(
      region: "Americas", start: "2020-12-01", notes: [("Fund survivor-led groups.", [.recommendation])])
    let document = CompendiumDocument.compile([first, second], attribution: .affiliation, generatedAt: Date())
    #expect(
      document.sessions == [
        "Americas, 2020-12-01: Fostering Cooperation", "Americas, 2020-12-01 (2): Fostering Cooperation",
      ])
    #expect(document.recommendations.map(\.text) == ["Fund survivor-led groups."])
    #expect(document.recommendations[0].sessions == ["Americas, 2020-12-01", "Americas, 2020-12-01 (2)"])
    #expect(document.keyMessages.map(\.text) == ["Nobody can do this alone."], "a quote is a key message")
    let markdown = MarkdownSummary.render(blocks: document.blocks)
    #expect(!markdown.contains("Fund survivor-led groups. [Americas, 2020-12-01: Fostering"), "no full title per line")
    #expect(markdown.contains("\u{201C}Nobody can do this alone.\u{201D}"))
  }

  @Test func aPointMadeInNearlyTheSameWordsInTwoSessionsIsListedOnceCreditingBoth() {
    let americas = Self.session(
      region: "Americas", start: "2020-12-01", notes: [("Fund survivor-led organisations.", [.recommendation])])
    let africa = Self.session(
      region: "Africa", start: "2021-06-08",
      notes: [
        ("Fund the survivor-led organisations!", [.recommendation]),
        ("Do not fund survivor-led organisations.", [.recommendation]),
      ])
    let document = CompendiumDocument.compile([americas, africa], attribution: .affiliation, generatedAt: Date())
    #expect(
      document.recommendations.map(\.text) == [
        "Fund survivor-led organisations.", "Do not fund survivor-led organisations.",
      ])
    #expect(document.recommendations[0].sessions == ["Americas, 2020-12-01", "Africa, 2021-06-08"])
  }
}

@Suite struct ConsentInNotesTests {
  @Test func aNameInANotesOwnWordsFollowsThatPersonsConsent() {
    var session = Fixtures.fourGroups()
    session.participants = [
      Participant(
        id: 1, name: "Sarah Boyton", organisation: "HSBC", stakeholderType: .privateSector, country: "Hong Kong",
        groupID: 4),
      Participant(
        id: 2, name: "Budi Santoso", organisation: "Bank Mandiri", stakeholderType: .government, country: "Indonesia",
        groupID: 4),
      Participant(
        id: 3, name: "Nick Mays", organisation: "Western Union", stakeholderType: .privateSector, country: "Singapore",
        consentsToBeQuoted: true, groupID: 4),
    ]
    let time = Date(timeIntervalSince1970: 0)
    let text =
      "Sarah Boyton (HSBC) noted the red flags; Budi Santoso agreed, and Nick Mays added that Boyton's team trains staff."
    session.notes = [
      Note(
        id: 7, groupID: 4, questionNumber: 1, createdAt: time, author: "r",
        revisions: [NoteRevision(revision: 1, text: text, isKeyPoint: true, editedAt: time, author: "r")])
    ]
    for mode in [AttributionMode.named, .affiliation] {
      let line = SummaryDocument.compile(session, options: SummaryOptions(attribution: mode), generatedAt: time)
        .groups[3].questions[0].notes[0].text
      #expect(
        line
          == "A representative of a private sector company (HSBC) noted the red flags; a government official agreed, "
          + "and Nick Mays added that a representative of a private sector company's team trains staff.", "\(mode)")
    }
    let findings = ChathamHouseCheck.unconsentedFindings(in: session.notes, session: session)
    #expect(findings.map(\.mentions) == [["Sarah Boyton", "Budi Santoso", "Boyton"]])
    let none = SummaryDocument.compile(session, options: SummaryOptions(attribution: .chathamHouse), generatedAt: time)
    #expect(!none.groups[3].questions[0].notes[0].text.contains("Nick Mays"), "the Chatham House Rule names nobody")
  }
}

@Suite struct OrdinaryWordNameTests {
  @Test func anOrdinaryWordThatIsAlsoANameIsAskedAboutNotWithheld() {
    let time = Date(timeIntervalSince1970: 0)
    let session = oneKeyPoint(
      "Grant funding helps; a national park ranger spoke, and Serena Grant agreed.",
      by: [
        Participant(id: 1, name: "Serena Grant", organisation: "Walk Free", groupID: 1),
        Participant(id: 2, name: "Mi Yung Park", organisation: "KOICA", groupID: 1),
      ])
    let document = SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .chathamHouse), generatedAt: time)
    #expect(
      document.groups[0].questions[0].notes[0].text
        == "Grant funding helps; a national park ranger spoke, and [withheld] agreed.")
    let finding = ChathamHouseCheck.findings(in: session.notes, session: session).first
    #expect(finding?.mentions == ["Serena Grant"])
    #expect(finding?.questions == ["Grant"], "asked about, not changed")
  }
}

/// Four groups, these people in the first, and one key point (note 5) in its question i.
func oneKeyPoint(_ text: String, by people: [Participant]) -> SessionSnapshot {
  var session = Fixtures.fourGroups()
  session.participants = people
  let time = Date(timeIntervalSince1970: 0)
  session.notes = [
    Note(
      id: 5, groupID: 1, questionNumber: 1, createdAt: time, author: "r",
      revisions: [NoteRevision(revision: 1, text: text, isKeyPoint: true, editedAt: time, author: "r")])
  ]
  return session
}

/// After `purge --all-personal` everyone is "Participant 12": neither the word nor the number names anyone alone.
@Suite struct PurgedRosterTests {
  @Test(arguments: [AttributionMode.chathamHouse, .affiliation])
  func aPurgedRosterWithholdsNoOrdinaryWordOrNumber(mode: AttributionMode) {
    let time = Date(timeIntervalSince1970: 0)
    let session = oneKeyPoint(
      "Each participant reached 1001 workers; Participant 12 agreed.",
      by: [
        Participant(id: 12, name: "Participant 12", organisation: "", groupID: 1),
        Participant(id: 1001, name: "Participant 1001", organisation: "", groupID: 1),
      ])
    let document = SummaryDocument.compile(session, options: SummaryOptions(attribution: mode), generatedAt: time)
    let written = document.groups[0].questions[0].notes[0].text
    #expect(written.hasPrefix("Each participant reached 1001 workers; "), "\(written)")
    #expect(!written.contains("Participant 12"), "the full name is still withheld: \(written)")
  }
}

@Suite struct MentionPrefilterTests {
  /// The byte-level pass that skips notes naming nobody never skips one that names someone.
  @Test func theQuickPassNeverMissesAMention() {
    let terms = ["Serena Grant", "Walk Free", "KOICA", "José Pérez", "anna_smith@example.org", "Budi", "Mi Yung Park"]
    let index = ChathamHouseCheck.Index(terms: terms.map { ChathamHouseCheck.Term($0, isCommonWord: false) })
    let pieces = [
      "serena", "GRANT", "walk", "free", "koica", "jose", "Perez", "anna", "smith", "example", "org", "budi", "mi",
      "yung", "park", "the", "bank", "and", "(", ")", "_", "@", ".", "-", "2021",
    ]
    var random = SeededGenerator(seed: 11)
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }
        .joined(separator: Bool.random(using: &random) ? " " : "")
      let quick = index.mentions(in: text).map(\.term)
      let full = index.allMentions(in: text).map(\.term)
      #expect(quick == full, "\(text)")
    }
  }
}

/// The summary shaped like the meeting's report: purpose, proceedings day by day, introductions, short question
/// headings, themes merged on request, totals that count who took part.
@Suite struct ReportShapeTests {
  static func session() -> SessionSnapshot {
    var session = SummaryTests.snapshot()
    session.info.purpose = "The purpose of the meeting was to discuss PPPs."
    session.groups[0].introduction = "The session began with a short presentation from Ana Lima."
    session.agenda = [
      AgendaItem(id: 1, day: 1, startsAt: "09:00", title: "Opening remarks"),
      AgendaItem(id: 2, day: 2, startsAt: "09:00", title: "Recap of Day One"),
    ]
    session.plenary = [
      PlenaryItem(id: 1, section: .proceedings, text: "The day started with opening remarks.", day: 1),
      PlenaryItem(id: 2, section: .proceedings, text: "The rapporteurs presented their groups.", day: 2),
      PlenaryItem(id: 3, section: .nextSteps, text: "The next meeting is in June."),
    ]
    session.participants += [
      Participant(id: 3, name: "Cy Absent", stakeholderType: .academia, groupID: 1, isAbsent: true),
      Participant(id: 4, name: "Di Facilitator", role: .facilitator, groupID: 1),
    ]
    return session
  }

  static func markdown(_ options: SummaryOptions = SummaryOptions(attribution: .named)) -> String {
    MarkdownSummary.render(SummaryDocument.compile(Self.session(), options: options, generatedAt: SummaryTests.time))
  }

  @Test func theReportReadsInTheMeetingsOrder() {
    let text = Self.markdown()
    let order = [
      "The purpose of the meeting was to discuss PPPs.", "### Key questions",
      "- i. Challenges: What are the main challenges", "## Recommendations", "## The proceedings",
      "### Day One (2021-03-24)", "- 09:00 Opening remarks", "The day started with opening remarks.",
      "#### Breakout Group 1 \u{2013} Supply Chain (group A)",
      "The session began with a short presentation from Ana Lima.", "##### i. Challenges",
      "#### Breakout Group 4", "### Day Two (2021-03-25)", "- 09:00 Recap of Day One",
      "The rapporteurs presented their groups.", "## Next steps", "- The next meeting is in June.",
    ]
    var position = text.startIndex
    for piece in order {
      guard let found = text.range(of: piece, range: position..<text.endIndex) else {
        Issue.record("missing or out of order: \(piece)")
        return
      }
      position = found.upperBound
    }
  }

  @Test func aQuestionsFullTextIsPrintedOnceAndItsTitleHeadsTheAnswers() {
    let text = Self.markdown()
    let full = Question.defaults[0].text
    #expect(text.components(separatedBy: full).count - 1 == 1)
    #expect(text.components(separatedBy: "##### i. Challenges").count - 1 == 4, "one per group")
    var custom = Question(number: 5, text: "How should survivors be involved in the design of partnerships? Say why.")
    #expect(custom.shortTitle == "How should survivors be involved in the design \u{2026}")
    custom.title = "Survivors"
    #expect(custom.shortTitle == "Survivors")
  }

  @Test func totalsLeaveOutAbsentPeopleAndCountFacilitatorsApart() {
    let document = SummaryDocument.compile(Self.session(), generatedAt: SummaryTests.time)
    #expect(document.background.participants == 2)
    #expect(document.background.facilitators == 1)
    #expect(document.groups[0].participants == 1 && document.groups[0].facilitators == 1)
    let text = Self.markdown()
    #expect(text.contains("Participants: 2 (Government 1, Private sector 1), and 1 facilitator."))
    #expect(!text.contains("Academia"), "the absent academic is not counted")
  }

  @Test func mergedThemesPrintEachThemesGroupsOnceFromBothGroups() {
    let text = Self.markdown(SummaryOptions(attribution: .named, mergeThemes: true))
    #expect(text.contains("#### Breakout Groups 1 and 2 \u{2013} Supply Chain"))
    #expect(text.contains("The key points from both groups follow"))
    #expect(!text.contains("all 2 groups"))
    #expect(!text.contains("#### Breakout Group 1 \u{2013}"), "the theme's groups are not printed again alone")
    #expect(text.contains("#### Breakout Group 3 \u{2013} Technology"), "a theme of one group is that group")
    #expect(text.contains("Group 1 was moderated by Ana Lima (Acme)."))
    #expect(text.contains("The session began with a short presentation from Ana Lima."))
    #expect(text.components(separatedBy: "Media raised awareness.").count - 1 == 1)
  }

  @Test func aSpeakerIsAnObjectSoACommaInAnOrganisationStaysInIt() throws {
    var session = SummaryTests.snapshot()
    session.participants[0].organisation = "Walk Free, Minderoo Foundation"
    let document = SummaryDocument.compile(
      session, options: SummaryOptions(attribution: .named), generatedAt: SummaryTests.time)
    let json = try JSONSummary.render(document)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    let questions = try #require(groups[0]["questions"] as? [[String: Any]])
    let notes = try #require(questions[0]["notes"] as? [[String: Any]])
    let speaker = try #require(notes[0]["speaker"] as? [String: String])
    #expect(speaker == ["name": "Ana Lima", "organisation": "Walk Free, Minderoo Foundation"])
    let unnamed = try #require(
      (questions[1]["notes"] as? [[String: Any]])?.first.flatMap { $0["speaker"] as? [String: String] })
    #expect(unnamed == ["affiliation": "a government official"])
    #expect(try JSONSummary.parse(Data(json.utf8)) == document)
  }

  @Test func aPlenaryLineIsTracedToItsNoteOrToTheFacilitatorsLine() {
    var session = SummaryTests.snapshot()
    session.plenary = [PlenaryItem(id: 9, section: .conclusions, text: "Collaboration is crucial.")]
    let text = TextSummary.render(
      SummaryDocument.compile(session, options: SummaryOptions(attribution: .named), generatedAt: SummaryTests.time),
      trace: true)
    #expect(text.contains("Collaboration is crucial. [plenary line 9]"))
    #expect(text.contains("Governments should share data. [g3 q.iii #5]"))
  }
}

/// Points that say nearly the same in nearly the same words merge; points that differ in what they say do not.
@Suite struct NearDuplicateTests {
  static let mustMerge: [(String, String)] = [
    (
      "Getting the right people to the table is absolutely crucial.",
      "Getting the right people to the table is crucial."
    ),
    (
      "UNODC can play a facilitating role between governments and businesses.",
      "UNODC could play a facilitating role between government and business"
    ),
    ("Trust between actors is hard to build", "Trust between the actors is hard to build!"),
    ("Creación de confianza entre los actores", "creacion de confianza entre actores"),
    (
      "PPPs need to focus on the survivors of trafficking, including private sector employment.",
      "PPPs need to focus on survivors of trafficking including private-sector employment"
    ),
    ("การสร้างความไว้วางใจระหว่างภาคส่วนเป็นเรื่องยาก", "การสร้างความไว้วางใจระหว่างภาคส่วนเป็นเรื่องยากมาก"),
    ("It is what it is.", "it is what it is"),
  ]
  static let mustNotMerge: [(String, String)] = [
    ("There is a need for governments to access data.", "There is a need for businesses to access data."),
    ("Banks should share data with NGOs.", "Banks should not share data with NGOs."),
    ("Banks don't share data with NGOs.", "Banks share data with NGOs."),
    (
      "Note 1: trust takes time and a shared language about data.",
      "Note 2: trust takes time and a shared language about data."
    ),
    ("Technology is part of the problem.", "Technology is part of the solution."),
    ("Private sector engagement in the legislative process.", "Civil society engagement in the legislative process."),
    ("การสร้างความไว้วางใจเป็นเรื่องยาก", "เทคโนโลยีเป็นส่วนหนึ่งของปัญหา"),
    ("It is what it is.", "It is not what it is."),
  ]

  @Test(arguments: mustMerge.indices) func pairsThatSayTheSameMerge(index: Int) {
    var points = NearDuplicates()
    let (first, second) = Self.mustMerge[index]
    #expect(points.merge(first) == (0, true))
    #expect(points.merge(second) == (0, false), "\(first) | \(second)")
  }

  @Test(arguments: mustNotMerge.indices) func pairsThatSayDifferentThingsDoNot(index: Int) {
    var points = NearDuplicates()
    let (first, second) = Self.mustNotMerge[index]
    points.merge(first)
    #expect(points.merge(second) == (1, true), "\(first) | \(second)")
  }

  @Test func aThemeMergesNearDuplicatesAndCreditsBothGroups() {
    var session = SummaryTests.snapshot()
    let time = SummaryTests.time
    session.notes = [
      Note(
        id: 1, groupID: 1, questionNumber: 3, createdAt: time, author: "r",
        revisions: [
          NoteRevision(
            revision: 1, text: "Getting the right people to the table is crucial.", editedAt: time, author: "r")
        ]),
      Note(
        id: 2, groupID: 2, questionNumber: 3, createdAt: time, author: "r",
        revisions: [
          NoteRevision(
            revision: 1, text: "Getting the right people to the table is absolutely crucial.", isKeyPoint: true,
            editedAt: time, author: "r")
        ]),
    ]
    let document = SummaryDocument.compile(
      session, options: SummaryOptions(allNotes: true, mergeThemes: true), generatedAt: time)
    let lines = document.themes[0].questions[2].notes
    #expect(lines.count == 1)
    #expect(lines[0].groups == [1, 2] && lines[0].mergedNoteIDs == [1, 2] && lines[0].keyPoint)
    #expect(lines[0].reference == "g1+2 q.iii #1+#2")
  }

  /// Past a few points per signature the points are indexed by word; the index must find exactly what comparing
  /// every earlier point finds. Random sentences over a small vocabulary (so that many nearly match), checked
  /// against that plain comparison.
  @Test func theIndexFindsWhatComparingEveryPointFinds() {
    var random = SystemRandomNumberGenerator()
    let vocabulary = [
      "trust", "data", "banks", "sharing", "survivors", "technology", "supply", "chain", "funding", "law",
      "enforcement", "training", "the", "of", "not", "2",
    ]
    var points = NearDuplicates()
    var model: [NearDuplicates.Analysis] = []
    for _ in 0..<600 {
      let text = (0..<Int.random(in: 3...7, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
        .joined(separator: " ")
      let analysis = NearDuplicates.analyse(text)
      var expected: Int?
      var bestScore = 0.0
      for (index, other) in model.enumerated() where other.signature == analysis.signature {
        let score: Double
        if analysis.words.isEmpty || other.words.isEmpty {
          score = analysis.words.isEmpty && other.words.isEmpty && analysis.whole == other.whole ? 1 : 0
        } else {
          score =
            2 * Double(NearDuplicates.sharedCount(analysis.words, other.words))
            / Double(analysis.words.count + other.words.count)
        }
        if score >= NearDuplicates.threshold && score > bestScore {
          expected = index
          bestScore = score
        }
      }
      let merged = points.merge(text)
      #expect(merged.index == (expected ?? model.count), "\(text)")
      if expected == nil { model.append(analysis) }
    }
    #expect(model.count > 20, "enough points to be indexed")
  }

  /// Random near-copies of a sentence (a word dropped, a little word added anywhere) merge into it; a copy with
  /// three of its ten content words changed does not.
  @Test func randomNearCopiesMergeAndChangedPointsDoNot() {
    var generator = SystemRandomNumberGenerator()
    let base = [
      "creating", "trust", "between", "different", "actors", "is", "difficult", "but", "common", "ground",
      "helps", "effective", "partnerships",
    ]
    for _ in 0..<200 {
      var copy = base
      copy.remove(at: [1, 2, 5, 7].randomElement(using: &generator)!)  // a little or a content word
      copy.insert("the", at: Int.random(in: 0...copy.count, using: &generator))
      var points = NearDuplicates()
      points.merge(base.joined(separator: " "))
      #expect(!points.merge(copy.joined(separator: " ")).isNew, "\(copy)")
      // Three of its ten content words changed: another point.
      var swapped = base
      for (index, word) in zip([1, 6, 9].shuffled(using: &generator), ["money", "easy", "language"]) {
        swapped[index] = word
      }
      #expect(points.merge(swapped.joined(separator: " ")).isNew)
    }
  }
}
