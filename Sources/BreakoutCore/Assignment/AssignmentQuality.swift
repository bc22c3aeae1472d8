import Foundation

/// The quality figures of an assignment (lower Q is better, 0 ideal), computed from scratch.
///
/// Q = (4U + S + M + C + R) / N where U counts unmet preferences, S the size excess beyond floor/ceil of each group's
/// fair share, M the stakeholder-mix deviation, C the country excess and R, in a round after the first, the pairs
/// who shared a group in an earlier round and share one again (each weighted by its round); colleagues from one organisation sharing
/// a group are reported apart so Q stays comparable.
public struct AssignmentQuality: Equatable, Sendable {
  public var people: Int
  public var unmetPreferences: Int
  public var sizeExcess: Int
  public var mixDeviation: Double
  public var countryExcess: Int
  public var organisationOverlap: Int
  public var hardViolations: Int
  public var statedPreferences: Int
  public var smallestGroup: Int
  public var largestGroup: Int
  public var fewestStakeholderTypes: Int
  public var largestCountryShare: Double
  /// Pairs sharing a group who already shared one in an earlier round (a pair who met in two rounds counts once).
  public var repeatedPairs: Int = 0
  /// R: the repeated pairs weighted by their rounds (a pair who met in two rounds counts in both).
  public var repeatCost: Double = 0
  /// How many rounds came before this one (0: R plays no part).
  public var earlierRounds: Int = 0

  public var score: Double {
    people == 0
      ? 0
      : (4 * Double(unmetPreferences) + Double(sizeExcess) + mixDeviation + Double(countryExcess) + repeatCost)
        / Double(people)
  }

  public var preferencesMetPercent: Double {
    statedPreferences == 0 ? 100 : 100 * Double(statedPreferences - unmetPreferences) / Double(statedPreferences)
  }

  public static func measure(_ problem: AssignmentProblem, _ assignment: Assignment) -> AssignmentQuality {
    let targets = problem.targets
    let groupIndex = Dictionary(uniqueKeysWithValues: problem.groups.enumerated().map { ($1.groupID, $0) })
    let n = problem.people.count
    var members = Array(repeating: [AssignmentProblem.Person](), count: problem.groups.count)
    var unmet = 0
    var stated = 0
    var violations = 0
    for person in problem.people {
      guard let groupID = assignment.groupOf[person.id], let index = groupIndex[groupID] else {
        violations += 1
        continue
      }
      members[index].append(person)
      if let preferred = person.preferredThemeID {
        stated += 1
        if problem.groups[index].themeID != preferred { unmet += 1 }
      }
      if let locked = person.lockedGroupID, locked != groupID { violations += 1 }
    }
    for rule in problem.rules {
      let first = assignment.groupOf[rule.first]
      let second = assignment.groupOf[rule.second]
      switch rule.kind {
      case .apart: if first != nil && first == second { violations += 1 }
      case .together: if first != second { violations += 1 }
      }
    }
    let typeShare = Dictionary(grouping: problem.people, by: \.stakeholderType).mapValues {
      Double($0.count) / Double(max(n, 1))
    }
    let countryTotals = Dictionary(grouping: problem.people.filter { !$0.country.isEmpty }) {
      LooseText.normalised($0.country)
    }.mapValues(\.count)

    var sizeExcess = 0
    var mix = 0.0
    var countryExcess = 0
    var organisationOverlap = 0
    var fewestTypes = Int.max
    var largestShare = 0.0
    for (index, group) in members.enumerated() {
      let size = group.count
      if let capacity = problem.groups[index].capacity, size > capacity { violations += 1 }
      let target = targets[index]
      sizeExcess += max(0, size - Tolerant.ceil(target), Tolerant.floor(target) - size)
      let types = Dictionary(grouping: group, by: \.stakeholderType).mapValues(\.count)
      for (type, share) in typeShare {
        mix += abs(Double(types[type] ?? 0) - share * Double(size)) / 2
      }
      fewestTypes = min(fewestTypes, types.count)
      let countries = Dictionary(grouping: group.filter { !$0.country.isEmpty }) {
        LooseText.normalised($0.country)
      }.mapValues(\.count)
      for (country, count) in countries {
        let allowance = Tolerant.ceil(Double(countryTotals[country] ?? 0) * target / Double(max(n, 1)))
        countryExcess += max(0, count - allowance)
        if size > 0 { largestShare = max(largestShare, Double(count) / Double(size)) }
      }
      let organisations = Dictionary(grouping: group.filter { !$0.organisation.isEmpty }) {
        LooseText.normalised($0.organisation)
      }
      organisationOverlap += organisations.values.reduce(0) { $0 + max(0, $1.count - 1) }
    }
    let sizes = members.map(\.count)
    let repeats = repeatedPairs(problem, assignment)
    return AssignmentQuality(
      people: n, unmetPreferences: unmet, sizeExcess: sizeExcess, mixDeviation: mix, countryExcess: countryExcess,
      organisationOverlap: organisationOverlap, hardViolations: violations, statedPreferences: stated,
      smallestGroup: sizes.min() ?? 0, largestGroup: sizes.max() ?? 0,
      fewestStakeholderTypes: fewestTypes == .max ? 0 : fewestTypes, largestCountryShare: largestShare,
      repeatedPairs: repeats.pairs.count, repeatCost: repeats.cost, earlierRounds: problem.earlierRounds.count)
  }

  /// Every pair sharing a group now who shared one in an earlier round, each once, and R.
  public static func repeatedPairs(_ problem: AssignmentProblem, _ assignment: Assignment) -> (
    pairs: Set<Pair>, cost: Double
  ) {
    var pairs: Set<Pair> = []
    var cost = 0.0
    for (index, round) in problem.earlierRounds.enumerated() {
      // People by (group now, group then): everyone in one bucket met before and meets again.
      var buckets: [Int64: [Int64: [Int64]]] = [:]
      for person in problem.people {
        guard let now = assignment.groupOf[person.id], let then = round[person.id] else { continue }
        buckets[now, default: [:]][then, default: []].append(person.id)
      }
      for earlier in buckets.values {
        for people in earlier.values where people.count > 1 {
          cost += problem.weight(ofRound: index) * Double(people.count * (people.count - 1) / 2)
          for i in people.indices { for j in people.indices where i < j { pairs.insert(Pair(people[i], people[j])) } }
        }
      }
    }
    return (pairs, cost)
  }

  /// Two ids, the smaller first.
  public struct Pair: Hashable, Sendable {
    public let first: Int64
    public let second: Int64
    public init(_ a: Int64, _ b: Int64) { (first, second) = a < b ? (a, b) : (b, a) }
  }
}

/// Floor and ceiling that ignore floating-point dust: 20.000000000000004 is 20.
enum Tolerant {
  static func ceil(_ value: Double) -> Int { Int((value - 1e-9).rounded(.up)) }
  static func floor(_ value: Double) -> Int { Int((value + 1e-9).rounded(.down)) }
}
