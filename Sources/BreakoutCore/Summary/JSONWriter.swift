import Foundation

/// A small JSON writer: Foundation's encoder takes about a second on a 50,000-note summary, this a fraction.
/// Keys keep the order given (sorted by the callers), ISO 8601 times; indented with two spaces, or compact for
/// large summaries, where indentation would be most of the bytes.
struct JSONWriter {
  var indented = true
  private static let colon: [UInt8] = Array(" : ".utf8)
  private static let trueBytes: [UInt8] = Array("true".utf8)
  private static let falseBytes: [UInt8] = Array("false".utf8)
  private(set) var output: [UInt8] = []
  private var depth = 0
  private var first = [true]
  /// Where the bytes go a chunk at a time, if anywhere: a large summary's JSON is tens of MB.
  private let stream: ExportStream?
  private let chunk: Int

  init(capacity: Int = 1 << 16, stream: ExportStream? = nil) {
    self.stream = stream
    chunk = min(stream?.chunk ?? .max, 1 << 16)
    output.reserveCapacity(stream == nil ? capacity : chunk + (1 << 12))
  }

  /// The bytes written, with a final newline, handed over without a copy; with a stream, handed on to it.
  mutating func finish() -> [UInt8] {
    output.append(0x0A)
    if let stream {
      stream.write(bytes: output)
      output = []
    }
    let finished = output
    output = []
    return finished
  }

  private mutating func newline() {
    guard indented else { return }
    output.append(0x0A)
    output.append(contentsOf: repeatElement(0x20, count: depth * 2))
  }

  private mutating func separator() {
    if let stream, output.count >= chunk {
      stream.write(bytes: output)
      output.removeAll(keepingCapacity: true)
    }
    if !first[first.count - 1] { output.append(0x2C) }
    first[first.count - 1] = false
    newline()
  }

  mutating func object(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
    open(key, 0x7B)
    body(&self)
    close(0x7D)
  }

  mutating func array(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
    open(key, 0x5B)
    body(&self)
    close(0x5D)
  }

  private mutating func open(_ key: String?, _ bracket: UInt8) {
    if depth > 0 || !output.isEmpty { separator() }
    if let key { name(key) }
    output.append(bracket)
    depth += 1
    first.append(true)
  }

  private mutating func close(_ bracket: UInt8) {
    let empty = first.removeLast()
    depth -= 1
    // As Foundation's encoder writes an empty array: a blank line inside.
    if empty && indented { output.append(0x0A) }
    newline()
    output.append(bracket)
  }

  private mutating func name(_ key: String) {
    string(key)
    if indented { output.append(contentsOf: Self.colon) } else { output.append(0x3A) }
  }

  mutating func value(_ key: String? = nil, _ text: String) {
    separator()
    if let key { name(key) }
    string(text)
  }

  mutating func value(_ key: String? = nil, _ number: Int) {
    separator()
    if let key { name(key) }
    output.append(contentsOf: String(number).utf8)
  }

  mutating func value(_ key: String? = nil, _ flag: Bool) {
    separator()
    if let key { name(key) }
    output.append(contentsOf: flag ? Self.trueBytes : Self.falseBytes)
  }

  /// An array element.
  mutating func element(_ text: String) { value(nil, text) }
  mutating func element(_ number: Int) { value(nil, number) }

  mutating func value(_ key: String, _ date: Date) { value(key, ISOTime.string(date)) }

  mutating func optional(_ key: String, _ text: String?) { if let text { value(key, text) } }
  mutating func optional(_ key: String, _ number: Int?) { if let number { value(key, number) } }

  private mutating func string(_ text: String) {
    output.append(0x22)
    var text = text
    text.withUTF8 { bytes in
      // Runs of bytes that need no escape are copied whole: most text has none that do.
      var runStart = 0
      for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        runStart = index + 1
        switch byte {
        case 0x22: output.append(contentsOf: [0x5C, 0x22])
        case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: output.append(contentsOf: [0x5C, 0x72])
        case 0x09: output.append(contentsOf: [0x5C, 0x74])
        default: output.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
        }
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    output.append(0x22)
  }
}

extension SummaryDocument {
  /// Summaries of more notes than this are written compact.
  static let indentedUpTo = 5_000

