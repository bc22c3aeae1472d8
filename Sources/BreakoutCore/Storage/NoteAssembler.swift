import Foundation

/// Notes made from the rows a store reads: each row a note's fields joined with one of its revisions, ordered by
/// note and then by revision. Every store reads notes this way; a note's own fields are taken once, from its first
/// row.
public struct NoteAssembler {
  private var notes: [Note] = []
  private var head:
    (id: Int64, group: Int64, question: Int, day: Int, createdAt: Date, author: String, deletedAt: Date?)?
  private var revisions: [NoteRevision] = []

  public init() {}

  /// Whether a row of note `id` starts a note (then `begin` it before adding its revision).
  public func starts(_ id: Int64) -> Bool { head?.id != id }

  public mutating func begin(
    id: Int64, groupID: Int64, questionNumber: Int, day: Int, createdAt: Date, author: String, deletedAt: Date?
  ) {
    flush()
    head = (id, groupID, questionNumber, day, createdAt, author, deletedAt)
  }

  public mutating func add(_ revision: NoteRevision) { revisions.append(revision) }

  /// Every note read, in the order their rows came.
  public mutating func finish() -> [Note] {
    flush()
    return notes
  }

  private mutating func flush() {
    defer { revisions = [] }
    guard let head, !revisions.isEmpty else { return }
    notes.append(
      Note(
        id: head.id, groupID: head.group, questionNumber: head.question, day: head.day, createdAt: head.createdAt,
        author: head.author, deletedAt: head.deletedAt, revisions: revisions))
  }
}

extension NoteTag {
  /// Tags as a store keeps them: raw values joined by commas.
  public static func stored(_ text: String) -> Set<NoteTag> {
    text.isEmpty ? [] : Set(text.split(separator: ",").compactMap { NoteTag(rawValue: String($0)) })
  }
}
