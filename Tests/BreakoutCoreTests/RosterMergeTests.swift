import Foundation
import Testing

@testable import BreakoutCore

/// The roster merge as any store applies it: what is added, what is updated and how, what stays.
@Suite struct RosterMergeTests {
  static func reading(_ csv: String) throws -> RosterReading {
    try RosterReader.read(Data(csv.utf8), themes: Fixtures.themes)
  }

  static let roster = [
    Participant(id: 1, name: "Ana Lima", organisation: "Acme", country: "Brazil", email: "ana@acme.org", groupID: 3),
    Participant(id: 2, name: "Ben Roy", organisation: "Ministry", country: "Nepal"),
  ]

  @Test func newPeopleAreAddedAndKnownOnesUpdatedByEmailOrByNameAndOrganisation() throws {
    let merge = RosterMerge.plan(
      try Self.reading(
        """
        Name,Organisation,Email,Country
        Ana Lima,Acme Foods,ANA@acme.org,Brazil
        Ben Roy,Ministry,,India
        Chen Wei,Tech Co,chen@tech.co,China
        """), onto: Self.roster)
    #expect(merge.added == ["Chen Wei"])
    #expect(merge.additions.map(\.name) == ["Chen Wei"] && merge.additions.allSatisfy { $0.id == 0 })
    #expect(
      merge.changed == [
        .init(name: "Ana Lima", fields: ["organisation", "email"]), .init(name: "Ben Roy", fields: ["country"]),
      ])
    #expect(merge.updates.map(\.id) == [1, 2])
    #expect(merge.updates[0].groupID == 3, "an update keeps the person's group")
    #expect(merge.updates[0].email == "ANA@acme.org", "found by the address whatever its case; the file's spelling")
  }

  @Test func theSameFileTwiceChangesNothing() throws {
    let csv = """
      Name,Organisation,Email
      Ana Lima,Acme,ana@acme.org
      Dana Noor,NGO,
      """
    let first = RosterMerge.plan(try Self.reading(csv), onto: Self.roster)
    var roster = Self.roster
    for (index, person) in first.additions.enumerated() {
      var stored = person
      stored.id = Int64(10 + index)
      roster.append(stored)
    }
    for person in first.updates { roster[roster.firstIndex { $0.id == person.id }!] = person }
    let again = RosterMerge.plan(try Self.reading(csv), onto: roster)
    #expect(again.additions.isEmpty && again.updates.isEmpty && again.unchanged == 2)
  }

  @Test func aRepeatedLineUpdatesThePersonItsFirstLineAdded() throws {
    let merge = RosterMerge.plan(
      try Self.reading(
        """
        Name,Organisation,Country
        Eve Park,Acme,Korea
        Eve Park,Acme,Japan
        """), onto: Self.roster)
    #expect(merge.additions.map(\.country) == ["Japan"], "added once, as the later line has her")
    #expect(merge.added == ["Eve Park"] && merge.changed.isEmpty && merge.updates.isEmpty)
  }

  @Test func someoneWithAnotherEmailIsAnotherPerson() throws {
    let merge = RosterMerge.plan(
      try Self.reading(
        """
        Name,Organisation,Email
        Ana Lima,Acme,ana.lima@other.org
        """), onto: Self.roster)
    #expect(merge.added == ["Ana Lima"] && merge.updates.isEmpty)
  }
}