  /// This summary as JSON (schema breakout.summary/3), keys in alphabetical order.
  func json(to stream: ExportStream? = nil) -> [UInt8] {
    var writer = JSONWriter(capacity: 1 << 20, stream: stream)
    writer.indented = groups.reduce(0) { $0 + $1.questions.reduce(0) { $0 + $1.notes.count } } <= Self.indentedUpTo
    func counts(_ key: String, _ list: [Count], _ writer: inout JSONWriter) {
      writer.array(key) { writer in
        for count in list {
          writer.object { writer in
            writer.value("count", count.count)
            writer.value("label", count.label)
          }
        }
      }
    }
    func questionSections(_ sections: [QuestionSection], _ writer: inout JSONWriter) {
      writer.array("questions") { writer in
        for section in sections {
          writer.object { writer in
            writer.value("label", section.label)
            writer.array("notes") { writer in
              for note in section.notes {
                writer.object { writer in
                  writer.value("createdAt", note.createdAt)
                  writer.value("day", note.day)
                  writer.value("editedAt", note.editedAt)
                  writer.array("groups") { writer in for group in note.groups { writer.element(group) } }
                  writer.value("keyPoint", note.keyPoint)
                  writer.array("mergedNoteIDs") { writer in
                    for id in note.mergedNoteIDs { writer.element(Int(id)) }
                  }
                  writer.value("noteID", Int(note.noteID))
                  writer.value("question", note.question)
                  writer.value("quote", note.quote)
                  speaker(note.speaker, &writer)
                  writer.array("tags") { writer in for tag in note.tags { writer.element(tag) } }
                  writer.value("text", note.text)
                }
              }
            }
            writer.value("number", section.number)
            writer.value("text", section.text)
            writer.value("title", section.title)
          }
        }
      }
    }
    func speaker(_ speaker: Speaker?, _ writer: inout JSONWriter) {
      guard let speaker else { return }
      writer.object("speaker") { writer in
        writer.optional("affiliation", speaker.affiliation)
        writer.optional("name", speaker.name)
        writer.optional("organisation", speaker.organisation)
      }
    }
    func plenaryLine(_ line: PlenaryLine, _ writer: inout JSONWriter) {
      writer.object { writer in
        writer.optional("noteID", line.noteID.map(Int.init))
        writer.value("reference", line.reference)
        speaker(line.speaker, &writer)
        writer.value("text", line.text)
      }
    }
    writer.object { writer in
      writer.value("allNotes", allNotes)
      writer.value("attribution", attribution)
      writer.object("background") { writer in
        counts("byCountry", background.byCountry, &writer)
        counts("byStakeholderType", background.byStakeholderType, &writer)
        writer.array("dates") { writer in for date in background.dates { writer.element(date) } }
        writer.value("days", background.days)
        writer.value("facilitators", background.facilitators)
        writer.array("organisers") { writer in for organiser in background.organisers { writer.element(organiser) } }
        writer.value("participants", background.participants)
        writer.optional("purpose", background.purpose)
        writer.optional("region", background.region)
        writer.value("title", background.title)
        writer.value("venue", background.venue)
      }
      writer.value("breakoutDay", breakoutDay)
      writer.optional("day", day)
      writer.value("generatedAt", generatedAt)
      writer.array("groups") { writer in
        for group in groups {
          writer.object { writer in
            counts("byStakeholderType", group.byStakeholderType, &writer)
            writer.value("facilitators", group.facilitators)
            writer.value("heading", group.heading)
            writer.optional("introduction", group.introduction)
            writer.optional("moderator", group.moderator)
            writer.value("name", group.name)
            writer.value("number", group.number)
            writer.value("participants", group.participants)
            questionSections(group.questions, &writer)
            writer.optional("rapporteur", group.rapporteur)
            writer.value("reference", group.reference)
            writer.optional("round", group.round)
            writer.optional("roundName", group.roundName)
            writer.value("theme", group.theme)
          }
        }
      }
      writer.value("language", language)
      writer.value("mergeThemes", mergeThemes)
      writer.array("plenary") { writer in
        for section in plenary {
          writer.object { writer in
            writer.array("lines") { writer in for line in section.lines { plenaryLine(line, &writer) } }
            writer.value("section", section.section)
            writer.value("title", section.title)
          }
        }
      }
      writer.array("proceedings") { writer in
        for day in proceedings {
          writer.object { writer in
            writer.array("agenda") { writer in
              for item in day.agenda {
                writer.object { writer in
                  writer.value("startsAt", item.startsAt)
                  writer.value("title", item.title)
                }
              }
            }
            writer.optional("date", day.date)
            writer.value("day", day.day)
            writer.array("lines") { writer in for line in day.lines { plenaryLine(line, &writer) } }
            writer.value("name", day.name)
          }
        }
      }
      writer.array("questions") { writer in
        for question in questions {
          writer.object { writer in
            writer.value("number", question.number)
            writer.value("text", question.text)
            writer.optional("title", question.title)
          }
        }
      }
      writer.value("schema", schema)
      writer.array("themes") { writer in
        for theme in themes {
          writer.object { writer in
            writer.array("groups") { writer in for group in theme.groups { writer.element(group) } }
            questionSections(theme.questions, &writer)
            writer.optional("round", theme.round)
            writer.value("theme", theme.theme)
          }
        }
      }
    }
    return writer.finish()
  }
}
