import BreakoutCore

/// Makes again what the visible screen derives from the session, only when what it derives from has changed; work
/// too slow for the key path comes back as effects.
func refreshDerived(_ state: inout AppState) -> [Effect] {
  switch state.screen {
  case .summary:
    if state.derived.attributionStamp != state.derived.sessionStamp {
      state.derived.defaultAttribution = defaultAttribution(state.session)
      state.derived.attributionStamp = state.derived.sessionStamp
    }
    return summaryWork(&state)
  case .groups:
    if state.derived.groupsStamp != state.derived.sessionStamp {
      state.derived.groupFigures = groupFigures(state.session, state.words)
      state.derived.groupsStamp = state.derived.sessionStamp
    }
  case .roster, .facilitate, .notes:
    break
  }
  return []
}
