import BreakoutCore

func drawGroups(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area) {
  let session = state.groupsShown
  guard !session.groups.isEmpty else {
    screen.put(state.words(.noGroupsForGroups), x: 1, y: area.y)
    return
  }
  // A preview shows the proposed groups; accepting saves them.
  var shown = session
  if let preview = state.assignmentPreview {
    for index in shown.participants.indices {
      if let group = preview.assignment.groupOf[shown.participants[index].id] {
        shown.participants[index].groupID = group
      }
    }
  }
  var bodyArea = area
  if state.assignmentPreview == nil && area.height > 8 {
    // The figures of the groups as they stand, so the facilitator sees what a manual move did.
    let figures =
      state.derived.groupsStamp == state.derived.sessionStamp && state.pastRoundShown == nil
      ? state.derived.groupFigures : groupFigures(session, state.words)
    let waiting = session.participants.filter { !$0.isAbsent && $0.groupID == nil && $0.role != .facilitator }
    let absent = session.participants.filter(\.isAbsent)
    var lines = [figures[0] + "  " + figures[1], figures[2]]
    if state.assignmentUnderWay {
      lines[0] = state.words(.assignmentUnderWayKeysWork(people: session.participants.count))
    }
    // Who is missing, by name: the facilitator places the waiting with a, and knows whom not to look for.
    var missing: [String] = []
    if !waiting.isEmpty {
      missing.append(
        state.words(.waitingForGroup(count: waiting.count, names: waiting.map(\.name).joined(separator: ", "))))
    }
    if !absent.isEmpty {
      missing.append(state.words(.absentList(count: absent.count, names: absent.map(\.name).joined(separator: ", "))))
    }
    let missingLine = missing.joined(separator: "; ")
    if !missing.isEmpty { lines.append(missingLine) }
    if session.rounds.count > 1 {
      let number = state.pastRoundShown ?? session.currentRound
      lines.insert(
        state.words(
          .roundShown(
            number: number, name: session.rounds.first { $0.number == number }?.name, of: session.rounds.count,
            current: state.pastRoundShown == nil)), at: 0)
    }
    for (row, line) in lines.enumerated() {
      screen.put(
        line, x: area.x + 1, y: area.y + row,
        style: !missing.isEmpty && row == lines.count - 1
          ? state.warning : session.rounds.count > 1 && row == 0 ? state.accent : state.muted,
        limit: area.width - 2)
    }
    bodyArea.y += lines.count + 1
    bodyArea.height -= lines.count + 1
  }
  if let preview = state.assignmentPreview {
    let lines = [state.words(.proposedAssignment)] + preview.lines
    for (row, line) in lines.enumerated() {
      screen.put(line, x: area.x + 1, y: area.y + row, style: row == 0 ? state.warning : .plain, limit: area.width - 2)
    }
    bodyArea.y += lines.count + 1
    bodyArea.height -= lines.count + 1
  }
  let themes = shown.themes.filter { !shown.groups(of: $0).isEmpty }
  let columnWidth = max(10, (bodyArea.width - 1) / max(1, themes.count))
  for (column, theme) in themes.enumerated() {
    let groups = shown.groups(of: theme)
    let x = bodyArea.x + 1 + column * columnWidth
    let boxHeight = bodyArea.height / groups.count
    for (stack, group) in groups.enumerated() {
      let y = bodyArea.y + stack * boxHeight
      drawGroupBox(state, shown, group, &screen, Area(x: x, y: y, width: columnWidth - 2, height: boxHeight - 1))
    }
  }
}

private func drawGroupBox(
  _ state: AppState, _ session: SessionSnapshot, _ group: BreakoutGroup, _ screen: inout ScreenBuffer, _ area: Area
) {
  guard area.height > 0 else { return }
  let isCurrent = session.groups.firstIndex(of: group) == state.groups.group
  let members = session.members(of: group)
  let size = group.capacity.map { "\(members.count)/\($0)" } ?? "\(members.count)"
  // The size stays in sight: a long name gives way in its middle ("Chaîne d’app…(groupe A)  3/10").
  let name = "\(group.number). \(group.name)"
  let room = area.width - DisplayWidth.of(size) - 2
  let title = (DisplayWidth.of(name) <= room ? name : fitName(name, room)) + "  \(size)"
  screen.put(title, x: area.x, y: area.y, style: isCurrent ? state.selected : state.accent, limit: area.width)
  guard area.height > 1 else { return }
  let counts = Dictionary(grouping: members, by: \.stakeholderType).mapValues(\.count)
  let mix = StakeholderType.allCases.compactMap { type in
    counts[type].map { "\(state.words(.stakeholderShort(type))) \($0)" }
  }.joined(separator: " ")
  screen.put(
    mix.isEmpty ? state.words(.emptyGroup) : mix, x: area.x, y: area.y + 1, style: state.muted, limit: area.width)
  let listHeight = area.height - 2
  guard listHeight > 0 else { return }
  let selected = isCurrent ? min(state.groups.member, max(0, members.count - 1)) : -1
  let top = scrollTop(selected: max(0, selected), count: members.count, height: listHeight)
  for (offset, person) in members.dropFirst(top).prefix(listHeight).enumerated() {
    var marks = ""
    if group.moderatorID == person.id { marks += state.words(.moderatorMark) }
    if group.rapporteurID == person.id { marks += state.words(.rapporteurMark) }
    if person.isLocked { marks += state.words(.lockedMark) }
    let line = "\(person.name), \(person.country)\(marks)"
    let style = top + offset == selected ? state.selected : CellStyle()
    screen.put(fit(line, area.width), x: area.x, y: area.y + 2 + offset, style: style)
  }
}

/// The quality figures of the groups as they stand.
func groupFigures(_ session: SessionSnapshot, _ words: InterfaceWords) -> [String] {
  let problem = AssignmentProblem(snapshot: session)
  let placed = Assignment(
    groupOf: Dictionary(uniqueKeysWithValues: problem.people.compactMap { p in p.currentGroupID.map { (p.id, $0) } }))
  return qualityLines(AssignmentQuality.measure(problem, placed), words)
}
