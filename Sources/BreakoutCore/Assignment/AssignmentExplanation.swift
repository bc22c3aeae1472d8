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
  ) -> [String] {
    guard let index = problem.people.firstIndex(where: { $0.id == id }) else {
      return ["\(names.person[id] ?? "This person") takes no part in the assignment (a facilitator, or absent)."]
    }
    let person = problem.people[index]
    let name = names.person[id] ?? "Participant \(id)"
    guard let groupID = assignment.groupOf[id], let group = problem.groups.firstIndex(where: { $0.groupID == groupID })
    else { return ["\(name) is not in a group yet."] }
    let groupName = { (slot: AssignmentProblem.Slot) in names.group[slot.groupID] ?? "group \(slot.groupID)" }
    let themeName = { (theme: Int64) in names.theme[theme] ?? "theme \(theme)" }
    var board = ScoreBoard(problem: problem)
    let groupIndex = Dictionary(uniqueKeysWithValues: problem.groups.enumerated().map { ($1.groupID, $0) })
    for (other, member) in problem.people.enumerated() {
      if let placed = assignment.groupOf[member.id].flatMap({ groupIndex[$0] }) { board.place(other, in: placed) }
    }
    let slot = problem.groups[group]
    var lines = ["\(name) is in \(groupName(slot)) (\(themeName(slot.themeID)))."]

    if let preferred = person.preferredThemeID {
      if preferred == slot.themeID {
        lines.append("Asked for \(themeName(preferred)): met.")
      } else {
        let wanted = problem.groups.filter { $0.themeID == preferred }
        let fullness = wanted.map { wantedSlot in
          let size = board.size[groupIndex[wantedSlot.groupID]!]
          return "\(groupName(wantedSlot)) \(size)/\(wantedSlot.capacity.map(String.init) ?? "no limit")"
        }
        let full = wanted.allSatisfy { $0.capacity != nil && board.size[groupIndex[$0.groupID]!] >= $0.capacity! }
        lines.append(
          "Asked for \(themeName(preferred)): not met. "
            + (wanted.isEmpty
              ? "No group has that theme."
              : "Its groups: \(fullness.joined(separator: ", "))"
                + (full ? "; all full, and changing places with anyone there scores no better (below)." : "."))
        )
      }
    } else {
      lines.append("Stated no preferred theme.")
    }
    if let locked = person.lockedGroupID, locked == groupID {
      lines.append("Locked in this group by the facilitator: the assignment never moves them.")
    }
    for rule in problem.rules where rule.first == id || rule.second == id {
      let other = rule.first == id ? rule.second : rule.first
      let otherGroupNote = assignment.groupOf[other].flatMap { names.group[$0] }.map { " (in \($0))" } ?? ""
      lines.append(
        rule.kind == .apart
          ? "Must be kept apart from \(names.person[other] ?? "participant \(other)")\(otherGroupNote)."
          : "Must be with \(names.person[other] ?? "participant \(other)")\(otherGroupNote).")
    }

    let here = AssignmentQuality.measure(problem, assignment)
    lines.append(
      "Here: " + figures(here) + "; in this group: \(board.size[group]) people.")
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
        let reason =
          person.lockedGroupID != nil
          ? "they are locked where they are"
          : !singles.contains(index)
            ? "they move only with the people a together rule binds them to"
            : roomy
              ? "someone there must be kept apart from them"
              : "the group is full and nobody there can change places without breaking a rule or a lock"
        lines.append("  \(groupName(otherSlot)): not possible: \(reason).")
        continue
      }
      let there = AssignmentQuality.measure(problem, alternative.assignment)
      let how = alternative.partner.map { " changing places with \(names.person[$0] ?? "participant \($0)")" } ?? ""
      lines.append(
        "  \(groupName(otherSlot))\(how): " + change(from: here, to: there))
    }
    return lines
  }

  static func figures(_ quality: AssignmentQuality) -> String {
    "Q = " + decimal(quality.score, 4) + " (U \(quality.unmetPreferences), S \(quality.sizeExcess), M "
      + decimal(quality.mixDeviation, 2) + ", C \(quality.countryExcess))"
  }

  static func change(from here: AssignmentQuality, to there: AssignmentQuality) -> String {
    func signed(_ value: Double, _ places: Int) -> String { (value >= 0 ? "+" : "") + decimal(value, places) }
    var parts: [String] = []
    if there.unmetPreferences != here.unmetPreferences {
      parts.append("U " + signed(Double(there.unmetPreferences - here.unmetPreferences), 0))
    }
    if there.sizeExcess != here.sizeExcess {
      parts.append("S " + signed(Double(there.sizeExcess - here.sizeExcess), 0))
    }
    if abs(there.mixDeviation - here.mixDeviation) > 1e-9 {
      parts.append("M " + signed(there.mixDeviation - here.mixDeviation, 2))
    }
    if there.countryExcess != here.countryExcess {
      parts.append("C " + signed(Double(there.countryExcess - here.countryExcess), 0))
    }
    if there.organisationOverlap != here.organisationOverlap {
      parts.append("colleagues " + signed(Double(there.organisationOverlap - here.organisationOverlap), 0))
    }
    let difference = there.score - here.score
    let verdict = difference > 1e-9 ? "worse" : difference < -1e-9 ? "better" : "no different"
    return "Q " + signed(difference, 4) + " (\(verdict))" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
  }

  static func decimal(_ value: Double, _ places: Int) -> String {
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
