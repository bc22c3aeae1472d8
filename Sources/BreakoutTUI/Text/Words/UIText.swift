import BreakoutCore
import Foundation

/// Everything the screen says, as typed values: each language's catalogue turns one into words, with its own plural
/// forms and word order. The command table's help and status-bar labels are looked up by the English text there.
public enum UIText: Equatable, Sendable {
  // The frame of every screen.
  case screenTitle(Screen)
  case terminalTooSmall(width: Int, height: Int)
  case quitsHint
  case readOnlyBadge
  case rapporteurBadge(group: String)
  case offlineWaiting(Int)
  case offline
  case sending(Int)
  case refusedByServer(Int)
  /// The refused notes' list (`W`).
  case refusedHeading(Int)
  case refusedEntry(group: String, question: String, time: String)
  case refusedWhy(String)
  case noRefusedNotes
  case movesRefusedByServer(Int)
  case refusedMovesHeading(Int)
  case refusedMoveEntry(name: String, group: String?, time: String)
  case dateSpan(String, String)
  case promptHints
  case broadcastLine(group: String?, time: String, text: String)
  case helpScroll(shown: Int, total: Int)
  case helpScreenHeading(Screen)
  case helpScope(Command.Scope)

  // Roster.
  case rosterColumn(RosterColumn)
  case absent
  case waiting
  case locked
  case noParticipantsYet
  case nobodyMatches
  case peopleCount(Int, matching: String?, types: String)
  case countriesCount(Int, list: String, more: Bool)
  case addParticipantTitle
  case editParticipantTitle(String)
  case formField(ParticipantForm.Field)
  case yes
  case no
  case stakeholder(StakeholderType)
  case stakeholderShort(StakeholderType)
  case role(ParticipantRole)
  case nothingChanged
  case participantNeedsName
  case participantAdded(String)
  case participantSaved(String)
  case filterLabel
  case removeParticipantQuestion(name: String, notes: Int?)
  case arrived(String)
  case markedAbsent(String, leaving: String?)
  case removedFromRoster

  // Groups.
  case noGroupsForGroups
  case assignmentUnderWay(people: Int)
  case assignmentUnderWayKeysWork(people: Int)
  case assignmentStillUnderWay
  case waitingForGroup(count: Int, names: String)
  case absentList(count: Int, names: String)
  case proposedAssignment
  case emptyGroup
  case moderatorMark
  case rapporteurMark
  case lockedMark
  case moveLabel(name: String, choices: String)
  case everyoneHasGroup
  /// The Groups screen's round, where a session has several.
  case roundShown(number: Int, name: String?, of: Int, current: Bool)
  case pastRoundReadOnly(number: Int, current: Int)
  case oneRound
  /// Another round became current while the screen was open (`canRegroup`: the facilitator's screen, told how).
  case roundNowCurrent(number: Int, name: String?, canRegroup: Bool)
  case newRoundLabel(number: Int)
  case startingRound
  case facilitatorOnlyRounds
  /// In a round after the first: pairs sitting together again.
  case repeatedPairs(Int)
  case roomsLabel
  case roomsWritten(path: String, tool: String, rooms: Int, withoutEmail: [String])
  case alreadyInGroup(name: String, group: String)
  case keptApart(name: String, other: String, group: String)
  case keptTogether(name: String, other: String, group: String?)
  case groupFullQuestion(group: String, members: Int, capacity: Int, name: String)
  case moved(name: String, from: String?, to: String?, raised: Bool)
  case noMoveToUndo
  case movedBack(name: String, to: String?)
  case noGroupYet(String)
  case secondLeadQuestion(name: String, role: LeadRole, group: String, newRole: LeadRole, newGroup: String)
  case nowLead(name: String?, role: LeadRole, group: String?)
  case qualityScore(Double)
  case qualityTerms(unmet: Int, sizeExcess: Int, mix: Double, countryExcess: Int, violations: Int)
  case qualityFigures(preferencesMet: Double, smallest: Int, largest: Int, fewestTypes: Int, topCountryShare: Double)
  case placingWaiting(Int)
  case everyoneReassigned
  case cannotAssign(String)
  case assignmentSaved
  case assignmentDiscarded
  case acceptOrDiscardFirst

