/// One breakout round of a session (a second day, a second set of questions, a regrouping after lunch). Each round
/// has groups of its own, with their own members, leads, locks, clocks and notes; one round is current: the one the
/// screens, `assign` and the room files work on. The others are kept as they were.
public struct Round: Codable, Equatable, Hashable, Sendable {
  public var number: Int
  public var name: String?
  public var isCurrent: Bool

  public init(number: Int, name: String? = nil, isCurrent: Bool = false) {
    self.number = number
    self.name = name
    self.isCurrent = isCurrent
  }
}

/// Where a person sat in a round that is not the current one (the current round's is each person's `groupID`).
public struct RoundSeat: Codable, Equatable, Hashable, Sendable {
  public var round: Int
  public var participantID: Int64
  public var groupID: Int64
  public var isLocked: Bool

  public init(round: Int, participantID: Int64, groupID: Int64, isLocked: Bool = false) {
    self.round = round
    self.participantID = participantID
    self.groupID = groupID
    self.isLocked = isLocked
  }
}
