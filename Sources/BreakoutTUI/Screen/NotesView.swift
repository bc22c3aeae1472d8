import BreakoutCore

func drawNotes(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area) {
  let session = state.session
  guard let group = state.notesGroup else {
    screen.put(state.words(.noGroupsYet), x: 1, y: area.y)
    return
  }
  let width = area.width - 2
  let current = session.currentQuestion(of: group)
  let clock = clockLabel(session.timers[group.id], now: state.now, words: state.words)
  var x = area.x + 1
  x += screen.put("\(group.number). \(group.name)  ", x: x, y: area.y, style: state.accent)
  x += screen.put(state.words(.onQuestion(Question.roman(current))) + "  ", x: x, y: area.y)
  screen.put(clock.text, x: x, y: area.y, style: clock.alarm ? state.warning : .plain)

  // The questions as tabs, with their note counts; the group's current question is marked with *.
  x = area.x + 1
  for question in session.questions {
    let count = session.noteCount(of: group, question: question.number)
    let label = " \(question.label)\(question.number == current ? "*" : "") (\(count)) "
    let style = question.number == state.notesQuestion ? state.selected : CellStyle()
    x += screen.put(label, x: x, y: area.y + 1, style: style) + 1
  }
  let question = session.questions.first { $0.number == state.notesQuestion }
  let questionLines = wrap("\(question?.label ?? ""). \(question?.text ?? "")", width: width)
  for (row, line) in questionLines.prefix(3).enumerated() {
    screen.put(line, x: area.x + 1, y: area.y + 2 + row, style: CellStyle(bold: true))
  }
  // The messages before the newest (which is in the header), when the screen has room for them.
  let earlier = Array(session.messages(for: group.id).dropFirst().prefix(2))
  let messageRows = area.height >= 20 ? earlier.count : 0
  for (row, message) in earlier.prefix(messageRows).enumerated() {
    screen.put(
      state.words(.earlierMessage(messageLine(message, state))), x: area.x + 1,
      y: area.y + 2 + min(3, questionLines.count) + row,
      style: state.muted, limit: width)
  }
  let listTop = area.y + 2 + min(3, questionLines.count) + messageRows + 1
  let editorHeight = state.editor.map { _ in min(10, max(5, area.height / 2)) } ?? 0
  let listHeight = area.y + area.height - listTop - editorHeight

  let notes = currentNotes(state)
  if notes.isEmpty && listHeight > 0 {
    let reading = state.notesGroupID.map { !state.session.hasNotes(of: $0) } ?? false
    screen.put(
      state.words(reading ? .readingGroupNotes : .noNotesYet), x: area.x + 1, y: listTop,
      style: state.muted)
  }
  // Only the notes around the selection are laid out: a question may hold thousands.
  let selected = min(state.notes.row, max(0, notes.count - 1))
  let firstNote = max(0, selected - max(0, listHeight))
  var rows: [(text: String, note: Int)] = []
  var selectedRow = 0
  for index in notes.indices.dropFirst(firstNote) {
    let note = notes[index]
    if index == selected { selectedRow = rows.count }
    if index > selected && rows.count >= selectedRow + listHeight { break }
    var suffix = ""
    if let speaker = session.participant(note.speakerID) { suffix += " - \(speaker.name)" }
    if !note.tags.isEmpty {
      suffix += " [" + note.tags.sorted().map { state.words(.tagName($0)) }.joined(separator: ", ") + "]"
    }
    let marker = note.isKeyPoint ? "* " : "- "
    for (line, text) in wrap(note.text + suffix, width: width - 2).enumerated() {
      rows.append(((line == 0 ? marker : "  ") + text, index))
    }
  }
  let top = scrollTop(selected: selectedRow, count: rows.count, height: max(0, listHeight))
  for (offset, row) in rows.dropFirst(top).prefix(max(0, listHeight)).enumerated() {
    let style =
      row.note == selected && state.editor == nil ? state.selected : CellStyle(bold: notes[row.note].isKeyPoint)
    screen.put(fit(row.text, width), x: area.x + 1, y: listTop + offset, style: style)
  }
  if let editor = state.editor {
    drawEditor(
      state, editor, &screen,
      Area(x: area.x, y: area.y + area.height - editorHeight, width: area.width, height: editorHeight))
  }
}

