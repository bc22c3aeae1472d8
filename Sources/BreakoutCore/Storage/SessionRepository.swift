import Foundation

/// Where a session is kept: a file on this host today, a database server next. Everything the screen asks of
/// storage, in the meeting's own types. Any call may have to wait (another program's lock, a full disk, a network),
/// so every call is async and none is made on the key path.
public protocol SessionRepository: Sendable {
  /// Set when the session can be read but not changed from here, saying why.
  var readOnlyReason: String? { get }

  /// The whole session as one consistent value.
  func snapshot() async throws -> SessionSnapshot
  /// A screen's first look, sooner than the whole session on a big meeting: everything but the notes, and the
  /// notes of the one group `choose` picks from what was read (`notesOnlyOf`); every note when it picks none.
  func firstLook(notesOf choose: @escaping @Sendable (SessionSnapshot) -> Int64?) async throws -> SessionSnapshot
  /// The session as it is now, reading only what moved since `snapshot` was read (its `storeStamps`).
  func refreshed(_ snapshot: SessionSnapshot) async throws -> SessionSnapshot
  /// What changes from this call on, here or in another process, as it happens.
  func changes() -> AsyncStream<SessionChange>

  // Notes and drafts.
  func drafts() async throws -> [Draft]
  func save(_ draft: Draft) async throws
  func discardDraft(owner: String, group: Int64) async throws
  /// Saves the note and removes its draft at once; an edit that started from an older revision than the newest is
  /// kept beside it (`keptBesideNewerVersion`).
  func commit(_ draft: Draft, author: String) async throws -> NoteCommit
  func deleteNote(_ id: Int64) async throws
  func setKeyPoint(note id: Int64, _ isKeyPoint: Bool, author: String) async throws
  func moveNote(_ id: Int64, toQuestion question: Int) async throws

  // The live meeting.
  func save(_ timers: [Timebox]) async throws
  func broadcast(_ text: String, to group: Int64?, author: String) async throws
  func requestHelp(group: Int64, text: String, author: String) async throws
  func acknowledgeHelp(group: Int64) async throws
  func setCurrentAgendaItem(_ id: Int64?) async throws
  func setIntroduction(group: Int64, text: String?) async throws
  /// A line for the plenary; a proceedings line without a day belongs to the day under way. Returns its id.
  @discardableResult
  func addPlenaryItem(_ section: PlenaryItem.Section, text: String, speaker: Int64?, day: Int?) async throws -> Int64
  func removePlenaryItem(_ id: Int64) async throws

  // Groups and the roster.
  func apply(_ assignment: Assignment) async throws
  func move(participant: Int64, to group: Int64?, lock: Bool) async throws
  func setLock(participant: Int64, locked: Bool) async throws
  func setLeads(group: Int64, moderator: Int64?, rapporteur: Int64?) async throws
  func setAbsent(participants: [Int64], absent: Bool) async throws
  func setCapacity(group: Int64, capacity: Int?) async throws
  /// Starts a round after the last with the current round's groups, people placed by `groupOf` (groups of the
  /// current round; see `RoundPlan`), and makes it current. Returns its number.
  func startRound(name: String?, groupOf: [Int64: Int64]) async throws -> Int
  /// Makes round `number` current again, as it was left.
  func setCurrentRound(_ number: Int) async throws
  func addParticipant(_ person: Participant) async throws
  func updateParticipant(_ person: Participant) async throws
  func deleteParticipant(_ id: Int64) async throws
  /// Adds and updates people from a registration export, all or nothing (see `RosterMerge`); `dryRun` reports
  /// what would change and changes nothing.
  func importRoster(_ data: Data, mapping: [String: RosterField], encoding: RosterEncoding, dryRun: Bool)
    async throws -> ImportReport
  /// Gives each named theme that many groups (see `GroupLayoutPlan`).
  func setGroupCounts(_ counts: [(theme: String, count: Int)], capacity: Int?) async throws
  func addRule(_ rule: GroupingRule) async throws

