import BreakoutCore
import Foundation

extension PlainSession {
  /// Takes in one typed line or one report from storage.
  public mutating func reduce(_ input: Input) -> [Output] {
    switch input {
    case .line(let line):
      // A line that changes the last note waits while that note's save is under way: it is about that note.
      if commitInFlight {
        waitingLines.append(line)
        return []
      }
      return run(line)
    case .action(let action):
      return take(action)
    }
  }

  private mutating func take(_ action: Action) -> [Output] {
    switch action {
    case .tick(let date):
      now = date
      return announceClocks()
    case .reloaded(let snapshot):
      let before = session
      session = snapshot
      return announceChanges(from: before)
    case .noteSaved(let commit):
      // The note as saved is known at once: a `speaker` typed right after it is about it, reload or not.
      if let index = session.notes.firstIndex(where: { $0.id == commit.note.id }) {
        session.notes[index] = commit.note
      } else {
        session.notes.append(commit.note)
      }
      lastNoteID = commit.note.id
      seenNotes.insert(commit.note.id)
      let group = session.groups.first { $0.id == commit.note.groupID }
      let said =
        sayWhenSaved.map { pending -> PlainText in
          switch pending {
          case .speakerSet(_, let name): return .speakerSet(note: commit.note.id, name: name)
          case .tagsSet(_, let tags): return .tagsSet(note: commit.note.id, tags: tags)
          case .keyPointSet(_, let on): return .keyPointSet(note: commit.note.id, on)
          default: return pending
          }
        }
        ?? .noteSaved(
          note: commit.note.id, group: group.map(name) ?? .init(number: 0, name: ""),
          question: Question.roman(commit.note.questionNumber))
      commitInFlight = false
      sayWhenSaved = nil
      var out: [Output] = [.say(words(said))]
      if commit.note.id < 0,
        said
          == .noteSaved(
            note: commit.note.id, group: group.map(name) ?? .init(number: 0, name: ""),
            question: Question.roman(commit.note.questionNumber)), let group
      {
        out = [.say(words(.noteWaiting(group: name(of: group), question: Question.roman(commit.note.questionNumber))))]
      }
      return out + drainWaiting()
    case .failed(let effect, let failure):
      if case .commitNote = effect {
        commitInFlight = false
        sayWhenSaved = nil
      }
      return [.say(words(UIText.notSaved(failure)))] + drainWaiting()
    case .exported(let path, let attribution, let findings):
      return [
        .say(
          words(
            UIText.exported(
              path: path, attribution: attribution, withheld: findings.filter { !$0.mentions.isEmpty }.map(\.noteID))))
      ]
    case .exportFailed(let path, let reason):
      return [.say(words(UIText.notExported(path: path, reason: reason)))]
    case .terminate:
      return [.quit]
    case .key, .resize, .draftRecovered, .draftsFound, .computed, .click, .wheel, .roomsWritten:
      return []
    }
  }

  private mutating func drainWaiting() -> [Output] {
    var out: [Output] = []
    while !commitInFlight, !waitingLines.isEmpty {
      out += run(waitingLines.removeFirst())
    }
    return out
  }

  // MARK: - Commands

  private mutating func run(_ line: String) -> [Output] {
    switch PlainCommand.parse(line) {
    case nil: return []
    case .failure(let unknown)?: return say(.unknownCommand(unknown.word))
    case .success(let command)?: return run(command)
    }
  }

  private func say(_ line: PlainText) -> [Output] { [.say(words(line))] }

