import BreakoutCore

/// The Groups screen's commands: previews of an assignment, moves, locks and leads.
func reduceGroups(_ command: Command.Groups, _ state: inout AppState) -> [Effect] {
  let groups = state.groupsShown.groups
  switch command {
  case .previousRound, .nextRound:
    let numbers = state.session.rounds.map(\.number)
    let shown = numbers.firstIndex(of: state.pastRoundShown ?? state.session.currentRound) ?? 0
    let next = numbers[max(0, min(numbers.count - 1, shown + (command == .nextRound ? 1 : -1)))]
    state.groups.round = next == state.session.currentRound ? nil : next
    state.groups.group = 0
    state.groups.member = 0
  case .previousGroup, .nextGroup:
    guard !groups.isEmpty else { return [] }
    state.groups.group = (state.groups.group + (command == .nextGroup ? 1 : groups.count - 1)) % groups.count
    state.groups.member = 0
  case .rooms:
    state.prompt = Prompt(purpose: .rooms, label: state.words(.roomsLabel))
  case .newRound:
    let next = (state.session.rounds.map(\.number).max() ?? 1) + 1
    state.prompt = Prompt(purpose: .newRound, label: state.words(.newRoundLabel(number: next)))
  case .assign, .reshuffle:
    return previewAssignment(reshuffle: command == .reshuffle, &state)
  case .move:
    guard let person = selectedMember(state) else { return [] }
    let choices = groups.map { state.session.reference(of: $0) }.joined(separator: ", ")
    state.prompt = Prompt(
      purpose: .moveTo(participantID: person.id), label: state.words(.moveLabel(name: person.name, choices: choices)))
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
    state.message = state.words(.everyoneHasGroup)
    return []
  }
  if state.assignmentUnderWay {
    state.message = state.words(.assignmentStillUnderWay)
    return []
  }
  let work = AssignmentWork(session: state.session, reshuffle: reshuffle, words: state.words)
  guard state.session.participants.count > AppState.inlineWorkLimit else {
    return computed(.assignmentPreview(work.perform()), &state)
  }
  state.assignmentUnderWay = true
  state.message = state.words(.assignmentUnderWay(people: state.session.participants.count))
  return [.compute(.assignmentPreview(work))]
}

func selectedMember(_ state: AppState) -> Participant? {
  let shown = state.groupsShown
  guard shown.groups.indices.contains(state.groups.group) else { return nil }
  let members = shown.members(of: shown.groups[state.groups.group])
  return members.indices.contains(state.groups.member) ? members[state.groups.member] : nil
}

/// A move asked for on the Groups screen: done when it breaks no hard rule; into a full group only once the
/// facilitator confirms raising its capacity; refused, with the rule, when it would split or join people a rule
/// keeps together or apart.
func requestMove(_ person: Participant, to group: BreakoutGroup, _ state: inout AppState) -> [Effect] {
  guard person.groupID != group.id else {
    state.message = state.words(.alreadyInGroup(name: person.name, group: group.name))
    return []
  }
  let record = MoveRecord(
    participantID: person.id, name: person.name, fromGroupID: person.groupID, toGroupID: group.id,
    wasLocked: person.isLocked, previousCapacity: group.capacity)
  let problems = state.session.problems(moving: person, to: group)
  for problem in problems {
    switch problem {
    case .keptApart(let other):
      state.message = state.words(.keptApart(name: person.name, other: other.name, group: group.name))
      return []
    case .keptTogether(let other):
      let otherGroup = state.session.groups.first { $0.id == other.groupID }?.name
      state.message = state.words(.keptTogether(name: person.name, other: other.name, group: otherGroup))
      return []
    case .full:
      break
    }
  }
  if case .full(let members, let capacity)? = problems.first {
    state.confirmation = Confirmation(
      purpose: .moveRaisingCapacity(record, capacity: members + 1),
      question: state.words(
        .groupFullQuestion(group: group.name, members: members, capacity: capacity, name: person.name)))
    return []
  }
  return performMove(record, &state)
}