  // Facilitate.
  case noClock
  case clockReady(String)
  case clockRunning(String)
  case clockPaused(String)
  case clockLastMinute(String)
  case clockTimeUp(String)
  case noGroupsForFacilitate
  case facilitateColumnGroup
  case facilitateColumnNow
  case facilitateColumnClock
  case helpCall(time: String, text: String, more: Int)
  case facilitateLegend
  case latestKeyPoints
  case reading
  case noKeyPointYet
  case dayWithoutAgenda(Int)
  case dayName(Int)
  case timeboxLabel(allGroups: Bool)
  case fiveMoreMinutes(group: String)
  case fiveMoreMinutesForClocks(Int)
  case noAgendaYet
  case broadcastLabel
  case groupMessageLabel(number: Int, group: String)
  case helpAcknowledged(group: String)
  case nothingSentEmpty
  case messageSent(group: String?)
  case timeboxStarted(question: String, duration: String, groups: [String])
  case noSuchGroup(text: String, choices: String)
  case timebox(Timebox.RequestError, firstQuestion: String, lastQuestion: String)

  // Notes.
  case noGroupsYet
  case onQuestion(String)
  case earlierMessage(String)
  case readingGroupNotes
  case noNotesYet
  case newNoteTitle(question: String)
  case editingNoteTitle(question: String)
  case unattributed
  case speakerNow(String)
  case keyPointField(Bool)
  case speakerField(String)
  case tagsField(String)
  case noTags
  case askHelpLabel
  case introductionLabel(group: String)
  case closedNoteBack
  case findLabel
  case deleteNoteQuestion(String)
  case moveNoteLabel(questions: String)
  case noNoteMentions(String)
  case speakerCleared
  case tagKeys
  case speakerChosen(String)
  case peopleMatch(count: Int, query: String)
  case nobodyMatchesSpeaker(String)
  case closedSavingSoon
  case closedDraftKept
  case emptyNote
  case introductionCleared
  case introductionSaved
  case helpRequested
  case moveNoteWhere(questions: String)
  case noteAlreadyIn(question: String)
  case noteMoved(question: String)
  case noteDeleted
  case noteSavedAddingMore
  case editConflict
  case noteSaved(question: String, day: Int?, link: NoteSaveLink)
  case notSaved(StorageFailure)
  case waitingForFile
  case waitingForDisk
  case draftsLeft([DraftDescription])
  case unsavedNoteBack
  case draftTakenOver(owner: String)
  case draftRecovered(time: String)
  case tagName(NoteTag)

  // Note history.
  case historyHeading(note: Int64, question: String, day: Int, versions: Int)
  case historyChange(HistoryChange)
  case historyEntry(revision: Int, time: String, author: String, changes: [HistoryChange])
  case historyKeyPoint
  case historyDeleted

  // Summary.
  case summaryHeading(scope: String?, attribution: AttributionMode, updating: Bool, unstarred: Bool)
  case attribution(AttributionMode)
  case plenaryLabel
  case exportLabel
  case attributionChosen(AttributionMode)
  case plenaryHowTo
  case addedToProceedings
  case addedToSection(PlenaryItem.Section)
  case stillReading
  case exporting(String)
  case exportRequest(SummaryExport.RequestError)
  case exported(path: String, attribution: AttributionMode, withheld: [Int64])
  case notExported(path: String, reason: String)

  // Why a key does nothing now.
  case readOnlySession(String)
  case readOnlyAtStart(String)
  case exportDefault
  case rapporteurScreens
  case rapporteurOwnGroup
  case onlyOneGroup
  case plenaryIsFacilitators
  case rapporteurOwnSummary
  case facilitatorSeesHelp
  case noHelpAsked
  case noGroupsSetUp
  case noClockForGroup
  case noClockYet
  case noClockRunning
  case noNoteToChange
  case nobodySelected
  case nobodySelectedInGroup
  case confirmHint

  // Said on the terminal when the screen or the plain mode closes, or cannot open.
  case cannotOpen(path: String, reason: String)
  case notesWaitingOnQuit(count: Int, path: String)
  case notesRefusedOnQuit(count: Int, path: String)

  /// How a saved note is going to the server.
  public enum NoteSaveLink: Equatable, Sendable { case local, offline, sending }

  /// What changed in one version of a note.
  public enum HistoryChange: Equatable, Sendable {
    case written, text, speaker, tags, madeKeyPoint, noLongerKeyPoint
  }

  public enum RosterColumn: CaseIterable, Equatable, Sendable { case name, organisation, type, country, group, role }

  /// A draft left by an earlier run: whose, in which group, when.
  public struct DraftDescription: Equatable, Sendable {
    public var owner: String?
    public var group: String?
    public var time: String
  }
}
