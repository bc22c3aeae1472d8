import BreakoutCore

// What storage says, in words a facilitator understands. Stores report typed values; the sentences are made here,
// where they are shown, for the screen and the command line alike.

extension StorageFailure {
  /// The failure as a clause, for "Not saved: …" on the status line or an error line of a command.
  public var sentence: String {
    switch self {
    case .busy: "the session file is busy: another program is writing to it; try again"
    case .diskFull: "the disk is full; free some space and try again"
    case .readOnly(let reason): "this session can only be read here (\(reason))"
    case .refused(let refusal): refusal.sentence
    case .unreachable: "the session's server cannot be reached; try again once it answers"
    case .unexpected(let detail): "the session could not be saved or read (\(InertText.visible(detail)))"
    }
  }
}

extension StorageRefusal {
  public var sentence: String {
    switch self {
    case .themeShortNameInvalid: "a theme's short name is letters, digits and dashes, e.g. health-care"
    case .themeNeedsName: "the theme needs a name"
    case .themeTaken(let short): "there is already a theme called \(InertText.visible(short))"
    case .noTheme(let reference, let known):
      known.isEmpty
        ? "no theme called \"\(InertText.visible(reference))\""
        : "no theme called \"\(InertText.visible(reference))\"; the themes are \(known.joined(separator: ", "))"
    case .questionNeedsNumberAndText: "a question needs a number from 1 and a text"
    case .questionOutOfOrder(let count): "the session has \(count) questions; the next one is number \(count + 1)"
    case .noQuestion(let number): "the session has no question \(Question.roman(number))"
    case .onlyLastQuestionRemovable(let last): "only the last question (\(Question.roman(last))) can be removed"
    case .questionHasNotes(let number, let notes):
      "question \(Question.roman(number)) has \(notes) notes and cannot be removed"
    case .noWords: "give the words"
    case .noGroup: "there is no such group"
    case .noRound(let number, let rounds):
      "there is no round \(number); the session has \(rounds == 1 ? "one round" : "rounds 1 to \(rounds)")"
    case .roundNeedsGroups:
      "a round starts from the current round's groups, and there are none yet: `breakout groups set`"
    case .groupCountOutOfRange(let theme): "\(theme): give between 0 and 26 groups"
    case .capacityBelowOne: "a capacity must be at least 1"
    case .groupHasNotes(let name, let notes): "\(InertText.visible(name)) has \(notes) notes and cannot be removed"
    case .ruleNeedsTwoPeople: "a rule needs two different people"
    case .participantNeedsName: "a participant needs a name"
    case .participantGone: "that participant is no longer on the roster"
    case .emailTaken: "someone with that email is already on the roster"
    case .rosterUnreadable(let error): "cannot import the roster, nothing was imported: \(error.description)"
    case .emptyNote: "the note is empty"
    case .noNote(let id): "there is no note \(id)"
    case .emptyMessage: "the message is empty"
    case .emptyLine: "the line is empty"
    case .noDay(let day, let days): "the meeting has \(days) day\(days == 1 ? "" : "s"); there is no day \(day)"
    case .noPlenaryLine(let id): "there is no plenary line \(id)"
    case .noteImport(let refusal): refusal.sentence
    case .conflictsWithStored: "not saved: it conflicts with what is already in the session"
    case .notAllowed: "the server does not let this login make that change"
    case .noteNotSentYet: "the note has not reached the server yet; try again once it has"
    case .noSessionStored: "the session file has no session in it"
    case .unreadableTime(let value): "the session file has a time that cannot be read: \(InertText.visible(value))"
    }
  }
}

extension NoteImport.Refusal {
  public var sentence: String {
    switch self {
    case .unreadable(let reason): "cannot import the notes: \(reason)"
    case .missingColumn(let name): "cannot import the notes: the file has no \(name) column"
    case .fieldCount(let line, let fields, let header):
      "cannot import the notes: line \(line) has \(fields) fields, the header \(header)"
    case .noGroup(let line, let group):
      "cannot import the notes: line \(line): no group \"\(InertText.visible(group))\" here"
    case .noQuestion(let line, let question):
      "cannot import the notes: line \(line): no question \"\(InertText.visible(question))\""
    }
  }
}
