import Foundation

/// A one-line message from the facilitator to every open rapporteur screen.
public struct Broadcast: Codable, Equatable, Sendable {
  public var id: Int64
  public var text: String
  public var sentAt: Date
  public var author: String

  public init(id: Int64, text: String, sentAt: Date, author: String) {
    self.id = id
    self.text = text
    self.sentAt = sentAt
    self.author = author
  }
}
