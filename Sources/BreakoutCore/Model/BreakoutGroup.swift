/// One breakout group: a theme, a number across the session, and who runs it.
public struct BreakoutGroup: Codable, Equatable, Hashable, Sendable, Identifiable {
  public var id: Int64
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
    moderatorID: Int64? = nil, rapporteurID: Int64? = nil, introduction: String? = nil
  ) {
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
