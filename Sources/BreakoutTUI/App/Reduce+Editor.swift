import BreakoutCore
import Foundation

/// Keys while a note is being typed. Every few keystrokes (or half a second after the last one, on the clock tick)
/// the draft goes to the session file, so a killed terminal loses at most about a second of typing.
func editorKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var editor = state.editor else { return [] }
  var changed = false
  if key == .control("c") {
    state.editor = editor
    return draftSaveIfDue(&state, force: true) + [.quit]
  }
  var command: Command.Editor?
  if case .editor(let name)? = Command.matching(key, in: .editor)?.name { command = name }
  switch (editor.field, command) {
  case (_, .close):
    return closeEditor(&state, editor)
  case (.speaker, .save) where !editor.speakerQuery.isEmpty:
    guard resolveSpeaker(&editor, &state, choosing: true) else {
      state.editor = editor
      return []
    }
    changed = true
  case (_, .save):
    return save(&state, editor)
  case (_, .keyPoint):
    editor.isKeyPoint.toggle()
    changed = true
  case (_, .nextField), (_, .previousField):
    // Leaving the speaker field settles what was typed there, so a name is never dropped on the way out.
    if editor.field == .speaker, !editor.speakerQuery.isEmpty {
      let before = editor.speakerID
      guard resolveSpeaker(&editor, &state, choosing: false) else {
        state.editor = editor
        return []
      }
      changed = before != editor.speakerID
    }
    let fields = NoteEditor.Field.allCases
    let step = command == .nextField ? 1 : fields.count - 1
    editor.field = fields[(editor.field.rawValue + step) % fields.count]
  case (.text, _):
    changed = editor.body.apply(key, multiline: true).changed
  case (.speaker, _) where key == .down: editor.speakerChoice += 1
  case (.speaker, _) where key == .up: editor.speakerChoice = max(0, editor.speakerChoice - 1)
  case (.speaker, _) where key == .backspace && editor.speakerQuery.isEmpty:
    if editor.speakerID != nil {
      editor.speakerID = nil
      state.message = state.words(.speakerCleared)
      changed = true
    }
  case (.speaker, _):
    if editor.speakerQuery.apply(key).changed { editor.speakerChoice = 0 }
  case (.tags, .toggleTag):
    guard case .character(let character) = key, let tag = NoteTag(shortcut: character) else { break }
    if editor.tags.contains(tag) { editor.tags.remove(tag) } else { editor.tags.insert(tag) }
    changed = true
  case (.tags, _):
    if case .character = key {
      state.message = state.words(.tagKeys)
    }
  }
  if changed {
    editor.unsavedEdits += 1
    editor.lastEditAt = state.now
  }
  // The pick-list is looked up only where it is shown: on 5,000 people it costs a typed character's budget.
  if editor.field == .speaker {
    let candidates = editor.speakerCandidates(in: state.session).count
    editor.speakerChoice = max(0, min(editor.speakerChoice, candidates - 1))
  }
  state.editor = editor
  return draftSaveIfDue(&state, force: false)
}

/// Settles the typed speaker query. Returns false (and says why) when it cannot be settled without a choice:
/// several people match and none was chosen, or nobody does.
private func resolveSpeaker(_ editor: inout NoteEditor, _ state: inout AppState, choosing: Bool) -> Bool {
  let query = editor.speakerQuery.text
  switch editor.resolveSpeaker(in: state.session, choosing: choosing) {
  case .unchanged:
    return true
  case .picked(let person):
    editor.speakerID = person.id
    editor.speakerQuery = TextField()
    editor.speakerChoice = 0
    state.message = state.words(.speakerChosen(person.name))
    return true
  case .several(let count):
    state.message = state.words(.peopleMatch(count: count, query: query))
    return false
  case .nobody:
    state.message = state.words(.nobodyMatchesSpeaker(query))
    return false
  }
}

/// Esc: the editor closes and its draft stays, offered again by a.
private func closeEditor(_ state: inout AppState, _ editor: NoteEditor) -> [Effect] {
  state.editor = nil
  let draft = editor.draft(owner: state.owner, at: state.now)
  if state.waitingCommit != nil {
    // Enter was pressed and the save is waiting: the retry saves everything typed, also after Esc.
    state.waitingCommit?.draft = draft
    state.message = state.words(.closedSavingSoon)
    return []
  }
  state.closedDraft = editor.text.isEmpty ? nil : draft
  state.closedDraftUnsaved = false
  state.message = editor.text.isEmpty ? nil : state.words(.closedDraftKept)
  return editor.unsavedEdits > 0 ? [.saveDraft(draft)] : []
}

extension NoteTag {
  /// The key that toggles the tag in the editor's tags field.
  init?(shortcut: Character) {
    switch shortcut {
    case "c": self = .challenge
    case "p": self = .practice
    case "r": self = .recommendation
    case "o": self = .role
    case "q": self = .quote
    default: return nil
    }
  }
}

/// Writes the draft after five unsaved keystrokes, or half a second after the last one.
func draftSaveIfDue(_ state: inout AppState, force: Bool) -> [Effect] {
  guard var editor = state.editor else { return closedDraftSaveIfDue(&state, force: force) }
  guard editor.unsavedEdits > 0 else { return [] }
  let quiet = editor.lastEditAt.map { state.now.timeIntervalSince($0) >= 0.5 } ?? true
  guard force || editor.unsavedEdits >= 5 || quiet else { return [] }
  // While the file is locked elsewhere, a draft save would only make typing wait; the words stay counted as unsaved.
  if !force, state.waitingCommit != nil || (state.draftSavesHeldUntil.map { state.now < $0 } ?? false) { return [] }
  editor.unsavedEdits = 0
  state.editor = editor
  return [.saveDraft(editor.draft(owner: state.owner, at: state.now))]
}

/// A closed draft whose save failed (a locked file, a full disk) is tried again once saves are no longer held.
private func closedDraftSaveIfDue(_ state: inout AppState, force: Bool) -> [Effect] {
  guard state.closedDraftUnsaved, let draft = state.closedDraft else { return [] }
  if !force, state.draftSavesHeldUntil.map({ state.now < $0 }) ?? false { return [] }
  state.closedDraftUnsaved = false
  return [.saveDraft(draft)]
}

/// A draft save that could not be made yet: its words count as unsaved again, so a later tick retries them.
func markDraftUnsaved(_ state: inout AppState) {
  if var editor = state.editor {
    editor.unsavedEdits = max(editor.unsavedEdits, 1)
    state.editor = editor
  } else if state.closedDraft != nil {
    state.closedDraftUnsaved = true
  }
}

private func save(_ state: inout AppState, _ editor: NoteEditor) -> [Effect] {
  guard !editor.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
    state.message = state.words(.emptyNote)
    state.editor = editor
    return []
  }
  // The editor closes only when the store confirms; until then the text stays on screen.
  var pending = editor
  pending.unsavedEdits = 0
  state.editor = pending
  return [.commitNote(pending.draft(owner: state.owner, at: state.now))]
}