/// Carries out a move that has been allowed, and remembers it for `u`.
func performMove(_ record: MoveRecord, _ state: inout AppState) -> [Effect] {
  let names = Dictionary(state.session.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  state.lastMove = record
  state.message = state.words(
    .moved(
      name: record.name, from: record.fromGroupID.flatMap { names[$0] }, to: names[record.toGroupID],
      raised: record.raisedCapacity))
  return [.move(participantID: record.participantID, groupID: record.toGroupID, lock: false)]
}

/// `u`: the last move by hand, undone: back to the group they came from, locked as they were, and the capacity
/// as it was if the move raised it.
func undoLastMove(_ state: inout AppState) -> [Effect] {
  guard let record = state.lastMove else {
    state.message = state.words(.noMoveToUndo)
    return []
  }
  state.lastMove = nil
  let from = record.fromGroupID.flatMap { id in state.session.groups.first { $0.id == id }?.name }
  state.message = state.words(.movedBack(name: record.name, to: from))
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
    state.message = state.words(.noGroupYet(person.name))
    return []
  }
  let others = state.session.otherLeaderships(of: person, besides: group)
  if let other = others.first {
    state.confirmation = Confirmation(
      purpose: .lead(groupID: group.id, participantID: person.id, role: role),
      question: state.words(
        .secondLeadQuestion(
          name: person.name, role: other.role, group: other.group.name, newRole: role, newGroup: group.name)))
    return []
  }
  return leadEffects(groupID: group.id, participantID: person.id, role: role, &state)
}

func leadEffects(groupID: Int64, participantID: Int64, role: LeadRole, _ state: inout AppState) -> [Effect] {
  let name = state.session.participant(participantID)?.name
  let group = state.session.groups.first { $0.id == groupID }?.name
  state.message = state.words(.nowLead(name: name, role: role, group: group))
  return [
    .setLeads(
      groupID: groupID, moderatorID: role == .moderator ? participantID : nil,
      rapporteurID: role == .rapporteur ? participantID : nil)
  ]
}

func qualityLines(_ quality: AssignmentQuality, _ words: InterfaceWords) -> [String] {
  [
    words(.qualityScore(quality.score)),
    words(
      .qualityTerms(
        unmet: quality.unmetPreferences, sizeExcess: quality.sizeExcess, mix: quality.mixDeviation,
        countryExcess: quality.countryExcess, violations: quality.hardViolations)),
    words(
      .qualityFigures(
        preferencesMet: quality.preferencesMetPercent, smallest: quality.smallestGroup,
        largest: quality.largestGroup, fewestTypes: quality.fewestStakeholderTypes,
        topCountryShare: quality.largestCountryShare * 100))
      + (quality.earlierRounds == 0 ? "" : "; " + words(.repeatedPairs(quality.repeatedPairs))),
  ]
}

/// Another round became current (here or on another screen): the groups this screen follows become their copies in
/// that round (the same theme and place in it), so a rapporteur's next note goes to their group of the round now
/// under way.
func followRound(from earlier: SessionSnapshot, _ state: inout AppState) {
  let session = state.session
  let known = earlier.groups + session.otherRoundGroups
  func copy(of id: Int64?) -> Int64? {
    guard let id, !session.groups.contains(where: { $0.id == id }) else { return id }
    guard let old = known.first(where: { $0.id == id }) else { return id }
    return session.groups.first { $0.themeID == old.themeID && $0.indexInTheme == old.indexInTheme }?.id ?? id
  }
  if case .rapporteur(let group) = state.seat, let followed = copy(of: group) {
    state.seat = .rapporteur(groupID: followed)
  }
  state.notesGroupID = copy(of: state.notesGroupID)
  state.summaryGroupID = copy(of: state.summaryGroupID)
  let round = session.rounds.first(where: \.isCurrent)
  state.message = state.words(
    .roundNowCurrent(number: session.currentRound, name: round?.name, canRegroup: state.seat == .facilitator))
}