  // What the meeting is about.
  func addTheme(shortName: String, name: String) async throws
  func renameTheme(_ reference: String, to name: String) async throws
  /// Sets question `number`'s text (and short title, when given), adding it when it is the next one.
  func setQuestion(_ number: Int, text: String, title: String?) async throws
  func setQuestionTitle(_ number: Int, title: String?) async throws
  func removeQuestion(_ number: Int) async throws
  func setPurpose(_ purpose: String?) async throws
  func setNotIdentifying(_ words: [String], _ notIdentifying: Bool) async throws
  func addAgendaItem(day: Int, startsAt: String, title: String) async throws

  // Notes written outside the screen.
  /// Saves a note at once (the command line's `note add`); without a day it belongs to the day under way.
  @discardableResult
  func addNote(_ note: NewNote) async throws -> Note
  /// Imports notes from a CSV export, all or nothing (see `NoteImport`); returns how many.
  @discardableResult
  func importNotes(_ data: Data, author: String) async throws -> Int
}

extension SessionRepository {
  @discardableResult
  public func addPlenaryItem(_ section: PlenaryItem.Section, text: String) async throws -> Int64 {
    try await addPlenaryItem(section, text: text, speaker: nil, day: nil)
  }
}

/// A note as someone writes it, before it is stored.
public struct NewNote: Equatable, Sendable {
  public var group: Int64
  public var question: Int
  public var text: String
  public var speaker: Int64?
  public var tags: Set<NoteTag>
  public var isKeyPoint: Bool
  public var day: Int?
  public var author: String
  /// When it was said, for notes written down afterwards (now when nil).
  public var writtenAt: Date?

  public init(
    group: Int64, question: Int, text: String, speaker: Int64? = nil, tags: Set<NoteTag> = [],
    isKeyPoint: Bool = false, day: Int? = nil, author: String, writtenAt: Date? = nil
  ) {
    self.writtenAt = writtenAt
    self.group = group
    self.question = question
    self.text = text
    self.speaker = speaker
    self.tags = tags
    self.isKeyPoint = isKeyPoint
    self.day = day
    self.author = author
  }
}

/// A note saved from a draft.
public struct NoteCommit: Equatable, Sendable {
  public var note: Note
  /// The draft edited an older revision than the newest: it was saved as a new note beside the other.
  public var keptBesideNewerVersion: Bool

  public init(note: Note, keptBesideNewerVersion: Bool) {
    self.note = note
    self.keptBesideNewerVersion = keptBesideNewerVersion
  }
}

/// The parts of a session a change touched, so a screen reloads only what moved.
public struct SessionChange: OptionSet, Equatable, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let notes = SessionChange(rawValue: 1 << 0)
  public static let roster = SessionChange(rawValue: 1 << 1)
  public static let groups = SessionChange(rawValue: 1 << 2)
  public static let clocks = SessionChange(rawValue: 1 << 3)
  public static let messages = SessionChange(rawValue: 1 << 4)
  public static let agenda = SessionChange(rawValue: 1 << 5)
  public static let plenary = SessionChange(rawValue: 1 << 6)
  public static let info = SessionChange(rawValue: 1 << 7)
  /// Anything: what a store says when it cannot tell which part moved.
  public static let all = SessionChange(rawValue: (1 << 8) - 1)
}

extension AsyncStream<SessionChange>.Continuation {
  /// Announces a change without losing one not yet taken: a stream that keeps only the newest value would drop the
  /// older, so the two are announced together instead.
  public func yieldMerging(_ change: SessionChange) {
    if case .dropped(let older) = yield(change) { yield(older.union(change)) }
  }
}

extension SessionRepository {
  /// Everything but the notes (a session of a few thousand notes is read whole: it takes no longer): what a
  /// command needs that lists or changes the roster, the groups, the agenda, the questions or the plenary.
  public func withoutNotes() async throws -> SessionSnapshot {
    // No group has the id 0: the first look reads no group's notes.
    try await firstLook(notesOf: { _ in 0 })
  }
}
