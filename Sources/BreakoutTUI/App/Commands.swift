/// One named command: its keys, what it does and where it applies. The same table drives key dispatch, the status
/// bar and `?` help, so the help can never disagree with the keys.
public struct Command: Equatable, Sendable {
  public enum Name: Equatable, Sendable {
    case quit, help, redraw, nextScreen, previousScreen
    case goToScreen(Screen)
    case down, up, top, bottom, pageDown, pageUp, left, right
    case filter, addParticipant, editParticipant, deleteParticipant
    case runAssignment, reshuffleAssignment, acceptAssignment, moveParticipant, undoMove, toggleLock, makeModerator,
      makeRapporteur
    case startTimebox, startTimeboxAll, pauseResume, pauseResumeAll, extend, extendAll, nextQuestion, broadcast,
      broadcastToGroup, acknowledgeHelp, askForHelp
    case nextAgendaItem, previousAgendaItem, openGroupNotes
    case previousNotesGroup, nextNotesGroup
    case newNote, editNote, deleteNote, toggleKeyPoint, previousQuestion, followingQuestion, findNote
    case export, addPlenaryLine, cycleAttribution
    case noteHistory, moveNote, toggleAttendance, closeHistory
    // The note editor's own keys.
    case saveNote, newLine, nextField, previousField, editorKeyPoint, closeEditor, toggleTag
    // Moving and deleting in any text field (editor, speaker, prompts, form, filter, search).
    case textMove, textDelete, textDeleteWord, textDeleteLine
    // The participant form, one-line prompts, questions that need y or n, help, an assignment preview.
    case saveForm, nextFormField, previousFormField, chooseFormValue, cancelForm
    case submitPrompt, cancelPrompt
    case confirmYes, confirmNo
    case closeHelp
    case discardAssignment
  }

  /// Where a command works: on screens (when nothing is open over them), or in what is open over them.
  public enum Scope: Equatable, Sendable {
    case everywhere
    case screen(Screen)
    case lists
    case editor, textFields, form, prompt, confirmation, help, preview, history

    /// The heading of this part of the help.
    var helpHeading: String? {
      switch self {
      case .editor: "While typing a note"
      case .textFields: "In any text field (note, speaker, prompt, form, filter, search)"
      case .form: "In the participant form"
      case .prompt: "In a one-line prompt"
      case .confirmation: "When asked to confirm"
      case .preview: "With an assignment previewed"
      case .help: "In this help"
      case .history: "In a note's history"
      case .everywhere, .screen, .lists: nil
      }
    }
  }

  public var name: Name
  public var keys: [Key]
  public var keyLabel: String
  public var summary: String
  public var scope: Scope
  /// The status bar's short label ("quit"); nil keeps the command out of the status bar.
  public var bar: String?

  public var inStatusBar: Bool { bar != nil }

  /// The status bar's short form: "q quit".
  public var hint: String { "\(keyLabel) \(bar ?? summary)" }

  init(_ name: Name, _ keys: [Key], _ keyLabel: String, _ summary: String, _ scope: Scope, bar: String? = nil) {
    self.name = name
    self.keys = keys
    self.keyLabel = keyLabel
    self.summary = summary
    self.scope = scope
    self.bar = bar
  }

