import BreakoutCore
import Foundation

/// Work too slow for the key path on a large session (a summary of 50,000 notes, an assignment of 5,000 people):
/// carried out beside the screen and reported back as `Action.computed`. On a small session it is done at once.
public enum Work: Equatable, Sendable {
  case summary(SummaryWork)
  case assignmentPreview(AssignmentWork)

  /// Pure: the same work gives the same result, wherever it runs.
  public func perform() -> WorkResult {
    switch self {
    case .summary(let work): .summary(work.perform())
    case .assignmentPreview(let work): .assignmentPreview(work.perform())
    }
  }
}

public enum WorkResult: Equatable, Sendable {
  case summary(SummaryText)
  case assignmentPreview(AssignmentOutcome)
}

/// The Summary screen's text for one key (session, group, attribution, width).
public struct SummaryWork: Equatable, Sendable {
  let session: SessionSnapshot
  let key: SummaryKey
  let now: Date

  func perform() -> SummaryText {
    let lines = compileSummaryLines(session, key, now: now)
    return SummaryText(key: key, lines: lines, hasUnstarred: hasUnstarred(lines, language: session.info.language))
  }
}

public struct SummaryText: Equatable, Sendable {
  let key: SummaryKey
  let lines: [SummaryLine]
  let hasUnstarred: Bool
}

/// An assignment to preview: `a` places those without a group, `A` reshuffles everyone not locked.
public struct AssignmentWork: Equatable, Sendable {
  let session: SessionSnapshot
  let reshuffle: Bool
  let words: InterfaceWords

  func perform() -> AssignmentOutcome {
    let problem = AssignmentProblem(snapshot: session)
    let waiting = problem.people.filter { $0.currentGroupID == nil }.count
    do {
      let keepPlaced = !reshuffle && waiting < problem.people.count
      let assignment = try Assigner.assign(problem, options: Assigner.Options(seed: 1, keepPlaced: keepPlaced))
      let quality = AssignmentQuality.measure(problem, assignment)
      let scope = words(keepPlaced ? .placingWaiting(waiting) : .everyoneReassigned)
      return .preview(AssignmentPreview(assignment: assignment, lines: [scope] + qualityLines(quality, words)))
    } catch {
      return .refused(words(.cannotAssign(words.assignmentError(error))))
    }
  }
}

public enum AssignmentOutcome: Equatable, Sendable {
  case preview(AssignmentPreview)
  case refused(String)
}

extension AppState {
  /// Work on a session up to this size (notes for a summary, people for an assignment) is done at once, on the key
  /// path: it takes a few milliseconds. Beyond, it goes beside the screen and a line says it is under way.
  public static let inlineWorkLimit = 2_000
}

/// Takes in what finished work came to.
func computed(_ result: WorkResult, _ state: inout AppState) -> [Effect] {
  switch result {
  case .summary(let text):
    state.derived.summaryPending = nil
    state.derived.summaryLines = text.lines
    state.derived.summaryHasUnstarred = text.hasUnstarred
    state.derived.summaryKey = text.key
  case .assignmentPreview(let outcome):
    state.assignmentUnderWay = false
    if state.message == state.words(.assignmentUnderWay(people: state.session.participants.count))
      || state.message == state.words(.assignmentStillUnderWay)
    {
      state.message = nil
    }
    switch outcome {
    case .preview(let preview): state.assignmentPreview = preview
    case .refused(let message): state.message = message
    }
  }
  return []
}
