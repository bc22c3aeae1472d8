import Foundation

/// What a person does at the meeting.
public enum ParticipantRole: String, Codable, CaseIterable, Sendable {
  case participant, speaker, moderator, rapporteur, facilitator

  public static func loosely(_ text: String) -> ParticipantRole? {
    let value = LooseText.normalised(text)
    if value.isEmpty { return .participant }
    if let exact = allCases.first(where: { $0.rawValue == value }) { return exact }
    // English, Spanish and French, as registration forms write them ("Relatora", "Modératrice", "Ponente").
    func has(_ fragments: [String]) -> Bool { fragments.contains { value.contains($0) } }
    if has(["rapporteu", "note taker", "relator", "preneur de notes", "tomador de notas"]) { return .rapporteur }
    if has(["moderat", "chair", "moderador", "presidente", "president"]) { return .moderator }
    if has(["facilitat", "organiser", "organizer", "facilitador", "organizador", "animat", "organisat"]) {
      return .facilitator
    }
    if has(["speaker", "panel", "presenter", "ponente", "orador", "conferencista", "intervenant", "conferencier"]) {
      return .speaker
    }
    if has(["participant", "attendee", "delegate", "expert", "asistente", "delegad", "delegue"]) {
      return .participant
    }
    return nil
  }
}
