import Foundation

/// What starting a round or going back to one changes, planned against what is stored; both stores apply it as it
/// is. Nothing of a round that is not current is ever changed: its seats are only copied out and back.
public struct RoundPlan: Equatable, Sendable {
  /// The round that becomes current.
  public var round: Round
  /// A new round only: the current round's groups, each to be copied into it (theme, number, name, capacity, leads).
  public var groupsToCopy: [BreakoutGroup]
  /// Where the current round's people sat, kept with that round.
  public var seatsToKeep: [RoundSeat]
  /// Where people sit in the round that becomes current; for a new round, the group is the current-round group
  /// whose copy they go to.
  public var seats: [RoundSeat]

  /// A round after the last, with the current round's groups; `groupOf` places people (each in a group of the
  /// current round, whose copy they join; nobody else is placed) and a locked person stays locked where they are.
  public static func newRound(_ stored: SessionSnapshot, name: String?, groupOf: [Int64: Int64]) throws(StorageRefusal)
    -> RoundPlan
  {
    guard !stored.groups.isEmpty else { throw .roundNeedsGroups }
    let number = (stored.rounds.map(\.number).max() ?? 1) + 1
    let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines)
    let groupIDs = Set(stored.groups.map(\.id))
    let seats = stored.participants.compactMap { person -> RoundSeat? in
      guard let group = groupOf[person.id], groupIDs.contains(group) else { return nil }
      return RoundSeat(
        round: number, participantID: person.id, groupID: group, isLocked: person.isLocked && group == person.groupID)
    }
    return RoundPlan(
      round: Round(number: number, name: trimmed?.isEmpty == false ? trimmed : nil, isCurrent: true),
      groupsToCopy: stored.groups, seatsToKeep: currentSeats(stored), seats: seats)
  }

  /// Makes round `number` current again, as it was left.
  public static func switchTo(_ number: Int, _ stored: SessionSnapshot) throws(StorageRefusal) -> RoundPlan {
    guard let round = stored.rounds.first(where: { $0.number == number }) else {
      throw .noRound(number, rounds: stored.rounds.count)
    }
    return RoundPlan(
      round: round, groupsToCopy: [], seatsToKeep: number == stored.currentRound ? [] : currentSeats(stored),
      seats: stored.otherRoundSeats.filter { $0.round == number })
  }

  private static func currentSeats(_ stored: SessionSnapshot) -> [RoundSeat] {
    stored.participants.compactMap { person in
      person.groupID.map {
        RoundSeat(round: stored.currentRound, participantID: person.id, groupID: $0, isLocked: person.isLocked)
      }
    }
  }
}
