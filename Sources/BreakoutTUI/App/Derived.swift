import BreakoutCore

/// Makes again what the visible screen derives from the session, only when what it derives from has changed.
func refreshDerived(_ state: inout AppState) {
  switch state.screen {
  case .summary:
    if state.derived.attributionStamp != state.derived.sessionStamp {
      state.derived.defaultAttribution = defaultAttribution(state.session)
      state.derived.attributionStamp = state.derived.sessionStamp
    }
    let key = summaryKey(state)
    if state.derived.summaryKey != key {
      state.derived.summaryLines = compileSummaryLines(state, key)
      state.derived.summaryHasUnstarred = hasUnstarred(state.derived.summaryLines)
      state.derived.summaryKey = key
    }
  case .groups:
    if state.derived.groupsStamp != state.derived.sessionStamp {
      state.derived.groupFigures = groupFigures(state.session)
      state.derived.groupsStamp = state.derived.sessionStamp
    }
  case .roster, .facilitate, .notes:
    break
  }
}