  public static let all: [Command] = [
    Command(
      .quit, [.character("q"), .control("c")], "q", "quit (the draft is already saved)", .everywhere, bar: "quit"),
    Command(.help, [.character("?")], "?", "help: every key", .everywhere, bar: "help"),
    Command(.nextScreen, [.tab], "Tab", "next screen", .everywhere, bar: "screens"),
    Command(.previousScreen, [.backTab], "S-Tab", "previous screen", .everywhere),
    Command(.goToScreen(.roster), [.character("1")], "1", "Roster screen", .everywhere),
    Command(.goToScreen(.groups), [.character("2")], "2", "Groups screen", .everywhere),
    Command(.goToScreen(.facilitate), [.character("3")], "3", "Facilitate screen", .everywhere),
    Command(.goToScreen(.notes), [.character("4")], "4", "Notes screen", .everywhere),
    Command(.goToScreen(.summary), [.character("5")], "5", "Summary screen", .everywhere),
    Command(.redraw, [.control("l")], "C-l", "redraw the screen", .everywhere),
    Command(.down, [.down, .character("j")], "j/↓", "move down", .lists),
    Command(.up, [.up, .character("k")], "k/↑", "move up", .lists),
    Command(.top, [.character("g"), .home], "g", "go to the top", .lists),
    Command(.bottom, [.character("G"), .end], "G", "go to the bottom", .lists),
    Command(.pageDown, [.pageDown], "PgDn", "page down", .lists),
    Command(.pageUp, [.pageUp], "PgUp", "page up", .lists),
    Command(.addParticipant, [.character("n")], "n", "add a participant", .screen(.roster), bar: "add"),
    Command(
      .editParticipant, [.character("e"), .enter], "e", "edit the selected participant", .screen(.roster), bar: "edit"),
    Command(
      .deleteParticipant, [.character("d")], "d", "remove the selected participant (asks first)", .screen(.roster)),
    Command(
      .toggleAttendance, [.character("x")], "x", "mark the selected person absent (they leave their group) or arrived",
      .screen(.roster), bar: "absent/arrived"),
    Command(
      .filter, [.character("/")], "/", "filter the roster by name, organisation, country", .screen(.roster),
      bar: "filter"),
    Command(.left, [.left, .character("h")], "h/←", "previous group", .screen(.groups)),
    Command(.right, [.right, .character("l")], "l/→", "next group", .screen(.groups)),
    Command(
      .runAssignment, [.character("a")], "a", "assign: preview placing everyone without a group (nobody else moves)",
      .screen(.groups), bar: "assign"),
    Command(
      .reshuffleAssignment, [.character("A")], "A", "reshuffle: preview reassigning everyone who is not locked",
      .screen(.groups)),
    Command(
      .acceptAssignment, [.enter, .character("y")], "Enter", "accept the previewed assignment", .screen(.groups)),
    Command(
      .moveParticipant, [.character("m")], "m", "move the selected person to another group", .screen(.groups),
      bar: "move"
    ),
    Command(.undoMove, [.character("u")], "u", "undo the last move", .screen(.groups)),
    Command(
      .toggleLock, [.character("L")], "L", "lock/unlock the selected person in their group", .screen(.groups),
      bar: "lock"
    ),
    Command(.makeModerator, [.character("M")], "M", "make the selected person the group's moderator", .screen(.groups)),
    Command(
      .makeRapporteur, [.character("R")], "R", "make the selected person the group's rapporteur", .screen(.groups)),
    Command(
      .startTimebox, [.character("s")], "s", "start a timebox for the group, e.g. \"ii 15\"", .screen(.facilitate),
      bar: "timebox"),
    Command(
      .startTimeboxAll, [.character("S")], "S", "start a timebox for every group", .screen(.facilitate), bar: "all"),
    Command(.pauseResume, [.character("p")], "p", "pause/resume the group's clock", .screen(.facilitate), bar: "pause"),
    Command(.pauseResumeAll, [.character("P")], "P", "pause/resume every clock", .screen(.facilitate)),
    Command(
      .extend, [.character("+")], "+", "extend the group's clock by 5 minutes", .screen(.facilitate), bar: "5 more"),
    Command(.extendAll, [.character("E")], "E", "extend every running clock by 5 minutes", .screen(.facilitate)),
    Command(.nextQuestion, [.character("n")], "n", "move the group on to its next question", .screen(.facilitate)),
    Command(
      .broadcast, [.character("b")], "b", "broadcast a message to every rapporteur", .screen(.facilitate),
      bar: "broadcast"),
    Command(
      .broadcastToGroup, [.character("B")], "B", "send a message to the selected group's rapporteur only",
      .screen(.facilitate)),
    Command(
      .acknowledgeHelp, [.character("!")], "!", "acknowledge the selected group's call for help",
      .screen(.facilitate), bar: "seen"),
    Command(
      .openGroupNotes, [.enter], "Enter", "open the selected group's notes", .screen(.facilitate), bar: "notes"),
    Command(.nextAgendaItem, [.character(">")], ">", "the next agenda item is under way", .screen(.facilitate)),
    Command(.previousAgendaItem, [.character("<")], "<", "back to the previous agenda item", .screen(.facilitate)),
    Command(
      .newNote, [.character("a"), .enter], "a",
      "add a note to the current question (or reopen the one closed with Esc)",
      .screen(.notes), bar: "add"),
    Command(.previousNotesGroup, [.character("{")], "{", "previous group's notes", .screen(.notes)),
    Command(.nextNotesGroup, [.character("}")], "}", "next group's notes", .screen(.notes), bar: "group"),
    Command(
      .askForHelp, [.character("!")], "!", "ask the facilitator for help, in a few words", .screen(.notes),
      bar: "help me"),
    Command(.findNote, [.character("/")], "/", "find a note by its words or speaker", .screen(.notes)),
    Command(.editNote, [.character("e")], "e", "edit the selected note (history kept)", .screen(.notes), bar: "edit"),
    Command(
      .deleteNote, [.character("d")], "d", "delete the selected note (asks first)", .screen(.notes), bar: "delete"),
    Command(
      .noteHistory, [.character("H")], "H", "the selected note's history: who changed what, when", .screen(.notes)),
    Command(.moveNote, [.character("m")], "m", "move the selected note to another question", .screen(.notes)),
    Command(.toggleKeyPoint, [.character("K")], "K", "mark/unmark the selected note as a key point", .screen(.notes)),
    Command(.previousQuestion, [.left, .character("h"), .character("[")], "h/←", "previous question", .screen(.notes)),
    Command(
      .followingQuestion, [.right, .character("l"), .character("]")], "l/→", "next question", .screen(.notes),
      bar: "question"
    ),
    Command(.left, [.left, .character("h")], "h/←", "previous group (or all)", .screen(.summary)),
    Command(.right, [.right, .character("l")], "l/→", "next group (or all)", .screen(.summary), bar: "next group"),
    Command(
      .cycleAttribution, [.character("a")], "a", "attribution: named, by affiliation, or none (Chatham House Rule)",
      .screen(.summary), bar: "attribution"),
    Command(
      .addPlenaryLine, [.character("p")], "p",
      "add a plenary line: conclusions, recommendations, key messages, next steps",
      .screen(.summary), bar: "plenary"),
    Command(
      .export, [.character("e")], "e",
      "export to a file, e.g. \"md summary.md\" or \"docx day1.docx --day 1 --attribution none\"", .screen(.summary),
      bar: "export"),
    Command(.saveNote, [.enter], "Enter", "save the note", .editor, bar: "save"),
    Command(.newLine, [.lineFeed], "C-j", "new line", .editor, bar: "new line"),
    Command(.nextField, [.tab], "Tab", "next field: text, speaker, tags", .editor, bar: "field"),
    Command(.previousField, [.backTab], "S-Tab", "previous field", .editor),
    Command(.editorKeyPoint, [.control("k")], "C-k", "key point on/off", .editor, bar: "key point"),
    Command(.closeEditor, [.escape], "Esc", "close (the draft stays saved)", .editor, bar: "close"),
    Command(
      .toggleTag, [.character("c"), .character("p"), .character("r"), .character("o"), .character("q")],
      "c p r o q", "in tags: challenge, practice, recommendation, role, quote", .editor),
    Command(
      .textMove, [.left, .right, .home, .end, .control("a"), .control("e"), .control("b"), .control("f")],
      "←/→ Home End", "move by a character or to the line's start or end (also C-a, C-e)", .textFields),
    Command(
      .textDelete, [.backspace, .delete, .control("d")], "BS Del", "delete before or after the cursor",
      .textFields),
    Command(.textDeleteWord, [.control("w")], "C-w", "delete the word before the cursor", .textFields),
    Command(.textDeleteLine, [.control("u")], "C-u", "delete to the start of the line", .textFields),
    Command(.saveForm, [.enter], "Enter", "save the participant", .form, bar: "save"),
    Command(.nextFormField, [.tab, .down], "Tab/↓", "next field", .form, bar: "next field"),
    Command(.previousFormField, [.backTab, .up], "S-Tab/↑", "previous field", .form),
    Command(
      .chooseFormValue, [.left, .right, .character(" ")], "←/→", "choose a stakeholder type, role or consent",
      .form, bar: "choose"),
    Command(.cancelForm, [.escape], "Esc", "cancel: nothing changes", .form, bar: "cancel"),
    Command(.submitPrompt, [.enter], "Enter", "do it", .prompt, bar: "ok"),
    Command(.cancelPrompt, [.escape], "Esc", "cancel", .prompt, bar: "cancel"),
    Command(.confirmYes, [.character("y"), .character("Y")], "y", "yes, do it", .confirmation, bar: "yes"),
    Command(.confirmNo, [.character("n"), .escape], "n", "no: nothing changes", .confirmation, bar: "no"),
    Command(.down, [.down, .character("j")], "j/↓", "scroll down", .help),
    Command(.up, [.up, .character("k")], "k/↑", "scroll up", .help),
    Command(.pageDown, [.pageDown, .character(" ")], "PgDn", "page down", .help),
    Command(.pageUp, [.pageUp], "PgUp", "page up", .help),
    Command(.closeHelp, [.escape, .character("?"), .character("q")], "Esc", "close the help", .help, bar: "back"),
    Command(.down, [.down, .character("j")], "j/↓", "scroll down", .history),
    Command(.up, [.up, .character("k")], "k/↑", "scroll up", .history),
    Command(
      .closeHistory, [.escape, .character("H"), .character("q")], "Esc", "close the history", .history, bar: "back"),
    Command(
      .acceptAssignment, [.enter, .character("y")], "Enter", "accept the previewed assignment", .preview,
      bar: "accept"),
    Command(.discardAssignment, [.escape], "Esc", "discard the previewed assignment", .preview, bar: "discard"),
  ]

