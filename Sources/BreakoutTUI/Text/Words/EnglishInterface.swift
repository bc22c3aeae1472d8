import BreakoutCore
import Foundation

/// The screen's words in English.
enum EnglishInterface {
  static func text(_ message: UIText) -> String {
    switch message {
    case .screenTitle(let screen):
      switch screen {
      case .roster: "Roster"
      case .groups: "Groups"
      case .facilitate: "Facilitate"
      case .notes: "Notes"
      case .summary: "Summary"
      }
    case .terminalTooSmall(let width, let height): "terminal too small\n(need \(width)x\(height))"
    case .quitsHint: "q quits"
    case .readOnlyBadge: "READ-ONLY"
    case .rapporteurBadge(let group): "rapporteur: \(group)"
    case .offlineWaiting(let count): "offline: \(notes(count)) waiting"
    case .offline: "offline"
    case .sending(let count): "sending \(notes(count))"
    case .refusedByServer(let count): "\(notes(count)) refused by the server (W: why)"
    case .refusedHeading(let count):
      "\(notes(count)) refused by the server, kept on this computer: copy their words into new notes"
    case .refusedEntry(let group, let question, let time): "\(group), question \(question), saved \(time)"
    case .refusedWhy(let reason): "why: \(reason)"
    case .noRefusedNotes: "No note was refused by the server."
    case .movesRefusedByServer(let count): "\(counted(count, "move", "moves")) refused by the server (W: why)"
    case .refusedMovesHeading(let count):
      "\(counted(count, "move", "moves")) made offline and refused by the server: make again what still should be"
    case .refusedMoveEntry(let name, let group, let time):
      "\(name) to \(group ?? "no group"), moved at \(time)"
    case .dateSpan(let first, let last): "\(first) to \(last)"
    case .promptHints: " Enter ok, Esc cancel"
    case .broadcastLine(let group, let time, let text): "Message\(group.map { " to \($0)" } ?? "") \(time): \(text)"
    case .helpScroll(let shown, let total): "\(shown)/\(total) j/k scroll"
    case .helpScreenHeading(let screen): "Keys on the \(text(.screenTitle(screen))) screen"
    case .helpScope(let scope):
      switch scope {
      case .editor: "While typing a note"
      case .textFields: "In any text field (note, speaker, prompt, form, filter, search)"
      case .form: "In the participant form"
      case .prompt: "In a one-line prompt"
      case .confirmation: "When asked to confirm"
      case .preview: "With an assignment previewed"
      case .help: "In this help"
      case .history: "In a note's history"
      case .refused: "In the notes a server refused"
      case .everywhere, .screen, .lists: ""
      }

    case .rosterColumn(let column):
      switch column {
      case .name: "Name"
      case .organisation: "Organisation"
      case .type: "Type"
      case .country: "Country"
      case .group: "Group"
      case .role: "Role"
      }
    case .absent: "absent"
    case .waiting: "waiting"
    case .locked: "locked"
    case .noParticipantsYet: "No participants yet: breakout roster import SESSION FILE.csv"
    case .nobodyMatches: "Nobody matches."
    case .peopleCount(let count, let matching, let types):
      "\(counted(count, "person", "people"))\(matching.map { " matching \"\($0)\"" } ?? ""): \(types)"
    case .countriesCount(let count, let list, let more):
      "\(counted(count, "country", "countries")): \(list)\(more ? ", ..." : "")"
    case .addParticipantTitle: "Add a participant"
    case .editParticipantTitle(let name): "Edit \(name)"
    case .formField(let field):
      switch field {
      case .name: "Name"
      case .organisation: "Organisation"
      case .stakeholderType: "Stakeholder type"
      case .country: "Country"
      case .email: "Email"
      case .role: "Role"
      case .consent: "Consent to be quoted"
      }
    case .yes: "yes"
    case .no: "no"
    case .stakeholder(let type): type.displayName
    case .stakeholderShort(let type):
      switch type {
      case .government: "Gov"
      case .privateSector: "Priv"
      case .civilSociety: "NGO"
      case .academia: "Acad"
      case .internationalOrganisation: "IO"
      case .other: "Oth"
      case .unspecified: "?"
      }
    case .role(let role): role.rawValue
    case .nothingChanged: "Nothing changed."
    case .participantNeedsName: "A participant needs a name."
    case .participantAdded(let name): "Added \(name)."
    case .participantSaved(let name): "Saved \(name)."
    case .filterLabel: "Filter"
    case .removeParticipantQuestion(let name, let notes):
      "Remove \(name) from the roster"
        + (notes == nil
          ? "; any notes by them become unattributed"
          : notes == 0 ? "" : "; \(counted(notes ?? 0, "note", "notes")) by them become unattributed") + "? (y/n)"
    case .arrived(let name): "\(name) has arrived and waits for a group: a on the Groups screen places them."
    case .markedAbsent(let name, let group):
      "\(name) is marked absent" + (group.map { " and leaves \($0)" } ?? "") + "; x again if they arrive."
    case .removedFromRoster: "Removed from the roster."

