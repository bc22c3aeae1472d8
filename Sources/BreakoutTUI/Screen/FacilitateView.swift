import BreakoutCore
import Foundation

/// How a clock reads on screen, with a word as well as a colour so it shows without colour too.
func clockLabel(_ timer: Timebox?, now: Date, words: InterfaceWords = .english) -> (text: String, alarm: Bool) {
  guard let timer else { return (words(.noClock), false) }
  let left = Timebox.clock(timer.remaining(at: now))
  switch timer.phase(at: now) {
  case .idle: return (words(.clockReady(left)), false)
  case .running: return (words(.clockRunning(left)), false)
  case .paused: return (words(.clockPaused(left)), false)
  case .lastMinute: return (words(.clockLastMinute(left)), true)
  case .expired: return (words(.clockTimeUp(left)), true)
  }
}

func drawFacilitate(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area) {
  let session = state.session
  guard !session.groups.isEmpty else {
    screen.put(state.words(.noGroupsForFacilitate), x: 1, y: area.y)
    return
  }
  let width = area.width - 2
  let nameWidth = max(12, min(30, width / 3))
  // Each question's column is as wide as its widest count, so that "4180/563" never runs into the next one.
  let tallies = session.groups.map { group in
    session.questions.map { question -> String in
      guard session.hasNotes(of: group.id) else { return "…" }
      let notes = session.notes(of: group, question: question.number)
      return "\(notes.count)/\(notes.filter(\.isKeyPoint).count)"
    }
  }
  let countWidth = max(6, (tallies.flatMap { $0 }.map(\.count).max() ?? 0) + 2)
  let questionHeader = session.questions.map { fit($0.label, countWidth) }.joined()
  // The clock column is as wide as this language's longest clock reading ("0:30 DERNIÈRE MINUTE"), and a space.
  let clockWidth = max(
    20,
    1
      + [
        UIText.noClock, .clockReady("00:00"), .clockRunning("00:00"), .clockPaused("00:00"), .clockLastMinute("0:00"),
        .clockTimeUp("-0:00"),
      ].map { DisplayWidth.of(state.words($0)) }.max()!)
  let header =
    fit(state.words(.facilitateColumnGroup), nameWidth) + " " + fit(state.words(.facilitateColumnNow), 5)
    + fit(state.words(.facilitateColumnClock), clockWidth) + questionHeader
  screen.put(header, x: area.x + 1, y: area.y, style: CellStyle(bold: true, underline: true), limit: width)
  let selected = min(state.facilitate.row, session.groups.count - 1)
  for (index, group) in session.groups.enumerated() {
    let y = area.y + 1 + index
    guard y < area.y + area.height - 4 else { break }
    let timer = session.timers[group.id]
    let clock = clockLabel(timer, now: state.now, words: state.words)
    // On a first look other groups' notes are still being read: their counts show as such, not as zero.
    let counts = tallies[index].map { fit($0, countWidth) }.joined()
    let current = Question.roman(session.currentQuestion(of: group))
    let line = fitName("\(group.number). \(group.name)", nameWidth) + " " + fit(current, 5)
    let isSelected = index == selected
    if isSelected { screen.fill(y: y, from: area.x, to: area.x + area.width, style: state.selected) }
    let base = isSelected ? state.selected : CellStyle()
    var x = area.x + 1
    x += screen.put(line, x: x, y: y, style: base)
    x += screen.put(
      fit(clock.text, clockWidth), x: x, y: y,
      style: clock.alarm ? CellStyle(bold: true, reverse: isSelected, tone: state.color ? .warning : .normal) : base)
    // A call for help takes the place of the counts until the facilitator acknowledges it with !.
    let help = session.helpRequests.filter { $0.groupID == group.id }
    if let latest = help.last {
      screen.put(
        state.words(
          .helpCall(time: clockTime(latest.sentAt, in: state.timeZone), text: latest.text, more: help.count - 1)),
        x: x, y: y,
        style: CellStyle(bold: true, reverse: isSelected, tone: state.color ? .warning : .normal),
        limit: area.x + area.width - x - 1)
    } else {
      screen.put(counts, x: x, y: y, style: base, limit: area.x + area.width - x - 1)
    }
  }
  var y = area.y + min(session.groups.count, area.height - 5) + 2
  screen.put(
    state.words(.facilitateLegend), x: area.x + 1, y: y - 1, style: state.muted,
    limit: width)
  let day = session.agenda.first(where: \.isCurrent)?.day ?? 1
  let items = session.agenda.filter { $0.day == day }
  // Each group's latest key point, when the agenda still fits below.
  let agendaRows = 1 + items.count
  if area.y + area.height - y >= agendaRows + session.groups.count + 1 {
    screen.put(state.words(.latestKeyPoints), x: area.x + 1, y: y, style: state.accent)
    y += 1
    for group in session.groups {
      let latest = session.questions.flatMap { session.notes(of: group, question: $0.number) }
        .filter(\.isKeyPoint).max { ($0.current.editedAt, $0.id) < ($1.current.editedAt, $1.id) }
      let text =
        !session.hasNotes(of: group.id)
        ? state.words(.reading)
        : latest.map { "\(Question.roman($0.questionNumber)). \($0.text)" } ?? state.words(.noKeyPointYet)
      screen.put(
        fit("\(group.number). ", 4) + text, x: area.x + 1, y: y, style: latest == nil ? state.muted : .plain,
        limit: width)
      y += 1
    }
  }
  if y < area.y + area.height {
    screen.put(
      state.words(items.isEmpty ? .dayWithoutAgenda(day) : .dayName(day)), x: area.x + 1, y: y, style: state.accent)
    y += 1
  }
  for item in items where y < area.y + area.height {
    let marker = item.isCurrent ? "> " : "  "
    screen.put(
      marker + item.startsAt + "  " + item.title, x: area.x + 1, y: y,
      style: item.isCurrent ? CellStyle(bold: true) : .plain, limit: width)
    y += 1
  }
}