  public func applies(on screen: Screen) -> Bool {
    switch scope {
    case .everywhere: true
    case .lists: screen != .summary || [.down, .up, .top, .bottom, .pageDown, .pageUp].contains(name)
    case .screen(let only): only == screen
    case .editor, .textFields, .form, .prompt, .confirmation, .help, .preview, .history: false
    }
  }

  /// Whether this seat can ever use the command (a rapporteur never switches group); the help lists these, even
  /// when they cannot be used at this moment.
  public func isForSeat(of state: AppState) -> Bool {
    let facilitator = state.seat == .facilitator
    switch name {
    case .goToScreen(let screen): return state.screens.contains(screen)
    case .previousNotesGroup, .nextNotesGroup, .addPlenaryLine: return facilitator
    case .askForHelp: return !facilitator
    case .left, .right: return state.screen != .summary || facilitator
    default: return true
    }
  }

  /// Whether the command can do anything for this seat and state: a key that would only be refused is neither
  /// offered in the status bar nor run.
  public func isEnabled(in state: AppState) -> Bool { unavailableReason(in: state) == nil }

  /// Why the command cannot be used now, in words; nil when it can.
  public func unavailableReason(in state: AppState) -> String? {
    let facilitator = state.seat == .facilitator
    let noGroups = "There are no groups yet: set them up with breakout groups set."
    if let reason = state.readOnlyReason, changesTheSession {
      return "This session can only be read here (\(reason)): nothing can be changed."
    }
    switch name {
    case .goToScreen(let screen):
      return state.screens.contains(screen) ? nil : "A rapporteur has the Notes and Summary screens."
    case .previousNotesGroup, .nextNotesGroup:
      if !facilitator { return "A rapporteur's screen shows their own group only." }
      return state.session.groups.count > 1 ? nil : "There is only one group."
    case .addPlenaryLine:
      return facilitator ? nil : "The plenary is written by the facilitator."
    case .askForHelp:
      return facilitator ? "Rapporteurs ask for help with !; the facilitator sees it on the Facilitate screen." : nil
    case .acknowledgeHelp:
      let group = selectedFacilitateGroup(state)
      return group.map { id in state.session.helpRequests.contains { $0.groupID == id.id } } == true
        ? nil : "This group has not asked for help."
    case .broadcastToGroup:
      return state.session.groups.isEmpty ? noGroups : nil
    case .openGroupNotes, .startTimebox, .startTimeboxAll, .nextQuestion, .newNote:
      return state.session.groups.isEmpty ? noGroups : nil
    case .pauseResume, .extend:
      let hasClock = selectedFacilitateGroup(state).map { state.session.timers[$0.id] != nil } ?? false
      return hasClock ? nil : "This group has no clock yet: start one with s."
    case .pauseResumeAll:
      return state.session.timers.isEmpty ? "No clock yet: start one with s or S." : nil
    case .extendAll:
      return state.session.timers.values.contains { $0.isRunning }
        ? nil : "No clock is running; + gives the selected group five more minutes, paused or not."
    case .editNote, .deleteNote, .toggleKeyPoint, .noteHistory, .moveNote:
      return selectedNote(state) == nil ? "There is no note here to change: a adds one." : nil
    case .editParticipant, .deleteParticipant, .toggleAttendance:
      return selectedParticipant(state) == nil ? "Nobody is selected." : nil
    case .moveParticipant, .toggleLock, .makeModerator, .makeRapporteur:
      return selectedMember(state) == nil ? "Nobody is selected: j/k choose someone in the group." : nil
    case .undoMove:
      return state.lastMove == nil ? "No move to undo." : nil
    case .left, .right:
      return state.screen != .summary || facilitator ? nil : "A rapporteur's summary shows their own group only."
    default:
      return nil
    }
  }

