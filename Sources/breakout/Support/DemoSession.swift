import ArgumentParser
import BreakoutCore
import BreakoutStore
import Foundation

/// Builds the demo session from the text files in sessions/demo through the same paths a facilitator uses:
/// create, import the roster, set groups, pin the speakers and leads, add the rules, assign, take the notes.
enum DemoSession {
  struct Plan: Decodable {
    struct Lead: Decodable {
      var group: String
      var moderator: String
      var rapporteur: String
    }
    struct Pin: Decodable {
      var name: String
      var group: String
    }
    struct AgendaEntry: Decodable {
      var day: Int
      var time: String
      var title: String
      var current: Bool?
    }
    struct Introduction: Decodable {
      var group: String
      var text: String
    }
    struct PlenaryLine: Decodable {
      var section: PlenaryItem.Section
      var text: String
      var day: Int?
    }
    struct Rule: Decodable {
      var kind: GroupingRule.Kind
      var first: String
      var second: String
    }
    var title: String
    var region: String?
    var venue: String
    var startDate: String?
    var days: Int
    var organisers: [String]
    var purpose: String?
    var groups: [String: Int]
    var capacity: Int?
    var seed: UInt64
    var leads: [Lead]
    var pinned: [Pin]
    var rules: [Rule]
    var agenda: [AgendaEntry]?
    var introductions: [Introduction]?
    var plenary: [PlenaryLine]?
  }

  /// sessions/demo under the current folder, or next to the executable's checkout.
  static func locateSource() throws -> String {
    var candidates = ["sessions/demo"]
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(folder.appendingPathComponent("sessions/demo").path)
      folder.deleteLastPathComponent()
    }
    guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/roster.csv") }) else {
      throw ValidationError(
        "cannot find the demo's files (sessions/demo/roster.csv); run breakout from its checkout or pass --from DIR")
    }
    return found
  }

  static func build(at path: String, from source: String) async throws -> String {
    func contents(_ name: String) throws -> Data {
      guard let data = FileManager.default.contents(atPath: "\(source)/\(name)") else {
        throw ValidationError("the demo's \(source)/\(name) is missing")
      }
      return data
    }
    let plan = try JSONDecoder().decode(Plan.self, from: contents("session.json"))
    let store = try SessionFileRepository.create(
      path,
      info: SessionInfo(
        title: plan.title, region: plan.region, venue: plan.venue, startDate: plan.startDate, days: plan.days,
        organisers: plan.organisers, purpose: plan.purpose))
    do {
      let report = try await store.importRoster(
        try contents("roster.csv"), mapping: [:], encoding: .utf8, dryRun: false)
      try await store.setGroupCounts(
        plan.groups.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, capacity: plan.capacity)
      var snapshot = try await store.snapshot()
      for lead in plan.leads {
        let group = try group(named: lead.group, in: snapshot)
        let moderator = try participant(named: lead.moderator, in: snapshot)
        let rapporteur = try participant(named: lead.rapporteur, in: snapshot)
        try await store.move(participant: moderator.id, to: group.id, lock: true)
        try await store.move(participant: rapporteur.id, to: group.id, lock: true)
        try await store.setLeads(group: group.id, moderator: moderator.id, rapporteur: rapporteur.id)
      }
      for pin in plan.pinned {
        try await store.move(
          participant: try participant(named: pin.name, in: snapshot).id,
          to: try group(named: pin.group, in: snapshot).id,
          lock: true)
      }
      for rule in plan.rules {
        try await store.addRule(
          GroupingRule(
            kind: rule.kind, first: try participant(named: rule.first, in: snapshot).id,
            second: try participant(named: rule.second, in: snapshot).id))
      }
      for entry in plan.agenda ?? [] {
        try await store.addAgendaItem(day: entry.day, startsAt: entry.time, title: entry.title)
        if entry.current == true { try await store.setCurrentAgendaItem(try await store.snapshot().agenda.last?.id) }
      }
      for introduction in plan.introductions ?? [] {
        try await store.setIntroduction(
          group: try group(named: introduction.group, in: snapshot).id, text: introduction.text)
      }
      for line in plan.plenary ?? [] {
        try await store.addPlenaryItem(line.section, text: line.text, speaker: nil, day: line.day)
      }
      snapshot = try await store.snapshot()
      try await store.apply(try Assigner.assign(AssignmentProblem(snapshot: snapshot), seed: plan.seed))
      snapshot = try await store.snapshot()
      let notes = try CSVReader.read(try contents("notes.csv"))
      let start = plan.startDate.flatMap { ISO8601DateFormatter().date(from: $0 + "T02:00:00Z") } ?? Date()
      for (offset, record) in notes.records.enumerated() {
        let field = { (name: String) -> String in
          notes.header.firstIndex(of: name).map { record.fields[$0] } ?? ""
        }
        let group = try group(named: field("Group"), in: snapshot)
        let speaker = field("Speaker").isEmpty ? nil : try participant(named: field("Speaker"), in: snapshot).id
        try await store.addNote(
          NewNote(
            group: group.id, question: Question.number(from: field("Question")) ?? 1, text: field("Text"),
            speaker: speaker,
            tags: Set(field("Tags").split(separator: ",").compactMap { NoteTag.loosely(String($0)) }),
            isKeyPoint: field("Key") == "yes", day: 1,
            author: snapshot.participant(group.rapporteurID)?.name ?? "rapporteur",
            writtenAt: start.addingTimeInterval(Double(offset) * 60)))
      }
      try store.close()
      return say(
        .demoHolds(participants: report.added.count, groups: snapshot.groups.count, notes: notes.records.count))
    } catch {
      try? store.close()
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
      throw error
    }
  }
}
