import Foundation
import Testing

/// The live flow of issue-sized problems found by running a whole meeting: each numbered finding, on the real
/// binary in a real terminal.
@Suite(.serialized) struct LiveFlowTests {
  /// 1. Thai, Devanagari, a decomposed accent and a flag typed in the editor, then more keys: saved exactly.
  @Test func theEditorTakesAnyScriptTypedKeyByKey() throws {
    let (terminal, folder) = try openDemo(arguments: "--rapporteur finance --author rio")
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)
    try terminal.type("a")
    #expect(try terminal.waitFor("Enter save").found)
    let typed = "ดี नमस्ते e\u{301} 🇹🇭 ශ්\u{200D}රී"
    try terminal.type(typed)
    // Left goes before the last cluster; Backspace takes the joiner alone, and it is typed again.
    try terminal.press("Left")
    try terminal.press("BSpace")
    try terminal.type("\u{200D}")
    try terminal.press("C-e")
    try terminal.type(" ok")
    try terminal.press("Enter")
    let saved = try terminal.waitFor("Note saved in question")
    #expect(saved.found, "\(saved.screen)")
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
    let exported = try Binary.run(["export", "demo", "--format", "json", "--all-notes"], in: folder)
    let texts = jsonStrings(try JSONSerialization.jsonObject(with: exported.data))
    let expected = Array((typed + " ok").unicodeScalars)
    #expect(texts.contains { Array($0.unicodeScalars) == expected }, "every code point as typed")
  }
}

/// Every string in a decoded JSON value.
func jsonStrings(_ value: Any) -> [String] {
  switch value {
  case let text as String: [text]
  case let array as [Any]: array.flatMap(jsonStrings)
  case let object as [String: Any]: object.values.flatMap(jsonStrings)
  default: []
  }
}