  /// The command a key means on a screen: the screen's own first, then the general ones.
  public static func matching(_ key: Key, on screen: Screen) -> Command? {
    all.first { $0.keys.contains(key) && $0.scope == .screen(screen) }
      ?? all.first { $0.keys.contains(key) && $0.applies(on: screen) }
  }

  /// The command a key means in what is open over the screen (the editor, a form, a prompt ...).
  public static func matching(_ key: Key, in scope: Scope) -> Command? {
    all.first { $0.scope == scope && $0.keys.contains(key) }
  }

  /// Where the command works, as the README's keys table says it.
  public var place: String {
    switch scope {
    case .everywhere: "everywhere"
    case .lists: "lists"
    case .screen(let screen): screen.title
    case .editor: "note editor"
    case .textFields: "text fields"
    case .form: "participant form"
    case .prompt: "prompt"
    case .confirmation: "y/n question"
    case .help: "help"
    case .preview: "assignment preview"
    case .history: "note history"
    }
  }

  /// The README's keys table, made from this table.
  public static var markdownTable: String {
    (["| where | key | what it does |", "| --- | --- | --- |"]
      + all.map { "| \($0.place) | `\($0.keyLabel)` | \($0.summary) |" }).joined(separator: "\n")
  }

  /// Whether running the command writes to the session.
  public var changesTheSession: Bool {
    switch name {
    case .addParticipant, .editParticipant, .deleteParticipant, .acceptAssignment, .moveParticipant, .undoMove,
      .toggleLock, .makeModerator, .makeRapporteur, .startTimebox, .startTimeboxAll, .pauseResume, .pauseResumeAll,
      .extend, .extendAll, .nextQuestion, .broadcast, .broadcastToGroup, .acknowledgeHelp, .askForHelp,
      .nextAgendaItem, .previousAgendaItem, .newNote, .editNote,
      .deleteNote, .toggleKeyPoint, .addPlenaryLine, .moveNote, .toggleAttendance:
      true
    default:
      false
    }
  }

  /// Moving around without changing anything: allowed while an assignment preview is open.
  public var isNavigation: Bool {
    switch name {
    case .down, .up, .top, .bottom, .pageDown, .pageUp, .left, .right, .help, .redraw, .quit: true
    default: false
    }
  }

  /// The commands of one scope, in table order.
  public static func of(_ scope: Scope) -> [Command] { all.filter { $0.scope == scope } }
}
