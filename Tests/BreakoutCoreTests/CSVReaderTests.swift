import Foundation
import Testing

@testable import BreakoutCore

@Suite struct CSVReaderTests {
  func read(_ text: String) throws -> CSVTable { try CSVReader.read(Data(text.utf8)) }

  @Test func readsAByteOrderMarkAndCRLF() throws {
    let table = try CSVReader.read(Data([0xEF, 0xBB, 0xBF] + Array("Name,Country\r\nAna,Fiji\r\nBen,Nepal\r\n".utf8)))
    #expect(table.header == ["Name", "Country"])
    #expect(table.records.map(\.fields) == [["Ana", "Fiji"], ["Ben", "Nepal"]])
    #expect(table.records.map(\.line) == [2, 3])
  }

  @Test func honoursSepDeclarationAndSemicolons() throws {
    let declared = try read("sep=;\nName;Organisation\nAna;Acme, Inc.\n")
    #expect(declared.delimiter == ";")
    #expect(declared.records[0].fields == ["Ana", "Acme, Inc."])
    #expect(declared.records[0].line == 3)
    let guessed = try read("Name;Organisation;Country\nAna;Acme;Fiji\n")
    #expect(guessed.delimiter == ";")
    #expect(guessed.records[0].fields == ["Ana", "Acme", "Fiji"])
  }

  @Test func readsCROnlyLineEnds() throws {
    let table = try read("Name,Country\rAna,Fiji\rBen,Nepal")
    #expect(table.records.map(\.fields) == [["Ana", "Fiji"], ["Ben", "Nepal"]])
    #expect(table.records.map(\.line) == [2, 3])
  }

  @Test func quotedFieldsHoldDelimitersQuotesAndNewlines() throws {
    let table = try read("Name,Note\n\"Ana\",\"said \"\"hi\"\",\nthen left\"\nBen,x\n")
    #expect(table.records[0].fields == ["Ana", "said \"hi\",\nthen left"])
    #expect(table.records[1].fields == ["Ben", "x"])
    #expect(table.records[1].line == 4, "the quoted newline counts as a line")
  }

  @Test func anUnclosedQuoteNamesTheLineWhereItOpened() {
    #expect(throws: CSVError(line: 3, .quoteNeverClosed)) {
      try read("Name,Org\nAna,Acme\nBen,\"Acme\nCarl,Beta\n")
    }
    #expect(
      CSVError(line: 3, .quoteNeverClosed).description
        == "line 3: a quoted field opened here is never closed (a \" is missing)")
  }

  @Test func invalidUTF8NamesItsLine() {
    var bytes = Array("Name\nAna\nJos".utf8)
    bytes.append(0xE9)  // Windows-1252 "é"
    bytes += Array("\n".utf8)
    #expect {
      try CSVReader.read(Data(bytes))
    } throws: { error in
      (error as? CSVError)?.line == 3 && (error as? CSVError)?.message.contains("UTF-8") == true
    }
  }

  @Test func anEmptyFileIsAnError() {
    #expect(throws: CSVError.self) { try read("") }
  }

  @Test func blankLinesAreSkipped() throws {
    let table = try read("Name\n\nAna\n\n")
    #expect(table.records.map(\.fields) == [["Ana"]])
  }
}