    case .noGroupsForGroups: "No groups yet: breakout groups set SESSION supply-chain=2 technology=1 finance=1"
    case .assignmentUnderWay(let people): "Working out the groups for \(people) people…"
    case .assignmentUnderWayKeysWork(let people): "Working out the groups for \(people) people… (keys work meanwhile)"
    case .assignmentStillUnderWay: "Working out the groups: still under way."
    case .waitingForGroup(let count, let names): "waiting for a group (\(count)): \(names)"
    case .absentList(let count, let names): "absent (\(count)): \(names)"
    case .proposedAssignment: "Proposed assignment (Enter accepts, Esc discards)"
    case .emptyGroup: "empty"
    case .moderatorMark: " (moderator)"
    case .rapporteurMark: " (rapporteur)"
    case .lockedMark: " [locked]"
    case .moveLabel(let name, let choices): "Move \(name) to (\(choices))"
    case .roundShown(let number, let name, let count, let current):
      "Round \(number)\(name.map { ": \($0)" } ?? "") of \(count)"
        + (current ? " (current)" : " (as it was: read only)") + "  [ ]: other rounds"
    case .pastRoundReadOnly(let number, let current):
      "Round \(number) can only be looked at here; ] goes back to round \(current) (`breakout round current` makes "
        + "another round current)."
    case .roundNowCurrent(let number, let name, let canRegroup):
      "Round \(number)\(name.map { ": \($0)" } ?? "") is now current; this screen follows its groups."
        + (canRegroup ? " A regroups everyone not locked to meet new people." : "")
    case .newRoundLabel(let number):
      "Round \(number) starts with these groups; its name (Enter: none, Esc: no new round): "
    case .startingRound: "Starting the new round..."
    case .facilitatorOnlyRounds: "Only the facilitator starts a round."
    case .repeatedPairs(let count): "pairs together again: \(count)"
    case .roomsLabel: "Rooms for zoom or teams, and a file (e.g. zoom rooms.csv): "
    case .roomsWritten(let path, let tool, let rooms, let names):
      "\(rooms) rooms for \(tool) written to \(path)."
        + (names.isEmpty ? "" : " No e-mail, so to be assigned in the meeting: \(names.joined(separator: ", ")).")
    case .oneRound: "This session has one round; `breakout round new` starts another."
    case .everyoneHasGroup: "Everyone already has a group; A reshuffles everyone who is not locked."
    case .alreadyInGroup(let name, let group): "\(name) is already in \(group)."
    case .keptApart(let name, let other, let group):
      "Not moved: a rule keeps \(name) apart from \(other), who is in \(group)."
    case .keptTogether(let name, let other, let group):
      "Not moved: a rule keeps \(name) with \(other), who stays in \(group ?? "another group"); move \(other) too."
    case .groupFullQuestion(let group, let members, let capacity, let name):
      "\(group) is full (\(members)/\(capacity)). Raise its capacity to \(members + 1) and move \(name) there? (y/n)"
    case .moved(let name, let from, let to, let raised):
      "Moved \(name) from \(from ?? "no group") to \(to ?? "the group")"
        + (raised ? "; its capacity is now one more" : "") + ". u undoes it, L locks them there."
    case .noMoveToUndo: "No move to undo."
    case .movedBack(let name, let group): "Moved \(name) back to \(group ?? "no group")."
    case .noGroupYet(let name): "\(name) has no group yet: place them first."
    case .secondLeadQuestion(let name, let role, let group, let newRole, let newGroup):
      "\(name) is already \(role.rawValue) of \(group). Make them \(newRole.rawValue) of \(newGroup) as well? (y/n)"
    case .nowLead(let name, let role, let group):
      "\(name ?? "They") is now \(role.rawValue) of \(group ?? "the group")."
    case .qualityScore(let score): String(format: "Q = %.3f (lower is better)", score)
    case .qualityTerms(let unmet, let size, let mix, let country, let violations):
      String(format: "U %d  S %d  M %.1f  C %d  violations %d", unmet, size, mix, country, violations)
    case .qualityFigures(let met, let smallest, let largest, let fewest, let share):
      String(
        format: "preferences met %.0f%%, sizes %d-%d, fewest types %d, top country share %.0f%%", met, smallest,
        largest, fewest, share)
    case .placingWaiting(let count): "Placing \(count) without a group; nobody else moves."
    case .everyoneReassigned: "Everyone who is not locked is reassigned."
    case .cannotAssign(let reason): "Cannot assign: \(reason)"
    case .assignmentSaved: "Assignment saved."
    case .assignmentDiscarded: "Assignment discarded; nothing changed."
    case .acceptOrDiscardFirst: "First accept the proposed assignment with Enter, or discard it with Esc."

