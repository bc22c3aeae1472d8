/// How many groups each theme gets, planned against what is stored: which groups go, which are added, and each
/// group's number and name afterwards. A group that already holds notes is never planned away.
public struct GroupLayoutPlan: Equatable, Sendable {
  /// A group to add: its theme and its place in that theme.
  public struct Addition: Equatable, Sendable {
    public var themeID: Int64
    public var indexInTheme: Int
  }

  /// Groups to delete; their members wait to be placed again.
  public var removals: [Int64] = []
  public var additions: [Addition] = []
  /// Themes whose groups all take the asked capacity (every theme named, when a capacity is given).
  public var capacityThemes: [Int64] = []
  public var capacity: Int?

  /// `counts` names themes as people type them (short name, name or number); `notesIn` counts a group's notes.
  public static func plan(
    _ counts: [(theme: String, count: Int)], capacity: Int?, themes: [Theme], groups: [BreakoutGroup],
    notesIn: (Int64) -> Int
  ) throws(StorageRefusal) -> GroupLayoutPlan {
    var wanted: [Int64: Int] = [:]
    for (reference, count) in counts {
      guard let theme = ThemeMatcher.match(reference, in: themes) else {
        throw .noTheme(reference, known: themes.map(\.shortName))
      }
      guard (0...26).contains(count) else { throw .groupCountOutOfRange(theme: theme.shortName) }
      wanted[theme.id] = count
    }
    if let capacity, capacity < 1 { throw .capacityBelowOne }
    var plan = GroupLayoutPlan(capacity: capacity)
    for theme in themes {
      guard let count = wanted[theme.id] else { continue }
      let existing = groups.filter { $0.themeID == theme.id }.sorted { $0.indexInTheme < $1.indexInTheme }
      for group in existing.dropFirst(count) {
        let notes = notesIn(group.id)
        guard notes == 0 else { throw .groupHasNotes(name: group.name, notes: notes) }
        plan.removals.append(group.id)
      }
      for index in existing.count..<max(existing.count, count) {
        plan.additions.append(Addition(themeID: theme.id, indexInTheme: index + 1))
      }
      if capacity != nil { plan.capacityThemes.append(theme.id) }
    }
    return plan
  }
}

/// Groups are numbered across the session in theme order and named after their theme ("Supply chain (group A)").
public enum GroupNaming {
  public struct Place: Equatable, Sendable {
    public var groupID: Int64
    public var number: Int
    public var indexInTheme: Int
    public var name: String
  }

  /// Every group's number, place in its theme and name, for the groups and themes as they now stand.
  public static func places(themes: [Theme], groups: [BreakoutGroup], language: SessionLanguage = .english)
    -> [Place]
  {
    var number = 0
    var places: [Place] = []
    for theme in themes {
      let ofTheme = groups.filter { $0.themeID == theme.id }.sorted { $0.indexInTheme < $1.indexInTheme }
      for (offset, group) in ofTheme.enumerated() {
        number += 1
        places.append(
          Place(
            groupID: group.id, number: number, indexInTheme: offset + 1,
            name: BreakoutGroup.defaultName(
              themeName: theme.name, index: offset + 1, groupsInTheme: ofTheme.count, language: language)))
      }
    }
    return places
  }
}
