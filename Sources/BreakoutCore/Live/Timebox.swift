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

  /// Reads what a facilitator types: "ii 15" or "question ii, 15 min" or "3 10m".
  public static func parse(_ text: String) -> (question: Int, minutes: Double)? {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "." }.map(String.init)
      .filter { !["question", "q", "min", "mins", "minutes", "m", "for"].contains($0) }
    guard words.count == 2, let question = Question.number(from: words[0]) else { return nil }
    let minutesText = words[1].hasSuffix("m") ? String(words[1].dropLast()) : words[1]
    guard let minutes = Double(minutesText), minutes > 0, minutes <= 600 else { return nil }
    return (question, minutes)
  }
}