  private mutating func run(_ command: PlainCommand) -> [Output] {
    let rest = command.rest
    switch command.kind {
    case .help:
      return say(.commandsHeading) + PlainCommand.Kind.allCases.map { .say(words(.commandHelp($0))) }
    case .quit:
      return [.say(words(.closing)), .quit]
    case .note:
      return addNote(rest)
    case .speaker:
      return setSpeaker(rest)
    case .key:
      guard let note = targetNote(rest) else { return say(noteProblem(rest)) }
      // Saved as the note's next version, in turn with the other changes typed: each follows the one before.
      return commit(
        edit(note) { $0.isKeyPoint.toggle() }, saying: .keyPointSet(note: note.id, !note.isKeyPoint))
    case .tag:
      return toggleTags(rest)
    case .notes:
      let number = rest.isEmpty ? question : Question.number(from: rest)
      guard let number, session.questions.contains(where: { $0.number == number }), let group else {
        return say(group == nil ? .noGroups : .noSuchQuestion(rest))
      }
      let notes = session.notes(of: group, question: number)
      guard !notes.isEmpty else { return say(.noNotes(question: Question.roman(number))) }
      return notes.map { note in
        .say(
          words(
            .noteLine(
              note: note.id, question: Question.roman(number), keyPoint: note.isKeyPoint, text: note.text,
              speaker: session.participant(note.speakerID)?.name, tags: note.tags.sorted())))
      }
    case .edit:
      let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
      guard parts.count == 2, let id = Int64(parts[0]) else { return say(.needsText(.edit)) }
      guard let note = noteInGroup(id) else { return say(.noSuchNote(id)) }
      return commit(edit(note) { $0.text = parts[1] }, saying: nil)
    case .delete:
      guard let id = Int64(rest), let note = noteInGroup(id) else { return say(.noSuchNote(Int64(rest) ?? 0)) }
      if lastNoteID == note.id { lastNoteID = nil }
      return [.effect(.deleteNote(note.id)), .say(words(.noteDeleted(note.id)))]
    case .question:
      guard !rest.isEmpty else {
        guard let current = session.questions.first(where: { $0.number == question }) else { return say(.noGroups) }
        return say(.questionLine(label: current.label, text: current.text))
      }
      if ["auto", "current", "actual", "actuelle"].contains(LooseText.normalised(rest)) {
        chosenQuestion = nil
        return say(.notesFollowTheGroup(question: Question.roman(question)))
      }
      guard let number = Question.number(from: rest),
        let chosen = session.questions.first(where: { $0.number == number })
      else { return say(.noSuchQuestion(rest)) }
      chosenQuestion = number
      return say(.notesGoTo(question: chosen.label)) + say(.questionLine(label: chosen.label, text: chosen.text))
    case .clock:
      let groups = rest.isEmpty ? (seat == .facilitator ? session.groups : followedGroups) : []
      let chosen = rest.isEmpty ? groups : session.group(matching: rest).map { [$0] } ?? []
      guard !chosen.isEmpty else { return say(rest.isEmpty ? .noGroups : .noSuchGroupPlain(rest)) }
      return chosen.map { group in
        .say(
          words(
            .clockLine(
              group: name(of: group), question: Question.roman(session.currentQuestion(of: group)),
              clock: reading(session.timers[group.id]))))
      }
    case .groups:
      guard !session.groups.isEmpty else { return say(.noGroups) }
      let round = session.rounds.first(where: \.isCurrent)
      let roundLine =
        session.rounds.count > 1
        ? say(.roundLine(number: session.currentRound, name: round?.name, of: session.rounds.count)) : []
      return roundLine
        + session.groups.map { group in
          let notes = session.questions.flatMap { session.notes(of: group, question: $0.number) }
          return .say(
            words(
              .groupLine(
                group: name(of: group), question: Question.roman(session.currentQuestion(of: group)),
                clock: reading(session.timers[group.id]), notes: notes.count,
                keyPoints: notes.filter(\.isKeyPoint).count)))
        }
    case .group:
      guard seat == .facilitator else { return say(.facilitatorOnly) }
      guard let chosen = session.group(matching: rest) else { return say(.noSuchGroupPlain(rest)) }
      groupID = chosen.id
      chosenQuestion = nil
      lastNoteID = nil
      return say(.groupChosen(name(of: chosen)))
    case .ask:
      guard case .rapporteur(let id) = seat else { return say(.rapporteurOnly) }
      return [.effect(.requestHelp(groupID: id, rest.isEmpty ? "help" : rest)), .say(words(UIText.helpRequested))]
    case .broadcast:
      guard seat == .facilitator else { return say(.facilitatorOnly) }
      guard !rest.isEmpty else { return say(.needsText(.broadcast)) }
      return [.effect(.broadcast(rest, groupID: nil)), .say(words(UIText.messageSent(group: nil)))]
    case .timebox:
      guard seat == .facilitator else { return say(.facilitatorOnly) }
      let first = LooseText.normalised(String(rest.prefix { !$0.isWhitespace }))
      let all = ["all", "todos", "tous"].contains(first)
      let request = all ? rest.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces) : rest
      let numbers = session.questions.map(\.number)
      switch Timebox.request(request, questions: numbers) {
      case .failure(let error):
        return say(
          .notSent(
            words(
              UIText.timebox(
                error, firstQuestion: Question.roman(numbers.first ?? 1),
                lastQuestion: Question.roman(numbers.last ?? 1)))))
      case .success(let chosen):
        let targets = all ? session.groups : group.map { [$0] } ?? []
        guard !targets.isEmpty else { return say(.noGroups) }
        let timers = targets.map {
          Timebox(groupID: $0.id, question: chosen.question, duration: chosen.seconds).started(at: now)
        }
        return [
          .effect(.saveTimers(timers)),
          .say(
            words(
              UIText.timeboxStarted(
                question: Question.roman(chosen.question), duration: Timebox.spoken(chosen.seconds),
                groups: targets.map(\.name)))),
        ]
      }
    case .next:
      guard seat == .facilitator else { return say(.facilitatorOnly) }
      guard let group else { return say(.noGroups) }
      let next = min(session.currentQuestion(of: group) + 1, session.questions.count)
      let duration = session.timers[group.id]?.duration ?? 900
      return [.effect(.saveTimers([Timebox(groupID: group.id, question: next, duration: duration)]))]
    case .summary:
      guard let group else { return say(.noGroups) }
      var only = session
      only.groups = session.groups.filter { $0.id == group.id }
      only.notes = session.notes.filter { $0.groupID == group.id }
      let document = SummaryDocument.compile(only, generatedAt: now)
      return TextSummary.lines(document, width: 80).map { .say($0) }
    case .export:
      switch SummaryExport.parse(rest, days: session.info.days) {
      case .failure(let error): return say(.notSent(words(UIText.exportRequest(error))))
      case .success(let export):
        var only = session
        if seat != .facilitator, let group {
          only.groups = session.groups.filter { $0.id == group.id }
          only.notes = session.notes.filter { $0.groupID == group.id }
        }
        return [.effect(.export(export, session: only)), .say(words(UIText.exporting(export.output ?? "")))]
      }
    }
  }

  private mutating func addNote(_ rest: String) -> [Output] {
    guard let group else { return say(.noGroups) }
    // "note ii Banks fear …": a question first is where the note goes; otherwise the current question.
    let first = String(rest.prefix { !$0.isWhitespace })
    var target = question
    var text = rest
    if let number = Question.number(from: first), session.questions.contains(where: { $0.number == number }),
      first.count <= 4, rest.count > first.count
    {
      target = number
      text = rest.dropFirst(first.count).trimmingCharacters(in: .whitespaces)
    }
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return say(.needsText(.note)) }
    let draft = Draft(owner: owner, groupID: group.id, question: target, text: text, updatedAt: now)
    return commit(draft, saying: nil)
  }

  private mutating func setSpeaker(_ rest: String) -> [Output] {
    guard let note = lastNote else { return say(.noLastNote) }
    if rest.isEmpty || rest == "-" {
      return commit(edit(note) { $0.speakerID = nil }, saying: .speakerSet(note: note.id, name: nil))
    }
    let key = LooseText.normalised(rest)
    let exact = session.participants.filter { LooseText.normalised($0.name) == key }
    let matches =
      exact.isEmpty ? session.participants.filter { LooseText.normalised($0.name).contains(key) } : exact
    guard matches.count == 1, let person = matches.first else {
      return say(
        matches.isEmpty ? .speakerUnknown(rest) : .speakerAmbiguous(rest, names: matches.prefix(5).map(\.name)))
    }
    return commit(edit(note) { $0.speakerID = person.id }, saying: .speakerSet(note: note.id, name: person.name))
  }

  private mutating func toggleTags(_ rest: String) -> [Output] {
    guard let note = lastNote else { return say(.noLastNote) }
    var tags = note.tags
    for word in rest.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init) {
      let named = NoteTag.allCases.first { tag in
        SessionLanguage.allCases.contains {
          LooseText.normalised(InterfaceWords($0)(UIText.tagName(tag))) == LooseText.normalised(word)
        }
      }
      guard let tag = named ?? NoteTag.loosely(word) else { return say(.unknownTag(word)) }
      if tags.contains(tag) { tags.remove(tag) } else { tags.insert(tag) }
    }
    let sorted = tags.sorted()
    return commit(edit(note) { $0.tags = tags }, saying: .tagsSet(note: note.id, tags: sorted))
  }

  private var lastNote: Note? { lastNoteID.flatMap(noteInGroup) }

  private func noteInGroup(_ id: Int64) -> Note? {
    session.notes.first { $0.id == id && !$0.isDeleted && (seat == .facilitator || $0.groupID == groupID) }
  }

  /// `key` alone is the last note; `key 12` is note 12.
  private func targetNote(_ rest: String) -> Note? {
    rest.isEmpty ? lastNote : Int64(rest).flatMap(noteInGroup)
  }

  private func noteProblem(_ rest: String) -> PlainText {
    rest.isEmpty ? .noLastNote : .noSuchNote(Int64(rest) ?? 0)
  }

  /// An edit of a saved note, made from its newest version.
  private func edit(_ note: Note, _ change: (inout Draft) -> Void) -> Draft {
    var draft = Draft(
      owner: owner, groupID: note.groupID, question: note.questionNumber, text: note.text, speakerID: note.speakerID,
      tags: note.tags, isKeyPoint: note.isKeyPoint, editingNoteID: note.id, baseRevision: note.current.revision,
      updatedAt: now)
    change(&draft)
    return draft
  }

  private mutating func commit(_ draft: Draft, saying line: PlainText?) -> [Output] {
    commitInFlight = true
    sayWhenSaved = line
    return [.effect(.commitNote(draft))]
  }
}
