import BreakoutCore
import Foundation

/// The five screens, in Tab order; the number keys jump to them.
public enum Screen: Int, CaseIterable, Sendable {
  case roster = 1
  case groups, facilitate, notes, summary

  public var title: String {
    switch self {
    case .roster: "Roster"
    case .groups: "Groups"
    case .facilitate: "Facilitate"
    case .notes: "Notes"
    case .summary: "Summary"
    }
  }
}

/// Who is at this terminal: the facilitator sees everything; a rapporteur one group's notes and summary.
public enum Seat: Equatable, Sendable {
  case facilitator
  case rapporteur(groupID: Int64)
}

/// Everything the screen shows; changed only by `reduce`.
public struct AppState: Equatable, Sendable {
  public var session: SessionSnapshot
  public var seat: Seat
  public var screen: Screen
  public var width: Int
  public var height: Int
  public var now: Date
  public var color: Bool
  /// Who is typing: the author of notes and the owner of drafts.
  public var owner: String
  /// Set when the session can only be read here, with why (a read-only folder or disk): nothing that would change
  /// it is offered.
  public var readOnlyReason: String?
  /// --bell: ring when a clock this screen follows reaches its last minute or runs out.
  public var bell = false
  /// For the times shown (a broadcast's, a recovered draft's).
  public var timeZone: TimeZone = .current
  /// The language the screen speaks (the person's, not necessarily the meeting's).
  public var words: InterfaceWords = .english

  /// Text and figures made from the session when it changes, not on every frame (see `refreshDerived`).
  public var derived = DerivedData()
  /// What is open over the screen, at most one thing at a time: it takes the keys until it closes.
  public var modal: Modal?
  /// A line for the status bar after something happened ("Note saved.").
  public var message: String?
  /// A note whose save found the session file locked or the disk full, retried every second until it goes through.
  public var waitingCommit: WaitingCommit?
  /// An assignment being worked out beside the screen (a large roster).
  public var assignmentUnderWay = false
  /// A note sent to be saved and not yet answered for (saves run off the key path).
  public var commitInFlight: Draft?
  /// Keys pressed after Enter while the note's first save is under way: they were typed for what comes after it
  /// (the next note), so they wait for the answer and are then taken in order; none is lost.
  public var typeahead: [Key] = []
  /// The note closed with Esc before it was saved: `a` in its group opens it again instead of an empty editor
  /// (which would overwrite the stored draft).
  public var closedDraft: Draft?
  /// The closed draft's last save did not reach the session file; it is retried on the clock tick.
  public var closedDraftUnsaved = false
  /// Drafts left in the session by earlier runs (this name's or anyone's), by group: `a` in that group opens the
  /// newest, and the note becomes this terminal's.
  public var waitingDrafts: [Int64: Draft] = [:]
  /// Until when draft saves hold off because a save could not be made (so typing never waits on a locked file).
  public var draftSavesHeldUntil: Date?

  /// Words typed here that have not reached the session file: a note waiting to be saved, an editor or a closed
  /// draft whose last save failed. Printed on the terminal when breakout closes, so nothing typed is lost unseen.
  public var unsavedText: String? {
    let text: String?
    if let waiting = waitingCommit {
      text = editor?.text ?? waiting.draft.text
    } else if let inFlight = commitInFlight {
      text = editor?.text ?? inFlight.text
    } else if let editor, editor.unsavedEdits > 0 {
      text = editor.text
    } else if closedDraftUnsaved {
      text = closedDraft?.text
    } else {
      text = nil
    }
    return text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
  }

  public var roster = ListPosition()
  public var rosterFilter = ""
  public var groups = GroupsPosition()
  /// The last move made by hand on the Groups screen, which `u` undoes.
  public var lastMove: MoveRecord?
  public var facilitate = ListPosition()
  /// The group on the Notes screen.
  public var notesGroupID: Int64?
  public var notesQuestion = 1
  public var notes = ListPosition()
  /// nil: every group.
  public var summaryGroupID: Int64?
  public var summary = ListPosition()
  /// The attribution chosen on the Summary screen (`a`); nil is the session's own default.
  public var summaryAttribution: AttributionMode?

  public init(
    session: SessionSnapshot, seat: Seat = .facilitator, width: Int, height: Int, now: Date, color: Bool = true,
    owner: String = "rapporteur"
  ) {
    self.session = session
    self.seat = seat
    self.width = width
    self.height = height
    self.now = now
    self.color = color
    self.owner = owner
    switch seat {
    case .facilitator:
      screen = .facilitate
      notesGroupID = session.groups.first?.id
    case .rapporteur(let groupID):
      screen = .notes
      notesGroupID = groupID
      summaryGroupID = groupID
      if let group = session.groups.first(where: { $0.id == groupID }) {
        notesQuestion = session.currentQuestion(of: group)
      }
    }
  }

  /// Below this the screen shows a notice instead of a broken layout.
  public static let minimumWidth = 40
  public static let minimumHeight = 10

