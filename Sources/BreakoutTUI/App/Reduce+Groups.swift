import BreakoutCore

/// The Groups screen's commands: previews of an assignment, moves, locks and leads.
func reduceGroups(_ command: Command.Groups, _ state: inout AppState) -> [Effect] {
  let groups = state.session.groups
  switch command {
  case .previousGroup, .nextGroup:
    guard !groups.isEmpty else { return [] }
    state.groups.group = (state.groups.group + (command == .nextGroup ? 1 : groups.count - 1)) % groups.count
    state.groups.member = 0
  case .assign, .reshuffle:
    return previewAssignment(reshuffle: command == .reshuffle, &state)
  case .move:
    guard let person = selectedMember(state) else { return [] }
    let choices = groups.map { state.session.reference(of: $0) }.joined(separator: ", ")
    state.prompt = Prompt(purpose: .moveTo(participantID: person.id), label: "Move \(person.name) to (\(choices))")
  case .toggleLock:
    guard let person = selectedMember(state) else { return [] }
    return [.setLock(participantID: person.id, locked: !person.isLocked)]
  case .makeModerator, .makeRapporteur:
    guard let person = selectedMember(state) else { return [] }
    return requestLead(person, role: command == .makeModerator ? .moderator : .rapporteur, &state)
  case .undoMove:
    return undoLastMove(&state)
  }
  return []
}

/// `a` places the people without a group (nobody else moves); `A` reshuffles everyone not locked. Either is shown
/// with its figures until accepted or discarded; on a large roster it is worked out beside the screen.
private func previewAssignment(reshuffle: Bool, _ state: inout AppState) -> [Effect] {
  // Those the assignment places: not facilitators, not absent (as AssignmentProblem counts them).
  let waiting = state.session.participants.filter { $0.role != .facilitator && !$0.isAbsent && $0.groupID == nil }
  if !reshuffle && waiting.isEmpty {
    state.message = "Everyone already has a group; A reshuffles everyone who is not locked."
    return []
  }
  if state.assignmentUnderWay {
    state.message = "\(AssignmentWork.underWayPrefix): still under way."
    return []
  }
  let work = AssignmentWork(session: state.session, reshuffle: reshuffle)
  guard state.session.participants.count > AppState.inlineWorkLimit else {
    return computed(.assignmentPreview(work.perform()), &state)
  }
  state.assignmentUnderWay = true
  state.message = "\(AssignmentWork.underWayPrefix) for \(state.session.participants.count) people…"
  return [.compute(.assignmentPreview(work))]
}

func selectedMember(_ state: AppState) -> Participant? {
  guard state.session.groups.indices.contains(state.groups.group) else { return nil }
  let members = state.session.members(of: state.session.groups[state.groups.group])
  return members.indices.contains(state.groups.member) ? members[state.groups.member] : nil
}

/// A move asked for on the Groups screen: done when it breaks no hard rule; into a full group only once the
/// facilitator confirms raising its capacity; refused, with the rule, when it would split or join people a rule
/// keeps together or apart.
func requestMove(_ person: Participant, to group: BreakoutGroup, _ state: inout AppState) -> [Effect] {
  guard person.groupID != group.id else {
    state.message = "\(person.name) is already in \(group.name)."
    return []
  }
  let record = MoveRecord(
    participantID: person.id, name: person.name, fromGroupID: person.groupID, toGroupID: group.id,
    wasLocked: person.isLocked, previousCapacity: group.capacity)
  let problems = state.session.problems(moving: person, to: group)
  for problem in problems {
    switch problem {
    case .keptApart(let other):
      state.message =
        "Not moved: a rule keeps \(person.name) apart from \(other.name), who is in \(group.name)."
      return []
    case .keptTogether(let other):
      let otherGroup = state.session.groups.first { $0.id == other.groupID }?.name ?? "another group"
      state.message =
        "Not moved: a rule keeps \(person.name) with \(other.name), who stays in \(otherGroup); move \(other.name) too."
      return []
    case .full:
      break
    }
  }
  if case .full(let members, let capacity)? = problems.first {
    state.confirmation = Confirmation(
      purpose: .moveRaisingCapacity(record, capacity: members + 1),
      question:
        "\(group.name) is full (\(members)/\(capacity)). Raise its capacity to \(members + 1) and move "
        + "\(person.name) there? (y/n)")
    return []
  }
  return performMove(record, &state)
}

