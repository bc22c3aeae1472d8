import Testing

@testable import BreakoutCore

@Suite struct GroupLayoutPlanTests {
  let themes = [
    Theme(id: 1, shortName: "supply-chain", name: "Supply chain", position: 1),
    Theme(id: 2, shortName: "technology", name: "Technology", position: 2),
    Theme(id: 3, shortName: "finance", name: "Financial institutions", position: 3),
  ]
  let groups = [
    BreakoutGroup(id: 10, themeID: 1, number: 1, indexInTheme: 1, name: "Supply chain (group A)"),
    BreakoutGroup(id: 11, themeID: 1, number: 2, indexInTheme: 2, name: "Supply chain (group B)"),
    BreakoutGroup(id: 12, themeID: 2, number: 3, indexInTheme: 1, name: "Technology"),
  ]

  @Test func groupsAreAddedAndRemovedFromTheEndOfTheirTheme() throws {
    let plan = try GroupLayoutPlan.plan(
      [("supply-chain", 1), ("Technology", 3), ("finance", 0)], capacity: nil, themes: themes, groups: groups,
      notesIn: { _ in 0 })
    #expect(
      plan
        == GroupLayoutPlan(
          removals: [11], additions: [.init(themeID: 2, indexInTheme: 2), .init(themeID: 2, indexInTheme: 3)],
          capacityThemes: [], capacity: nil))
  }

  @Test func aCapacityGoesToEveryThemeNamed() throws {
    let plan = try GroupLayoutPlan.plan(
      [("technology", 1), ("finance", 1)], capacity: 12, themes: themes, groups: groups, notesIn: { _ in 0 })
    #expect(plan.removals.isEmpty && plan.additions == [.init(themeID: 3, indexInTheme: 1)])
    #expect(plan.capacityThemes == [2, 3] && plan.capacity == 12)
  }

  @Test func whatCannotBeDoneIsRefusedAndNamed() {
    func refusal(_ counts: [(theme: String, count: Int)], capacity: Int? = nil) -> StorageRefusal? {
      do throws(StorageRefusal) {
        _ = try GroupLayoutPlan.plan(
          counts, capacity: capacity, themes: themes, groups: groups, notesIn: { $0 == 11 ? 4 : 0 })
        return nil
      } catch { return error }
    }
    #expect(refusal([("supply-chain", 1)]) == .groupHasNotes(name: "Supply chain (group B)", notes: 4))
    #expect(refusal([("health", 1)]) == .noTheme("health", known: ["supply-chain", "technology", "finance"]))
    #expect(refusal([("technology", 27)]) == .groupCountOutOfRange(theme: "technology"))
    #expect(refusal([("technology", -1)]) == .groupCountOutOfRange(theme: "technology"))
    #expect(refusal([("technology", 2)], capacity: 0) == .capacityBelowOne)
    #expect(refusal([("supply-chain", 2)]) == nil, "keeping the group with notes is fine")
  }

  @Test func groupsAreNumberedAcrossTheSessionAndNamedAfterTheirTheme() {
    var groups = groups
    groups.append(BreakoutGroup(id: 20, themeID: 3, number: 0, indexInTheme: 1, name: ""))
    // A gap left by a removed group closes up.
    groups[1].indexInTheme = 3
    let places = GroupNaming.places(themes: themes, groups: groups.reversed())
    #expect(
      places == [
        .init(groupID: 10, number: 1, indexInTheme: 1, name: "Supply chain (group A)"),
        .init(groupID: 11, number: 2, indexInTheme: 2, name: "Supply chain (group B)"),
        .init(groupID: 12, number: 3, indexInTheme: 1, name: "Technology"),
        .init(groupID: 20, number: 4, indexInTheme: 1, name: "Financial institutions"),
      ])
  }
}

@Suite struct ChangeStreamTests {
  /// A change not yet taken is announced with the next one, never dropped for it.
  @Test func changesNotYetTakenAreAnnouncedTogether() async {
    let (stream, continuation) = AsyncStream.makeStream(of: SessionChange.self, bufferingPolicy: .bufferingNewest(1))
    continuation.yieldMerging(.clocks)
    continuation.yieldMerging(.notes)
    continuation.yieldMerging(.roster)
    continuation.finish()
    var announced: [SessionChange] = []
    for await change in stream { announced.append(change) }
    #expect(announced == [[.clocks, .notes, .roster]])
  }
}
