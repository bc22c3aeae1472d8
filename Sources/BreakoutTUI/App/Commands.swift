/// One named command: its keys, what it does and where it applies. The same table drives key dispatch, the status
/// bar and `?` help, so the help can never disagree with the keys.
public struct Command: Equatable, Sendable {
  /// What a key asks for, by where it works: a command added to a screen or a modal without a reducer case there
  /// does not compile.
  public enum Name: Equatable, Sendable {
    case app(App)
    case move(Move)
    case roster(Roster)
    case groups(Groups)
    case facilitate(Facilitate)
    case notes(Notes)
    case summary(Summary)
    case editor(Editor)
    case text(Text)
    case form(Form)
    case prompt(Prompt)
    case confirmation(Confirmation)
    case help(Help)
    case history(History)
    case refused(Refused)
    case preview(Preview)
  }

  public enum App: Equatable, Sendable {
    case quit, help, redraw, nextScreen, previousScreen, refusedNotes
    case goToScreen(Screen)
  }
  public enum Move: Equatable, Sendable { case down, up, top, bottom, pageDown, pageUp }
  public enum Roster: Equatable, Sendable { case filter, add, edit, remove, toggleAttendance }
  public enum Groups: Equatable, Sendable {
    case previousGroup, nextGroup, previousRound, nextRound, newRound, assign, reshuffle, move, undoMove, toggleLock
    case makeModerator, makeRapporteur, rooms
  }
  public enum Facilitate: Equatable, Sendable {
    case startTimebox, startTimeboxAll, pauseResume, pauseResumeAll, extend, extendAll, nextQuestion
    case broadcast, broadcastToGroup, acknowledgeHelp, openGroupNotes, nextAgendaItem, previousAgendaItem
  }
  public enum Notes: Equatable, Sendable {
    case newNote, previousGroup, nextGroup, askForHelp, find, edit, delete, history, moveToQuestion, toggleKeyPoint
    case previousQuestion, nextQuestion, introduction
  }
  public enum Summary: Equatable, Sendable { case previousGroup, nextGroup, cycleAttribution, addPlenaryLine, export }
  public enum Editor: Equatable, Sendable { case save, newLine, nextField, previousField, keyPoint, close, toggleTag }
  /// Moving and deleting in any text field (editor, speaker, prompts, form, filter, search).
  public enum Text: Equatable, Sendable { case move, delete, deleteWord, deleteLine }
  public enum Form: Equatable, Sendable { case save, nextField, previousField, choose, cancel }
  public enum Prompt: Equatable, Sendable { case submit, cancel }
  public enum Confirmation: Equatable, Sendable { case yes, no }
  public enum Help: Equatable, Sendable { case close }
  public enum History: Equatable, Sendable { case close }
  public enum Refused: Equatable, Sendable { case close }
  public enum Preview: Equatable, Sendable { case accept, discard }