    case .noClock: "no clock"
    case .clockReady(let left): "\(left) ready"
    case .clockRunning(let left): "\(left) running"
    case .clockPaused(let left): "\(left) paused"
    case .clockLastMinute(let left): "\(left) LAST MINUTE"
    case .clockTimeUp(let left): "TIME UP \(left)"
    case .noGroupsForFacilitate: "No groups yet: set them up on the Groups screen or with breakout groups set"
    case .facilitateColumnGroup: "Group"
    case .facilitateColumnNow: "Now"
    case .facilitateColumnClock: "Clock"
    case .helpCall(let time, let text, let more): "HELP \(time): \(text)\(more > 0 ? " (+\(more))" : "")"
    case .facilitateLegend: "notes/key points per question; Enter opens the group's notes"
    case .latestKeyPoints: "Latest key points"
    case .reading: "reading…"
    case .noKeyPointYet: "no key point yet"
    case .dayWithoutAgenda(let day): "\(text(.dayName(day))): no agenda"
    case .dayName(let day): SessionInfo.dayName(day)
    case .timeboxLabel(let all):
      all ? "Every group: question and minutes (e.g. ii 15)" : "Question and minutes (e.g. ii 15)"
    case .fiveMoreMinutes(let group): "Five more minutes for \(group)."
    case .fiveMoreMinutesForClocks(let count):
      "Five more minutes for \(counted(count, "running clock", "running clocks"))."
    case .noAgendaYet: "No agenda yet: breakout agenda add SESSION --day 1 09:00 \"Opening remarks\""
    case .broadcastLabel: "Message to every rapporteur"
    case .groupMessageLabel(let number, let group): "Message to \(number). \(group) only"
    case .helpAcknowledged(let group): "\(group): call for help acknowledged."
    case .nothingSentEmpty: "Nothing sent: the message was empty."
    case .messageSent(let group): group.map { "Message sent to \($0)." } ?? "Broadcast sent to every group."
    case .timeboxStarted(let question, let duration, let groups):
      "Timebox: question \(question), \(duration), \(groups.count == 1 ? groups[0] : counted(groups.count, "group", "groups"))."
    case .noSuchGroup(let text, let choices): "No group \"\(text)\": write one of \(choices), or its number."
    case .timebox(let problem, let first, let last):
      switch problem {
      case .shape: "Write the question and the minutes, e.g. \"ii 15\" or \"iii 2:30\"."
      case .noSuchQuestion(let text): "There is no question \"\(text)\": the questions are \(first)-\(last)."
      case .notPositive(let text): "\"\(text)\" minutes: a timebox needs more than 0 minutes."
      case .tooLong(let text): "\"\(text)\" minutes is more than ten hours: write the minutes, e.g. \"ii 15\"."
      }

