import BreakoutCore
import BreakoutStore

/// The command line's words in English.
enum EnglishCLI {
  static func text(_ message: CLIText) -> String {
    switch message {
    case .nothingSaved(let reason): "nothing was saved: \(reason)"
    case .sessionFile(let error): error.sentence
    case .server(let problem): problem.sentence
    case .address(let problem): problem.sentence
    case .nobodyCalled(let name): "nobody called \"\(name)\" is on the roster"
    case .severalCalled(let name, let count, let organisations):
      "\(count) people are called \"\(name)\" (\(organisations.joined(separator: "; "))); use their email instead"
    case .noGroupsYet: "the session has no groups yet; create them with `breakout groups set`"
    case .noGroupCalled(let reference, let known):
      "no group \"\(reference)\"; the groups are \(known.joined(separator: ", "))"
    case .binaryNeedsOutput: "this format is a binary file: give --output FILE (or redirect to a file)"
    case .wrote(let path): "Wrote \(path)."
    case .cannotRead(let path): "cannot read \(path)"
    case .dayOutOfRange(let day, let days): "--day \(day): the meeting has \(days) day(s)"
    case .startDate: "--start must be a date written YYYY-MM-DD, e.g. 2021-03-24"
    case .daysAtLeastOne: "--days must be at least 1"
    case .titleEmpty: "--title cannot be empty"
    case .languageChoice: "--language is en, es or fr"
    case .created(let path, let title):
      "Created \(path): \(title) with themes supply-chain, technology, finance and questions i-iv."
    case .unstarred(let group):
      "note: \(group) starred no key points; its notes are listed instead, under a line saying so (star the key points with K on the Notes screen)"
    case .ordinaryWord(let session, let note, let group, let question, let word):
      "note: \(session.map { "\($0): " } ?? "")note \(note) (group \(group), question \(question)) has \"\(word)\", "
        + "an ordinary word that is also a name on the roster; it is left as written: check that it names nobody (if "
        + "it never does here, `breakout ordinary-words add SESSION \(word)` stops this question)"
    case .namesSomeone(let session, let note, let group, let question, let names, let chathamHouse):
      "warning: \(session.map { "\($0): " } ?? "")note \(note) (group \(group), question \(question)) names "
        + names.map { "\"\($0)\"" }.joined(separator: ", ")
        + (chathamHouse
          ? "; withheld in this export"
          : ", who did not consent to be quoted: written as their affiliation in this export")
        + "; rephrase the note to keep its meaning"
    case .questionChoice(let question): "--question \(question): give 1-4 or i-iv"
    case .tagChoice(let tag): "--tag \(tag): use one of \(NoteTag.allCases.map(\.rawValue).joined(separator: ", "))"
    case .noQuestion(let question): "the session has no question \(question)"
    case .noteSaved(let note, let group, let question, let day):
      "Saved note \(note) in \(group), question \(question), \(SessionInfo.dayName(day))."
    case .notesImported(let count): "Imported \(count) notes."
    case .dayIsForProceedings: "--day is for the proceedings; the other sections are not told day by day"
    case .lineAdded(let id, let section): "Added line \(id) to \(section.title)."
    case .removed: "Removed."
    case .noAgendaYet: "No agenda yet: breakout agenda add SESSION --day 1 09:00 \"Opening remarks\""
    case .timeFormat: "give the time as HH:MM, e.g. 09:30"
    case .notADay(let day): "--day \(day) is not a day of this meeting"
    case .noAgendaItem(let number, let count): "there is no item \(number); the agenda has \(count)"
    case .added: "Added."
    case .nothingUnderWay: "No item under way."
    case .underWay(let title): "Under way: \(title)."
    case .purposeCleared: "The summary has no purpose paragraph now."
    case .purposeSaved: "Saved the purpose paragraph."
    case .noPurposeYet: "No purpose paragraph yet."
    case .noOrdinaryWordsYet: "None yet: breakout ordinary-words add SESSION WORD"
    case .wordsRecorded(let words): "Recorded: \(words.joined(separator: ", "))."
    case .wordsRemoved(let words): "Removed: \(words.joined(separator: ", "))."
    case .groupCountFormat(let item): "\(item): write THEME=COUNT, e.g. supply-chain=2"
    case .leadsAnother(let name, let role, let group):
      "\(name) is already \(role.rawValue) of \(group); one person leads one group. Choose someone else, or add "
        + "--allow-second-group to have them lead both."
    case .introductionCleared(let group): "\(group) has no introduction now."
    case .introductionSaved(let group): "Saved the introduction of \(group)."
    case .noIntroductionYet: "No introduction yet."
    case .themesColumn(let column):
      switch column {
      case .shortName: "Short name"
      case .name: "Name"
      case .groups: "Groups"
      }
    case .themeAdded(let name): "Added the theme \(name); give it groups with `breakout groups set`."
    case .renamed: "Renamed."
    case .questionChoiceGeneral: "give the question as 1-4 or i-iv"
    case .questionHeaded(let question, let title): "Question \(question) is headed \"\(title)\"."
    case .questionSaved(let question): "Question \(question) saved."
    case .questionRemoved(let question): "Question \(question) removed."
    case .ruleAdded(let first, let second, let apart):
      "Rule added: \(first) and \(second) \(apart ? "in different groups" : "in the same group")."
    case .backedUp(let file): "Backed up to \(file)."
    case .purgeWhat: "say what to purge: --emails or --all-personal"
    case .purged(let count, let all):
      "Purged \(all ? "personal data of" : "the emails of") \(count) participant(s); the file was rebuilt."
    case .purgedOnServer(let count, let all):
      "Purged \(all ? "personal data of" : "the emails of") \(count) participant(s) on the server, and rewrote the "
        + "tables that held them (VACUUM FULL), so the old values are gone from those tables' files.\n"
        + "PostgreSQL may still hold them in its write-ahead log until it is recycled, in WAL archives and backups, "
        + "and on replicas: ask the server's administrator about those."
    case .copied(let from, let to, let tables):
      "Copied \(from.map { "\($0) " } ?? "")to \(to): \(tables.participants) participants, \(tables.groups) groups, "
        + "\(tables.notes) notes (\(tables.revisions) revisions), \(tables.drafts) drafts, \(tables.agendaItems) agenda items."
    case .roles(let address, let facilitator, let rapporteur):
      """
      Roles for \(address):
        \(facilitator)  the facilitator: everything
        \(rapporteur)  rapporteurs: read the session without e-mails, write their own group's notes
      Give each person a login: breakout server grant '\(address)' --rapporteur GROUP --login NAME
      """
    case .grantWhich: "give either --rapporteur GROUP or --facilitator"
    case .mayTakeNotes(let login, let group): "\(login) may now take notes for \(group) (and read the session)."
    case .mayDoEverything(let login): "\(login) may now do everything a facilitator does."
    case .passwordHint(let login):
      "If the server asks for passwords, set one with its own tools, e.g. in psql: \\password \(login)"
    case .rolesNeedServer: "roles are for a session on a server; a session file is only its owner's"
    case .demoExists(let path): "\(path) already exists; add --force to replace it with a fresh demo"
    case .demoCreated(let path, let summary): "Created the demo session at \(path): \(summary)"
    case .sameSessionTwice(let name, let earlier): "\(name) is the same session as \(earlier): give each session once"
    case .noSuchFile(let file): "cannot read \(file): no such file"
    case .importCounts(let added, let updated, let unchanged, let dryRun):
      "\(dryRun ? "Would add" : "Added") \(added), \(dryRun ? "would update" : "updated") \(updated), unchanged \(unchanged)."
    case .updatedPerson(let name, let changes): "  updated \(name): \(changes.joined(separator: ", "))"
    case .droppedSensitive(let columns): "Dropped sensitive columns (never stored): " + columns.joined(separator: ", ")
    case .ignoredColumns(let columns): "Ignored columns: \(columns.joined(separator: ", "))"
    case .warning(let warning): "warning: \(warning.description)"
    case .nothingImported: "Dry run: nothing was imported."
    case .columnsRead(let columns): "Columns read: " + columns.joined(separator: "; ")
    case .firstRows: "The first rows as they will be read:"
    case .rosterColumn(let column):
      switch column {
      case .name: "Name"
      case .organisation: "Organisation"
      case .type: "Stakeholder type"
      case .country: "Country"
      case .group: "Group"
      case .role: "Role"
      case .preferred: "Preferred"
      case .quote: "Quote"
      case .status: "Status"
      }
    case .previewColumn(let column):
      switch column {
      case .line: "Line"
      case .name: "Name"
      case .organisation: "Organisation"
      case .email: "Email"
      case .country: "Country"
      case .type: "Stakeholder type"
      case .preferred: "Preferred"
      }
    case .contradictoryAssign: "--place-new and --reshuffle contradict each other; pick one"
    case .keptPlaced(let kept, let placed):
      "Kept \(kept) people where they are (--reshuffle moves everyone not locked); "
        + (placed == 0 ? "nobody is waiting for a group." : "placed \(placed):")
    case .assignColumn(let column):
      switch column {
      case .group: "Group"
      case .name: "Name"
      case .type: "Stakeholder type"
      case .country: "Country"
      }
    case .quality(let quality):
      ([
        String(format: "Q = %.3f (lower is better, 0 ideal)", quality.score),
        String(
          format: "  unmet preferences U = %d, size excess S = %d, mix deviation M = %.2f, country excess C = %d",
          quality.unmetPreferences, quality.sizeExcess, quality.mixDeviation, quality.countryExcess),
        "  hard-rule violations: \(quality.hardViolations)",
        String(format: "  preferences met: %.0f%% of %d", quality.preferencesMetPercent, quality.statedPreferences),
        "  group sizes: \(quality.smallestGroup) to \(quality.largestGroup)",
        "  fewest stakeholder types in a group: \(quality.fewestStakeholderTypes)",
        String(format: "  largest same-country share in a group: %.0f%%", quality.largestCountryShare * 100),
        "  colleagues sharing a group (same organisation): \(quality.organisationOverlap)",
      ]
        + (quality.earlierRounds == 0
          ? []
          : [
            String(
              format: "  pairs sitting together again (shared a group in an earlier round): %d (R = %.2f)",
              quality.repeatedPairs, quality.repeatCost)
          ]))
        .joined(separator: "\n")
    case .explanation(let line): line.description
    case .demoHolds(let participants, let groups, let notes):
      "\(participants) participants, \(groups) groups, \(notes) notes"
    case .rooms(.withoutEmail(_, let names)):
      "warning: \(names.count) \(names.count == 1 ? "person has" : "people have") no e-mail address, so Zoom cannot "
        + "pre-assign them; assign them in the meeting: \(names.joined(separator: ", "))"
    case .rooms(.tooManyRooms(let tool, let rooms, let limit)):
      "warning: \(rooms) rooms, but \(tool.displayName) takes at most \(limit)"
    case .rooms(.tooManyPeople(let tool, let people, let limit)):
      "warning: \(people) people, but \(tool.displayName) places at most \(limit) in breakout rooms"
    case .roundColumn(let column):
      switch column {
      case .round: "Round"
      case .name: "Name"
      case .groups: "Groups"
      case .people: "People placed"
      case .notes: "Notes"
      }
    case .currentRoundMarked: "* the current round (breakout round current SESSION N makes another current)"
    case .sameGroupsOrRegroup: "--same-groups and --regroup contradict each other; pick one"
    case .roundWeightsNotNegative: "--round-weights takes one or more numbers of 0 or more"
    case .everyoneLocked(let round):
      "everyone in round \(round) is locked or leads a group, so a regroup would move nobody; unlock people "
        + "(the Groups screen's l) or start the round with --same-groups. Nothing was changed."
    case .roundStarted(let number, let name, let groups, let placed):
      "Round \(number)\(name.map { " (\(InertText.visible($0)))" } ?? "") started and is current: \(groups) groups, "
        + "\(placed) \(placed == 1 ? "person" : "people") placed. The earlier rounds are kept as they were."
    case .absentFromRound(let number, let names):
      "Absent, so in no group of round \(number): \(names.map { InertText.visible($0) }.joined(separator: ", "))."
    case .newSinceRound(let round, let names, let placed, let session):
      "In no group of round \(round) (new since): \(names.map { InertText.visible($0) }.joined(separator: ", "))"
        + (placed ? "; placed now." : "; place them with `breakout assign \(session) --place-new`.")
    case .roundIsCurrent(let number, let name, let count):
      "Round \(number)\(name.map { " (\(InertText.visible($0)))" } ?? "") of \(count) is current."
    case .nothingSavedDryRun: "Dry run: nothing was saved."
    case .saved: "Saved."
    case .markedAbsent(let name, let group): "\(name) is absent" + (group.map { "; left \($0)" } ?? "") + "."
    case .arrived(let name, let group, let session):
      "\(name) has arrived"
        + (group.map { " (in \($0))." } ?? "; not in a group yet: `breakout assign \(session) --place-new`.")
    case .readOnlyNote(let path, let reason):
      "note: \(path) can only be read here (\(reason)); anything that would change it is refused."
    case .fileOnly(let purpose): "\(purpose) works on a session file, not on a session on a server"
    case .groupsColumn(let column):
      switch column {
      case .number: "#"
      case .reference: "Reference"
      case .name: "Name"
      case .size: "Size"
      case .moderator: "Moderator"
      case .rapporteur: "Rapporteur"
      }
    }
  }
}
