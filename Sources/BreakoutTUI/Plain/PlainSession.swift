import BreakoutCore
import Foundation

/// The plain line mode as a state machine: a typed line or what storage reports goes in; lines to print and
/// effects for the runtime come out. No cursor addressing, no redrawn lines: every change is one new line.
public struct PlainSession: Equatable, Sendable {
  public var session: SessionSnapshot
  public var seat: Seat
  public var owner: String
  public var words: InterfaceWords
  public var now: Date
  public var timeZone: TimeZone = .current
  /// The group notes go to: the rapporteur's own, or the one the facilitator chose with `group`.
  public var groupID: Int64?
  /// The question chosen with `question`; nil follows the group's current question.
  public var chosenQuestion: Int?
  /// The note that `speaker`, `key` and `tag` change: the last one written here.
  public var lastNoteID: Int64?
  /// A save sent and not yet answered for: lines typed meanwhile wait for it (they may be about that note).
  var commitInFlight = false
  /// What to say when it is saved (an edit's own words); nil says "Note 12 saved".
  var sayWhenSaved: PlainText?
  var waitingLines: [String] = []
  // What has been announced already, so that only changes are.
  var seenNotes: Set<Int64>
  var seenBroadcasts: Set<Int64>
  var seenHelp: Set<Int64>
  var phases: [Int64: Timebox.Phase]
  var questions: [Int64: Int]

  public init(session: SessionSnapshot, seat: Seat, owner: String, words: InterfaceWords, now: Date) {
    self.session = session
    self.seat = seat
    self.owner = owner
    self.words = words
    self.now = now
    switch seat {
    case .facilitator: groupID = session.groups.first?.id
    case .rapporteur(let id): groupID = id
    }
    seenNotes = Set(session.notes.map(\.id))
    seenBroadcasts = Set(session.broadcasts.map(\.id))
    seenHelp = Set(session.helpRequests.map(\.id))
    phases = session.timers.mapValues { $0.phase(at: now) }
    questions = Dictionary(uniqueKeysWithValues: session.groups.map { ($0.id, session.currentQuestion(of: $0)) })
  }

  /// What goes in.
  public enum Input: Equatable, Sendable {
    case line(String)
    case action(Action)
  }

  /// What comes out, in order.
  public enum Output: Equatable, Sendable {
    case say(String)
    case effect(Effect)
    case quit
  }

  public var group: BreakoutGroup? { session.groups.first { $0.id == groupID } }

  /// The first line: the session, and whose notes this seat takes.
  public var greeting: String {
    let own: PlainText.GroupName? =
      switch seat {
      case .facilitator: nil
      case .rapporteur: group.map(name)
      }
    return words(.ready(session: session.info.title, rapporteurOf: own))
  }

  /// The question a note goes to now.
  public var question: Int { chosenQuestion ?? group.map { session.currentQuestion(of: $0) } ?? 1 }

  func name(of group: BreakoutGroup) -> PlainText.GroupName { .init(number: group.number, name: group.name) }

  func reading(_ timer: Timebox?) -> PlainText.ClockReading {
    guard let timer else { return .none }
    let left = Int(timer.remaining(at: now).rounded(.up))
    switch timer.phase(at: now) {
    case .idle: return .ready(minutes: Int((timer.duration / 60).rounded()))
    case .running, .lastMinute: return .running(seconds: left)
    case .paused: return .paused(seconds: left)
    case .expired: return .over(seconds: -left)
    }
  }

  /// The groups whose clocks and questions this seat hears about: a rapporteur's own, the facilitator's all.
  var followedGroups: [BreakoutGroup] {
    switch seat {
    case .facilitator: session.groups
    case .rapporteur(let id): session.groups.filter { $0.id == id }
    }
  }
}
