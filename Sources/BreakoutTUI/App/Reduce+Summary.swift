import BreakoutCore

/// The Summary screen's commands.
func reduceSummary(_ command: Command.Summary, _ state: inout AppState) -> [Effect] {
  switch command {
  case .previousGroup, .nextGroup:
    // Cycle: all groups, then each group in turn.
    let ids: [Int64?] = [nil] + state.session.groups.map(\.id)
    let index = ids.firstIndex(of: state.summaryGroupID) ?? 0
    state.summaryGroupID = ids[(index + (command == .nextGroup ? 1 : ids.count - 1)) % ids.count]
    state.summary = ListPosition()
  case .addPlenaryLine:
    state.prompt = Prompt(purpose: .plenary, label: state.words(.plenaryLabel))
  case .export:
    state.prompt = Prompt(
      purpose: .export,
      label: state.words(.exportLabel),
      text: state.words(.exportDefault))
  case .cycleAttribution:
    let modes = AttributionMode.allCases
    let current = summaryAttribution(state)
    let next = modes[((modes.firstIndex(of: current) ?? 0) + 1) % modes.count]
    state.summaryAttribution = next
    state.message = state.words(.attributionChosen(next))
  }
  return []
}

/// The session limited to the Summary screen's group (all groups when none is chosen).
func filteredSession(_ state: AppState) -> SessionSnapshot {
  guard let id = state.summaryGroupID else { return state.session }
  var session = state.session
  session.groups = session.groups.filter { $0.id == id }
  session.notes = session.notes.filter { $0.groupID == id }
  return session
}
