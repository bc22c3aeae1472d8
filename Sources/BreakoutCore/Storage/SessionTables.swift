/// A session's tables as rows of plain values, the same whichever store gave them: what moves a session between a
/// file and a server (`push`, `pull`), and what a test compares table by table. Times are text in UTC
/// (`YYYY-MM-DD HH:MM:SS.SSS`, as the session file keeps them) and true/false are 1/0.
public struct SessionTables: Equatable, Sendable {
  public var tables: [Table]

  public struct Table: Equatable, Sendable {
    public var name: String
    /// In the order of each row's values, sorted by name (so both stores give the same order).
    public var columns: [String]
    /// Sorted, so that two stores that hold the same rows give equal tables.
    public var rows: [[StoredValue]]

    public init(name: String, columns: [String], rows: [[StoredValue]]) {
      self.name = name
      self.columns = columns
      self.rows = rows.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Rows as column name to value.
    public var records: [[String: StoredValue]] {
      rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
    }
  }

  public init(tables: [Table]) { self.tables = tables }

  public subscript(name: String) -> Table? { tables.first { $0.name == name } }

  /// The order tables are filled in: each after those it refers to (a participant's group is set once the groups
  /// are there), the counters last, so what filling moved is set back to what the session had.
  public static let order = [
    "session_info", "theme", "question", "not_identifying", "participant", "breakout_round", "breakout_group",
    "round_seat", "grouping_rule", "note",
    "note_revision", "timebox", "broadcast", "draft", "agenda_item", "plenary_item", "help_request", "region_change",
  ]
}

/// One value in a row.
public enum StoredValue: Equatable, Sendable, Comparable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)

  public static func < (left: StoredValue, right: StoredValue) -> Bool {
    switch (left, right) {
    case (.null, .null): false
    case (.null, _): true
    case (_, .null): false
    case (.integer(let a), .integer(let b)): a < b
    case (.real(let a), .real(let b)): a < b
    case (.text(let a), .text(let b)): a < b
    case (.integer, _): true
    case (.real, .text): true
    default: false
    }
  }
}
