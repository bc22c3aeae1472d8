import Foundation

/// What a person does at the meeting.
public enum ParticipantRole: String, Codable, CaseIterable, Sendable {
  case participant, speaker, moderator, rapporteur, facilitator

  public static func loosely(_ text: String) -> ParticipantRole? {
    let value = LooseText.normalised(text)
    if value.isEmpty { return .participant }
    if let exact = allCases.first(where: { $0.rawValue == value }) { return exact }
    if value.contains("rapporteur") || value.contains("note taker") { return .rapporteur }
    if value.contains("moderat") || value.contains("chair") { return .moderator }
    if value.contains("facilitat") || value.contains("organiser") || value.contains("organizer") {
      return .facilitator
    }
    if value.contains("speaker") || value.contains("panel") || value.contains("presenter") { return .speaker }
    if value.contains("participant") || value.contains("attendee") || value.contains("delegate")
      || value.contains("expert")
    {
      return .participant
    }
    return nil
  }
}
