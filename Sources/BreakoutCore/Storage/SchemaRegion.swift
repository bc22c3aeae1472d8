/// The parts of a session that change apart, each with its counter (`region_change`) and its tables. Notes are
/// stamped one by one instead (see v9).
public enum SchemaRegion: String, CaseIterable, Sendable {
  case info, groups, roster, clocks, messages, agenda, plenary
  case notes
  case notesRemoved = "notes-removed"

  public var tables: [String] {
    switch self {
    case .info: ["session_info", "theme", "question", "not_identifying"]
    case .groups: ["breakout_group"]
    case .roster: ["participant", "grouping_rule"]
    case .clocks: ["timebox"]
    case .messages: ["broadcast", "help_request"]
    case .agenda: ["agenda_item"]
    case .plenary: ["plenary_item"]
    case .notes, .notesRemoved: []
    }
  }
}

extension SchemaRegion {
  /// The tables v12 added to the groups' region (its triggers are made by v12, not by v9 with `tables`).
  public static let roundTables = ["breakout_round", "round_seat"]

  /// The part of the session a screen knows this region as.
  public var change: SessionChange {
    switch self {
    case .info: .info
    case .groups: .groups
    case .roster: .roster
    case .clocks: .clocks
    case .messages: .messages
    case .agenda: .agenda
    case .plenary: .plenary
    case .notes, .notesRemoved: .notes
    }
  }
}
