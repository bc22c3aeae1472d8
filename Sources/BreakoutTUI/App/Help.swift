/// The help's lines: the keys of the screen, then of everything that can open over it. Made from the command table,
/// so the help can never disagree with the keys.
func helpLines(_ state: AppState) -> [(text: String, heading: Bool)] {
  var lines: [(String, Bool)] = [("Keys on the \(state.screen.title) screen", true)]
  for command in Command.all where command.applies(on: state.screen) && command.isForSeat(of: state) {
    lines.append(("  " + fit(command.keyLabel, 14) + command.summary, false))
  }
  var scopes: [Command.Scope] = []
  switch state.screen {
  case .roster: scopes = [.form, .textFields, .prompt, .confirmation]
  case .groups: scopes = [.preview, .prompt, .textFields]
  case .facilitate: scopes = [.prompt, .textFields]
  case .notes: scopes = [.editor, .textFields, .prompt, .confirmation]
  case .summary: scopes = [.prompt, .textFields]
  }
  for scope in scopes + [.help] {
    lines.append((scope.helpHeading ?? "", true))
    for command in Command.of(scope) {
      lines.append(("  " + fit(command.keyLabel, 14) + command.summary, false))
    }
  }
  return lines
}

/// Lines of help shown at once: the body between the header and the status bar.
func helpPageHeight(_ state: AppState) -> Int { max(1, state.height - 4) }

/// Keys while the help is open: it scrolls like every list and closes with Esc, ? or q.
func helpKey(_ state: inout AppState, _ key: Key, top: Int) -> [Effect] {
  guard let command = Command.matching(key, in: .help) else {
    if key == .control("c") { return [.quit] }
    return []
  }
  let page = helpPageHeight(state)
  let last = max(0, helpLines(state).count - page)
  var newTop = top
  switch command.name {
  case .closeHelp:
    state.modal = nil
    return []
  case .down: newTop += 1
  case .up: newTop -= 1
  case .pageDown: newTop += page - 1
  case .pageUp: newTop -= page - 1
  default: break
  }
  state.modal = .help(top: max(0, min(newTop, last)))
  return []
}
