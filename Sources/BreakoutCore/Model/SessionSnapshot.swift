/// Everything in a session at one moment: what the summary, the screens and the assignment read.
public struct SessionSnapshot: Equatable, Sendable {
  public var info: SessionInfo
  public var themes: [Theme]
  public var groups: [BreakoutGroup]
  public var questions: [Question]
  public var participants: [Participant] { didSet { indexParticipants() } }
  public var rules: [GroupingRule]
  /// Live notes only (deleted ones are left out), oldest first.
  public var notes: [Note] {
    get { storedNotes }
    set {
      storedNotes = newValue
      indexNotes()
    }
  }
  private var storedNotes: [Note] = []
  /// Each group's clock and current question, by group id.
  public var timers: [Int64: Timebox] = [:]
  /// The latest broadcasts, newest first (a few: what a rapporteur can read back).
  public var broadcasts: [Broadcast] = []
  /// Help asked for by rapporteurs and not yet acknowledged, oldest first.
  public var helpRequests: [HelpRequest] = []

  /// The session's rounds in order; exactly one is current. `groups` and each person's `groupID` and `isLocked`
  /// are the current round's.
  public var rounds: [Round] = [Round(number: 1, isCurrent: true)]
  /// The groups of the other rounds, and where people sat in them.
  public var otherRoundGroups: [BreakoutGroup] = []
  public var otherRoundSeats: [RoundSeat] = []

  public var currentRound: Int { rounds.first(where: \.isCurrent)?.number ?? 1 }

  /// Puts groups of every round where they belong: the current round's in `groups`, the rest apart.
  public mutating func setGroups(ofEveryRound all: [BreakoutGroup]) {
    let current = currentRound
    groups = all.filter { $0.round == current }.sorted { $0.number < $1.number }
    otherRoundGroups = all.filter { $0.round != current }.sorted { ($0.round, $0.number) < ($1.round, $1.number) }
  }

  /// The session as it stood in round `number`: its groups, and everyone in the group they sat in there (nobody
  /// placed when they were not there). The current round is the session itself. (A look only: it does not hold the
  /// seats of the rounds after it.)
  public func asOf(round number: Int) -> SessionSnapshot {
    guard number != currentRound else { return self }
    var view = self
    // As it stood then: that round is the current one, and only the rounds before it are earlier.
    view.rounds = rounds.map { Round(number: $0.number, name: $0.name, isCurrent: $0.number == number) }
    view.groups = otherRoundGroups.filter { $0.round == number }
    view.otherRoundGroups = []
    var seats: [Int64: RoundSeat] = [:]
    for seat in otherRoundSeats where seat.round == number { seats[seat.participantID] = seat }
    view.participants = participants.map { person in
      var person = person
      person.groupID = seats[person.id]?.groupID
      person.isLocked = seats[person.id]?.isLocked ?? false
      return person
    }
    return view
  }

  /// Each round's groups, in order: what a summary of several rounds walks.
  public var everyRound: [(round: Round, session: SessionSnapshot)] {
    rounds.map { ($0, asOf(round: $0.number)) }
  }

  /// Who shared a group with whom in each round before the current one, oldest first: for each round, each
  /// person's group there.
  public var earlierRounds: [[Int64: Int64]] {
    rounds.filter { $0.number < currentRound }.map { round in
      Dictionary(
        otherRoundSeats.filter { $0.round == round.number }.map { ($0.participantID, $0.groupID) },
        uniquingKeysWith: { first, _ in first })
    }
  }

  /// The latest broadcast, if any.
  public var broadcast: Broadcast? {
    get { broadcasts.first }
    set { broadcasts = newValue.map { [$0] } ?? [] }
  }

  /// The messages a screen for this group (nil: every group) shows, newest first.
  public func messages(for group: Int64?) -> [Broadcast] { broadcasts.filter { $0.isFor(group: group) } }
  public var agenda: [AgendaItem] = []
  /// What the facilitator wrote for the plenary.
  public var plenary: [PlenaryItem] = []
  /// Words the rapporteur has confirmed identify nobody here ("Grant" as in funding), though they are part of a
  /// name on the roster: the Chatham House check neither withholds nor asks about them.
  public var notIdentifying: Set<String> = []
  /// Where the store was when it read this (its own counters, opaque here), so that a later read fetches only
  /// what moved since.
  public var storeStamps: [String: Int] = [:]
  /// Set on a screen's first look: only this group's notes were read, and the rest are on their way. Such a
  /// snapshot has no `storeStamps`, so a refresh from it reads the whole session.
  public var notesOnlyOf: Int64?
  /// For a session on a server: whether it answers, and the notes saved here on their way to it (shown with the
  /// notes, with ids below zero, until they arrive).
  public var link: LinkStatus?

  /// Whether the group's notes have been read (all have, but on a first look).
  public func hasNotes(of group: Int64) -> Bool { notesOnlyOf == nil || notesOnlyOf == group }

