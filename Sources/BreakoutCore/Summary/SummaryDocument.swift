import Foundation

/// The rapporteur summary as data: what every export format writes. Version 1 of the JSON schema in
/// `Sources/BreakoutCore/Summary/summary.schema.json`.
public struct SummaryDocument: Codable, Equatable, Sendable {
  public static let schema = "breakout.summary/1"

  public struct Count: Codable, Equatable, Sendable {
    public var label: String
    public var count: Int
  }

  public struct Background: Codable, Equatable, Sendable {
    public var title: String
    public var region: String?
    public var venue: String
    public var dates: [String]
    public var days: Int
    public var organisers: [String]
    public var participants: Int
    public var byStakeholderType: [Count]
    public var byCountry: [Count]
  }

  public struct NoteLine: Codable, Equatable, Sendable {
    public var noteID: Int64
    public var group: Int
    public var question: Int
    public var day: Int
    public var text: String
    public var tags: [String]
    public var keyPoint: Bool
    public var speaker: String?
    public var createdAt: Date
    public var editedAt: Date
  }

  public struct QuestionSection: Codable, Equatable, Sendable {
    public var number: Int
    public var label: String
    public var text: String
    public var notes: [NoteLine]
  }

  public struct GroupSection: Codable, Equatable, Sendable {
    public var number: Int
    public var reference: String
    public var name: String
    public var theme: String
    public var heading: String
    public var moderator: String?
    public var rapporteur: String?
    public var participants: Int
    public var byStakeholderType: [Count]
    public var questions: [QuestionSection]
  }

  public var schema: String
  public var generatedAt: Date
  public var background: Background
  public var questions: [Question]
  public var groups: [GroupSection]

  /// Compiles the summary: per group, per question, key points first, then the other notes in the order taken.
  public static func compile(_ snapshot: SessionSnapshot, generatedAt: Date) -> SummaryDocument {
    let background = Background(
      title: snapshot.info.title, region: snapshot.info.region, venue: snapshot.info.venue,
      dates: snapshot.info.dates, days: snapshot.info.days, organisers: snapshot.info.organisers,
      participants: snapshot.participants.count, byStakeholderType: typeCounts(snapshot.participants),
      byCountry: countryCounts(snapshot.participants))
    let groups = snapshot.groups.map { group -> GroupSection in
      let theme = snapshot.theme(of: group)
      let members = snapshot.members(of: group)
      let questions = snapshot.questions.map { question -> QuestionSection in
        let notes = snapshot.notes(of: group, question: question.number)
        let ordered = notes.filter(\.isKeyPoint) + notes.filter { !$0.isKeyPoint }
        return QuestionSection(
          number: question.number, label: question.label, text: question.text,
          notes: ordered.map { note in
            NoteLine(
              noteID: note.id, group: group.number, question: question.number, day: note.day, text: note.text,
              tags: note.tags.sorted().map(\.rawValue), keyPoint: note.isKeyPoint,
              speaker: Attribution.speaker(snapshot.participant(note.speakerID)), createdAt: note.createdAt,
              editedAt: note.editedAt)
          })
      }
      return GroupSection(
        number: group.number, reference: snapshot.reference(of: group), name: group.name,
        theme: theme?.name ?? "", heading: "Breakout Group \(group.number) \u{2013} \(group.name)",
        moderator: snapshot.participant(group.moderatorID)?.name,
        rapporteur: snapshot.participant(group.rapporteurID)?.name, participants: members.count,
        byStakeholderType: typeCounts(members), questions: questions)
    }
    return SummaryDocument(
      schema: schema, generatedAt: generatedAt, background: background, questions: snapshot.questions,
      groups: groups)
  }

  public static func typeCounts(_ people: [Participant]) -> [Count] {
    let counts = Dictionary(grouping: people, by: \.stakeholderType).mapValues(\.count)
    return StakeholderType.allCases.compactMap { type in
      counts[type].map { Count(label: type.displayName, count: $0) }
    }
  }

  public static func countryCounts(_ people: [Participant]) -> [Count] {
    let counts = Dictionary(grouping: people.filter { !$0.country.isEmpty }, by: \.country).mapValues(\.count)
    return counts.map { Count(label: $0.key, count: $0.value) }.sorted {
      $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label
    }
  }
}
