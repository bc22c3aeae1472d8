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
      state.message = "Nothing sent: the message was empty."
      return []
    }
    let group = groupID.flatMap { id in state.session.groups.first { $0.id == id } }
    state.message = group.map { "Message sent to \($0.name)." } ?? "Broadcast sent to every group."
    return [.broadcast(text, groupID: groupID)]
  case .introduction(let groupID):
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    state.message =
      trimmed.isEmpty
      ? "The group has no introduction now." : "Saved: the summary opens the group's section with it."
    return [.setIntroduction(groupID: groupID, trimmed.isEmpty ? nil : trimmed)]
  case .askForHelp(let groupID):
    state.message = "The facilitator has been asked for help; it shows on their screen until they see it."
    return [.requestHelp(groupID: groupID, text.isEmpty ? "help" : text)]
  case .timebox(let allGroups):
    let questions = state.session.questions.map(\.number)
    switch Timebox.request(text, questions: questions) {
    case .failure(let error):
      state.message = timeboxRefusal(error, questions: questions)
      return []
    case .success(let request):
      let targets = allGroups ? state.session.groups : selectedFacilitateGroup(state).map { [$0] } ?? []
      let timers = targets.map {
        Timebox(groupID: $0.id, question: request.question, duration: request.seconds).started(at: state.now)
      }
      let whom = targets.count == 1 ? targets[0].name : counted(targets.count, "group", "groups")
      state.message =
        "Timebox: question \(Question.roman(request.question)), \(Timebox.spoken(request.seconds)), \(whom)."
      return [.saveTimers(timers)]
    }
  case .moveTo(let participantID):
    guard let group = state.session.group(matching: text) else {
      let choices = state.session.groups.map { state.session.reference(of: $0) }.joined(separator: ", ")
      state.message = "No group \"\(text)\": write one of \(choices), or its number."
      return []
    }
    guard let person = state.session.participant(participantID) else { return [] }
    return requestMove(person, to: group, &state)
  case .findNote:
    findNote(text, &state)
    return []
  case .moveNote(let noteID):
    let questions = state.session.questions.map(\.number)
    guard let question = Question.number(from: text), questions.contains(question) else {
      state.message =
        "Write the question to move the note to: \(questions.map { Question.roman($0) }.joined(separator: ", "))."
      return []
    }
    guard let note = state.session.notes.first(where: { $0.id == noteID }), note.questionNumber != question else {
      state.message = "The note is already in question \(Question.roman(question))."
      return []
    }
    state.message = "Note moved to question \(Question.roman(question)); it keeps its history."
    return [.moveNote(noteID: noteID, question: question)]
  case .plenary:
    let words = text.split(separator: " ", maxSplits: 1).map(String.init)
    let sections: [(String, PlenaryItem.Section)] = [
      ("conclusion", .conclusions), ("recommendation", .recommendations), ("message", .keyMessages),
      ("key", .keyMessages), ("proceedings", .proceedings), ("next", .nextSteps),
    ]
    guard words.count == 2, words[1].contains(where: { !$0.isWhitespace }),
      let section = sections.first(where: { words[0].lowercased().hasPrefix(String($0.0.prefix(3))) })?.1
    else {
      state.message =
        "Start with the section (conclusions, recommendations, messages, proceedings, next), e.g. \"conclusions Collaboration is crucial.\""
      return []
    }
    state.message =
      section == .proceedings ? "Added to the proceedings of the day under way." : "Added to \(section.title)."
    return [.addPlenaryItem(section, words[1])]
  case .export:
    let defaults = SummaryOptions(attribution: summaryAttribution(state))
    switch SummaryExport.parse(prompt.text, days: state.session.info.days, defaults: defaults) {
    case .failure(let error):
      state.message = exportRefusal(error)
      return []
    case .success(let export):
      guard state.session.notesOnlyOf == nil else {
        state.message = "Still reading the other groups' notes; export again in a moment."
        return []
      }
      state.message = "Exporting \(export.output ?? "")..."
      return [.export(export, session: filteredSession(state))]
    }
  }
}

/// Why a typed export was not made, in words.
func exportRefusal(_ error: SummaryExport.RequestError) -> String {
  let formats = SummaryExport.Format.allCases.map(\.rawValue).joined(separator: ", ")
  switch error {
  case .noFormat(let word):
    return (word.isEmpty ? "" : "\"\(word)\" is not a format. ")
      + "Write the format (\(formats)) and the file, e.g. \"md summary.md\"."
  case .noFile: return "Write the file after the format, e.g. \"md summary.md\"."
  case .unknownOption(let option):
    return "\(option) is not an export option: use --attribution, --day, --all-notes, --trace or --merge-themes."
  case .badValue(let option, let value):
    return option == "--attribution"
      ? "--attribution \(value): use named, affiliation or none." : "\(option) \(value): give a number."
  case .dayOutOfRange(let day, let days): return "--day \(day): the meeting has \(counted(days, "day", "days"))."
  case .twoFiles(let first, let second):
    return "Two files (\(first) and \(second)): put a name with spaces in quotes."
  }
}

/// Why a typed timebox was not started, in words.
func timeboxRefusal(_ error: Timebox.RequestError, questions: [Int]) -> String {
  let range = "\(Question.roman(questions.first ?? 1))-\(Question.roman(questions.last ?? 1))"
  switch error {
  case .shape: return "Write the question and the minutes, e.g. \"ii 15\" or \"iii 2:30\"."
  case .noSuchQuestion(let text): return "There is no question \"\(text)\": the questions are \(range)."
  case .notPositive(let text): return "\"\(text)\" minutes: a timebox needs more than 0 minutes."
  case .tooLong(let text): return "\"\(text)\" minutes is more than ten hours: write the minutes, e.g. \"ii 15\"."
  }
}
