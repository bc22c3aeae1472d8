import BreakoutCore
import Foundation
import GRDB

extension SessionStore {
  /// Adds a theme after the existing ones; it has no groups until `setGroupCounts` gives it some.
  public func addTheme(shortName: String, name: String) throws {
    let short = shortName.trimmingCharacters(in: .whitespaces).lowercased()
    guard !short.isEmpty, short.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !short.hasSuffix("-") else {
      throw StoreError("a theme's short name is letters, digits and dashes, e.g. health-care")
    }
    guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("the theme needs a name") }
    try write { db in
      let taken = try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM theme WHERE short_name = ?)", arguments: [short])
      guard taken == false else { throw StoreError("there is already a theme called \(short)") }
      let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM theme") ?? 1
      try db.execute(
        sql: "INSERT INTO theme (short_name, name, position) VALUES (?, ?, ?)", arguments: [short, name, position])
    }
  }

  /// Renames a theme; its groups take the new name.
  public func renameTheme(_ reference: String, to name: String) throws {
    guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("the theme needs a name") }
    try write { db in
      let snapshot = try Self.loadSnapshot(db)
      guard let theme = ThemeMatcher.match(reference, in: snapshot.themes) else {
        throw StoreError("no theme called \"\(reference)\"")
      }
      try db.execute(sql: "UPDATE theme SET name = ? WHERE id = ?", arguments: [name, theme.id])
      try Self.renumberGroups(db)
    }
  }

  /// Sets the text of question N, adding it when the session has no such question yet.
  public func setQuestion(_ number: Int, text: String) throws {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard number >= 1, !trimmed.isEmpty else { throw StoreError("a question needs a number from 1 and a text") }
    try write { db in
      let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM question") ?? 0
      guard number <= count + 1 else {
        throw StoreError("the session has \(count) questions; the next one is number \(count + 1)")
      }
      try db.execute(
        sql: "INSERT INTO question (number, text) VALUES (?, ?) ON CONFLICT(number) DO UPDATE SET text = excluded.text",
        arguments: [number, trimmed])
    }
  }

  /// Removes the last question, as long as no note answers it.
  public func removeQuestion(_ number: Int) throws {
    try write { db in
      let last = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM question") ?? 0
      guard number == last else { throw StoreError("only the last question (\(Question.roman(last))) can be removed") }
      let notes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note WHERE question_number = ?", arguments: [number])
      guard notes == 0 else {
        throw StoreError("question \(Question.roman(number)) has \(notes ?? 0) notes and cannot be removed")
      }
      try db.execute(sql: "DELETE FROM question WHERE number = ?", arguments: [number])
    }
  }
}
