import Foundation

/// A CSV file as read: a header and records, each record remembering the line it started on.
public struct CSVTable: Equatable, Sendable {
  public struct Record: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
  }

  public var delimiter: Character
  public var header: [String]
  public var headerLine: Int
  public var records: [Record]
}

/// Why a CSV file could not be read, always naming the line a person should look at.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var problem: RosterProblem
  public var message: String { problem.sentence }

  public init(line: Int, _ problem: RosterProblem) {
    self.line = line
    self.problem = problem
  }

  public var description: String { "line \(line): \(message)" }
}
