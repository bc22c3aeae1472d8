import BreakoutCore
import Foundation
import Testing

@testable import BreakoutTUI

/// Text in many scripts, typed as a terminal delivers it: one code point per key.
enum Scripts {
  static let samples: [String] = [
    "ดี", "ที่นี่", "น้ำ", "สวัสดีครับ",  // Thai: vowels and tone marks after their consonant
    "नमस्ते", "क्ष", "प्रिया वर्मा",  // Devanagari: vowel signs, virama, conjuncts
    "বাংলাদেশ", "তানভীর",  // Bengali
    "தமிழ்நாடு", "க்ஷ",  // Tamil
    "ශ්\u{200D}රී ලංකා", "ක්\u{200D}ෂ",  // Sinhala with ZWJ
    "مرحبا", "می\u{200C}خواهیم",  // Arabic, Persian with ZWNJ
    "\u{1100}\u{1161}\u{11A8}\u{1112}\u{1161}\u{11AB}", "한국어",  // Hangul jamo and syllables
    "e\u{301}", "Nguye\u{302}\u{303}n", "a\u{308}\u{331}",  // combining Latin
    "👩\u{200D}💻", "👨\u{200D}👩\u{200D}👧", "👍🏽", "1\u{FE0F}\u{20E3}",  // emoji sequences
    "🇹🇭🇮🇳", "🇫🇯",  // flags
    "Nguyễn", "山田 花子", "plain words",
  ]

  static var allScalars: [Unicode.Scalar] { samples.flatMap { Array($0.unicodeScalars) } + [" ", "\n"] }
}

/// The reference: code points in an array, the cursor an index into it, clusters found by Swift's String.
struct TextModel {
  var scalars: [Unicode.Scalar] = []
  var cursor = 0

  var string: String { String(String.UnicodeScalarView(scalars)) }
  var clusterStarts: [Int] {
    var starts = [0]
    for character in string { starts.append(starts.last! + character.unicodeScalars.count) }
    return starts
  }
  func snapped(_ offset: Int) -> Int { clusterStarts.first { $0 >= offset } ?? scalars.count }

  mutating func insert(_ scalar: Unicode.Scalar) {
    scalars.insert(scalar, at: cursor)
    cursor = snapped(cursor + 1)
  }
  mutating func left() { cursor = clusterStarts.last { $0 < cursor } ?? 0 }
  mutating func right() { cursor = clusterStarts.first { $0 > cursor } ?? cursor }
  mutating func backspace() {
    guard cursor > 0 else { return }
    let start = clusterStarts.last { $0 < cursor }!
    let category = scalars[cursor - 1].properties.generalCategory
    let attached = [.nonspacingMark, .spacingMark, .enclosingMark, .format].contains(category)
    let from = attached && cursor - 1 > start ? cursor - 1 : start
    scalars.removeSubrange(from..<cursor)
    cursor = snapped(from)
  }
  mutating func delete() {
    guard let end = clusterStarts.first(where: { $0 > cursor }) else { return }
    scalars.removeSubrange(cursor..<end)
    cursor = snapped(cursor)
  }
}

@Suite struct TextFieldTests {
  @Test(arguments: Scripts.samples)
  func typedOneCodePointAtATimeItIsKeptExactly(sample: String) {
    var field = TextField()
    for scalar in sample.unicodeScalars { field.insert(String(scalar)) }
    #expect(Array(field.text.unicodeScalars) == Array(sample.unicodeScalars))
    #expect(field.cursor == sample.unicodeScalars.count)
    // Moving across it stops once per cluster, never inside one.
    var stops = 0
    while field.cursor > 0 {
      field.moveLeft()
      stops += 1
    }
    #expect(stops == sample.count)
  }

  @Test func aDecomposedAccentIsNotTheSameFieldAsAPrecomposedOne() {
    #expect(TextField("e\u{301}") != TextField("\u{E9}"), "what was typed is kept, not normalised")
  }

  @Test func backspaceUnmakesAMarkAtATimeButAnEmojiOrFlagWhole() {
    var thai = TextField("ที่")
    thai.deleteBackward()
    #expect(Array(thai.text.unicodeScalars) == Array("ที".unicodeScalars), "the tone mark goes alone")
    var flag = TextField("a🇹🇭")
    flag.deleteBackward()
    #expect(flag.text == "a")
    var family = TextField("👨\u{200D}👩\u{200D}👧")
    family.deleteBackward()
    #expect(family.text.isEmpty)
  }

  @Test func aJoinerTypedBeforeAnEmojiLeavesTheCursorAfterTheWholeSequence() {
    var field = TextField("👩💻")
    field.moveLeft()
    field.insert("\u{200D}")
    #expect(field.text == "👩\u{200D}💻")
    #expect(field.cursor == 3, "after the cluster the joiner made, not inside it")
  }

  /// Random strings from many scripts typed a code point at a time, with random cursor moves and deletions:
  /// the field always equals the model, its cursor is on a cluster boundary, and it never traps.
  @Test func randomTypingInManyScriptsMatchesTheModel() {
    let pool = Scripts.allScalars
    for seed in 1...200 {
      var random = SeededGenerator(seed: UInt64(seed))
      var field = TextField()
      var model = TextModel()
      for _ in 0..<120 {
        switch Int.random(in: 0..<10, using: &random) {
        case 0:
          field.moveLeft()
          model.left()
        case 1:
          field.moveRight()
          model.right()
        case 2:
          field.deleteBackward()
          model.backspace()
        case 3:
          field.deleteForward()
          model.delete()
        default:
          let scalar = pool.randomElement(using: &random)!
          field.insert(String(scalar))
          model.insert(scalar)
        }
        #expect(Array(field.text.unicodeScalars) == model.scalars, "seed \(seed)")
        #expect(field.cursor == model.cursor, "seed \(seed)")
        #expect(model.clusterStarts.contains(field.cursor), "seed \(seed): the cursor is between clusters")
      }
      // Laid out at any width, the cursor is on a cell of the lines and every code point is drawn.
      for width in [1, 2, 5, 17, 80] {
        let layout = editorLayout(field, width: width)
        #expect(layout.row < layout.lines.count)
        #expect(layout.column <= max(width, 2), "a wide character does not fit in one column at all")
        // Only a single cluster wider than the whole line may overflow it.
        let overflowing = layout.lines.filter { DisplayWidth.of($0) > width && $0.count > 1 }
        #expect(overflowing.isEmpty, "width \(width): \(overflowing.map { Array($0.unicodeScalars) })")
      }
    }
  }

  @Test func theEditorWrapsAtWordsAndNeverSplitsOneThatFits() {
    let layout = editorLayout(TextField("banks and financial institutions"), width: 12)
    #expect(
      layout.lines.map { $0.trimmingCharacters(in: .whitespaces) } == ["banks and", "financial", "institutions", ""])
    #expect(layout.row == 3 && layout.column == 0, "a full last line: the cursor waits on the next")
    var field = TextField("banks and financial institutions")
    for _ in 0..<13 { field.moveLeft() }
    let middle = editorLayout(field, width: 12)
    #expect(middle.row == 1 && middle.column == 9, "on the space after \"financial\"")
  }
}
