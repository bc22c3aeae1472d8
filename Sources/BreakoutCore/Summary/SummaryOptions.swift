/// How people are named in a summary.
public enum AttributionMode: String, CaseIterable, Codable, Sendable {
  /// Names and organisations for people who consented; the others by affiliation type.
  case named
  /// "a government official", "a representative of a private sector company" ...
  case affiliation
  /// The Chatham House Rule: neither identity nor affiliation of anyone, and no participant lists.
  case chathamHouse = "none"
}

/// What goes into a compiled summary.
public struct SummaryOptions: Equatable, Sendable {
  /// nil: `named` when every quoted speaker consented, else `affiliation`.
  public var attribution: AttributionMode?
  /// Every note, not only the key points.
  public var allNotes: Bool
  /// Only the notes of this day (1 = Day One).
  public var day: Int?
  /// A compact reference (group, question, note id) after each line of the text formats.
  public var trace: Bool
  /// Each theme's groups printed once, merged ("the key points from both groups"), as the meeting report does.
  public var mergeThemes: Bool

  public init(
    attribution: AttributionMode? = nil, allNotes: Bool = false, day: Int? = nil, trace: Bool = false,
    mergeThemes: Bool = false
  ) {
    self.mergeThemes = mergeThemes
    self.attribution = attribution
    self.allNotes = allNotes
    self.day = day
    self.trace = trace
  }
}
