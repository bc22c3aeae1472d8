/// Where a session is kept: a file on this host today, a database server next. Everything the screen asks of
/// storage, in the meeting's own types. Any call may have to wait (another program's lock, a full disk, a network),
/// so every call is async and none is made on the key path.
public protocol SessionRepository: Sendable {
  /// Set when the session can be read but not changed from here, saying why.
  var readOnlyReason: String? { get }

  /// The whole session as one consistent value.
  func snapshot() async throws -> SessionSnapshot
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
  func addPlenaryItem(_ section: PlenaryItem.Section, text: String) async throws

  // Groups and the roster.
  func apply(_ assignment: Assignment) async throws
  func move(participant: Int64, to group: Int64?, lock: Bool) async throws
  func setLock(participant: Int64, locked: Bool) async throws
  func setLeads(group: Int64, moderator: Int64?, rapporteur: Int64?) async throws
  func setAbsent(participants: [Int64], absent: Bool) async throws
  func setCapacity(group: Int64, capacity: Int?) async throws
  func addParticipant(_ person: Participant) async throws
  func updateParticipant(_ person: Participant) async throws
  func deleteParticipant(_ id: Int64) async throws
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

/// Why storage did not do what was asked. The words for people are made where they are shown.
public enum StorageFailure: Error, Equatable, Sendable {
  /// Another program held the session for longer than the wait: trying again later can succeed.
  case busy
  /// No room on the disk: trying again once space is freed can succeed.
  case diskFull
  /// The session can only be read here, and why.
  case readOnly(String)
  /// The store refused the change, in its own words.
  case refused(String)

  /// Whether the same request can succeed later without anyone changing it.
  public var isTransient: Bool { self == .busy || self == .diskFull }
}
