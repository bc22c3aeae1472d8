import BreakoutCore

/// The Roster screen's commands.
func reduceRoster(_ command: Command.Roster, _ state: inout AppState) -> [Effect] {
  switch command {
  case .filter:
    state.prompt = Prompt(purpose: .filter, label: "Filter", text: state.rosterFilter)
  case .add:
    state.form = ParticipantForm()
  case .edit:
    guard let person = selectedParticipant(state) else { return [] }
    state.form = ParticipantForm(person)
  case .remove:
    guard let person = selectedParticipant(state) else { return [] }
    let spoken = state.session.notes.filter { $0.speakerID == person.id }.count
    let consequence =
      state.session.notesOnlyOf != nil
      ? "; any notes by them become unattributed"
      : spoken == 0 ? "" : "; \(counted(spoken, "note", "notes")) by them become unattributed"
    state.confirmation = Confirmation(
      purpose: .deleteParticipant(person.id),
      question: "Remove \(person.name) from the roster\(consequence)? (y/n)")
  case .toggleAttendance:
    guard let person = selectedParticipant(state) else { return [] }
    let group = state.session.groups.first { $0.id == person.groupID }
    if person.isAbsent {
      state.message = "\(person.name) has arrived and waits for a group: a on the Groups screen places them."
    } else {
      state.message =
        "\(person.name) is marked absent" + (group.map { " and leaves \($0.name)" } ?? "") + "; x again if they arrive."
    }
    return [.setAbsent(participantID: person.id, !person.isAbsent)]
  }
  return []
}

func selectedParticipant(_ state: AppState) -> Participant? {
  let people = filteredRoster(state)
  return people.indices.contains(state.roster.row) ? people[state.roster.row] : nil
}
