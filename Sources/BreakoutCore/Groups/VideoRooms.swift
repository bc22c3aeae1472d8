import Foundation

/// The groups as rooms of a video-meeting tool: one room per group that has people, named as the group (cut to
/// what the tool takes and unique), and the people in it.
public struct VideoRooms: Equatable, Sendable {
  public enum Tool: String, CaseIterable, Sendable {
    /// Zoom's breakout-room pre-assignment, imported from a CSV file.
    case zoom
    /// Teams has no import for breakout rooms: its organiser creates the rooms and assigns people by name.
    case teams

    /// The most rooms the tool takes (Zoom pre-assigns up to 100 rooms, Teams holds up to 50).
    public var roomLimit: Int { self == .zoom ? 100 : 50 }
    /// The most people the tool places (Zoom pre-assigns up to 1,000; Teams has breakout rooms in meetings of up
    /// to 300).
    public var peopleLimit: Int { self == .zoom ? 1000 : 300 }
    /// Neither tool documents a limit on a room's name; names this short show whole in both tools' room lists.
    public static let nameLimit = 30

    public var displayName: String { self == .zoom ? "Zoom" : "Teams" }
  }

  public struct Room: Equatable, Sendable {
    public var name: String
    public var people: [Participant]
  }

  public var tool: Tool
  public var rooms: [Room]
  /// People in a group who have no e-mail address: Zoom cannot pre-assign them.
  public var withoutEmail: [Participant]

  public init(_ snapshot: SessionSnapshot, tool: Tool) {
    self.tool = tool
    var used: Set<String> = []
    rooms = snapshot.groups.compactMap { group in
      let people = snapshot.members(of: group).sorted { $0.name < $1.name }
      guard !people.isEmpty else { return nil }
      let name = Self.roomName(group.name, fallback: "Room \(group.number)", unlike: used)
      used.insert(LooseText.normalised(name))
      return Room(name: name, people: people)
    }
    withoutEmail = rooms.flatMap(\.people).filter { ($0.email ?? "").isEmpty }
  }

  public var peopleCount: Int { rooms.reduce(0) { $0 + $1.people.count } }

  /// What the facilitator must do by hand in the tool.
  public enum Warning: Equatable, Sendable {
    /// Zoom places people by e-mail: these names are not in the file.
    case withoutEmail(tool: Tool, names: [String])
    case tooManyRooms(tool: Tool, rooms: Int, limit: Int)
    case tooManyPeople(tool: Tool, people: Int, limit: Int)
  }

  public var warnings: [Warning] {
    var warnings: [Warning] = []
    if tool == .zoom && !withoutEmail.isEmpty {
      warnings.append(.withoutEmail(tool: tool, names: withoutEmail.map { InertText.visible($0.name) }))
    }
    if rooms.count > tool.roomLimit {
      warnings.append(.tooManyRooms(tool: tool, rooms: rooms.count, limit: tool.roomLimit))
    }
    if peopleCount > tool.peopleLimit {
      warnings.append(.tooManyPeople(tool: tool, people: peopleCount, limit: tool.peopleLimit))
    }
    return warnings
  }

  /// The file the tool takes. Zoom: the CSV of its pre-assignment import, `Pre-assign Room Name,Email Address`, a
  /// row per person with an e-mail. Teams: a room-by-room list to follow in its "Assign participants" dialog.
  public var file: String {
    switch tool {
    case .zoom:
      let rows = rooms.flatMap { room in
        room.people.compactMap { person in person.email.flatMap { $0.isEmpty ? nil : [room.name, $0] } }
      }
      return ([["Pre-assign Room Name", "Email Address"]] + rows).map { $0.map(CSVSummary.cell).joined(separator: ",") }
        .joined(separator: "\r\n") + "\r\n"
    case .teams:
      return rooms.enumerated().map { index, room in
        (["Room \(index + 1): \(room.name)"]
          + room.people.map { person in
            "  " + InertText.visible(person.name) + (person.email.map { $0.isEmpty ? "" : " <\($0)>" } ?? "")
          }).joined(separator: "\n")
      }.joined(separator: "\n\n") + "\n"
    }
  }

  /// A group's name as a room's: one line, nothing a spreadsheet would run, at most `Tool.nameLimit` characters,
  /// and unlike every name already used (a number is added where cutting made two alike).
  static func roomName(_ groupName: String, fallback: String, unlike used: Set<String>) -> String {
    let words = InertText.visible(groupName).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let plain = String(words.drop { "=+-@'".contains($0) || $0.isWhitespace })
    let base = plain.isEmpty ? fallback : plain
    var candidate = cut(base, to: Tool.nameLimit)
    var number = 2
    while used.contains(LooseText.normalised(candidate)) {
      let suffix = " \(number)"
      candidate = cut(base, to: Tool.nameLimit - suffix.count) + suffix
      number += 1
    }
    return candidate
  }

  private static func cut(_ text: String, to length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length)).trimmingCharacters(in: .whitespaces)
  }
}
