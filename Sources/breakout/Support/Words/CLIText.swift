import BreakoutCore
import BreakoutServer
import BreakoutStore

/// What the command line says while a meeting runs, as typed values rendered by one catalogue per language.
/// (Roster import and assignment reports, themes, questions, rules and the server's housekeeping still speak
/// English: see the README.)
enum CLIText {
  // Errors shared by every command.
  case nothingSaved(String)
  case sessionFile(SessionFileError)
  case server(ServerProblem)
  case address(ServerAddress.Problem)
  case nobodyCalled(String)
  case severalCalled(name: String, count: Int, organisations: [String])
  case noGroupsYet
  case noGroupCalled(String, known: [String])
  case binaryNeedsOutput
  case wrote(String)
  case cannotRead(String)
  case dayOutOfRange(day: Int, days: Int)

  // new
  case startDate
  case daysAtLeastOne
  case titleEmpty
  case languageChoice
  case created(path: String, title: String)

  // export
  case unstarred(group: String)
  case ordinaryWord(session: String?, note: Int64, group: Int, question: String, word: String)
  case namesSomeone(session: String?, note: Int64, group: Int, question: String, names: [String], chathamHouse: Bool)

  // note
  case questionChoice(String)
  case tagChoice(String)
  case noQuestion(String)
  case noteSaved(note: Int64, group: String, question: String, day: Int)
  case notesImported(Int)

  // plenary and agenda
  case dayIsForProceedings
  case lineAdded(id: Int64, section: PlenaryItem.Section)
  case removed
  case noAgendaYet
  case timeFormat
  case notADay(Int)
  case noAgendaItem(number: Int, count: Int)
  case added
  case nothingUnderWay
  case underWay(String)

  // purpose and ordinary words
  case purposeCleared
  case purposeSaved
  case noPurposeYet
  case noOrdinaryWordsYet
  case wordsRecorded([String])
  case wordsRemoved([String])

  // groups
  case groupCountFormat(String)
  case leadsAnother(name: String, role: LeadRole, group: String)
  case introductionCleared(String)
  case introductionSaved(String)
  case noIntroductionYet
  case groupsColumn(GroupsColumn)

  // themes, questions, rules
  case themesColumn(ThemesColumn)
  case themeAdded(String)
  case renamed
  case questionChoiceGeneral
  case questionHeaded(question: String, title: String)
  case questionSaved(String)
  case questionRemoved(String)
  case ruleAdded(first: String, second: String, apart: Bool)

  // housekeeping: backup, purge, push, pull, the server's roles, the demo, the compendium
  case backedUp(String)
  case purgeWhat
  case purged(count: Int, allPersonal: Bool)
  case purgedOnServer(count: Int, allPersonal: Bool)
  case copied(from: String?, to: String, tables: TableCounts)
  case roles(address: String, facilitator: String, rapporteur: String)
  case grantWhich
  case mayTakeNotes(login: String, group: String)
  case mayDoEverything(String)
  case passwordHint(String)
  case rolesNeedServer
  case demoExists(String)
  case demoCreated(path: String, summary: String)
  case sameSessionTwice(String, String)

  // roster import and assignment (their reports' own sentences, from BreakoutCore, are still English)
  case noSuchFile(String)
  case importCounts(added: Int, updated: Int, unchanged: Int, dryRun: Bool)
  case updatedPerson(name: String, changes: [String])
  case droppedSensitive([String])
  case ignoredColumns([String])
  case warning(RosterWarning)
  case nothingImported
  case columnsRead([String])
  case firstRows
  case previewColumn(PreviewColumn)
  case contradictoryAssign
  case keptPlaced(kept: Int, placed: Int)
  case assignColumn(AssignColumn)
  /// The figures of an assignment, a line each.
  case quality(AssignmentQuality)
  /// A line of `assign --explain`.
  case explanation(ExplanationLine)
  /// What the demo holds.
  case demoHolds(participants: Int, groups: Int, notes: Int)
  case nothingSavedDryRun
  /// What a room file for a video tool leaves to be done by hand.
  case rooms(VideoRooms.Warning)
  // Rounds.
  case roundColumn(RoundColumn)
  case currentRoundMarked
  case sameGroupsOrRegroup
  case roundWeightsNotNegative
  case everyoneLocked(round: Int)
  case roundStarted(number: Int, name: String?, groups: Int, placed: Int)
  case absentFromRound(number: Int, names: [String])
  case newSinceRound(round: Int, names: [String], placed: Bool, session: String)
  case roundIsCurrent(number: Int, name: String?, of: Int)
  case saved
  case readOnlyNote(path: String, reason: String)
  case markedAbsent(name: String, left: String?)
  case arrived(name: String, group: String?, session: String)
  case fileOnly(String)

  case rosterColumn(RosterColumn)

  enum RosterColumn: CaseIterable { case name, organisation, type, country, group, role, preferred, quote, status }
  enum PreviewColumn: CaseIterable { case line, name, organisation, email, country, type, preferred }
  enum AssignColumn: CaseIterable { case group, name, type, country }
  enum RoundColumn: CaseIterable { case round, name, groups, people, notes }

  /// What a copy of a session held.
  struct TableCounts {
    var participants, groups, notes, revisions, drafts, agendaItems: Int
  }

  enum GroupsColumn: CaseIterable { case number, reference, name, size, moderator, rapporteur }
  enum ThemesColumn: CaseIterable { case shortName, name, groups }
}
