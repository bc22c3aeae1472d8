import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Adds a theme after the existing ones; it has no groups until `setGroupCounts` gives it some.
  public func addTheme(shortName: String, name: String) throws {
    let short = shortName.trimmingCharacters(in: .whitespaces).lowercased()
    guard !short.isEmpty, short.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !short.hasSuffix("-") else {
      throw refusal(.themeShortNameInvalid)
    }
    guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw refusal(.themeNeedsName) }
    try write { db in
      let taken = try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM theme WHERE short_name = ?)", arguments: [short])
      guard taken == false else { throw refusal(.themeTaken(short)) }
      let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM theme") ?? 1
      try db.execute(
        sql: "INSERT INTO theme (short_name, name, position) VALUES (?, ?, ?)", arguments: [short, name, position])
    }
  }

  /// Renames a theme; its groups take the new name.
  public func renameTheme(_ reference: String, to name: String) throws {
    guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw refusal(.themeNeedsName) }
    try write { db in
      let snapshot = try Self.loadSnapshot(db, only: [.info])
      guard let theme = ThemeMatcher.match(reference, in: snapshot.themes) else {
        throw refusal(.noTheme(reference, known: snapshot.themes.map(\.shortName)))
      }
      try db.execute(sql: "UPDATE theme SET name = ? WHERE id = ?", arguments: [name, theme.id])
      try Self.renumberGroups(db)
    }
  }

  /// Sets the text of question N, adding it when the session has no such question yet.
  public func setQuestion(_ number: Int, text: String, title: String? = nil) throws {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard number >= 1, !trimmed.isEmpty else { throw refusal(.questionNeedsNumberAndText) }
    let shortTitle = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try write { db in
      let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM question") ?? 0
      guard number <= count + 1 else {
        throw refusal(.questionOutOfOrder(count: count))
      }
      try db.execute(
        sql: """
          INSERT INTO question (number, text, title) VALUES (?, ?, ?)
          ON CONFLICT(number) DO UPDATE SET text = excluded.text, title = coalesce(excluded.title, title)
          """,
        arguments: [number, trimmed, shortTitle])
    }
  }

  /// The short title a question's answers are headed by in a summary ("Challenges"); nil or empty: the default.
  public func setQuestionTitle(_ number: Int, title: String?) throws {
    let shortTitle = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try write { db in
      try db.execute(sql: "UPDATE question SET title = ? WHERE number = ?", arguments: [shortTitle, number])
      guard db.changesCount == 1 else { throw refusal(.noQuestion(number)) }
    }
  }

  /// The background's purpose paragraph: what the meeting was for (nil or empty: none).
  public func setPurpose(_ purpose: String?) throws {
    let text = purpose.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try write { db in try db.execute(sql: "UPDATE session_info SET purpose = ? WHERE id = 1", arguments: [text]) }
  }

  /// How a group's session began, in its rapporteur's words (nil or empty: none).
  public func setIntroduction(group groupID: Int64, text: String?) throws {
    let trimmed = text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    try write { db in
      try db.execute(sql: "UPDATE breakout_group SET introduction = ? WHERE id = ?", arguments: [trimmed, groupID])
      guard db.changesCount == 1 else { throw refusal(.noGroup) }
    }
  }

  /// Words that are part of someone's name but identify nobody in this meeting's notes ("Grant" as in funding).
  public func setNotIdentifying(_ words: [String], _ notIdentifying: Bool) throws {
    let cleaned = words.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    guard !cleaned.isEmpty else { throw refusal(.noWords) }
    try write { db in
      for word in cleaned {
        try db.execute(
          sql: notIdentifying
            ? "INSERT OR IGNORE INTO not_identifying (word) VALUES (?)" : "DELETE FROM not_identifying WHERE word = ?",
          arguments: [word])
      }
    }
  }

  /// Removes the last question, as long as no note answers it.
  public func removeQuestion(_ number: Int) throws {
    try write { db in
      let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM question") ?? 0
      guard number == last else { throw refusal(.onlyLastQuestionRemovable(last: last)) }
      let notes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note WHERE question_number = ?", arguments: [number])
      guard notes == 0 else {
        throw refusal(.questionHasNotes(number, notes: notes ?? 0))
      }
      try db.execute(sql: "DELETE FROM question WHERE number = ?", arguments: [number])
    }
  }
}
