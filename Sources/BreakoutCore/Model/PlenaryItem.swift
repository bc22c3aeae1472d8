/// A line the facilitator writes for the plenary part of the summary.
public struct PlenaryItem: Codable, Equatable, Sendable {
  public enum Section: String, Codable, CaseIterable, Sendable {
    case conclusions, recommendations
    case keyMessages = "key-messages"
    /// What happened on a day of the meeting (opening remarks, panels, the plenary), in the proceedings.
    case proceedings
    case nextSteps = "next-steps"

    /// The English heading; a summary takes its headings from its language's `ReportWords`.
    public var title: String { ReportWords.english(.section(self)) }
  }

  public var id: Int64
  public var section: Section
  public var text: String
  /// For a key message: who said it.
  public var speakerID: Int64?
  /// For the proceedings: the day it happened on (1 = Day One).
  public var day: Int?

  public init(id: Int64, section: Section, text: String, speakerID: Int64? = nil, day: Int? = nil) {
    self.day = day
    self.id = id
    self.section = section
    self.text = text
    self.speakerID = speakerID
  }
}
