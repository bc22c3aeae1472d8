/// A person on the roster.
public struct Participant: Codable, Equatable, Hashable, Sendable, Identifiable {
  public var id: Int64
  public var name: String
  public var organisation: String
  public var stakeholderType: StakeholderType
  public var country: String
  public var email: String?
  public var preferredThemeID: Int64?
  public var role: ParticipantRole
  /// Whether the person agreed to be quoted by name; nobody is quoted by name without it.
  public var consentsToBeQuoted: Bool
  public var groupID: Int64?
  /// A locked person stays in their group when groups are assigned again.
  public var isLocked: Bool
  /// Marked absent (a no-show or gone home): left out of groups until marked arrived.
  public var isAbsent: Bool

  public init(
    id: Int64, name: String, organisation: String = "", stakeholderType: StakeholderType = .unspecified,
    country: String = "", email: String? = nil, preferredThemeID: Int64? = nil,
    role: ParticipantRole = .participant, consentsToBeQuoted: Bool = false, groupID: Int64? = nil,
    isLocked: Bool = false, isAbsent: Bool = false
  ) {
    self.isAbsent = isAbsent
    self.id = id
    self.name = name
    self.organisation = organisation
    self.stakeholderType = stakeholderType
    self.country = country
    self.email = email
    self.preferredThemeID = preferredThemeID
    self.role = role
    self.consentsToBeQuoted = consentsToBeQuoted
    self.groupID = groupID
    self.isLocked = isLocked
  }
}
