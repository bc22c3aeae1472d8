/// One named command: its keys, what it does and where it applies. The same table drives key dispatch, the status
/// bar and `?` help, so the help can never disagree with the keys.
public struct Command: Equatable, Sendable {
  public enum Name: Equatable, Sendable {
    case quit, help, redraw, nextScreen, previousScreen
    case goToScreen(Screen)
    case down, up, top, bottom, pageDown, pageUp, left, right
    case filter, addParticipant, editParticipant, deleteParticipant
    case runAssignment, reshuffleAssignment, acceptAssignment, moveParticipant, toggleLock, makeModerator,
      makeRapporteur
    case startTimebox, startTimeboxAll, pauseResume, pauseResumeAll, extend, extendAll, nextQuestion, broadcast
    case nextAgendaItem, previousAgendaItem
    case newNote, editNote, deleteNote, toggleKeyPoint, previousQuestion, followingQuestion, findNote
    case export, addPlenaryLine
  }

  /// Where a command works; `.everywhere` is every screen when no editor or prompt is open.
  public enum Scope: Equatable, Sendable {
    case everywhere
    case screen(Screen)
    case lists
  }

  public var name: Name
  public var keys: [Key]
  public var keyLabel: String
  public var summary: String
  public var scope: Scope
  /// Shown in the status bar as well as in the help.
  public var inStatusBar: Bool

  /// The status bar's short form: "q quit".
  public var hint: String { "\(keyLabel) \(summary.prefix { $0 != " " && $0 != ":" && $0 != "," })" }

  init(_ name: Name, _ keys: [Key], _ keyLabel: String, _ summary: String, _ scope: Scope, bar: Bool = false) {
    self.name = name
    self.keys = keys
    self.keyLabel = keyLabel
    self.summary = summary
    self.scope = scope
    self.inStatusBar = bar
  }

  public static let all: [Command] = [
    Command(.quit, [.character("q"), .control("c")], "q", "quit (the draft is already saved)", .everywhere, bar: true),
    Command(.help, [.character("?")], "?", "help: every key", .everywhere, bar: true),
    Command(.nextScreen, [.tab], "Tab", "next screen", .everywhere, bar: true),
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
    Command(.addParticipant, [.character("n")], "n", "add a participant", .screen(.roster), bar: true),
    Command(
      .editParticipant, [.character("e"), .enter], "e", "edit the selected participant", .screen(.roster), bar: true),
    Command(
      .deleteParticipant, [.character("d")], "d", "remove the selected participant (asks first)", .screen(.roster)),
    Command(
      .filter, [.character("/")], "/", "filter the roster by name, organisation, country", .screen(.roster), bar: true),
    Command(.left, [.left, .character("h")], "h/←", "previous group", .screen(.groups)),
    Command(.right, [.right, .character("l")], "l/→", "next group", .screen(.groups)),
    Command(
      .runAssignment, [.character("a")], "a", "assign: preview placing everyone without a group (nobody else moves)",
      .screen(.groups), bar: true),
    Command(
      .reshuffleAssignment, [.character("A")], "A", "reshuffle: preview reassigning everyone who is not locked",
      .screen(.groups)),
    Command(
      .acceptAssignment, [.enter, .character("y")], "Enter", "accept the previewed assignment", .screen(.groups)),
    Command(
      .moveParticipant, [.character("m")], "m", "move the selected person to another group", .screen(.groups), bar: true
    ),
    Command(
      .toggleLock, [.character("L")], "L", "lock/unlock the selected person in their group", .screen(.groups), bar: true
    ),
    Command(.makeModerator, [.character("M")], "M", "make the selected person the group's moderator", .screen(.groups)),
    Command(
      .makeRapporteur, [.character("R")], "R", "make the selected person the group's rapporteur", .screen(.groups)),
    Command(
      .startTimebox, [.character("s")], "s", "start a timebox for the group, e.g. \"ii 15\"", .screen(.facilitate),
      bar: true),
    Command(
      .startTimeboxAll, [.character("S")], "S", "start a timebox for every group", .screen(.facilitate), bar: true),
    Command(.pauseResume, [.character("p")], "p", "pause/resume the group's clock", .screen(.facilitate), bar: true),
    Command(.pauseResumeAll, [.character("P")], "P", "pause/resume every clock", .screen(.facilitate)),
    Command(.extend, [.character("+")], "+", "extend the group's clock by 5 minutes", .screen(.facilitate), bar: true),
    Command(.extendAll, [.character("E")], "E", "extend every running clock by 5 minutes", .screen(.facilitate)),
    Command(.nextQuestion, [.character("n")], "n", "move the group on to its next question", .screen(.facilitate)),
    Command(
      .broadcast, [.character("b")], "b", "broadcast a message to every rapporteur", .screen(.facilitate), bar: true),
    Command(.nextAgendaItem, [.character(">")], ">", "the next agenda item is under way", .screen(.facilitate)),
    Command(.previousAgendaItem, [.character("<")], "<", "back to the previous agenda item", .screen(.facilitate)),
    Command(
      .newNote, [.character("a"), .enter], "a",
      "add a note to the current question (or reopen the one closed with Esc)",
      .screen(.notes), bar: true),
    Command(.findNote, [.character("/")], "/", "find a note by its words or speaker", .screen(.notes)),
    Command(.editNote, [.character("e")], "e", "edit the selected note (history kept)", .screen(.notes), bar: true),
    Command(.deleteNote, [.character("d")], "d", "delete the selected note (asks first)", .screen(.notes), bar: true),
    Command(.toggleKeyPoint, [.character("K")], "K", "mark/unmark the selected note as a key point", .screen(.notes)),
    Command(.previousQuestion, [.left, .character("h"), .character("[")], "h/←", "previous question", .screen(.notes)),
    Command(
      .followingQuestion, [.right, .character("l"), .character("]")], "l/→", "next question", .screen(.notes), bar: true
    ),
    Command(.left, [.left, .character("h")], "h/←", "previous group (or all)", .screen(.summary)),
    Command(.right, [.right, .character("l")], "l/→", "next group (or all)", .screen(.summary), bar: true),
    Command(
      .addPlenaryLine, [.character("p")], "p",
      "add a plenary line: conclusions, recommendations, key messages, next steps",
      .screen(.summary), bar: true),
    Command(
      .export, [.character("e")], "e",
      "export the summary to a file, e.g. \"md summary.md\" (md html txt json csv docx)", .screen(.summary),
      bar: true),
  ]

  public func applies(on screen: Screen) -> Bool {
    switch scope {
    case .everywhere: true
    case .lists: screen != .summary || [.down, .up, .top, .bottom, .pageDown, .pageUp].contains(name)
    case .screen(let only): only == screen
    }
  }

  /// The command a key means on a screen: the screen's own first, then the general ones.
  public static func matching(_ key: Key, on screen: Screen) -> Command? {
    all.first { $0.keys.contains(key) && $0.scope == .screen(screen) }
      ?? all.first { $0.keys.contains(key) && $0.applies(on: screen) }
  }

  /// The editor's own keys, listed in help and the status bar while a note is typed.
  public static let editorKeys: [(String, String)] = [
    ("Enter", "save the note"), ("C-j", "new line"), ("Tab", "next field: text, speaker, tags"),
    ("C-k", "key point on/off"), ("Esc", "close (the draft stays saved)"),
    ("c p r o q", "in tags: challenge, practice, recommendation, role, quote"),
  ]
}
