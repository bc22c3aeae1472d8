import Foundation
import Testing

@testable import BreakoutCore

@Suite struct RosterReaderTests {
  func read(_ text: String, mapping: [String: RosterField] = [:]) throws -> RosterReading {
    try RosterReader.read(Data(text.utf8), themes: Fixtures.themes, mapping: mapping)
  }

  @Test func mapsCommonHeaderNamesWithoutConfiguration() throws {
    let reading = try read(
      """
      First Name,Last Name,Company,E-mail,Country/Region,Sector,Breakout preference,Badge colour
      Ana,Lima,Acme,ana@x.org,Fiji,NGO,Finance,red
      """)
    let ana = try #require(reading.entries.first)
    #expect(ana.name == "Ana Lima")
    #expect(ana.organisation == "Acme")
    #expect(ana.email == "ana@x.org")
    #expect(ana.country == "Fiji")
    #expect(ana.stakeholderType == .civilSociety)
    #expect(ana.preferredThemeID == 3)
    #expect(reading.ignoredColumns == ["Badge colour"])
  }

  @Test func acceptsOtherSynonyms() throws {
    let reading = try read(
      """
      Name,Affiliation,Email,Country,Stakeholder type,Theme,Role,Consent to be quoted
      Ben,Uni,ben@x.org,Nepal,Academia,Technology,Rapporteur,yes
      """)
    let ben = try #require(reading.entries.first)
    #expect(ben.organisation == "Uni")
    #expect(ben.stakeholderType == .academia)
    #expect(ben.preferredThemeID == 2)
    #expect(ben.role == .rapporteur)
    #expect(ben.consentsToBeQuoted)
  }

  @Test func mapOptionNamesAColumnTheHeadersDoNot() throws {
    let reading = try read(
      "Delegate full,Agency\nCarl,Ministry\n", mapping: ["Delegate full": .name, "Agency": .organisation])
    #expect(reading.entries.map(\.name) == ["Carl"])
    #expect(reading.entries.map(\.organisation) == ["Ministry"])
  }

  @Test func aMissingNameColumnIsAClearError() {
    #expect {
      try read("Organisation,Country\nAcme,Fiji\n")
    } throws: { error in
      let error = error as? RosterError
      return error?.line == 1 && error?.message.contains("no name column") == true
    }
  }

  @Test func aRowWithTheWrongNumberOfFieldsNamesItsLine() {
    #expect {
      try read("Name,Organisation\nAna,Acme\nBen,Acme,extra\n")
    } throws: { error in
      (error as? RosterError)?.line == 3
    }
  }

  @Test func unrecognisedValuesAreWarnedAbout() throws {
    let reading = try read("Name,Sector,Theme\nAna,Astronaut,Space\n")
    #expect(reading.entries[0].stakeholderType == .other)
    #expect(reading.entries[0].preferredThemeID == nil)
    #expect(reading.warnings.count == 2)
  }
}
