/// What an import did (or, with `--dry-run`, would do).
public struct ImportReport: Equatable, Sendable {
  public var added: [String] = []
  /// Name and the fields that changed.
  public var updated: [(name: String, changes: [String])] = []
  public var unchanged = 0
  public var ignoredColumns: [String] = []
  public var droppedSensitiveColumns: [String] = []
  public var warnings: [RosterWarning] = []
  /// Which column fed each field, by header.
  public var columns: [String: RosterField] = [:]
  /// The first rows exactly as they were read, for `--dry-run`.
  public var preview: [RosterEntry] = []

  public init(
    ignoredColumns: [String] = [], droppedSensitiveColumns: [String] = [], warnings: [RosterWarning] = [],
    columns: [String: RosterField] = [:], preview: [RosterEntry] = []
  ) {
    self.ignoredColumns = ignoredColumns
    self.droppedSensitiveColumns = droppedSensitiveColumns
    self.warnings = warnings
    self.columns = columns
    self.preview = preview
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.added == rhs.added && lhs.unchanged == rhs.unchanged && lhs.ignoredColumns == rhs.ignoredColumns
      && lhs.warnings == rhs.warnings && lhs.updated.map(\.name) == rhs.updated.map(\.name)
      && lhs.updated.map(\.changes) == rhs.updated.map(\.changes)
  }
}
