import Foundation

/// A one-line message from the facilitator to every rapporteur, or to one group's.
public struct Broadcast: Codable, Equatable, Sendable {
  public var id: Int64
  public var text: String
  public var sentAt: Date
  public var author: String
  /// nil: every group.
  public var groupID: Int64?

  public init(id: Int64, text: String, sentAt: Date, author: String, groupID: Int64? = nil) {
    self.id = id
    self.text = text
    self.sentAt = sentAt
    self.author = author
    self.groupID = groupID
  }

  /// Whether a screen showing this group (nil: the facilitator's, every group) shows the message.
  public func isFor(group: Int64?) -> Bool { groupID == nil || group == nil || groupID == group }
}

/// A rapporteur asking the facilitator for help ("!"), shown on the facilitator's row for the group until
/// acknowledged.
public struct HelpRequest: Codable, Equatable, Sendable {
  public var id: Int64
  public var groupID: Int64
  public var text: String
  public var sentAt: Date
  public var author: String

  public init(id: Int64, groupID: Int64, text: String, sentAt: Date, author: String) {
    self.id = id
    self.groupID = groupID
    self.text = text
    self.sentAt = sentAt
    self.author = author
  }
}