    case .noGroupsYet: "No groups yet."
    case .onQuestion(let question): "on question \(question)"
    case .earlierMessage(let line): "Earlier: \(line)"
    case .readingGroupNotes: "Reading this group's notes…"
    case .noNotesYet: "No notes yet. Press a to add one."
    case .newNoteTitle(let question): "New note, question \(question)"
    case .editingNoteTitle(let question): "Editing note, question \(question)"
    case .unattributed: "unattributed"
    case .speakerNow(let name): "(now: \(name))"
    case .keyPointField(let on): "Key point: " + (on ? "yes" : "no")
    case .speakerField(let name): "Speaker: \(name)"
    case .tagsField(let tags): "Tags: \(tags)"
    case .noTags: "none"
    case .askHelpLabel: "Ask the facilitator for help (a few words)"
    case .introductionLabel(let group): "How \(group)'s session began, for the summary (empty: none)"
    case .closedNoteBack: "The note you closed is back."
    case .findLabel: "Find in this group's notes"
    case .deleteNoteQuestion(let preview): "Delete \"\(preview)\"? (y/n)"
    case .moveNoteLabel(let questions): "Move the note to question (\(questions))"
    case .noNoteMentions(let text): "No note in this group mentions \"\(text)\"."
    case .speakerCleared: "Speaker cleared: the note is unattributed."
    case .tagKeys: "Tags: c challenge, p practice, r recommendation, o role, q quote."
    case .speakerChosen(let name): "Speaker: \(name)."
    case .peopleMatch(let count, let query):
      "\(count) people match \"\(query)\": choose with ↑/↓ and Enter, or type more of the name."
    case .nobodyMatchesSpeaker(let query):
      "Nobody on the roster matches \"\(query)\": correct it, C-u to clear it, or add them on the Roster screen."
    case .closedSavingSoon: "Closed; the note is saved as soon as it can be."
    case .closedDraftKept: "Closed; the draft is kept and comes back with a."
    case .emptyNote: "The note is empty: type something, or Esc to close."
    case .introductionCleared: "The group has no introduction now."
    case .introductionSaved: "Saved: the summary opens the group's section with it."
    case .helpRequested: "The facilitator has been asked for help; it shows on their screen until they see it."
    case .moveNoteWhere(let questions): "Write the question to move the note to: \(questions)."
    case .noteAlreadyIn(let question): "The note is already in question \(question)."
    case .noteMoved(let question): "Note moved to question \(question); it keeps its history."
    case .noteDeleted: "Note deleted (its history is kept in the session file)."
    case .noteSavedAddingMore: "Note saved; saving what you added while it waited."
    case .editConflict: "Someone changed this note while you edited it: yours is saved as a new note beside theirs."
    case .noteSaved(let question, let day, let link):
      switch link {
      case .local: "Note saved in question \(question)\(dayClause(day))."
      case .offline:
        "Note saved here in question \(question)\(dayClause(day)); it goes to the server as soon as it can be reached."
      case .sending: "Note saved in question \(question)\(dayClause(day)); sending it to the server."
      }
    case .notSaved(let failure): "Not saved: \(failure.sentence). What you typed is kept."
    case .waitingForFile:
      "Waiting for the session file: another program is writing to it. Your note is kept and saved as soon as it can be."
    case .waitingForDisk:
      "The disk is full: free some space. What you typed is kept and saved as soon as there is room."
    case .draftsLeft(let drafts):
      "A note was left unsaved: "
        + drafts.map { "\($0.owner.map { $0 + "'s" } ?? "yours") in \($0.group ?? "a group") (\($0.time))" }
        .joined(separator: "; ") + ". a on that group's Notes opens it."
    case .unsavedNoteBack: "Your unsaved note is back. Enter saves it."
    case .draftTakenOver(let owner):
      "\(owner)'s unsaved note, now yours to finish: Enter saves it, Esc keeps it as a draft."
    case .draftRecovered(let time): "Recovered the note you were typing (saved \(time)). Enter saves it."
    case .tagName(let tag): tag.rawValue

    case .historyHeading(let note, let question, let day, let versions):
      "Note \(note), question \(question), \(text(.dayName(day))): \(counted(versions, "version", "versions"))"
    case .historyChange(let change):
      switch change {
      case .written: "written"
      case .text: "text"
      case .speaker: "speaker"
      case .tags: "tags"
      case .madeKeyPoint: "made a key point"
      case .noLongerKeyPoint: "no longer a key point"
      }
    case .historyEntry(let revision, let time, let author, let changes):
      "\(revision). \(time) by \(author): "
        + (changes.isEmpty ? "saved again" : changes.map { text(.historyChange($0)) }.joined(separator: ", "))
    case .historyKeyPoint: ", key point"
    case .historyDeleted: "Deleted (kept in the session file)."

    case .summaryHeading(let scope, let attribution, let updating, let unstarred):
      "Summary: \(scope ?? "all groups")  attribution: \(text(.attribution(attribution)))"
        + (updating ? "  (updating…)" : "")
        + (unstarred ? "  (some answers have no key point: their notes are shown)" : "")
    case .attribution(let mode):
      switch mode {
      case .named: "named (with consent)"
      case .affiliation: "by affiliation"
      case .chathamHouse: "none (Chatham House Rule)"
      }
    case .plenaryLabel: "Section (conclusions, recommendations, messages, proceedings, next) then the line"
    case .exportLabel:
      "Export: format file [--attribution named|affiliation|none] [--day N] [--all-notes] [--merge-themes]"
    case .attributionChosen(let mode): "Attribution: \(text(.attribution(mode))); exports from here use it too."
    case .plenaryHowTo:
      "Start with the section (conclusions, recommendations, messages, proceedings, next), e.g. \"conclusions Collaboration is crucial.\""
    case .addedToProceedings: "Added to the proceedings of the day under way."
    case .addedToSection(let section): "Added to \(section.title)."
    case .stillReading: "Still reading the other groups' notes; export again in a moment."
    case .exporting(let path): "Exporting \(path)..."
    case .exportRequest(let problem):
      switch problem {
      case .noFormat(let word):
        (word.isEmpty ? "" : "\"\(word)\" is not a format. ")
          + "Write the format (\(formats)) and the file, e.g. \"md summary.md\"."
      case .noFile: "Write the file after the format, e.g. \"md summary.md\"."
      case .unknownOption(let option):
        "\(option) is not an export option: use --attribution, --day, --all-notes, --trace or --merge-themes."
      case .badValue(let option, let value):
        option == "--attribution"
          ? "--attribution \(value): use named, affiliation or none." : "\(option) \(value): give a number."
      case .dayOutOfRange(let day, let days): "--day \(day): the meeting has \(counted(days, "day", "days"))."
      case .twoFiles(let first, let second): "Two files (\(first) and \(second)): put a name with spaces in quotes."
      }
    case .exported(let path, let attribution, let withheld):
      "Exported to \(path) (attribution: \(attribution.rawValue))."
        + (withheld.isEmpty
          ? ""
          : " \(counted(withheld.count, "note names", "notes name")) someone"
            + (attribution == .chathamHouse
              ? ", written [withheld]" : " who did not consent, written as an affiliation")
            + ": rephrase note(s) " + withheld.map(String.init).joined(separator: ", ") + ".")
    case .notExported(let path, let reason): "Not exported to \(path): \(reason)."

    case .readOnlySession(let reason): "This session can only be read here (\(reason)): nothing can be changed."
    case .readOnlyAtStart(let reason):
      "This session can only be read here (\(reason)): look and export; nothing can be changed."
    case .exportDefault: "md summary.md"
    case .rapporteurScreens: "A rapporteur has the Notes and Summary screens."
    case .rapporteurOwnGroup: "A rapporteur's screen shows their own group only."
    case .onlyOneGroup: "There is only one group."
    case .plenaryIsFacilitators: "The plenary is written by the facilitator."
    case .rapporteurOwnSummary: "A rapporteur's summary shows their own group only."
    case .facilitatorSeesHelp: "Rapporteurs ask for help with !; the facilitator sees it on the Facilitate screen."
    case .noHelpAsked: "This group has not asked for help."
    case .noGroupsSetUp: "There are no groups yet: set them up with breakout groups set."
    case .noClockForGroup: "This group has no clock yet: start one with s."
    case .noClockYet: "No clock yet: start one with s or S."
    case .noClockRunning: "No clock is running; + gives the selected group five more minutes, paused or not."
    case .noNoteToChange: "There is no note here to change: a adds one."
    case .nobodySelected: "Nobody is selected."
    case .nobodySelectedInGroup: "Nobody is selected: j/k choose someone in the group."
    case .confirmHint: "y to go ahead, n or Esc to leave it."
    case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
    case .notesWaitingOnQuit(let count, let path):
      "\(count == 1 ? "1 note is" : "\(count) notes are") waiting for the server: kept in \(path) "
        + "and sent the next time this session is opened here."
    case .notesRefusedOnQuit(let count, let path):
      "\(count == 1 ? "1 note was" : "\(count) notes were") refused by the server; "
        + "\(count == 1 ? "it is" : "they are") kept in \(path)."
    }
  }

  static func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
  private static func notes(_ count: Int) -> String { counted(count, "note", "notes") }
  private static func dayClause(_ day: Int?) -> String { day.map { ", \(SessionInfo.dayName($0))" } ?? "" }
  static let formats = SummaryExport.Format.allCases.map(\.rawValue).joined(separator: ", ")
}
