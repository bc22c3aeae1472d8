import Foundation

/// What the meeting is: the facts printed at the top of every summary.
public struct SessionInfo: Codable, Equatable, Sendable {
  public var title: String
  public var region: String?
  /// A place, or "online".
  public var venue: String
  /// First day of the meeting as YYYY-MM-DD, if known.
  public var startDate: String?
  public var days: Int
  public var organisers: [String]
  /// What the meeting was for: the background's purpose paragraph.
  public var purpose: String?
  /// The language the meeting is held in (see `SessionLanguage`).
  public var language: SessionLanguage

  public init(
    title: String, region: String? = nil, venue: String = "online", startDate: String? = nil,
    days: Int = 1, organisers: [String] = [], purpose: String? = nil, language: SessionLanguage = .english
  ) {
    self.language = language
    self.purpose = purpose
    self.title = title
    self.region = region
    self.venue = venue
    self.startDate = startDate
    self.days = max(1, days)
    self.organisers = organisers
  }

  /// "Day One", "Day Two" ... as the English reports name the days of a meeting.
  public static func dayName(_ day: Int) -> String { ReportWords.english(.dayName(day)) }

  /// The calendar dates of the meeting, one per day, when a start date is known.
  public var dates: [String] {
    guard let startDate, let first = Self.isoDay.date(from: startDate) else { return [] }
    return (0..<days).map { offset in
      Self.isoDay.string(from: first.addingTimeInterval(Double(offset) * 86_400))
    }
  }

  /// The day of the meeting under way, the day a note taken now belongs to: the current agenda item's day; without
  /// one, today's place among the meeting's dates (in the meeting's time zone); else Day One.
  public func dayUnderWay(currentAgendaDay: Int?, now: Date, timeZone: TimeZone = .current) -> Int {
    if let currentAgendaDay { return min(max(1, currentAgendaDay), days) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let today = calendar.dateComponents([.year, .month, .day], from: now)
    let todayText = String(format: "%04d-%02d-%02d", today.year ?? 0, today.month ?? 0, today.day ?? 0)
    return (dates.firstIndex(of: todayText) ?? 0) + 1
  }

  public static func isValidDay(_ text: String) -> Bool {
    guard let date = isoDay.date(from: text) else { return false }
    return isoDay.string(from: date) == text
  }

  private static let isoDay: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter
  }()
}
