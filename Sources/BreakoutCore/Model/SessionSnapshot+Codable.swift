import Foundation

/// A session as a value that can be kept (a server session's last read, on the person's own computer, for a start
/// while the server is away). What a screen derives (lookups, the link) is not kept: it is made again.
extension SessionSnapshot: Codable {
  private enum Key: String, CodingKey {
    case info, themes, groups, questions, participants, rules, notes, timers, broadcasts, helpRequests, agenda
    case plenary, notIdentifying, storeStamps, rounds, otherRoundGroups, otherRoundSeats
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: Key.self)
    self.init(
      info: try values.decode(SessionInfo.self, forKey: .info),
      themes: try values.decode([Theme].self, forKey: .themes),
      groups: try values.decode([BreakoutGroup].self, forKey: .groups),
      questions: try values.decode([Question].self, forKey: .questions),
      participants: try values.decode([Participant].self, forKey: .participants),
      rules: try values.decode([GroupingRule].self, forKey: .rules),
      notes: try values.decode([Note].self, forKey: .notes))
    timers = try values.decode([Int64: Timebox].self, forKey: .timers)
    broadcasts = try values.decode([Broadcast].self, forKey: .broadcasts)
    helpRequests = try values.decode([HelpRequest].self, forKey: .helpRequests)
    agenda = try values.decode([AgendaItem].self, forKey: .agenda)
    plenary = try values.decode([PlenaryItem].self, forKey: .plenary)
    notIdentifying = try values.decode(Set<String>.self, forKey: .notIdentifying)
    storeStamps = try values.decode([String: Int].self, forKey: .storeStamps)
    // Kept before there were rounds: the session's one round.
    rounds = try values.decodeIfPresent([Round].self, forKey: .rounds) ?? rounds
    otherRoundGroups = try values.decodeIfPresent([BreakoutGroup].self, forKey: .otherRoundGroups) ?? []
    otherRoundSeats = try values.decodeIfPresent([RoundSeat].self, forKey: .otherRoundSeats) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: Key.self)
    try values.encode(info, forKey: .info)
    try values.encode(themes, forKey: .themes)
    try values.encode(groups, forKey: .groups)
    try values.encode(questions, forKey: .questions)
    try values.encode(participants, forKey: .participants)
    try values.encode(rules, forKey: .rules)
    try values.encode(notes, forKey: .notes)
    try values.encode(timers, forKey: .timers)
    try values.encode(broadcasts, forKey: .broadcasts)
    try values.encode(helpRequests, forKey: .helpRequests)
    try values.encode(agenda, forKey: .agenda)
    try values.encode(plenary, forKey: .plenary)
    try values.encode(notIdentifying, forKey: .notIdentifying)
    try values.encode(storeStamps, forKey: .storeStamps)
    try values.encode(rounds, forKey: .rounds)
    try values.encode(otherRoundGroups, forKey: .otherRoundGroups)
    try values.encode(otherRoundSeats, forKey: .otherRoundSeats)
  }
}
