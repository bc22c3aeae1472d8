import Foundation

/// A group's clock for its current question: running (counting down from `startedAt`) or paused.
public struct Timebox: Codable, Equatable, Sendable {
  public var groupID: Int64
  public var question: Int
  public var duration: TimeInterval
  /// Remaining time when the clock was last started or paused.
  public var remainingAtStart: TimeInterval
  /// Set while the clock runs.
  public var startedAt: Date?

  public init(
    groupID: Int64, question: Int, duration: TimeInterval, remainingAtStart: TimeInterval? = nil, startedAt: Date? = nil
  ) {
    self.groupID = groupID
    self.question = question
    self.duration = duration
    self.remainingAtStart = remainingAtStart ?? duration
    self.startedAt = startedAt
  }

  public var isRunning: Bool { startedAt != nil }

  /// Seconds left; negative once time is up.
  public func remaining(at now: Date) -> TimeInterval {
    guard let startedAt else { return remainingAtStart }
    return remainingAtStart - now.timeIntervalSince(startedAt)
  }

  public enum Phase: Equatable, Sendable { case idle, running, lastMinute, expired, paused }

  public func phase(at now: Date) -> Phase {
    let left = remaining(at: now)
    if left <= 0 { return .expired }
    if !isRunning { return remainingAtStart < duration ? .paused : .idle }
    return left <= 60 ? .lastMinute : .running
  }

  public func started(at now: Date) -> Timebox {
    var copy = self
    if copy.startedAt == nil { copy.startedAt = now }
    return copy
  }

  public func paused(at now: Date) -> Timebox {
    var copy = self
    copy.remainingAtStart = remaining(at: now)
    copy.startedAt = nil
    return copy
  }

  /// More time for the current question; a running clock keeps running.
  public func extended(by seconds: TimeInterval, at now: Date) -> Timebox {
    var copy = self
    copy.remainingAtStart = max(0, remaining(at: now)) + seconds
    copy.duration += seconds
    if copy.startedAt != nil { copy.startedAt = now }
    return copy
  }

  /// "14:59", "-0:05" once over time.
  public static func clock(_ seconds: TimeInterval) -> String {
    let whole = Int(seconds.rounded(.up))
    let sign = whole < 0 ? "-" : ""
    let value = abs(whole)
    return "\(sign)\(value / 60):" + String(format: "%02d", value % 60)
  }

  /// Why a typed timebox cannot be started.
  public enum RequestError: Error, Equatable, Sendable {
    /// Not "question minutes".
    case shape
    case noSuchQuestion(String)
    /// Zero or fewer minutes.
    case notPositive(String)
    /// More than ten hours.
    case tooLong(String)
  }

  /// Reads what a facilitator types: "ii 15", "question iii, 10 min", "4 7.5m", "iii 2:30". Returns the question
  /// and the length in seconds.
  public static func request(_ text: String, questions: [Int]) -> Result<
    (question: Int, seconds: TimeInterval), RequestError
  > {
    let filler: Set<String> = ["question", "q", "min", "mins", "minute", "minutes", "for"]
    let words = text.lowercased().split { $0.isWhitespace || $0 == "," }.map(String.init)
      .filter { !filler.contains($0) }
    guard words.count == 2 else { return .failure(.shape) }
    guard let question = Question.number(from: words[0]) else { return .failure(.shape) }
    guard questions.contains(question) else { return .failure(.noSuchQuestion(words[0])) }
    var minutesText = words[1]
    if minutesText.hasSuffix("m") { minutesText.removeLast() }
    let seconds: Double
    let parts = minutesText.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 2, let minutes = Int(parts[0]), let rest = Int(parts[1]), (0..<60).contains(rest),
      !parts[0].hasPrefix("-")
    {
      seconds = Double(minutes * 60 + rest)
    } else if let minutes = Double(minutesText), minutes.isFinite {
      seconds = (minutes * 60).rounded()
    } else {
      return .failure(.shape)
    }
    guard seconds > 0 else { return .failure(.notPositive(words[1])) }
    guard seconds <= 600 * 60 else { return .failure(.tooLong(words[1])) }
    return .success((question, seconds))
  }

  /// A length as people say it: "15 min", "2 min 30 s", "45 s".
  public static func spoken(_ seconds: TimeInterval) -> String {
    let whole = Int(seconds.rounded())
    let minutes = whole / 60
    let rest = whole % 60
    if minutes == 0 { return "\(rest) s" }
    return rest == 0 ? "\(minutes) min" : "\(minutes) min \(rest) s"
  }
}
