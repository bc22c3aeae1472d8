/// The assignment's working state with its objective kept up to date move by move, so the search never rescores
/// the whole meeting: a move or a swap is priced in O(stakeholder types) before it is made.
///
/// The objective is exactly the one the facilitator sees, 4U + S + M + C + R (Q times N), plus a small separate
/// term for colleagues of one organisation sharing a group, light enough that it only breaks ties.
struct ScoreBoard {
  static let unmetWeight = 4.0
  static let organisationWeight = 0.01

  let typeOf: [Int]
  let countryOf: [Int]  // -1: no country given
  let organisationOf: [Int]  // -1: no organisation given
  /// Per person and group: whether that group's theme is not the one the person asked for.
  let unmet: [Bool]
  let lower: [Int]
  let upper: [Int]
  let typeShare: [Double]
  let typeCount: Int
  let countryCount: Int
  let organisationCount: Int
  let groupCount: Int
  /// Per group and country: how many of that country the group may hold before it counts as excess.
  let countryAllowance: [Int]
  /// Earlier rounds: their weights, and where each person's count of old acquaintances per group starts in
  /// `metIn` (person * rounds + round; -1: not there). A round's earlier group takes `groupCount` counts in a row.
  let roundWeight: [Double]
  let seatBase: [Int]

  private(set) var groupOf: [Int]  // -1: not placed
  private(set) var size: [Int]
  private var typesIn: [Int]  // group * typeCount + type
  private var countriesIn: [Int]  // group * countryCount + country
  private var organisationsIn: [Int]  // group * organisationCount + organisation
  private var metIn: [Int]  // (earlier group of a round) * groupCount + group: how many of it sit there
  private var shape: [Double]  // size and mix terms of each group
  private(set) var unmetCount = 0
  private(set) var countryExcess = 0
  private(set) var organisationOverlap = 0
  /// Pairs who shared a group in an earlier round and share one now, each weighted by its round: R.
  private(set) var repeatCost = 0.0
  /// 4U + S + M + C + R: Q times N.
  private(set) var objective = 0.0

  var total: Double { objective + Self.organisationWeight * Double(organisationOverlap) }

  init(problem: AssignmentProblem) {
    let people = problem.people
    let types = StakeholderType.allCases
    typeOf = people.map { types.firstIndex(of: $0.stakeholderType)! }
    typeCount = types.count
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
    countryCount = countryTotals.count
    var organisationIndex: [String: Int] = [:]
    organisationOf = people.map { person in
      let key = LooseText.normalised(person.organisation)
      guard !key.isEmpty else { return -1 }
      if let index = organisationIndex[key] { return index }
      organisationIndex[key] = organisationIndex.count
      return organisationIndex.count - 1
    }
    organisationCount = organisationIndex.count
    groupCount = problem.groups.count
    let themes = problem.groups.map(\.themeID)
    unmet = people.flatMap { person in
      themes.map { theme in person.preferredThemeID.map { $0 != theme } ?? false }
    }
    let targets = problem.targets
    lower = targets.map { Tolerant.floor($0) }
    upper = targets.map { Tolerant.ceil($0) }
    let n = Double(max(people.count, 1))
    var typeTotals = Array(repeating: 0, count: types.count)
    for type in typeOf { typeTotals[type] += 1 }
    typeShare = typeTotals.map { Double($0) / n }
    countryAllowance = targets.flatMap { target in countryTotals.map { Tolerant.ceil(Double($0) * target / n) } }
    let rounds = problem.earlierRounds.count
    var seatBase = Array(repeating: -1, count: people.count * rounds)
    var earlierGroups = 0
    for (round, seats) in problem.earlierRounds.enumerated() {
      var index: [Int64: Int] = [:]
      for (person, entry) in people.enumerated() {
        guard let group = seats[entry.id] else { continue }
        let slot = index[group] ?? (earlierGroups + index.count)
        index[group] = slot
        seatBase[person * rounds + round] = slot * problem.groups.count
      }
      earlierGroups += index.count
    }
    self.seatBase = seatBase
    roundWeight = problem.earlierRounds.indices.map { problem.weight(ofRound: $0) }
    metIn = Array(repeating: 0, count: earlierGroups * problem.groups.count)

    groupOf = Array(repeating: -1, count: people.count)
    size = Array(repeating: 0, count: groupCount)
    typesIn = Array(repeating: 0, count: groupCount * typeCount)
    countriesIn = Array(repeating: 0, count: groupCount * countryCount)
    organisationsIn = Array(repeating: 0, count: groupCount * organisationCount)
    shape = Array(repeating: 0, count: groupCount)
    for group in 0..<groupCount { shape[group] = shapeCost(group, size: 0, minus: -1, plus: -1) }
    objective = shape.reduce(0, +)
  }

