import BreakoutCore
import Foundation

/// Keys while a one-line prompt is open.
func promptKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var prompt = state.prompt else { return [] }
  switch Command.matching(key, in: .prompt)?.name {
  case .prompt(.cancel):
    if prompt.purpose == .filter { state.rosterFilter = "" }
    state.prompt = nil
    return []
  case .prompt(.submit):
    state.prompt = nil
    return submit(prompt, &state)
  default:
    if key == .control("c") { return [.quit] }
    prompt.field.apply(key)
  }
  state.prompt = prompt
  if prompt.purpose == .filter {
    state.rosterFilter = prompt.text
    state.roster = ListPosition()
  }
  return []
}

private func submit(_ prompt: Prompt, _ state: inout AppState) -> [Effect] {
  let text = prompt.text.trimmingCharacters(in: .whitespaces)
  switch prompt.purpose {
  case .filter:
    state.rosterFilter = text
    return []
  case .broadcast(let groupID):
    guard !text.isEmpty else {
      state.message = state.words(.nothingSentEmpty)
      return []
    }
    let group = groupID.flatMap { id in state.session.groups.first { $0.id == id } }
    state.message = state.words(.messageSent(group: group?.name))
    return [.broadcast(text, groupID: groupID)]
  case .introduction(let groupID):
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    state.message = state.words(trimmed.isEmpty ? .introductionCleared : .introductionSaved)
    return [.setIntroduction(groupID: groupID, trimmed.isEmpty ? nil : trimmed)]
  case .askForHelp(let groupID):
    state.message = state.words(.helpRequested)
    return [.requestHelp(groupID: groupID, text.isEmpty ? "help" : text)]
  case .timebox(let allGroups):
    let questions = state.session.questions.map(\.number)
    switch Timebox.request(text, questions: questions) {
    case .failure(let error):
      state.message = state.words(
        .timebox(
          error, firstQuestion: Question.roman(questions.first ?? 1), lastQuestion: Question.roman(questions.last ?? 1))
      )
      return []
    case .success(let request):
      let targets = allGroups ? state.session.groups : selectedFacilitateGroup(state).map { [$0] } ?? []
      let timers = targets.map {
        Timebox(groupID: $0.id, question: request.question, duration: request.seconds).started(at: state.now)
      }
      state.message = state.words(
        .timeboxStarted(
          question: Question.roman(request.question), duration: Timebox.spoken(request.seconds),
          groups: targets.map(\.name)))
      return [.saveTimers(timers)]
    }
  case .moveTo(let participantID):
    guard let group = state.session.group(matching: text) else {
      let choices = state.session.groups.map { state.session.reference(of: $0) }.joined(separator: ", ")
      state.message = state.words(.noSuchGroup(text: text, choices: choices))
      return []
    }
    guard let person = state.session.participant(participantID) else { return [] }
    return requestMove(person, to: group, &state)
  case .findNote:
    findNote(text, &state)
    return []
  case .rooms:
    let words = text.split(separator: " ", maxSplits: 1).map(String.init)
    guard let tool = words.first.flatMap({ VideoRooms.Tool(rawValue: $0.lowercased()) }) else {
      state.message = state.words(.roomsLabel)
      return []
    }
    let path = words.count > 1 ? words[1] : "rooms-\(tool.rawValue).\(tool == .zoom ? "csv" : "txt")"
    return [.writeRooms(VideoRooms(state.session, tool: tool), path: path)]
  case .newRound:
    let seats = state.session.participants.compactMap { person in person.groupID.map { (person.id, $0) } }
    state.message = state.words(.startingRound)
    return [.startRound(name: text.isEmpty ? nil : text, groupOf: Dictionary(uniqueKeysWithValues: seats))]
  case .moveNote(let noteID):
    let questions = state.session.questions.map(\.number)
    guard let question = Question.number(from: text), questions.contains(question) else {
      state.message = state.words(
        .moveNoteWhere(questions: questions.map { Question.roman($0) }.joined(separator: ", ")))
      return []
    }
    guard let note = state.session.notes.first(where: { $0.id == noteID }), note.questionNumber != question else {
      state.message = state.words(.noteAlreadyIn(question: Question.roman(question)))
      return []
    }
    state.message = state.words(.noteMoved(question: Question.roman(question)))
    return [.moveNote(noteID: noteID, question: question)]
  case .plenary:
    let words = text.split(separator: " ", maxSplits: 1).map(String.init)
    let sections: [(String, PlenaryItem.Section)] = [
      ("conclusion", .conclusions), ("recommendation", .recommendations), ("message", .keyMessages),
      ("key", .keyMessages), ("proceedings", .proceedings), ("next", .nextSteps),
      // The words the Spanish and French prompts offer.
      ("mensajes", .keyMessages), ("desarrollo", .proceedings), ("pasos", .nextSteps), ("déroulement", .proceedings),
      ("étapes", .nextSteps),
    ]
    guard words.count == 2, words[1].contains(where: { !$0.isWhitespace }),
      let section = sections.first(where: { words[0].lowercased().hasPrefix(String($0.0.prefix(3))) })?.1
    else {
      state.message = state.words(.plenaryHowTo)
      return []
    }
    state.message = state.words(section == .proceedings ? .addedToProceedings : .addedToSection(section))
    return [.addPlenaryItem(section, words[1])]
  case .export:
    let defaults = SummaryOptions(attribution: summaryAttribution(state))
    switch SummaryExport.parse(prompt.text, days: state.session.info.days, defaults: defaults) {
    case .failure(let error):
      state.message = state.words(.exportRequest(error))
      return []
    case .success(let export):
      guard state.session.notesOnlyOf == nil else {
        state.message = state.words(.stillReading)
        return []
      }
      state.message = state.words(.exporting(export.output ?? ""))
      return [.export(export, session: filteredSession(state))]
    }
  }
}
