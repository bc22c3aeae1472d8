/// One person as read from a registration export, before it meets the session.
public struct RosterEntry: Equatable, Sendable {
  public var line: Int
  public var name: String
  public var organisation: String
  public var email: String?
  public var country: String
  public var stakeholderType: StakeholderType
  public var preferredThemeID: Int64?
  public var role: ParticipantRole
  public var consentsToBeQuoted: Bool

  public init(
    line: Int, name: String, organisation: String = "", email: String? = nil, country: String = "",
    stakeholderType: StakeholderType = .unspecified, preferredThemeID: Int64? = nil,
    role: ParticipantRole = .participant, consentsToBeQuoted: Bool = false
  ) {
    self.line = line
    self.name = name
    self.organisation = organisation
    self.email = email
    self.country = country
    self.stakeholderType = stakeholderType
    self.preferredThemeID = preferredThemeID
    self.role = role
    self.consentsToBeQuoted = consentsToBeQuoted
  }
}

/// A roster read and understood: the people, the columns left out, and what could not be placed.
public struct RosterReading: Equatable, Sendable {
  public var entries: [RosterEntry]
  public var columns: [String: RosterField]
  public var ignoredColumns: [String]
  /// Columns with identity or contact data that were not read at all.
  public var droppedSensitiveColumns: [String] = []
  public var warnings: [RosterWarning]
}