  public init(
    info: SessionInfo, themes: [Theme] = [], groups: [BreakoutGroup] = [], questions: [Question] = Question.defaults,
    participants: [Participant] = [], rules: [GroupingRule] = [], notes: [Note] = []
  ) {
    self.info = info
    self.themes = themes.sorted { $0.position < $1.position }
    self.groups = groups.sorted { $0.number < $1.number }
    self.questions = questions.sorted { $0.number < $1.number }
    self.participants = participants
    self.rules = rules
    self.notes = notes
    indexParticipants()
    indexNotes()
  }

  // Lookups the screens make on every frame: by id, and a group's notes per question, without scanning everything.
  private var participantPosition: [Int64: Int] = [:]
  private var notePositions: [Int64: [Int: [Int]]] = [:]

  private mutating func indexParticipants() {
    participantPosition = Dictionary(
      participants.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Takes in notes changed since this was read (added, edited, moved or deleted), each where it belongs in the
  /// order (oldest first). A new newest note or an edit in place updates the lookups; anything else rebuilds them.
  public mutating func merge(changedNotes: [Note]) {
    var reindex = false
    for note in changedNotes {
      let key = (note.createdAt, note.id)
      // The first position whose note is not before this one: where it is, or where it goes.
      var low = 0
      var high = storedNotes.count
      while low < high {
        let middle = (low + high) / 2
        if (storedNotes[middle].createdAt, storedNotes[middle].id) < key { low = middle + 1 } else { high = middle }
      }
      let found = low < storedNotes.count && storedNotes[low].id == note.id
      if note.deletedAt != nil {
        if found {
          storedNotes.remove(at: low)
          reindex = true
        }
      } else if found {
        let old = storedNotes[low]
        storedNotes[low] = note
        if old.groupID != note.groupID || old.questionNumber != note.questionNumber { reindex = true }
      } else {
        storedNotes.insert(note, at: low)
        if low == storedNotes.count - 1 && !reindex {
          notePositions[note.groupID, default: [:]][note.questionNumber, default: []].append(low)
        } else {
          reindex = true
        }
      }
    }
    if reindex { indexNotes() }
  }

  private mutating func indexNotes() {
    var positions: [Int64: [Int: [Int]]] = [:]
    for (position, note) in storedNotes.enumerated() {
      positions[note.groupID, default: [:]][note.questionNumber, default: []].append(position)
    }
    notePositions = positions
  }

  public func theme(of group: BreakoutGroup) -> Theme? { themes.first { $0.id == group.themeID } }
  public func groups(of theme: Theme) -> [BreakoutGroup] { groups.filter { $0.themeID == theme.id } }
  public func members(of group: BreakoutGroup) -> [Participant] { participants.filter { $0.groupID == group.id } }
  public func participant(_ id: Int64?) -> Participant? {
    id.flatMap { participantPosition[$0] }.map { participants[$0] }
  }

  public func notes(of group: BreakoutGroup, question: Int) -> [Note] {
    (notePositions[group.id]?[question] ?? []).map { notes[$0] }
  }

  public func noteCount(of group: BreakoutGroup, question: Int) -> Int {
    notePositions[group.id]?[question]?.count ?? 0
  }

  /// The question a group is on: its clock's question, else i.
  public func currentQuestion(of group: BreakoutGroup) -> Int { timers[group.id]?.question ?? 1 }

  /// The command-line reference of a group: `technology`, `supply-chain-2`.
  public func reference(of group: BreakoutGroup) -> String {
    guard let theme = theme(of: group) else { return String(group.number) }
    return BreakoutGroup.reference(
      themeShortName: theme.shortName, index: group.indexInTheme, groupsInTheme: groups(of: theme).count)
  }

  /// Finds a group by its name, its reference (`supply-chain-2`, `technology`) or its number.
  public func group(matching text: String) -> BreakoutGroup? {
    let key = LooseText.normalised(text)
    guard !key.isEmpty else { return nil }
    if let byName = groups.first(where: { LooseText.normalised($0.name) == key }) { return byName }
    if let byReference = groups.first(where: { LooseText.normalised(reference(of: $0)) == key }) {
      return byReference
    }
    if let number = Int(key) ?? Int(key.replacingOccurrences(of: "group ", with: "")) {
      return groups.first { $0.number == number }
    }
    // A theme's short name or name followed by a number or letter: "supply chain 2", "Supply chain B".
    for theme in themes {
      let themeGroups = groups(of: theme)
      for group in themeGroups {
        for themeKey in [LooseText.normalised(theme.shortName), LooseText.normalised(theme.name)] {
          let letter = BreakoutGroup.letter(group.indexInTheme).lowercased()
          if key == "\(themeKey) \(group.indexInTheme)" || key == "\(themeKey) \(letter)"
            || key == "\(themeKey) group \(letter)"
          {
            return group
          }
          if themeGroups.count == 1 && key == themeKey { return group }
        }
      }
    }
    return nil
  }

  /// People whose name matches, ignoring case and accents; more than one means the name is ambiguous.
  public func participants(named text: String) -> [Participant] {
    let key = LooseText.normalised(text)
    let exact = participants.filter { LooseText.normalised($0.name) == key }
    if !exact.isEmpty { return exact }
    let email = LooseText.emailKey(text)
    return participants.filter { $0.email.map(LooseText.emailKey) == email }
  }
}
