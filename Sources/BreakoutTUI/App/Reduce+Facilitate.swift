import BreakoutCore

/// The Facilitate screen's commands: clocks, questions, messages, the agenda, and opening a group's notes.
func reduceFacilitate(_ command: Command.Facilitate, _ state: inout AppState) -> [Effect] {
  let groups = state.session.groups
  switch command {
  case .startTimebox, .startTimeboxAll:
    guard !groups.isEmpty else { return [] }
    state.prompt = Prompt(
      purpose: .timebox(allGroups: command == .startTimeboxAll),
      label: state.words(.timeboxLabel(allGroups: command == .startTimeboxAll)))
  case .pauseResume, .pauseResumeAll:
    let targets = command == .pauseResumeAll ? groups : selectedFacilitateGroup(state).map { [$0] } ?? []
    let timers = targets.compactMap { state.session.timers[$0.id] }
    guard !timers.isEmpty else { return [] }
    let anyRunning = timers.contains(where: \.isRunning)
    let changed = timers.map { anyRunning ? $0.paused(at: state.now) : $0.started(at: state.now) }
    return [.saveTimers(changed)]
  case .extend:
    guard let group = selectedFacilitateGroup(state), let timer = state.session.timers[group.id] else { return [] }
    state.message = state.words(.fiveMoreMinutes(group: group.name))
    return [.saveTimers([timer.extended(by: 300, at: state.now)])]
  case .extendAll:
    // Running clocks only, as the key says: a paused group is waiting for the facilitator, not for time.
    let timers = groups.compactMap { state.session.timers[$0.id] }.filter(\.isRunning)
    guard !timers.isEmpty else { return [] }
    state.message = state.words(.fiveMoreMinutesForClocks(timers.count))
    return [.saveTimers(timers.map { $0.extended(by: 300, at: state.now) })]
  case .nextQuestion:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    let next = min(state.session.currentQuestion(of: group) + 1, state.session.questions.count)
    let duration = state.session.timers[group.id]?.duration ?? 900
    return [.saveTimers([Timebox(groupID: group.id, question: next, duration: duration)])]
  case .nextAgendaItem, .previousAgendaItem:
    let agenda = state.session.agenda
    guard !agenda.isEmpty else {
      state.message = state.words(.noAgendaYet)
      return []
    }
    let current = agenda.firstIndex(where: \.isCurrent)
    let next =
      command == .nextAgendaItem
      ? (current.map { min($0 + 1, agenda.count - 1) } ?? 0) : (current.map { max($0 - 1, 0) } ?? 0)
    return [.setCurrentAgendaItem(agenda[next].id)]
  case .openGroupNotes:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    showNotes(of: group, &state)
  case .broadcast:
    state.prompt = Prompt(purpose: .broadcast(groupID: nil), label: state.words(.broadcastLabel))
  case .broadcastToGroup:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    state.prompt = Prompt(
      purpose: .broadcast(groupID: group.id),
      label: state.words(.groupMessageLabel(number: group.number, group: group.name)))
  case .acknowledgeHelp:
    guard let group = selectedFacilitateGroup(state) else { return [] }
    state.message = state.words(.helpAcknowledged(group: group.name))
    return [.acknowledgeHelp(groupID: group.id)]
  }
  return []
}

func selectedFacilitateGroup(_ state: AppState) -> BreakoutGroup? {
  state.session.groups.indices.contains(state.facilitate.row) ? state.session.groups[state.facilitate.row] : nil
}
