import BreakoutCore
import Foundation

/// What the plain line mode says, as typed values: each line is rendered by the language's catalogue, labels before
/// values ("Group 4, Financial institutions: question ii, 12 minutes left").
public enum PlainText: Equatable, Sendable {
  case ready(session: String, rapporteurOf: GroupName?)
  case commandsHeading
  case commandHelp(PlainCommand.Kind)
  case noteSaved(note: Int64, group: GroupName, question: String)
  case noteWaiting(group: GroupName, question: String)
  case noteLine(note: Int64, question: String, keyPoint: Bool, text: String, speaker: String?, tags: [NoteTag])
  case noNotes(question: String)
  case noLastNote
  case speakerSet(note: Int64, name: String?)
  case keyPointSet(note: Int64, Bool)
  case tagsSet(note: Int64, tags: [NoteTag])
  case unknownTag(String)
  case noSuchNote(Int64)
  case noteDeleted(Int64)
  case clockLine(group: GroupName, question: String, clock: ClockReading)
  case groupLine(group: GroupName, question: String, clock: ClockReading, notes: Int, keyPoints: Int)
  /// Before the groups, where a session has several rounds.
  case roundLine(number: Int, name: String?, of: Int)
  case questionLine(label: String, text: String)
  case notesGoTo(question: String)
  case notesFollowTheGroup(question: String)
  case groupChosen(GroupName)
  case noSuchQuestion(String)
  case noSuchGroupPlain(String)
  case speakerUnknown(String)
  case speakerAmbiguous(String, names: [String])
  case newNote(group: GroupName, question: String, author: String, text: String)
  case message(time: String, text: String)
  case lastMinute(GroupName)
  case timeUp(GroupName)
  case movedOn(group: GroupName, question: String)
  case helpCall(group: GroupName, text: String)
  case unknownCommand(String)
  case needsText(PlainCommand.Kind)
  case facilitatorOnly
  case rapporteurOnly
  case noGroups
  case closing
  case notSent(String)

  /// A group as the plain mode names it: "Group 4, Financial institutions".
  public struct GroupName: Equatable, Sendable {
    public var number: Int
    public var name: String
  }

  /// A clock, read aloud.
  public enum ClockReading: Equatable, Sendable {
    case none
    case ready(minutes: Int)
    case running(seconds: Int)
    case paused(seconds: Int)
    case over(seconds: Int)
  }
}

extension InterfaceWords {
  public func callAsFunction(_ line: PlainText) -> String {
    switch language {
    case .english: EnglishPlain.text(line)
    case .spanish: SpanishPlain.text(line)
    case .french: FrenchPlain.text(line)
    }
  }
}