  func isUnmet(_ person: Int, in group: Int) -> Bool { group >= 0 && unmet[person * groupCount + group] }

  /// Size and mix terms of a group if its size became `newSize`, one person of type `minus` left and one of type
  /// `plus` joined (-1: nobody).
  @inline(__always)
  private func shapeCost(_ group: Int, size newSize: Int, minus: Int, plus: Int) -> Double {
    let sizeTerm = max(0, newSize - upper[group], lower[group] - newSize)
    var mix = 0.0
    let base = group * typeCount
    let n = Double(newSize)
    for type in 0..<typeCount {
      var count = typesIn[base + type]
      if type == minus { count -= 1 }
      if type == plus { count += 1 }
      mix += abs(Double(count) - typeShare[type] * n)
    }
    return Double(sizeTerm) + mix / 2
  }

  /// What the total would change by if the person moved to the group (-1: out of every group).
  func moveDelta(_ person: Int, to group: Int) -> Double {
    let from = groupOf[person]
    guard from != group else { return 0 }
    let type = typeOf[person]
    var delta = 0.0
    if from >= 0 {
      delta += shapeCost(from, size: size[from] - 1, minus: type, plus: -1) - shape[from]
      if unmet[person * groupCount + from] { delta -= Self.unmetWeight }
    }
    if group >= 0 {
      delta += shapeCost(group, size: size[group] + 1, minus: -1, plus: type) - shape[group]
      if unmet[person * groupCount + group] { delta += Self.unmetWeight }
    }
    let country = countryOf[person]
    if country >= 0 {
      if from >= 0, countriesIn[from * countryCount + country] > countryAllowance[from * countryCount + country] {
        delta -= 1
      }
      if group >= 0, countriesIn[group * countryCount + country] >= countryAllowance[group * countryCount + country] {
        delta += 1
      }
    }
    let organisation = organisationOf[person]
    if organisation >= 0 {
      if from >= 0, organisationsIn[from * organisationCount + organisation] >= 2 { delta -= Self.organisationWeight }
      if group >= 0, organisationsIn[group * organisationCount + organisation] >= 1 {
        delta += Self.organisationWeight
      }
    }
    for round in roundWeight.indices {
      let base = seatBase[person * roundWeight.count + round]
      guard base >= 0 else { continue }
      var met = 0
      if from >= 0 { met -= metIn[base + from] - 1 }
      if group >= 0 { met += metIn[base + group] }
      delta += roundWeight[round] * Double(met)
    }
    return delta
  }

  /// What the total would change by if two placed people in different groups changed places.
  func swapDelta(_ first: Int, _ second: Int) -> Double {
    let a = groupOf[first]
    let b = groupOf[second]
    guard a != b, a >= 0, b >= 0 else { return moveDelta(first, to: b) }
    var delta = 0.0
    let typeA = typeOf[first]
    let typeB = typeOf[second]
    if typeA != typeB {
      delta += shapeCost(a, size: size[a], minus: typeA, plus: typeB) - shape[a]
      delta += shapeCost(b, size: size[b], minus: typeB, plus: typeA) - shape[b]
    }
    if unmet[first * groupCount + a] { delta -= Self.unmetWeight }
    if unmet[first * groupCount + b] { delta += Self.unmetWeight }
    if unmet[second * groupCount + b] { delta -= Self.unmetWeight }
    if unmet[second * groupCount + a] { delta += Self.unmetWeight }
    let countryA = countryOf[first]
    let countryB = countryOf[second]
    if countryA != countryB {
      delta += exchangeDelta(countriesIn, countryAllowance, countryCount, a, leaving: countryA, joining: countryB)
      delta += exchangeDelta(countriesIn, countryAllowance, countryCount, b, leaving: countryB, joining: countryA)
    }
    let organisationA = organisationOf[first]
    let organisationB = organisationOf[second]
    if organisationA != organisationB {
      var change = 0
      if organisationA >= 0 {
        if organisationsIn[a * organisationCount + organisationA] >= 2 { change -= 1 }
        if organisationsIn[b * organisationCount + organisationA] >= 1 { change += 1 }
      }
      if organisationB >= 0 {
        if organisationsIn[b * organisationCount + organisationB] >= 2 { change -= 1 }
        if organisationsIn[a * organisationCount + organisationB] >= 1 { change += 1 }
      }
      delta += Self.organisationWeight * Double(change)
    }
    for round in roundWeight.indices {
      let baseA = seatBase[first * roundWeight.count + round]
      let baseB = seatBase[second * roundWeight.count + round]
      guard baseA != baseB else { continue }
      var met = 0
      if baseA >= 0 { met += metIn[baseA + b] - (metIn[baseA + a] - 1) }
      if baseB >= 0 { met += metIn[baseB + a] - (metIn[baseB + b] - 1) }
      delta += roundWeight[round] * Double(met)
    }
    return delta
  }

