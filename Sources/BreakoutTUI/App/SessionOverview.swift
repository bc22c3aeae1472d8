import BreakoutCore

/// What the opening screen shows of a session, read from a snapshot.
public struct SessionOverview: Equatable, Sendable {
  public struct GroupLine: Equatable, Sendable {
    public var number: Int
    public var name: String
    public var members: Int
    public var capacity: Int?
    public var moderator: String?
    public var rapporteur: String?
    public var notes: Int
    public var keyPoints: Int
  }

  public var title: String
  public var facts: String
  public var participants: Int
  public var countries: Int
  public var groups: [GroupLine]
  public var questions: [Question]

  public init(_ snapshot: SessionSnapshot) {
    title = snapshot.info.title
    let dates = snapshot.info.dates
    let span = dates.isEmpty ? nil : (dates.count > 1 ? "\(dates[0]) to \(dates[dates.count - 1])" : dates[0])
    facts = [snapshot.info.region, span, snapshot.info.venue].compactMap { $0 }.filter { !$0.isEmpty }
      .joined(separator: " | ")
    participants = snapshot.participants.count
    countries = Set(snapshot.participants.map { LooseText.normalised($0.country) }.filter { !$0.isEmpty }).count
    questions = snapshot.questions
    groups = snapshot.groups.map { group in
      let notes = snapshot.notes.filter { $0.groupID == group.id }
      return GroupLine(
        number: group.number, name: group.name, members: snapshot.members(of: group).count,
        capacity: group.capacity, moderator: snapshot.participant(group.moderatorID)?.name,
        rapporteur: snapshot.participant(group.rapporteurID)?.name, notes: notes.count,
        keyPoints: notes.filter(\.isKeyPoint).count)
    }
  }
}
