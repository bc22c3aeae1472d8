import Foundation

/// What a note is about, as the summary sorts it.
public enum NoteTag: String, Codable, CaseIterable, Sendable, Comparable {
  case challenge, practice, recommendation, role, quote

  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  public static func loosely(_ text: String) -> NoteTag? {
    let value = LooseText.normalised(text)
    if let exact = allCases.first(where: { $0.rawValue == value }) { return exact }
    return allCases.first { value.count >= 3 && $0.rawValue.hasPrefix(value) }
  }
}

/// The content of a note at one moment; a note's history is the list of its revisions.
public struct NoteRevision: Codable, Equatable, Hashable, Sendable {
  public var revision: Int
  public var text: String
  public var speakerID: Int64?
  public var tags: Set<NoteTag>
  public var isKeyPoint: Bool
  public var editedAt: Date
  public var author: String

  public init(
    revision: Int, text: String, speakerID: Int64? = nil, tags: Set<NoteTag> = [], isKeyPoint: Bool = false,
    editedAt: Date, author: String
  ) {
    self.revision = revision
    self.text = text
    self.speakerID = speakerID
    self.tags = tags
    self.isKeyPoint = isKeyPoint
    self.editedAt = editedAt
    self.author = author
  }
}

/// A rapporteur's note on one question in one group. Edits append revisions; nothing is overwritten.
public struct Note: Codable, Equatable, Hashable, Sendable, Identifiable {
  public var id: Int64
  public var groupID: Int64
  public var questionNumber: Int
  /// The meeting day the note was taken on (1 = Day One).
  public var day: Int
  public var createdAt: Date
  public var author: String
  public var deletedAt: Date?
  /// Oldest first; never empty.
  public private(set) var revisions: [NoteRevision]

  public init(
    id: Int64, groupID: Int64, questionNumber: Int, day: Int = 1, createdAt: Date, author: String,
    deletedAt: Date? = nil, revisions: [NoteRevision]
  ) {
    precondition(!revisions.isEmpty, "a note has at least one revision")
    self.id = id
    self.groupID = groupID
    self.questionNumber = questionNumber
    self.day = day
    self.createdAt = createdAt
    self.author = author
    self.deletedAt = deletedAt
    self.revisions = revisions.sorted { $0.revision < $1.revision }
  }

  public var current: NoteRevision { revisions[revisions.count - 1] }
  public var text: String { current.text }
  public var speakerID: Int64? { current.speakerID }
  public var tags: Set<NoteTag> { current.tags }
  public var isKeyPoint: Bool { current.isKeyPoint }
  public var editedAt: Date { current.editedAt }
  public var isDeleted: Bool { deletedAt != nil }

  /// The note after an edit: a new revision on top of the old ones.
  public func edited(
    text: String? = nil, speakerID: Int64?? = nil, tags: Set<NoteTag>? = nil, isKeyPoint: Bool? = nil,
    at time: Date, by author: String
  ) -> Note {
    var copy = self
    let base = current
    copy.revisions.append(
      NoteRevision(
        revision: base.revision + 1, text: text ?? base.text, speakerID: speakerID ?? base.speakerID,
        tags: tags ?? base.tags, isKeyPoint: isKeyPoint ?? base.isKeyPoint, editedAt: time, author: author))
    return copy
  }
}