/// Carries out a move that has been allowed, and remembers it for `u`.
func performMove(_ record: MoveRecord, _ state: inout AppState) -> [Effect] {
  let names = Dictionary(state.session.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  let from = record.fromGroupID.flatMap { names[$0] } ?? "no group"
  let raised = record.raisedCapacity ? "; its capacity is now one more" : ""
  state.lastMove = record
  state.message =
    "Moved \(record.name) from \(from) to \(names[record.toGroupID] ?? "the group")\(raised). "
    + "u undoes it, L locks them there."
  return [.move(participantID: record.participantID, groupID: record.toGroupID, lock: false)]
}

/// `u`: the last move by hand, undone: back to the group they came from, locked as they were, and the capacity
/// as it was if the move raised it.
func undoLastMove(_ state: inout AppState) -> [Effect] {
  guard let record = state.lastMove else {
    state.message = "No move to undo."
    return []
  }
  state.lastMove = nil
  let from = record.fromGroupID.flatMap { id in state.session.groups.first { $0.id == id }?.name } ?? "no group"
  state.message = "Moved \(record.name) back to \(from)."
  var effects: [Effect] = [
    .move(participantID: record.participantID, groupID: record.fromGroupID, lock: record.wasLocked)
  ]
  if record.raisedCapacity {
    effects.append(.setCapacity(groupID: record.toGroupID, capacity: record.previousCapacity))
  }
  return effects
}

/// `M`/`R`: the selected person leads their group; someone who already leads another group does so only once the
/// facilitator confirms.
func requestLead(_ person: Participant, role: LeadRole, _ state: inout AppState) -> [Effect] {
  guard let group = state.session.groups.first(where: { $0.id == person.groupID }) else {
    state.message = "\(person.name) has no group yet: place them first."
    return []
  }
  let others = state.session.otherLeaderships(of: person, besides: group)
  if let other = others.first {
    state.confirmation = Confirmation(
      purpose: .lead(groupID: group.id, participantID: person.id, role: role),
      question:
        "\(person.name) is already \(other.role.rawValue) of \(other.group.name). Make them \(role.rawValue) of "
        + "\(group.name) as well? (y/n)")
    return []
  }
  return leadEffects(groupID: group.id, participantID: person.id, role: role, &state)
}

func leadEffects(groupID: Int64, participantID: Int64, role: LeadRole, _ state: inout AppState) -> [Effect] {
  let name = state.session.participant(participantID)?.name ?? "They"
  let group = state.session.groups.first { $0.id == groupID }?.name ?? "the group"
  state.message = "\(name) is now \(role.rawValue) of \(group)."
  return [
    .setLeads(
      groupID: groupID, moderatorID: role == .moderator ? participantID : nil,
      rapporteurID: role == .rapporteur ? participantID : nil)
  ]
}

func qualityLines(_ quality: AssignmentQuality) -> [String] {
  [
    String(format: "Q = %.3f (lower is better)", quality.score),
    String(
      format: "U %d  S %d  M %.1f  C %d  violations %d", quality.unmetPreferences, quality.sizeExcess,
      quality.mixDeviation, quality.countryExcess, quality.hardViolations),
    String(
      format: "preferences met %.0f%%, sizes %d-%d, fewest types %d, top country share %.0f%%",
      quality.preferencesMetPercent, quality.smallestGroup, quality.largestGroup, quality.fewestStakeholderTypes,
      quality.largestCountryShare * 100),
  ]
}
