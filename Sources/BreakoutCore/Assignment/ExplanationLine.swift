/// One line of `assign --explain`, as a value: the command line says it in the person's language (`description` is
/// the English).
public enum ExplanationLine: Sendable, CustomStringConvertible {
  case notTakingPart(String?)
  case notPlaced(String)
  case isIn(name: String, group: String, theme: String)
  case preferenceMet(String)
  /// `groups` empty: no group has the theme.
  case preferenceNotMet(String, groups: [GroupFill], allFull: Bool)
  case noPreference
  case locked
  case rule(apart: Bool, other: String, otherGroup: String?)
  /// In a round after the first: the people in their group they sat with in an earlier round, and in which rounds.
  case metBefore([Acquaintance])
  case here(Figures, groupSize: Int)
  case impossible(group: String, Impossible)
  case alternative(group: String, partner: String?, Change)

  public struct Acquaintance: Sendable {
    public var name: String
    public var rounds: [Int]
  }

  /// "Ana Lima (round 1), Ben Roy (rounds 1, 2)": round numbers are the same in every language but the word.
  public static func acquaintances(_ people: [Acquaintance], round: String, rounds: String) -> String {
    people.map {
      "\($0.name) (\($0.rounds.count == 1 ? round : rounds) \($0.rounds.map(String.init).joined(separator: ", ")))"
    }
    .joined(separator: ", ")
  }

  public struct GroupFill: Sendable {
    public var group: String
    public var size: Int
    public var capacity: Int?
  }

  public struct Figures: Sendable {
    public var score: Double
    public var unmet, sizeExcess: Int
    public var mix: Double
    public var countryExcess: Int
    /// R, in a round after the first.
    public var repeats: Double?
  }

  /// Why a person cannot go to another group.
  public enum Impossible: Sendable { case locked, together, apart, full }

  public enum Measure: Sendable { case unmet, size, mix, country, repeats, colleagues }

  /// What going elsewhere would do to the figures.
  public struct Change: Sendable {
    public var difference: Double
    public var parts: [(Measure, Double)]

    public var isWorse: Bool { difference > 1e-9 }
    public var isBetter: Bool { difference < -1e-9 }
  }

  /// "+0.12", "-3": a change with its sign.
  public static func signed(_ value: Double, _ places: Int) -> String {
    (value >= 0 ? "+" : "") + AssignmentExplanation.decimal(value, places)
  }

  /// "Q = 0.1234 (U 1, S 0, M 0.50, C 0)": the same letters in every language.
  public static func figures(_ figures: Figures) -> String {
    "Q = " + AssignmentExplanation.decimal(figures.score, 4) + " (U \(figures.unmet), S \(figures.sizeExcess), M "
      + AssignmentExplanation.decimal(figures.mix, 2) + ", C \(figures.countryExcess)"
      + (figures.repeats.map { ", R " + AssignmentExplanation.decimal($0, 2) } ?? "") + ")"
  }

  /// "Q +0.0100 (worse): U +1, M +0.25", with the language's verdict and word for colleagues.
  public static func change(_ change: Change, verdict: String, colleagues: String) -> String {
    let parts = change.parts.map { measure, value -> String in
      switch measure {
      case .unmet: "U " + signed(value, 0)
      case .size: "S " + signed(value, 0)
      case .mix: "M " + signed(value, 2)
      case .country: "C " + signed(value, 0)
      case .repeats: "R " + signed(value, 2)
      case .colleagues: "\(colleagues) " + signed(value, 0)
      }
    }
    return "Q " + signed(change.difference, 4) + " (\(verdict))"
      + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
  }

  private static func english(_ reason: Impossible) -> String {
    switch reason {
    case .locked: "they are locked where they are"
    case .together: "they move only with the people a together rule binds them to"
    case .apart: "someone there must be kept apart from them"
    case .full: "the group is full and nobody there can change places without breaking a rule or a lock"
    }
  }

  public var description: String {
    switch self {
    case .notTakingPart(let name):
      "\(name ?? "This person") takes no part in the assignment (a facilitator, or absent)."
    case .notPlaced(let name): "\(name) is not in a group yet."
    case .isIn(let name, let group, let theme): "\(name) is in \(group) (\(theme))."
    case .preferenceMet(let theme): "Asked for \(theme): met."
    case .preferenceNotMet(let theme, let groups, let full):
      "Asked for \(theme): not met. "
        + (groups.isEmpty
          ? "No group has that theme."
          : "Its groups: "
            + groups.map { "\($0.group) \($0.size)/\($0.capacity.map(String.init) ?? "no limit")" }
            .joined(separator: ", ")
            + (full ? "; all full, and changing places with anyone there scores no better (below)." : "."))
    case .noPreference: "Stated no preferred theme."
    case .locked: "Locked in this group by the facilitator: the assignment never moves them."
    case .rule(let apart, let other, let group):
      (apart ? "Must be kept apart from \(other)" : "Must be with \(other)") + (group.map { " (in \($0))" } ?? "") + "."
    case .metBefore(let people):
      people.isEmpty
        ? "Has sat with nobody in this group in an earlier round."
        : "Has sat with these people of this group in an earlier round: "
          + Self.acquaintances(people, round: "round", rounds: "rounds") + "."
    case .here(let figures, let size): "Here: " + Self.figures(figures) + "; in this group: \(size) people."
    case .impossible(let group, let reason): "  \(group): not possible: \(Self.english(reason))."
    case .alternative(let group, let partner, let change):
      "  \(group)\(partner.map { " changing places with \($0)" } ?? ""): "
        + Self.change(
          change, verdict: change.isWorse ? "worse" : change.isBetter ? "better" : "no different",
          colleagues: "colleagues")
    }
  }
}