  /// Country excess change in one group when someone of `leaving` goes and someone of `joining` comes.
  @inline(__always)
  private func exchangeDelta(
    _ counts: [Int], _ allowance: [Int], _ width: Int, _ group: Int, leaving: Int, joining: Int
  ) -> Double {
    var change = 0.0
    if leaving >= 0, counts[group * width + leaving] > allowance[group * width + leaving] { change -= 1 }
    if joining >= 0, counts[group * width + joining] >= allowance[group * width + joining] { change += 1 }
    return change
  }

  /// Places a person in a group (or takes them out with -1), updating the objective.
  mutating func place(_ person: Int, in group: Int) {
    let from = groupOf[person]
    guard from != group else { return }
    if from >= 0 { update(person, group: from, by: -1) }
    if group >= 0 { update(person, group: group, by: 1) }
    groupOf[person] = group
  }

  private mutating func update(_ person: Int, group: Int, by step: Int) {
    objective -= shape[group]
    size[group] += step
    typesIn[group * typeCount + typeOf[person]] += step
    shape[group] = shapeCost(group, size: size[group], minus: -1, plus: -1)
    objective += shape[group]
    if unmet[person * groupCount + group] {
      unmetCount += step
      objective += Self.unmetWeight * Double(step)
    }
    let country = countryOf[person]
    if country >= 0 {
      let slot = group * countryCount + country
      let before = max(0, countriesIn[slot] - countryAllowance[slot])
      countriesIn[slot] += step
      let change = max(0, countriesIn[slot] - countryAllowance[slot]) - before
      countryExcess += change
      objective += Double(change)
    }
    let organisation = organisationOf[person]
    if organisation >= 0 {
      let slot = group * organisationCount + organisation
      let before = max(0, organisationsIn[slot] - 1)
      organisationsIn[slot] += step
      organisationOverlap += max(0, organisationsIn[slot] - 1) - before
    }
    for round in roundWeight.indices {
      let base = seatBase[person * roundWeight.count + round]
      guard base >= 0 else { continue }
      let slot = base + group
      // Joining a group with k people from the same earlier group makes k pairs; leaving it unmakes k - 1.
      let pairs = step > 0 ? metIn[slot] : -(metIn[slot] - 1)
      metIn[slot] += step
      let cost = roundWeight[round] * Double(pairs)
      repeatCost += cost
      objective += cost
    }
  }

  /// The total recomputed from nothing: the check that the running figure never drifts.
  func recomputedTotal() -> Double {
    var fresh = 0.0
    var overlap = 0
    for group in 0..<groupCount {
      fresh += shapeCost(group, size: size[group], minus: -1, plus: -1)
      for country in 0..<countryCount {
        let slot = group * countryCount + country
        fresh += Double(max(0, countriesIn[slot] - countryAllowance[slot]))
      }
      for organisation in 0..<organisationCount {
        overlap += max(0, organisationsIn[group * organisationCount + organisation] - 1)
      }
    }
    for person in groupOf.indices where isUnmet(person, in: groupOf[person]) { fresh += Self.unmetWeight }
    // Each earlier group's counts, weighted by the round it belongs to (found through anyone who sat in it).
    var weightOfSlot = Array(repeating: 0.0, count: metIn.count)
    for (index, base) in seatBase.enumerated() where base >= 0 {
      for group in 0..<groupCount { weightOfSlot[base + group] = roundWeight[index % roundWeight.count] }
    }
    for (slot, count) in metIn.enumerated() { fresh += weightOfSlot[slot] * Double(count * (count - 1) / 2) }
    return fresh + Self.organisationWeight * Double(overlap)
  }
}
