/// Why one person is in their group: their preference and whether it was met, the rules that hold them, and what
/// each other group would do to the figures if they went there instead (moving, or changing places with the best
/// partner where a group is full), so a facilitator can see that no other place is better.
public enum AssignmentExplanation {
  public struct Names: Sendable {
    public var person: [Int64: String]
    public var group: [Int64: String]
    public var theme: [Int64: String]

    public init(person: [Int64: String], group: [Int64: String], theme: [Int64: String]) {
      self.person = person
      self.group = group
      self.theme = theme
    }
  }

  public static func explain(
    _ problem: AssignmentProblem, _ assignment: Assignment, person id: Int64, names: Names
  ) -> [ExplanationLine] {
    guard let index = problem.people.firstIndex(where: { $0.id == id }) else {
      return [.notTakingPart(names.person[id])]
    }
    let person = problem.people[index]
    let name = names.person[id] ?? "Participant \(id)"
    guard let groupID = assignment.groupOf[id], let group = problem.groups.firstIndex(where: { $0.groupID == groupID })
    else { return [.notPlaced(name)] }
    let groupName = { (slot: AssignmentProblem.Slot) in names.group[slot.groupID] ?? "group \(slot.groupID)" }
    let themeName = { (theme: Int64) in names.theme[theme] ?? "theme \(theme)" }
    var board = ScoreBoard(problem: problem)
    let groupIndex = Dictionary(uniqueKeysWithValues: problem.groups.enumerated().map { ($1.groupID, $0) })
    for (other, member) in problem.people.enumerated() {
      if let placed = assignment.groupOf[member.id].flatMap({ groupIndex[$0] }) { board.place(other, in: placed) }
    }
    let slot = problem.groups[group]
    var lines: [ExplanationLine] = [.isIn(name: name, group: groupName(slot), theme: themeName(slot.themeID))]

    if let preferred = person.preferredThemeID {
      if preferred == slot.themeID {
        lines.append(.preferenceMet(themeName(preferred)))
      } else {
        let wanted = problem.groups.filter { $0.themeID == preferred }
        let fullness = wanted.map { wantedSlot in
          ExplanationLine.GroupFill(
            group: groupName(wantedSlot), size: board.size[groupIndex[wantedSlot.groupID]!],
            capacity: wantedSlot.capacity)
        }
        let full = wanted.allSatisfy { $0.capacity != nil && board.size[groupIndex[$0.groupID]!] >= $0.capacity! }
        lines.append(.preferenceNotMet(themeName(preferred), groups: fullness, allFull: full))
      }
    } else {
      lines.append(.noPreference)
    }
    if let locked = person.lockedGroupID, locked == groupID {
      lines.append(.locked)
    }
    for rule in problem.rules where rule.first == id || rule.second == id {
      let other = rule.first == id ? rule.second : rule.first
      lines.append(
        .rule(
          apart: rule.kind == .apart, other: names.person[other] ?? "participant \(other)",
          otherGroup: assignment.groupOf[other].flatMap { names.group[$0] }))
    }

    if !problem.earlierRounds.isEmpty {
      let met = problem.people.compactMap { other -> ExplanationLine.Acquaintance? in
        guard other.id != id, assignment.groupOf[other.id] == groupID else { return nil }
        let rounds = problem.earlierRounds.enumerated().compactMap { number, seats in
          seats[id] != nil && seats[id] == seats[other.id] ? number + 1 : nil
        }
        return rounds.isEmpty
          ? nil
          : ExplanationLine.Acquaintance(name: names.person[other.id] ?? "participant \(other.id)", rounds: rounds)
      }
      lines.append(.metBefore(met.sorted { $0.name < $1.name }))
    }

    let here = AssignmentQuality.measure(problem, assignment)
    lines.append(.here(figures(here), groupSize: board.size[group]))
    let units = try? Units(problem: problem)
    let singles = Set(units?.all.filter { $0.members.count == 1 && $0.fixedGroup == nil }.map { $0.members[0] } ?? [])
    for (other, otherSlot) in problem.groups.enumerated() where other != group {
      var alternative: (assignment: Assignment, partner: Int64?)?
      let roomy = otherSlot.capacity.map { board.size[other] < $0 } ?? true
      let conflicted = units?.conflicts(index, withGroup: other, ignoring: nil, board) ?? false
      if person.lockedGroupID == nil && singles.contains(index) {
        if roomy && !conflicted {
          var moved = assignment
          moved.groupOf[id] = otherSlot.groupID
          alternative = (moved, nil)
        } else {
          var best: (partner: Int, delta: Double)?
          for partner in singles where board.groupOf[partner] == other {
            guard units?.conflicts(index, withGroup: other, ignoring: partner, board) == false,
              units?.conflicts(partner, withGroup: group, ignoring: index, board) == false
            else { continue }
            let delta = board.swapDelta(index, partner)
            if best == nil || delta < best!.delta { best = (partner, delta) }
          }
          if let best {
            var swapped = assignment
            swapped.groupOf[id] = otherSlot.groupID
            swapped.groupOf[problem.people[best.partner].id] = groupID
            alternative = (swapped, problem.people[best.partner].id)
          }
        }
      }
      guard let alternative else {
        let reason: ExplanationLine.Impossible =
          person.lockedGroupID != nil
          ? .locked : !singles.contains(index) ? .together : roomy ? .apart : .full
        lines.append(.impossible(group: groupName(otherSlot), reason))
        continue
      }
      let there = AssignmentQuality.measure(problem, alternative.assignment)
      lines.append(
        .alternative(
          group: groupName(otherSlot), partner: alternative.partner.map { names.person[$0] ?? "participant \($0)" },
          change(from: here, to: there)))
    }
    return lines
  }

  static func figures(_ quality: AssignmentQuality) -> ExplanationLine.Figures {
    ExplanationLine.Figures(
      score: quality.score, unmet: quality.unmetPreferences, sizeExcess: quality.sizeExcess,
      mix: quality.mixDeviation, countryExcess: quality.countryExcess,
      repeats: quality.earlierRounds > 0 ? quality.repeatCost : nil)
  }

  static func change(from here: AssignmentQuality, to there: AssignmentQuality) -> ExplanationLine.Change {
    var parts: [(ExplanationLine.Measure, Double)] = []
    if there.unmetPreferences != here.unmetPreferences {
      parts.append((.unmet, Double(there.unmetPreferences - here.unmetPreferences)))
    }
    if there.sizeExcess != here.sizeExcess { parts.append((.size, Double(there.sizeExcess - here.sizeExcess))) }
    if abs(there.mixDeviation - here.mixDeviation) > 1e-9 {
      parts.append((.mix, there.mixDeviation - here.mixDeviation))
    }
    if there.countryExcess != here.countryExcess {
      parts.append((.country, Double(there.countryExcess - here.countryExcess)))
    }
    if abs(there.repeatCost - here.repeatCost) > 1e-9 { parts.append((.repeats, there.repeatCost - here.repeatCost)) }
    if there.organisationOverlap != here.organisationOverlap {
      parts.append((.colleagues, Double(there.organisationOverlap - here.organisationOverlap)))
    }
    return ExplanationLine.Change(difference: there.score - here.score, parts: parts)
  }

  /// `value` with `places` decimals, as the explanation prints figures.
  public static func decimal(_ value: Double, _ places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let rounded = (abs(value) * scale).rounded() / scale
    let sign = value < 0 && rounded > 0 ? "-" : ""
    let whole = Int(rounded)
    guard places > 0 else { return sign + String(whole) }
    let fraction = Int(((rounded - Double(whole)) * scale).rounded())
    let digits = String(fraction)
    return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
  }
}