  /// The screens this seat may use.
  public var screens: [Screen] {
    switch seat {
    case .facilitator: Screen.allCases
    case .rapporteur: [.notes, .summary]
    }
  }

  /// The session as the Groups screen shows it: as it stood in the round looked at.
  public var groupsShown: SessionSnapshot { pastRoundShown.map { session.asOf(round: $0) } ?? session }

  /// The round the Groups screen looks at when it is not the current one (another screen may have made it current
  /// meanwhile, or a round may be gone).
  public var pastRoundShown: Int? {
    groups.round.flatMap { round in session.rounds.contains { $0.number == round && !$0.isCurrent } ? round : nil }
  }

  public var notesGroup: BreakoutGroup? { session.groups.first { $0.id == notesGroupID } }

  /// The group this terminal follows for messages and clock bells: a rapporteur's own; nil for the facilitator
  /// (every group).
  public var followedGroupID: Int64? {
    if case .rapporteur(let groupID) = seat { return groupID }
    return nil
  }
}

/// What the screens show that takes real work to make (the summary compiled, the groups' quality measured), made
/// once per change of what it comes from. Entirely derived from the rest of the state, so it never makes two states
/// differ.
public struct DerivedData: Equatable, Sendable {
  /// Moves on each reload of the session: the cached work is keyed on it.
  public var sessionStamp = 0
  var summaryKey: SummaryKey?
  var summaryLines: [SummaryLine] = []
  /// Whether some answer in the summary has no key point and shows its notes instead.
  var summaryHasUnstarred = false
  /// The summary text being made beside the screen, for this key (one at a time).
  var summaryPending: SummaryKey?
  var groupsStamp: Int?
  var groupFigures: [String] = []
  var attributionStamp: Int?
  var defaultAttribution: AttributionMode = .affiliation

  public init() {}
  public static func == (_: DerivedData, _: DerivedData) -> Bool { true }
}

/// What the Summary screen's text depends on.
public struct SummaryKey: Equatable, Sendable {
  var sessionStamp: Int
  var groupID: Int64?
  var attribution: AttributionMode
  var width: Int
}

/// One line of the Summary screen, and whether it is a heading.
public struct SummaryLine: Equatable, Sendable {
  var text: String
  var heading: Bool
}

/// What can be open over a screen. One enum rather than six optionals, so which one has the keys is never in doubt.
public enum Modal: Equatable, Sendable {
  /// The keys, scrolled to a line.
  case help(top: Int)
  /// A question that needs y or n.
  case confirmation(Confirmation)
  /// A one-line prompt at the bottom (filter, broadcast, timebox, export, move).
  case prompt(Prompt)
  /// The Roster screen's add/edit form.
  case form(ParticipantForm)
  case editor(NoteEditor)
  /// A proposed assignment on the Groups screen, shown until it is accepted or discarded.
  case preview(AssignmentPreview)
  /// Every version of one note: who changed what, when; scrolled to a line.
  case history(noteID: Int64, top: Int)
  /// The notes a server refused, with why; scrolled to a line.
  case refused(top: Int)
}

/// Each kind of modal read and written as an optional; setting nil closes it only if it is the one open.
extension AppState {
  public var showingHelp: Bool {
    get { if case .help = modal { true } else { false } }
    set {
      if newValue {
        modal = .help(top: 0)
      } else if showingHelp {
        modal = nil
      }
    }
  }

  public var confirmation: Confirmation? {
    get { if case .confirmation(let value) = modal { value } else { nil } }
    set { replaceModal(newValue.map(Modal.confirmation), clearing: confirmation != nil) }
  }

  public var prompt: Prompt? {
    get { if case .prompt(let value) = modal { value } else { nil } }
    set { replaceModal(newValue.map(Modal.prompt), clearing: prompt != nil) }
  }

  public var form: ParticipantForm? {
    get { if case .form(let value) = modal { value } else { nil } }
    set { replaceModal(newValue.map(Modal.form), clearing: form != nil) }
  }

  public var editor: NoteEditor? {
    get { if case .editor(let value) = modal { value } else { nil } }
    set { replaceModal(newValue.map(Modal.editor), clearing: editor != nil) }
  }

  public var assignmentPreview: AssignmentPreview? {
    get { if case .preview(let value) = modal { value } else { nil } }
    set { replaceModal(newValue.map(Modal.preview), clearing: assignmentPreview != nil) }
  }

  private mutating func replaceModal(_ new: Modal?, clearing isOpen: Bool) {
    if let new {
      modal = new
    } else if isOpen {
      modal = nil
    }
  }
}

/// A cursor in a list, with its scroll offset.
public struct ListPosition: Equatable, Sendable {
  public var row = 0
  public var top = 0
  public init() {}
}

public struct GroupsPosition: Equatable, Sendable {
  public var group = 0
  public var member = 0
  /// The round looked at, when it is not the current one (it can only be looked at).
  public var round: Int?
  public init() {}
}

