/// The assignment's working state with its objective kept up to date move by move, so the search never rescores
/// the whole meeting. Weights put preferences first, then sizes, then the mix, so preferences are honoured where
/// capacity allows and sizes stay within one of each other when nobody states a preference.
struct ScoreBoard {
  static let unmetWeight = 40.0
  static let sizeWeight = 10.0
  static let mixWeight = 1.0
  static let countryWeight = 1.0
  static let organisationWeight = 0.5

  let typeOf: [Int]
  let countryOf: [Int]  // -1: no country given
  let organisationOf: [Int]  // -1: no organisation given
  let preferredTheme: [Int64?]
  let themeOfGroup: [Int64]
  let lower: [Int]
  let upper: [Int]
  let typeShare: [Double]
  /// Per group and country: how many of that country the group may hold before it counts as excess.
  let countryAllowance: [[Int]]

  private(set) var groupOf: [Int]  // -1: not placed yet
  private(set) var size: [Int]
  private var typeCounts: [[Int]]
  private var countryCounts: [[Int]]
  private var organisationCounts: [[Int: Int]]
  private var groupCost: [Double]
  private var countryCost: [Double]
  private var organisationCost: [Double]
  private(set) var unmetCost: Double = 0
  private(set) var total: Double = 0

  init(problem: AssignmentProblem) {
    let people = problem.people
    let types = StakeholderType.allCases
    typeOf = people.map { types.firstIndex(of: $0.stakeholderType)! }
    var countryIndex: [String: Int] = [:]
    var countryTotals: [Int] = []
    countryOf = people.map { person in
      let key = LooseText.normalised(person.country)
      guard !key.isEmpty else { return -1 }
      if let index = countryIndex[key] {
        countryTotals[index] += 1
        return index
      }
      countryIndex[key] = countryTotals.count
      countryTotals.append(1)
      return countryTotals.count - 1
    }
    var organisationIndex: [String: Int] = [:]
    organisationOf = people.map { person in
      let key = LooseText.normalised(person.organisation)
      guard !key.isEmpty else { return -1 }
      if let index = organisationIndex[key] { return index }
      organisationIndex[key] = organisationIndex.count
      return organisationIndex.count - 1
    }
    preferredTheme = people.map(\.preferredThemeID)
    themeOfGroup = problem.groups.map(\.themeID)
    let targets = problem.targets
    lower = targets.map { Tolerant.floor($0) }
    upper = targets.map { Tolerant.ceil($0) }
    let n = Double(max(people.count, 1))
    let typeIndex = typeOf
    typeShare = types.indices.map { type in Double(typeIndex.filter { $0 == type }.count) / n }
    countryAllowance = targets.map { target in countryTotals.map { Tolerant.ceil(Double($0) * target / n) } }

    let groupCount = problem.groups.count
    groupOf = Array(repeating: -1, count: people.count)
    size = Array(repeating: 0, count: groupCount)
    typeCounts = Array(repeating: Array(repeating: 0, count: types.count), count: groupCount)
    countryCounts = Array(repeating: Array(repeating: 0, count: countryTotals.count), count: groupCount)
    organisationCounts = Array(repeating: [:], count: groupCount)
    groupCost = Array(repeating: 0, count: groupCount)
    countryCost = Array(repeating: 0, count: groupCount)
    organisationCost = Array(repeating: 0, count: groupCount)
    for group in 0..<groupCount { groupCost[group] = shapeCost(group) }
    total = groupCost.reduce(0, +)
  }

  func isUnmet(_ person: Int, in group: Int) -> Bool {
    guard let preferred = preferredTheme[person], group >= 0 else { return false }
    return themeOfGroup[group] != preferred
  }

  /// Size and mix terms of one group: cheap, O(stakeholder types).
  private func shapeCost(_ group: Int) -> Double {
    let n = size[group]
    let sizeTerm = Double(max(0, n - upper[group], lower[group] - n))
    var mix = 0.0
    for type in typeShare.indices {
      mix += abs(Double(typeCounts[group][type]) - typeShare[type] * Double(n))
    }
    return Self.sizeWeight * sizeTerm + Self.mixWeight * mix / 2
  }

  /// Places a person in a group (or takes them out with -1), updating the objective.
  mutating func place(_ person: Int, in group: Int) {
    let from = groupOf[person]
    guard from != group else { return }
    if from >= 0 { update(person, group: from, by: -1) }
    if group >= 0 { update(person, group: group, by: 1) }
    groupOf[person] = group
    let wasUnmet = isUnmet(person, in: from)
    let nowUnmet = isUnmet(person, in: group)
    if wasUnmet != nowUnmet {
      let change = (nowUnmet ? 1.0 : -1.0) * Self.unmetWeight
      unmetCost += change
      total += change
    }
  }

  private mutating func update(_ person: Int, group: Int, by step: Int) {
    total -= groupCost[group]
    size[group] += step
    typeCounts[group][typeOf[person]] += step
    groupCost[group] = shapeCost(group)
    total += groupCost[group]

    let country = countryOf[person]
    if country >= 0 {
      let allowance = countryAllowance[group][country]
      let before = max(0, countryCounts[group][country] - allowance)
      countryCounts[group][country] += step
      let after = max(0, countryCounts[group][country] - allowance)
      let change = Self.countryWeight * Double(after - before)
      countryCost[group] += change
      total += change
    }
    let organisation = organisationOf[person]
    if organisation >= 0 {
      let before = max(0, (organisationCounts[group][organisation] ?? 0) - 1)
      organisationCounts[group][organisation, default: 0] += step
      let after = max(0, (organisationCounts[group][organisation] ?? 0) - 1)
      let change = Self.organisationWeight * Double(after - before)
      organisationCost[group] += change
      total += change
    }
  }

  /// The objective recomputed from nothing: the check that the incremental figure never drifts.
  func recomputedTotal() -> Double {
    var fresh = 0.0
    for group in size.indices {
      fresh += shapeCost(group)
      for country in countryCounts[group].indices {
        fresh +=
          Self.countryWeight * Double(max(0, countryCounts[group][country] - countryAllowance[group][country]))
      }
      for count in organisationCounts[group].values { fresh += Self.organisationWeight * Double(max(0, count - 1)) }
    }
    for person in groupOf.indices where isUnmet(person, in: groupOf[person]) { fresh += Self.unmetWeight }
    return fresh
  }
}