private func drawEditor(_ state: AppState, _ editor: NoteEditor, _ screen: inout ScreenBuffer, _ area: Area) {
  let width = area.width - 2
  let words = state.words
  let question = Question.roman(editor.question)
  let title = words(
    editor.editingNoteID == nil ? .newNoteTitle(question: question) : .editingNoteTitle(question: question))
  screen.fill(y: area.y, from: area.x, to: area.x + area.width, style: CellStyle(underline: true))
  screen.put(title, x: area.x + 1, y: area.y, style: CellStyle(bold: true, underline: true))

  let speaker = state.session.participant(editor.speakerID)?.name ?? words(.unattributed)
  let speakerText =
    editor.field == .speaker && !editor.speakerQuery.isEmpty
    ? "\(editor.speakerQuery.withCaret) \(words(.speakerNow(speaker)))"
    : editor.field == .speaker ? "▏\(speaker)" : speaker
  // The key point comes first: whether a note is starred must show at any width; the tags give way to letters.
  let keyPoint = (words(.keyPointField(editor.isKeyPoint)), false)
  let speakerField = (words(.speakerField(speakerText)), editor.field == .speaker)
  let fullTags = NoteTag.allCases.map { tag in
    editor.tags.contains(tag) ? "[\(words(.tagName(tag)))]" : words(.tagName(tag))
  }.joined(separator: " ")
  let chosen = NoteTag.allCases.filter { editor.tags.contains($0) }.map { words(.tagName($0)) }
    .joined(separator: " ")
  let shortTags = (chosen.isEmpty ? words(.noTags) : chosen) + " (c p r o q)"
  let used =
    DisplayWidth.of(keyPoint.0) + DisplayWidth.of(speakerField.0) + 4 + DisplayWidth.of(words(.tagsField("")))
  let tags = used + DisplayWidth.of(fullTags) <= width ? fullTags : shortTags
  let fields = [keyPoint, speakerField, (words(.tagsField(tags)), editor.field == .tags)]
  var x = area.x + 1
  let fieldsY = area.y + area.height - 1
  for (text, focused) in fields {
    x += screen.put(text, x: x, y: fieldsY, style: focused ? state.selected : state.muted) + 2
  }
  var textHeight = area.height - 2
  if editor.field == .speaker {
    let candidates = editor.speakerCandidates(in: state.session)
    let listHeight = min(candidates.count, max(0, textHeight - 1))
    for (row, person) in candidates.prefix(listHeight).enumerated() {
      let style = row == editor.speakerChoice ? state.selected : CellStyle()
      screen.put(
        fit("\(person.name), \(person.organisation)", min(width, 60)), x: area.x + 3,
        y: fieldsY - listHeight + row, style: style)
    }
    textHeight -= listHeight
  }
  let layout = editorLayout(editor.body, width: width)
  let top = max(0, layout.row - textHeight + 1)
  for (offset, line) in layout.lines.dropFirst(top).prefix(max(0, textHeight)).enumerated() {
    screen.put(line, x: area.x + 1, y: area.y + 1 + offset, style: editor.field == .text ? .plain : state.muted)
  }
  // The terminal's own cursor marks the typing position: moving it costs a few bytes, redrawing cells more.
  let cursorY = area.y + 1 + layout.row - top
  let cursorX = area.x + 1 + layout.column
  if editor.field == .text, cursorY < area.y + 1 + textHeight, cursorX < area.x + area.width {
    screen.cursor = (cursorX, cursorY)
  }
}