  /// Where a command works: on screens (when nothing is open over them), or in what is open over them.
  public enum Scope: Equatable, Sendable {
    case everywhere
    case screen(Screen)
    case lists
    case editor, textFields, form, prompt, confirmation, help, preview, history, refused

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
      .app(.quit), [.character("q"), .control("c")], "q", "quit (the draft is already saved)", .everywhere, bar: "quit"),
    Command(.app(.help), [.character("?")], "?", "help: every key", .everywhere, bar: "help"),
    Command(.app(.nextScreen), [.tab], "Tab", "next screen", .everywhere, bar: "screens"),
    Command(.app(.previousScreen), [.backTab], "S-Tab", "previous screen", .everywhere),
    Command(.app(.goToScreen(.roster)), [.character("1")], "1", "Roster screen", .everywhere),
    Command(.app(.goToScreen(.groups)), [.character("2")], "2", "Groups screen", .everywhere),
    Command(.app(.goToScreen(.facilitate)), [.character("3")], "3", "Facilitate screen", .everywhere),
    Command(.app(.goToScreen(.notes)), [.character("4")], "4", "Notes screen", .everywhere),
    Command(.app(.goToScreen(.summary)), [.character("5")], "5", "Summary screen", .everywhere),
    Command(.app(.redraw), [.control("l")], "C-l", "redraw the screen", .everywhere),
    Command(
      .app(.refusedNotes), [.character("W")], "W", "notes a server refused, and why",
      .everywhere),
    Command(.move(.down), [.down, .character("j")], "j/↓", "move down", .lists),
    Command(.move(.up), [.up, .character("k")], "k/↑", "move up", .lists),
    Command(.move(.top), [.character("g"), .home], "g", "go to the top", .lists),
    Command(.move(.bottom), [.character("G"), .end], "G", "go to the bottom", .lists),
    Command(.move(.pageDown), [.pageDown], "PgDn", "page down", .lists),
    Command(.move(.pageUp), [.pageUp], "PgUp", "page up", .lists),
    Command(.roster(.add), [.character("n")], "n", "add a participant", .screen(.roster), bar: "add"),
    Command(
      .roster(.edit), [.character("e"), .enter], "e", "edit the selected participant", .screen(.roster), bar: "edit"),
    Command(
      .roster(.remove), [.character("d")], "d", "remove the selected participant (asks first)", .screen(.roster)),
    Command(
      .roster(.toggleAttendance), [.character("x")], "x",
      "mark the selected person absent (they leave their group) or arrived",
      .screen(.roster), bar: "absent/arrived"),
    Command(
      .roster(.filter), [.character("/")], "/", "filter the roster by name, organisation, country", .screen(.roster),
      bar: "filter"),
    Command(.groups(.previousGroup), [.left, .character("h")], "h/←", "previous group", .screen(.groups)),
    Command(.groups(.nextGroup), [.right, .character("l")], "l/→", "next group", .screen(.groups)),
    Command(
      .groups(.previousRound), [.character("[")], "[", "show the previous round's groups (as they were: read only)",
      .screen(.groups)),
    Command(
      .groups(.nextRound), [.character("]")], "]", "show the next round's groups", .screen(.groups), bar: "rounds"),
    Command(
      .groups(.newRound), [.character("N")], "N",
      "start a new round with these groups (then A regroups to meet new people)", .screen(.groups)),
    Command(
      .groups(.rooms), [.character("Z")], "Z", "write the rooms for the video tool: zoom or teams, and a file",
      .screen(.groups)),
    Command(
      .groups(.assign), [.character("a")], "a", "assign: preview placing everyone without a group (nobody else moves)",
      .screen(.groups), bar: "assign"),
    Command(
      .groups(.reshuffle), [.character("A")], "A", "reshuffle: preview reassigning everyone who is not locked",
      .screen(.groups)),
    Command(
      .groups(.move), [.character("m")], "m", "move the selected person to another group", .screen(.groups),
      bar: "move"
    ),
    Command(.groups(.undoMove), [.character("u")], "u", "undo the last move", .screen(.groups)),
    Command(
      .groups(.toggleLock), [.character("L")], "L", "lock/unlock the selected person in their group", .screen(.groups),
      bar: "lock"
    ),
    Command(
      .groups(.makeModerator), [.character("M")], "M", "make the selected person the group's moderator",
      .screen(.groups)),
    Command(
      .groups(.makeRapporteur), [.character("R")], "R", "make the selected person the group's rapporteur",
      .screen(.groups)),
    Command(
      .facilitate(.startTimebox), [.character("s")], "s", "start a timebox for the group, e.g. \"ii 15\"",
      .screen(.facilitate),
      bar: "timebox"),
    Command(
      .facilitate(.startTimeboxAll), [.character("S")], "S", "start a timebox for every group", .screen(.facilitate),
      bar: "all"),
    Command(
      .facilitate(.pauseResume), [.character("p")], "p", "pause/resume the group's clock", .screen(.facilitate),
      bar: "pause"),
    Command(.facilitate(.pauseResumeAll), [.character("P")], "P", "pause/resume every clock", .screen(.facilitate)),
    Command(
      .facilitate(.extend), [.character("+")], "+", "extend the group's clock by 5 minutes", .screen(.facilitate),
      bar: "5 more"),
    Command(
      .facilitate(.extendAll), [.character("E")], "E", "extend every running clock by 5 minutes", .screen(.facilitate)),
    Command(
      .facilitate(.nextQuestion), [.character("n")], "n", "move the group on to its next question", .screen(.facilitate)
    ),
    Command(
      .facilitate(.broadcast), [.character("b")], "b", "broadcast a message to every rapporteur", .screen(.facilitate),
      bar: "broadcast"),
    Command(
      .facilitate(.broadcastToGroup), [.character("B")], "B", "send a message to the selected group's rapporteur only",
      .screen(.facilitate)),
    Command(
      .facilitate(.acknowledgeHelp), [.character("!")], "!", "acknowledge the selected group's call for help",
      .screen(.facilitate), bar: "seen"),
    Command(
      .facilitate(.openGroupNotes), [.enter], "Enter", "open the selected group's notes", .screen(.facilitate),
      bar: "notes"),
    Command(
      .facilitate(.nextAgendaItem), [.character(">")], ">", "the next agenda item is under way", .screen(.facilitate)),
    Command(
      .facilitate(.previousAgendaItem), [.character("<")], "<", "back to the previous agenda item", .screen(.facilitate)
    ),
    Command(
      .notes(.newNote), [.character("a"), .enter], "a",
      "add a note to the current question (or reopen the one closed with Esc)",
      .screen(.notes), bar: "add"),
    Command(.notes(.previousGroup), [.character("{")], "{", "previous group's notes", .screen(.notes)),
    Command(.notes(.nextGroup), [.character("}")], "}", "next group's notes", .screen(.notes), bar: "group"),
    Command(
      .notes(.askForHelp), [.character("!")], "!", "ask the facilitator for help, in a few words", .screen(.notes),
      bar: "help me"),
    Command(.notes(.find), [.character("/")], "/", "find a note by its words or speaker", .screen(.notes)),
    Command(
      .notes(.edit), [.character("e")], "e", "edit the selected note (history kept)", .screen(.notes), bar: "edit"),
    Command(
      .notes(.delete), [.character("d")], "d", "delete the selected note (asks first)", .screen(.notes), bar: "delete"),
    Command(
      .notes(.history), [.character("H")], "H", "the selected note's history: who changed what, when", .screen(.notes)),
    Command(
      .notes(.moveToQuestion), [.character("m")], "m", "move the selected note to another question", .screen(.notes)),
    Command(
      .notes(.toggleKeyPoint), [.character("K")], "K", "mark/unmark the selected note as a key point", .screen(.notes)),
    Command(
      .notes(.introduction), [.character("I")], "I",
      "how the group's session began (\"The session began with a presentation from ...\"), for the summary",
      .screen(.notes)),
    Command(
      .notes(.previousQuestion), [.left, .character("h"), .character("[")], "h/←", "previous question", .screen(.notes)),
    Command(
      .notes(.nextQuestion), [.right, .character("l"), .character("]")], "l/→", "next question", .screen(.notes),
      bar: "question"
    ),
    Command(.summary(.previousGroup), [.left, .character("h")], "h/←", "previous group (or all)", .screen(.summary)),
    Command(
      .summary(.nextGroup), [.right, .character("l")], "l/→", "next group (or all)", .screen(.summary),
      bar: "next group"),
    Command(
      .summary(.cycleAttribution), [.character("a")], "a",
      "attribution: named, by affiliation, or none (Chatham House Rule)",
      .screen(.summary), bar: "attribution"),
    Command(
      .summary(.addPlenaryLine), [.character("p")], "p",
      "add a plenary line: conclusions, recommendations, key messages, next steps",
      .screen(.summary), bar: "plenary"),
    Command(
      .summary(.export), [.character("e")], "e",
      "export to a file, e.g. \"md summary.md\" or \"docx day1.docx --day 1 --attribution none\"", .screen(.summary),
      bar: "export"),
    Command(.editor(.save), [.enter], "Enter", "save the note", .editor, bar: "save"),
    Command(.editor(.newLine), [.lineFeed], "C-j", "new line", .editor, bar: "new line"),
    Command(.editor(.nextField), [.tab], "Tab", "next field: text, speaker, tags", .editor, bar: "field"),
    Command(.editor(.previousField), [.backTab], "S-Tab", "previous field", .editor),
    Command(.editor(.keyPoint), [.control("k")], "C-k", "key point on/off", .editor, bar: "key point"),
    Command(.editor(.close), [.escape], "Esc", "close (the draft stays saved)", .editor, bar: "close"),
    Command(
      .editor(.toggleTag), [.character("c"), .character("p"), .character("r"), .character("o"), .character("q")],
      "c p r o q", "in tags: challenge, practice, recommendation, role, quote", .editor),
    Command(
      .text(.move), [.left, .right, .home, .end, .control("a"), .control("e"), .control("b"), .control("f")],
      "←/→ Home End", "move by a character or to the line's start or end (also C-a, C-e)", .textFields),
    Command(
      .text(.delete), [.backspace, .delete, .control("d")], "BS Del", "delete before or after the cursor",
      .textFields),
    Command(.text(.deleteWord), [.control("w")], "C-w", "delete the word before the cursor", .textFields),
    Command(.text(.deleteLine), [.control("u")], "C-u", "delete to the start of the line", .textFields),
    Command(.form(.save), [.enter], "Enter", "save the participant", .form, bar: "save"),
    Command(.form(.nextField), [.tab, .down], "Tab/↓", "next field", .form, bar: "next field"),
    Command(.form(.previousField), [.backTab, .up], "S-Tab/↑", "previous field", .form),
    Command(
      .form(.choose), [.left, .right, .character(" ")], "←/→", "choose a stakeholder type, role or consent",
      .form, bar: "choose"),
    Command(.form(.cancel), [.escape], "Esc", "cancel: nothing changes", .form, bar: "cancel"),
    Command(.prompt(.submit), [.enter], "Enter", "do it", .prompt, bar: "ok"),
    Command(.prompt(.cancel), [.escape], "Esc", "cancel", .prompt, bar: "cancel"),
    Command(.confirmation(.yes), [.character("y"), .character("Y")], "y", "yes, do it", .confirmation, bar: "yes"),
    Command(.confirmation(.no), [.character("n"), .escape], "n", "no: nothing changes", .confirmation, bar: "no"),
    Command(.move(.down), [.down, .character("j")], "j/↓", "scroll down", .help),
    Command(.move(.up), [.up, .character("k")], "k/↑", "scroll up", .help),
    Command(.move(.pageDown), [.pageDown, .character(" ")], "PgDn", "page down", .help),
    Command(.move(.pageUp), [.pageUp], "PgUp", "page up", .help),
    Command(.help(.close), [.escape, .character("?"), .character("q")], "Esc", "close the help", .help, bar: "back"),
    Command(.move(.down), [.down, .character("j")], "j/↓", "scroll down", .history),
    Command(.move(.up), [.up, .character("k")], "k/↑", "scroll up", .history),
    Command(
      .history(.close), [.escape, .character("H"), .character("q")], "Esc", "close the history", .history, bar: "back"),
    Command(.move(.down), [.down, .character("j")], "j/↓", "scroll down", .refused),
    Command(.move(.up), [.up, .character("k")], "k/↑", "scroll up", .refused),
    Command(
      .refused(.close), [.escape, .character("W"), .character("q")], "Esc", "close the refused notes", .refused,
      bar: "back"),
    Command(
      .preview(.accept), [.enter, .character("y")], "Enter", "accept the previewed assignment", .preview,
      bar: "accept"),
    Command(.preview(.discard), [.escape], "Esc", "discard the previewed assignment", .preview, bar: "discard"),
  ]

  public func applies(on screen: Screen) -> Bool {
    switch scope {
    case .everywhere: true
    case .lists: true
    case .screen(let only): only == screen
    case .editor, .textFields, .form, .prompt, .confirmation, .help, .preview, .history, .refused: false
    }
  }

  /// Whether this seat can ever use the command (a rapporteur never switches group); the help lists these, even
  /// when they cannot be used at this moment.
  public func isForSeat(of state: AppState) -> Bool {
    let facilitator = state.seat == .facilitator
    switch name {
    case .app(.goToScreen(let screen)): return state.screens.contains(screen)
    case .notes(.previousGroup), .notes(.nextGroup), .summary(.addPlenaryLine), .summary(.previousGroup),
      .summary(.nextGroup):
      return facilitator
    case .notes(.askForHelp): return !facilitator
    default: return true
    }
  }

  /// Whether the command can do anything for this seat and state: a key that would only be refused is neither
  /// offered in the status bar nor run.
  public func isEnabled(in state: AppState) -> Bool { unavailableReason(in: state) == nil }

  /// Why the command cannot be used now; nil when it can.
  public func unavailableReason(in state: AppState) -> UIText? {
    let facilitator = state.seat == .facilitator
    let noGroups = UIText.noGroupsSetUp
    if let reason = state.readOnlyReason, changesTheSession { return .readOnlySession(reason) }
    if let round = state.pastRoundShown, state.screen == .groups, changesTheSession {
      return .pastRoundReadOnly(number: round, current: state.session.currentRound)
    }
    switch name {
    case .groups(.previousRound), .groups(.nextRound):
      return state.session.rounds.count > 1 ? nil : .oneRound
    case .groups(.newRound):
      if !facilitator { return .facilitatorOnlyRounds }
      return state.session.groups.isEmpty ? noGroups : nil
    case .groups(.rooms):
      return state.session.groups.isEmpty ? noGroups : nil
    case .app(.goToScreen(let screen)):
      return state.screens.contains(screen) ? nil : .rapporteurScreens
    case .app(.refusedNotes):
      return (state.session.link?.refused ?? 0) > 0 ? nil : .noRefusedNotes
    case .notes(.previousGroup), .notes(.nextGroup):
      if !facilitator { return .rapporteurOwnGroup }
      return state.session.groups.count > 1 ? nil : .onlyOneGroup
    case .summary(.addPlenaryLine):
      return facilitator ? nil : .plenaryIsFacilitators
    case .summary(.previousGroup), .summary(.nextGroup):
      return facilitator ? nil : .rapporteurOwnSummary
    case .notes(.askForHelp):
      return facilitator ? .facilitatorSeesHelp : nil
    case .facilitate(.acknowledgeHelp):
      let group = selectedFacilitateGroup(state)
      return group.map { id in state.session.helpRequests.contains { $0.groupID == id.id } } == true
        ? nil : .noHelpAsked
    case .facilitate(.broadcastToGroup), .facilitate(.openGroupNotes), .facilitate(.startTimebox),
      .facilitate(.startTimeboxAll), .facilitate(.nextQuestion), .notes(.newNote), .groups(.previousGroup),
      .groups(.nextGroup):
      return state.session.groups.isEmpty ? noGroups : nil
    case .facilitate(.pauseResume), .facilitate(.extend):
      let hasClock = selectedFacilitateGroup(state).map { state.session.timers[$0.id] != nil } ?? false
      return hasClock ? nil : .noClockForGroup
    case .facilitate(.pauseResumeAll):
      return state.session.timers.isEmpty ? .noClockYet : nil
    case .facilitate(.extendAll):
      return state.session.timers.values.contains { $0.isRunning }
        ? nil : .noClockRunning
    case .notes(.introduction):
      return state.notesGroup == nil ? noGroups : nil
    case .notes(.edit), .notes(.delete), .notes(.toggleKeyPoint), .notes(.history), .notes(.moveToQuestion):
      return selectedNote(state) == nil ? .noNoteToChange : nil
    case .roster(.edit), .roster(.remove), .roster(.toggleAttendance):
      return selectedParticipant(state) == nil ? .nobodySelected : nil
    case .groups(.move), .groups(.toggleLock), .groups(.makeModerator), .groups(.makeRapporteur):
      return selectedMember(state) == nil ? .nobodySelectedInGroup : nil
    case .groups(.undoMove):
      return state.lastMove == nil ? .noMoveToUndo : nil
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
    case .refused: "refused notes"
    }
  }

  /// The README's keys table, made from this table.
  public static var markdownTable: String {
    (["| where | key | what it does |", "| --- | --- | --- |"]
      + all.map { "| \($0.place) | `\($0.keyLabel)` | \($0.summary) |" }).joined(separator: "\n")
  }

  /// Whether running the command writes to the session (or opens what will: the editor, the form, a move).
  public var changesTheSession: Bool {
    switch name {
    case .app, .move, .text, .editor, .form, .prompt, .confirmation, .help, .history, .refused: false
    case .preview(let command):
      switch command {
      case .accept: true
      case .discard: false
      }
    case .roster(let command):
      switch command {
      case .filter: false
      case .add, .edit, .remove, .toggleAttendance: true
      }
    case .groups(let command):
      switch command {
      case .previousGroup, .nextGroup, .previousRound, .nextRound, .rooms: false
      case .newRound, .assign, .reshuffle, .move, .undoMove, .toggleLock, .makeModerator, .makeRapporteur: true
      }
    case .facilitate(let command):
      switch command {
      case .openGroupNotes: false
      case .startTimebox, .startTimeboxAll, .pauseResume, .pauseResumeAll, .extend, .extendAll, .nextQuestion,
        .broadcast, .broadcastToGroup, .acknowledgeHelp, .nextAgendaItem, .previousAgendaItem:
        true
      }
    case .notes(let command):
      switch command {
      case .previousGroup, .nextGroup, .find, .history, .previousQuestion, .nextQuestion: false
      case .newNote, .askForHelp, .edit, .delete, .moveToQuestion, .toggleKeyPoint, .introduction: true
      }
    case .summary(let command):
      switch command {
      case .previousGroup, .nextGroup, .cycleAttribution, .export: false
      case .addPlenaryLine: true
      }
    }
  }

  /// Moving around without changing anything: allowed while an assignment preview is open.
  public var isNavigation: Bool {
    switch name {
    case .move, .app(.help), .app(.redraw), .app(.quit), .groups(.previousGroup), .groups(.nextGroup): true
    default: false
    }
  }

  /// The commands of one scope, in table order.
  public static func of(_ scope: Scope) -> [Command] { all.filter { $0.scope == scope } }
}
