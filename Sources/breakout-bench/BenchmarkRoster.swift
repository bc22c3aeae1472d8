import BreakoutCore
import Foundation

/// A seeded roster shaped like a large expert meeting, for measuring the assignment against an exact optimum:
/// five stakeholder types with uneven shares, about fifty countries with a large host and a long tail, repeat
/// organisations, most people stating a theme with supply chain over-subscribed, N/50 apart and N/100 together pairs.
struct BenchmarkRoster: Codable {
  struct Person: Codable {
    var id: Int64
    var type: String
    var country: String
    var organisation: String
    var preferredTheme: Int64?
  }
  struct Group: Codable {
    var id: Int64
    var theme: Int64
    var capacity: Int
  }
  struct Rule: Codable {
    var kind: String
    var first: Int64
    var second: Int64
  }

  var name: String
  var people: [Person]
  var groups: [Group]
  var rules: [Rule]

  static let themes: [Int64] = [1, 2, 3]  // supply chain, technology, financial institutions
  static let typeShares: [(StakeholderType, Double)] = [
    (.government, 0.30), (.privateSector, 0.26), (.civilSociety, 0.22), (.academia, 0.12),
    (.internationalOrganisation, 0.10),
  ]
  static let themeShares = [0.5, 0.3, 0.2]
  static let statedShare = 0.8

  static func make(people count: Int, groups groupCount: Int, seed: UInt64) -> BenchmarkRoster {
    var random = SeededGenerator(seed: seed &* 7919 &+ UInt64(count) &* 31 &+ UInt64(groupCount))
    func uniform() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
    func pick(_ weights: [Double]) -> Int {
      var target = uniform() * weights.reduce(0, +)
      for (index, weight) in weights.enumerated() {
        target -= weight
        if target < 0 { return index }
      }
      return weights.count - 1
    }
    // The host country has a quarter of the room; 49 others follow a Zipf tail.
    let countries = ["Host"] + (1...49).map { String(format: "Country %02d", $0) }
    let countryWeights = [0.25 * 4.5] + (1...49).map { 1.0 / Double($0) }
    // Organisations: a type and a country each; a few send many people.
    let organisationCount = max(3, count * 2 / 5)
    let organisations = (0..<organisationCount).map { index in
      (
        name: "Organisation \(index)", type: typeShares[pick(typeShares.map(\.1))].0,
        country: countries[pick(countryWeights)]
      )
    }
    let organisationWeights = (1...organisationCount).map { 1.0 / pow(Double($0), 0.8) }
    var people: [Person] = []
    for index in 0..<count {
      let organisation = organisations[pick(organisationWeights)]
      // Most people share their organisation's type and country, not all (a ministry's staff abroad, a consultant).
      let type = uniform() < 0.85 ? organisation.type : typeShares[pick(typeShares.map(\.1))].0
      let country = uniform() < 0.85 ? organisation.country : countries[pick(countryWeights)]
      let preferred = uniform() < statedShare ? themes[pick(themeShares)] : nil
      people.append(
        Person(
          id: Int64(index + 1), type: type.rawValue, country: country, organisation: organisation.name,
          preferredTheme: preferred))
    }
    let capacity = Int((1.15 * Double(count) / Double(groupCount)).rounded(.up))
    let groups = (0..<groupCount).map {
      Group(id: Int64($0 + 1), theme: themes[$0 % themes.count], capacity: capacity)
    }
    // Pairs among distinct people, never one person in two rules, so the rules cannot contradict each other.
    var used = Set<Int64>()
    var rules: [Rule] = []
    func pair(_ kind: String) {
      while true {
        let first = Int64(random.next() % UInt64(count)) + 1
        let second = Int64(random.next() % UInt64(count)) + 1
        guard first != second, !used.contains(first), !used.contains(second) else { continue }
        used.formUnion([first, second])
        rules.append(Rule(kind: kind, first: first, second: second))
        return
      }
    }
    for _ in 0..<(count / 50) { pair("apart") }
    for _ in 0..<(count / 100) { pair("together") }
    return BenchmarkRoster(
      name: "n\(count)-g\(groupCount)-s\(seed)", people: people, groups: groups, rules: rules)
  }

  var problem: AssignmentProblem {
    AssignmentProblem(
      people: people.map {
        AssignmentProblem.Person(
          id: $0.id, stakeholderType: StakeholderType(rawValue: $0.type) ?? .unspecified, country: $0.country,
          organisation: $0.organisation, preferredThemeID: $0.preferredTheme)
      },
      groups: groups.map { AssignmentProblem.Slot(groupID: $0.id, themeID: $0.theme, capacity: $0.capacity) },
      rules: rules.map {
        GroupingRule(kind: $0.kind == "apart" ? .apart : .together, first: $0.first, second: $0.second)
      })
  }
}
