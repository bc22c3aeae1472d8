/// A hard rule for assignment: two people kept apart (e.g. a manager and their staff) or together (an interpreter).
public struct GroupingRule: Codable, Equatable, Hashable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable { case apart, together }

  public var kind: Kind
  public var first: Int64
  public var second: Int64

  public init(kind: Kind, first: Int64, second: Int64) {
    self.kind = kind
    self.first = first
    self.second = second
  }
}
