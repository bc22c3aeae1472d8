import BreakoutCore

/// The Roster screen's commands.
func reduceRoster(_ command: Command.Roster, _ state: inout AppState) -> [Effect] {
  switch command {
  case .filter:
    state.prompt = Prompt(purpose: .filter, label: state.words(.filterLabel), text: state.rosterFilter)
  case .add:
    state.form = ParticipantForm()
  case .edit:
    guard let person = selectedParticipant(state) else { return [] }
    state.form = ParticipantForm(person)
  case .remove:
    guard let person = selectedParticipant(state) else { return [] }
    let spoken = state.session.notes.filter { $0.speakerID == person.id }.count
    // On a first look other groups' notes are not read yet: how many notes name them is not known.
    state.confirmation = Confirmation(
      purpose: .deleteParticipant(person.id),
      question: state.words(
        .removeParticipantQuestion(name: person.name, notes: state.session.notesOnlyOf != nil ? nil : spoken)))
  case .toggleAttendance:
    guard let person = selectedParticipant(state) else { return [] }
    let group = state.session.groups.first { $0.id == person.groupID }
    if person.isAbsent {
      state.message = state.words(.arrived(person.name))
    } else {
      state.message = state.words(.markedAbsent(person.name, leaving: group?.name))
    }
    return [.setAbsent(participantID: person.id, !person.isAbsent)]
  }
  return []
}

func selectedParticipant(_ state: AppState) -> Participant? {
  let people = filteredRoster(state)
  return people.indices.contains(state.roster.row) ? people[state.roster.row] : nil
}
