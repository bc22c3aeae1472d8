/// A breakout theme such as "Supply chain"; a theme has one or more groups.
public struct Theme: Codable, Equatable, Hashable, Sendable, Identifiable {
  public var id: Int64
  /// Command-line name, e.g. `supply-chain`.
  public var shortName: String
  public var name: String
  public var position: Int

  public init(id: Int64, shortName: String, name: String, position: Int) {
    self.id = id
    self.shortName = shortName
    self.name = name
    self.position = position
  }

  /// The three themes of the meetings this tool was made for, in the order of their reports.
  public static let defaults: [(shortName: String, name: String)] = [
    ("supply-chain", "Supply chain"),
    ("technology", "Technology"),
    ("finance", "Financial institutions"),
  ]
}
