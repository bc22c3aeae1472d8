import BreakoutCore

func drawRoster(_ state: AppState, _ screen: inout ScreenBuffer, _ area: Area) {
  let people = filteredRoster(state)
  let session = state.session
  let width = area.width - 2
  // Name, organisation, type, country, group, role: shares of the width that read well from 80 to 300 columns.
  let shares = [0.22, 0.26, 0.16, 0.12, 0.14, 0.10]
  var widths = shares.map { max(4, Int(Double(width) * $0)) }
  widths[1] += width - widths.reduce(0, +) - widths.count + 1
  let header = UIText.RosterColumn.allCases.map { state.words(.rosterColumn($0)) }
  func row(_ cells: [String]) -> String { zip(cells, widths).map { fit($0, $1) }.joined(separator: " ") }
  screen.put(row(header), x: area.x + 1, y: area.y, style: CellStyle(bold: true, underline: true))

  let listHeight = area.height - 3
  let selected = min(state.roster.row, max(0, people.count - 1))
  let top = scrollTop(selected: selected, count: people.count, height: listHeight)
  for (offset, person) in people.dropFirst(top).prefix(listHeight).enumerated() {
    let index = top + offset
    let group = session.groups.first { $0.id == person.groupID }
    let cells = [
      person.name, person.organisation, stakeholderCell(person.stakeholderType, width: widths[2], state.words),
      person.country,
      person.isAbsent
        ? state.words(.absent)
        : person.role == .facilitator && person.groupID == nil
          ? "-"
          : groupCell(
            group.map { ($0.number, session.reference(of: $0)) }, locked: person.isLocked, width: widths[4],
            words: state.words),
      state.words(.role(person.role)),
    ]
    let y = area.y + 1 + offset
    if index == selected {
      screen.fill(y: y, from: area.x, to: area.x + area.width, style: state.selected)
      screen.put(row(cells), x: area.x + 1, y: y, style: state.selected)
    } else {
      screen.put(row(cells), x: area.x + 1, y: y)
    }
  }
  if people.isEmpty {
    screen.put(
      state.words(state.rosterFilter.isEmpty ? .noParticipantsYet : .nobodyMatches),
      x: area.x + 1, y: area.y + 1, style: state.muted)
  }
  if let form = state.form {
    drawParticipantForm(state, form, &screen, area)
    return
  }
  let report = ReportWords(state.words.language)
  let types = SummaryDocument.typeCounts(people, words: report).map { "\($0.label) \($0.count)" }
    .joined(separator: ", ")
  let countries = SummaryDocument.countryCounts(people)
  let countryLine = countries.prefix(8).map { "\($0.label) \($0.count)" }.joined(separator: ", ")
  screen.put(
    state.words(
      .peopleCount(people.count, matching: state.rosterFilter.isEmpty ? nil : state.rosterFilter, types: types)),
    x: area.x + 1, y: area.y + area.height - 2, style: state.muted, limit: width)
  screen.put(
    state.words(.countriesCount(countries.count, list: countryLine, more: countries.count > 8)),
    x: area.x + 1, y: area.y + area.height - 1, style: state.muted, limit: width)
}

/// A person's stakeholder type, abbreviated when the column is too narrow for it ("Priv", not "Private sec").
func stakeholderCell(_ type: StakeholderType, width: Int, _ words: InterfaceWords) -> String {
  let full = words(.stakeholder(type))
  return DisplayWidth.of(full) <= width || type == .unspecified ? full : words(.stakeholderShort(type))
}

/// A roster row's group: its number first and the lock last, so two groups of a theme and a locked person stay
/// told apart however narrow the column; the reference is what gets cut.
func groupCell(
  _ group: (number: Int, reference: String)?, locked: Bool, width: Int, words: InterfaceWords = .english
) -> String {
  guard let group else { return words(.waiting) }
  let lockWord = " (\(words(.locked)))"
  let lock = locked ? (width >= DisplayWidth.of(lockWord) + 5 ? lockWord : " L") : ""
  let number = "\(group.number) "
  let room = max(0, width - DisplayWidth.of(number) - DisplayWidth.of(lock))
  let reference =
    DisplayWidth.of(group.reference) <= room
    ? group.reference : DisplayWidth.prefix(group.reference, fitting: max(0, room - 1)) + (room > 0 ? "…" : "")
  return number + reference + lock
}

/// The add/edit form, drawn over the lower part of the roster.
func drawParticipantForm(_ state: AppState, _ form: ParticipantForm, _ screen: inout ScreenBuffer, _ area: Area) {
  let fields = ParticipantForm.Field.allCases
  let height = fields.count + 2
  let top = area.y + max(1, area.height - height)
  for row in top..<min(area.y + area.height, top + height) {
    screen.fill(y: row, from: area.x, to: area.x + area.width, style: .plain)
    screen.put(String(repeating: " ", count: area.width), x: area.x, y: row)
  }
  let title = state.words(form.participantID == nil ? .addParticipantTitle : .editParticipantTitle(form.name))
  screen.put(title, x: area.x + 1, y: top, style: CellStyle(bold: true, underline: true), limit: area.width - 2)
  for (index, field) in fields.enumerated() {
    let y = top + 1 + index
    guard y < area.y + area.height else { break }
    let focused = field == form.field
    let shown = form.value(of: field, state.words)
    let value = focused ? form.textField(field)?.withCaret ?? shown : shown
    let choice = field.isChoice ? "< \(value) >" : value
    screen.put(fit(state.words(.formField(field)), 22), x: area.x + 1, y: y, style: state.muted)
    screen.put(choice, x: area.x + 24, y: y, style: focused ? state.selected : .plain, limit: area.width - 25)
  }
}
