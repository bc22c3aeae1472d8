import BreakoutCore
import Foundation
import Testing

@testable import BreakoutStore

@Suite struct RosterImportTests {
  let roster = """
    Name,Organisation,Email,Country,Sector,Preferred group
    Ana Lima,Acme,ana@x.org,Fiji,Private sector,Finance
    Ben Roy,Ministry of Labour,ben@x.org,Nepal,Government,Technology
    Chen Wei,Tsinghua University,,China,Academia,
    """

  @Test func importsPeopleWithTheirFields() throws {
    let store = try newSession()
    let report = try store.importRoster(Data(roster.utf8))
    #expect(report.added == ["Ana Lima", "Ben Roy", "Chen Wei"])
    let people = try store.snapshot().participants
    #expect(people.map(\.stakeholderType) == [.privateSector, .government, .academia])
    let finance = try store.snapshot().themes.first { $0.shortName == "finance" }?.id
    #expect(people[0].preferredThemeID == finance)
    #expect(people[2].email == nil)
  }

  @Test func reimportingUpdatesInsteadOfDuplicating() throws {
    let store = try newSession()
    _ = try store.importRoster(Data(roster.utf8))
    let changed = roster.replacingOccurrences(of: "ana@x.org,Fiji", with: "ANA@X.ORG ,Samoa")
    let report = try store.importRoster(Data(changed.utf8))
    #expect(report.added.isEmpty)
    #expect(report.updated.map(\.name) == ["Ana Lima"])
    #expect(report.updated.first?.changes.contains("country") == true)
    #expect(report.unchanged == 2)
    let people = try store.snapshot().participants
    #expect(people.count == 3)
    #expect(people[0].country == "Samoa")
  }

  @Test func peopleWithoutEmailAreMatchedOnNameAndOrganisation() throws {
    let store = try newSession()
    _ = try store.importRoster(Data("Name,Organisation\nChen Wei,Tsinghua\n".utf8))
    _ = try store.importRoster(Data("Name,Organisation\nchen wei,TSINGHUA\nChen Wei,Fudan\n".utf8))
    #expect(try store.snapshot().participants.count == 2)
  }

  @Test func aBrokenFileImportsNothingAndNamesTheLine() throws {
    let store = try newSession()
    let broken = roster + "\nDan Ho,\"Unclosed,dan@x.org,Fiji,NGO,\n"
    #expect {
      try store.importRoster(Data(broken.utf8))
    } throws: { error in
      guard case .refused(.rosterUnreadable(let reason)) = error as? StorageFailure else { return false }
      return reason.line == 5
    }
    #expect(try store.snapshot().participants.isEmpty)
  }

  @Test func aDryRunChangesNothing() throws {
    let store = try newSession()
    let report = try store.importRoster(Data(roster.utf8), dryRun: true)
    #expect(report.added.count == 3)
    #expect(try store.snapshot().participants.isEmpty)
  }

  @Test func semicolonsBOMAndQuotedNewlinesImport() throws {
    let store = try newSession()
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array("sep=;\r\nName;Organisation\r\n\"Ana\r\nLima\";\"Acme; Ltd\"\r\n".utf8)
    _ = try store.importRoster(Data(bytes))
    let person = try #require(try store.snapshot().participants.first)
    #expect(person.name == "Ana Lima", "a newline inside a name is folded into a space")
    #expect(person.organisation == "Acme; Ltd")
  }
}

@Suite struct ParticipantEditingTests {
  @Test func participantsAreAddedEditedAndRemovedByHand() throws {
    let store = try newSession()
    let group = try setUpGroups(store)
    let id = try store.addParticipant(
      Participant(id: 0, name: "Late Arrival", organisation: "Acme", stakeholderType: .academia, email: "late@x.org"))
    try store.addNote(group: group, question: 1, text: "said something", speaker: id, author: "t")
    var person = try #require(try store.snapshot().participant(id))
    person.country = "Fiji"
    person.consentsToBeQuoted = true
    try store.updateParticipant(person)
    #expect(try store.snapshot().participant(id)?.country == "Fiji")
    #expect(throws: StorageFailure.refused(.emailTaken)) {
      try store.addParticipant(Participant(id: 0, name: "Twin", email: "LATE@x.org "))
    }
    try store.deleteParticipant(id)
    let after = try store.snapshot()
    #expect(after.participants.isEmpty)
    #expect(after.notes.map(\.speakerID) == [nil], "the note stays, unattributed")
  }
}
