/// The state machine: state + action -> new state + effects. Pure, so every change is testable without a terminal.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  switch action {
  case .resize(let width, let height):
    state.width = width
    state.height = height
    return [.redrawAll]
  case .reloaded(let overview):
    state.overview = overview
    return []
  case .key(let key):
    guard let command = Command.matching(key) else { return [] }
    switch command.name {
    case .quit:
      return [.quit]
    case .help:
      state.showingHelp.toggle()
    case .back:
      state.showingHelp = false
    case .redraw:
      return [.redrawAll]
    case .scrollDown:
      state.scroll += 1
    case .scrollUp:
      state.scroll = max(0, state.scroll - 1)
    case .top:
      state.scroll = 0
    case .bottom:
      state.scroll = Int.max / 2
    }
    return []
  }
}
