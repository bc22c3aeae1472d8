/// One breakout group: a theme, a number across the session, and who runs it.
public struct BreakoutGroup: Codable, Equatable, Hashable, Sendable, Identifiable {
  public var id: Int64
  /// The round the group meets in (see `Round`).
  public var round: Int
  public var themeID: Int64
  /// Numbered across the session, as in "Breakout Group 2 - Technology".
  public var number: Int
  /// Position within its theme (1 for the first supply-chain group, 2 for the second).
  public var indexInTheme: Int
  public var name: String
  public var capacity: Int?
  public var moderatorID: Int64?
  public var rapporteurID: Int64?
  /// How the group's session began ("The session began with a short presentation from ..."), set by its rapporteur.
  public var introduction: String?

  public init(
    id: Int64, themeID: Int64, number: Int, indexInTheme: Int, name: String, capacity: Int? = nil,
    moderatorID: Int64? = nil, rapporteurID: Int64? = nil, introduction: String? = nil, round: Int = 1
  ) {
    self.round = round
    self.introduction = introduction
    self.id = id
    self.themeID = themeID
    self.number = number
    self.indexInTheme = indexInTheme
    self.name = name
    self.capacity = capacity
    self.moderatorID = moderatorID
    self.rapporteurID = rapporteurID
  }

  private enum Key: String, CodingKey {
    case id, round, themeID, number, indexInTheme, name, capacity, moderatorID, rapporteurID, introduction
  }

  // Written out for one reason: a group kept before rounds existed has no round, and is in round 1.
  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: Key.self)
    self.init(
      id: try values.decode(Int64.self, forKey: .id), themeID: try values.decode(Int64.self, forKey: .themeID),
      number: try values.decode(Int.self, forKey: .number),
      indexInTheme: try values.decode(Int.self, forKey: .indexInTheme),
      name: try values.decode(String.self, forKey: .name),
      capacity: try values.decodeIfPresent(Int.self, forKey: .capacity),
      moderatorID: try values.decodeIfPresent(Int64.self, forKey: .moderatorID),
      rapporteurID: try values.decodeIfPresent(Int64.self, forKey: .rapporteurID),
      introduction: try values.decodeIfPresent(String.self, forKey: .introduction),
      round: try values.decodeIfPresent(Int.self, forKey: .round) ?? 1)
  }

  /// "Technology" for a theme's only group; "Supply chain (group A)" when a theme has several, in the meeting's
  /// language.
  public static func defaultName(
    themeName: String, index: Int, groupsInTheme: Int, language: SessionLanguage = .english
  ) -> String {
    guard groupsInTheme > 1 else { return themeName }
    return ReportWords(language)(.groupOfTheme(theme: themeName, letter: letter(index)))
  }

  /// The reference typed on the command line: `technology`, or `supply-chain-2` when a theme has several groups.
  public static func reference(themeShortName: String, index: Int, groupsInTheme: Int) -> String {
    groupsInTheme > 1 ? "\(themeShortName)-\(index)" : themeShortName
  }

  static func letter(_ index: Int) -> String {
    let scalars = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return index >= 1 && index <= scalars.count ? String(scalars[index - 1]) : String(index)
  }
}
