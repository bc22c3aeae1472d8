import BreakoutCore
import Foundation
import Testing

/// Rounds, on every kind of store: a new round copies the current groups, keeps the old round as it was, and going
/// back to a round brings it back as it was left.
@Suite struct RoundConformanceTests {
  @Test(arguments: StoreKind.all)
  func aSecondRoundKeepsTheFirstAsItWasAndEitherCanBeCurrent(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    let (ana, ben, chen, dana) = (session.people[0], session.people[1], session.people[2], session.people[3])
    try blocking {
      try await repository.setLock(participant: ana, locked: true)
      try await repository.setLeads(group: session.groups[1], moderator: ben, rapporteur: nil)
      _ = try await repository.addNote(NewNote(group: session.groups[0], question: 1, text: "Round one", author: "a"))
      try await repository.save([Timebox(groupID: session.groups[0], question: 2, duration: 600)])
    }
    let first = try blocking { try await repository.snapshot() }
    #expect(first.rounds == [Round(number: 1, isCurrent: true)], "a session of one round is round 1")

    // Ana (locked) stays; Ben and Chen change places; Dana (no group) gets one.
    let (a, b, c) = (session.groups[0], session.groups[1], session.groups[2])
    let number = try blocking {
      try await repository.startRound(name: "Day Two", groupOf: [ana: a, ben: c, chen: b, dana: a])
    }
    #expect(number == 2)
    let second = try blocking { try await repository.snapshot() }
    #expect(second.rounds == [Round(number: 1), Round(number: 2, name: "Day Two", isCurrent: true)])
    #expect(second.groups.map(\.name) == first.groups.map(\.name) && second.groups.allSatisfy { $0.round == 2 })
    #expect(Set(second.groups.map(\.id)).isDisjoint(with: first.groups.map(\.id)), "groups of its own")
    #expect(second.otherRoundGroups == first.groups)
    let copy = Dictionary(uniqueKeysWithValues: zip(first.groups.map(\.id), second.groups.map(\.id)))
    let now = Dictionary(uniqueKeysWithValues: second.participants.map { ($0.id, $0.groupID) })
    #expect(now == [ana: copy[a], ben: copy[c], chen: copy[b], dana: copy[a]])
    #expect(second.participant(ana)?.isLocked == true && second.participant(dana)?.isLocked == false)
    #expect(second.groups[1].moderatorID == ben, "leads are copied")
    #expect(second.timers.isEmpty || second.timers[copy[a]!] == nil, "the new groups' clocks are their own")
    #expect(second.notes.map(\.groupID) == [a], "notes stay with their round's group")

    let asItWas = second.asOf(round: 1)
    #expect(asItWas.groups == first.groups)
    #expect(asItWas.participants == first.participants)
    #expect(second.earlierRounds == [[ana: a, ben: b, chen: c]])

    try blocking { try await repository.setCurrentRound(1) }
    let back = try blocking { try await repository.snapshot() }
    #expect(back.groups == first.groups && back.participants == first.participants)
    #expect(back.asOf(round: 2).participants == second.participants, "round 2 is kept as it was left")
    #expect(back.notes == first.notes && back.timers == first.timers)

    #expect(throws: StorageFailure.refused(.noRound(3, rounds: 2))) {
      try blocking { try await repository.setCurrentRound(3) }
    }
    try blocking { try await repository.setCurrentRound(2) }
    let again = try blocking { try await repository.snapshot() }
    #expect(again.groups == second.groups && again.participants == second.participants)
    #expect(again.asOf(round: 1).participants == first.participants)
  }

  @Test(arguments: StoreKind.all)
  func aRoundNeedsGroupsToStartFrom(kind: StoreKind) throws {
    let session = try kind.prepare()
    let repository = session.repository
    try blocking {
      try await repository.setGroupCounts(
        [("supply-chain", 0), ("technology", 0), ("finance", 0)], capacity: nil)
    }
    #expect(throws: StorageFailure.refused(.roundNeedsGroups)) {
      try blocking { try await repository.startRound(name: nil, groupOf: [:]) }
    }
    #expect(try blocking { try await repository.snapshot() }.rounds.count == 1, "nothing was changed")
  }
}
