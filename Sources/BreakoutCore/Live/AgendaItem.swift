/// One item of the day's programme, e.g. "Breakout groups" on Day One at 10:30.
public struct AgendaItem: Codable, Equatable, Sendable {
  public var id: Int64
  public var day: Int
  public var startsAt: String
  public var title: String
  public var isCurrent: Bool

  public init(id: Int64, day: Int, startsAt: String, title: String, isCurrent: Bool = false) {
    self.id = id
    self.day = day
    self.startsAt = startsAt
    self.title = title
    self.isCurrent = isCurrent
  }
}