public struct Prompt: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case filter, findNote, plenary
    /// nil: every group.
    case broadcast(groupID: Int64?)
    case askForHelp(groupID: Int64)
    case introduction(groupID: Int64)
    case timebox(allGroups: Bool)
    case export
    case moveTo(participantID: Int64)
    case moveNote(noteID: Int64)
    case newRound
    case rooms
  }
  public var purpose: Purpose
  public var label: String
  public var field: TextField
  public var text: String { field.text }

  public init(purpose: Purpose, label: String, text: String = "") {
    self.purpose = purpose
    self.label = label
    self.field = TextField(text)
  }
}

public struct Confirmation: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case deleteNote(Int64)
    case deleteParticipant(Int64)
    /// Move someone into a full group, raising its capacity by one.
    case moveRaisingCapacity(MoveRecord, capacity: Int)
    /// Make someone lead a second group.
    case lead(groupID: Int64, participantID: Int64, role: LeadRole)
  }
  public var purpose: Purpose
  public var question: String
}

public struct AssignmentPreview: Equatable, Sendable {
  public var assignment: Assignment
  public var lines: [String]
}

/// A move by hand: who, from where, to where, and what it changed, so it can be undone exactly.
public struct MoveRecord: Equatable, Sendable {
  public var participantID: Int64
  public var name: String
  public var fromGroupID: Int64?
  public var toGroupID: Int64
  public var wasLocked: Bool
  /// The capacity the target group had before the move raised it.
  public var previousCapacity: Int?
  public var raisedCapacity = false
}

/// What happens to the state.
public enum Action: Equatable, Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// The clock moved on (about five times a second).
  case tick(Date)
  /// Someone (here or in another terminal) changed the session.
  case reloaded(SessionSnapshot)
  /// A draft from an earlier run was found.
  case draftRecovered(Draft)
  /// Drafts left in the session when breakout started, newest first, whoever typed them.
  case draftsFound([Draft])
  case noteSaved(NoteCommit)
  /// An export was written: where, under which attribution, and the notes whose words were withheld.
  case exported(path: String, attribution: AttributionMode, withheld: [ChathamHouseCheck.Finding])
  /// Storage did not do what an effect asked: a save that can succeed later waits and is retried; otherwise the
  /// status line says why, and what was typed is kept.
  case failed(Effect, StorageFailure)
  /// An export could not be written, and why.
  case exportFailed(path: String, reason: String)
  /// A rooms file was written.
  case roomsWritten(VideoRooms, path: String)
  /// Work done beside the screen, and what it came to.
  case computed(WorkResult)
  /// SIGTERM or SIGHUP (an ssh drop): save what is typed and leave.
  case terminate
  /// With --mouse: a click at a cell, or the wheel.
  case click(x: Int, y: Int)
  case wheel(down: Bool)
}

/// Work for the outside world, returned by `reduce` and run by the runtime; results come back as actions.
public enum Effect: Equatable, Sendable {
  case quit
  case redrawAll
  case saveDraft(Draft)
  /// Removes someone's draft for a group once this terminal has taken it over and saved its own copy.
  case discardDraft(owner: String, groupID: Int64)
  case commitNote(Draft)
  case deleteNote(Int64)
  case setKeyPoint(noteID: Int64, Bool)
  case saveTimers([Timebox])
  case broadcast(String, groupID: Int64?)
  case requestHelp(groupID: Int64, String)
  /// How a group's session began, for the summary (nil: none).
  case setIntroduction(groupID: Int64, String?)
  case acknowledgeHelp(groupID: Int64)
  /// The terminal bell (--bell): a clock has reached its last minute or run out.
  case bell
  case applyAssignment(Assignment)
  case move(participantID: Int64, groupID: Int64?, lock: Bool)
  case setLock(participantID: Int64, locked: Bool)
  case setLeads(groupID: Int64, moderatorID: Int64?, rapporteurID: Int64?)
  case setCapacity(groupID: Int64, capacity: Int?)
  /// A round after the last, with the current round's groups and everyone where they sit.
  case startRound(name: String?, groupOf: [Int64: Int64])
  /// The rooms file for a video tool, written where asked.
  case writeRooms(VideoRooms, path: String)
  case moveNote(noteID: Int64, question: Int)
  /// Absent: they leave their group; arrived: they wait to be placed.
  case setAbsent(participantID: Int64, Bool)
  /// Compiles the summary of these groups and writes it (off the key path: compiling and zipping take time).
  case export(SummaryExport, session: SessionSnapshot)
  case setCurrentAgendaItem(Int64?)
  /// Adds (id 0) or updates a participant.
  case saveParticipant(Participant)
  case deleteParticipant(Int64)
  case addPlenaryItem(PlenaryItem.Section, String)
  /// Work too slow for the key path on a large session; its result comes back as `Action.computed`.
  case compute(Work)
}

/// Why a save has to wait.
public enum SaveHold: Equatable, Sendable {
  /// Another program holds the session file's write lock.
  case fileBusy
  /// The disk has no room left.
  case diskFull
}

/// A note whose save is waiting for the session file to be released or for room on the disk.
public struct WaitingCommit: Equatable, Sendable {
  public var draft: Draft
  public var lastTry: Date
}
