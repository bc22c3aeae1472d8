import BreakoutCore
import Foundation

/// What the Summary screen's text depends on, as the state stands.
func summaryKey(_ state: AppState) -> SummaryKey {
  SummaryKey(
    sessionStamp: state.derived.sessionStamp, groupID: state.summaryGroupID, attribution: summaryAttribution(state),
    width: min(80, state.width - 2))
}

/// The rapporteur summary exactly as `breakout export --format txt` writes it, for one group or all.
func compileSummaryLines(_ session: SessionSnapshot, _ key: SummaryKey, now: Date) -> [SummaryLine] {
  let options = SummaryOptions(attribution: key.attribution)
  let document = SummaryDocument.compile(session, options: options, generatedAt: now)
  let lines = TextSummary.lines(document, width: key.width)
  return lines.enumerated().map { index, line in
    let underline =
      index + 1 < lines.count && !lines[index + 1].isEmpty
      && lines[index + 1].allSatisfy { $0 == "=" || $0 == "-" }
    return SummaryLine(
      text: line,
      heading: underline || line.first.map { !$0.isWhitespace && $0 != "*" } == true && line.uppercased() == line)
  }
}

/// The Summary screen's lines, and whether an answer shows notes for want of key points: made when the session,
/// the group, the attribution or the width changes, else taken from what was made (a tick redraws the screen five
/// times a second). On a large session they are made beside the screen: until then the last ones stay, and
/// `updating` says so.
func summaryPreview(_ state: AppState) -> (lines: [SummaryLine], hasUnstarred: Bool, updating: Bool) {
  let key = summaryKey(state)
  if state.derived.summaryKey == key {
    return (state.derived.summaryLines, state.derived.summaryHasUnstarred, false)
  }
  guard summaryHasItsNotes(state) else { return (state.derived.summaryLines, state.derived.summaryHasUnstarred, true) }
  let session = filteredSession(state)
  guard session.notes.count <= AppState.inlineWorkLimit else {
    return (state.derived.summaryLines, state.derived.summaryHasUnstarred, true)
  }
  let lines = compileSummaryLines(session, key, now: state.now)
  return (lines, hasUnstarred(lines, language: state.session.info.language), false)
}

/// The summary to make for the screen as it stands, if it is not made yet: at once on a small session, else handed
/// to the runtime (one at a time; a newer one is asked for when it comes back).
func summaryWork(_ state: inout AppState) -> [Effect] {
  let key = summaryKey(state)
  guard state.derived.summaryKey != key, state.derived.summaryPending == nil, summaryHasItsNotes(state) else {
    return []
  }
  let work = SummaryWork(session: filteredSession(state), key: key, now: state.now)
  guard work.session.notes.count > AppState.inlineWorkLimit else {
    return computed(.summary(work.perform()), &state)
  }
  state.derived.summaryPending = key
  return [.compute(.summary(work))]
}

/// Whether the notes the summary is made of have all been read: on a rapporteur's first look only their group's
/// are, and a summary of all groups waits for the rest.
func summaryHasItsNotes(_ state: AppState) -> Bool {
  state.session.notesOnlyOf == nil || state.session.notesOnlyOf == state.summaryGroupID
}

/// Whether the summary says somewhere that a group starred nothing (in the meeting's language, as the summary is).
func hasUnstarred(_ lines: [SummaryLine], language: SessionLanguage) -> Bool {
  let notice = ReportWords(language)(.unstarredNotice).prefix(30)
  return lines.contains { $0.text.hasPrefix(notice) }
}

func drawSummary(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area) {
  let width = area.width - 2
  let scope = state.summaryGroupID.flatMap { id in state.session.groups.first { $0.id == id }?.name }
  let (lines, unstarred, updating) = summaryPreview(state)
  let heading = state.words(
    .summaryHeading(
      scope: scope, attribution: summaryAttribution(state), updating: updating, unstarred: unstarred))
  screen.put(heading, x: area.x + 1, y: area.y, style: state.accent, limit: width)
  let height = area.height - 1
  let top = min(state.summary.row, max(0, lines.count - height))
  for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
    screen.put(
      line.text, x: area.x + 1, y: area.y + 1 + offset, style: line.heading ? CellStyle(bold: true) : .plain,
      limit: width)
  }
}

/// The attribution the Summary screen shows and exports with: the one chosen with `a`, else the session's default
/// decided over every group's key points (so each group's view names people the same way).
func summaryAttribution(_ state: AppState) -> AttributionMode {
  if let chosen = state.summaryAttribution { return chosen }
  if state.derived.attributionStamp == state.derived.sessionStamp { return state.derived.defaultAttribution }
  return defaultAttribution(state.session)
}

/// The session's own attribution: named when every key point's speaker consented, else by affiliation.
func defaultAttribution(_ session: SessionSnapshot) -> AttributionMode {
  Attribution.defaultMode(for: session.notes.filter(\.isKeyPoint), in: session)
}
