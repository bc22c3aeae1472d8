import BreakoutCore

/// The add/edit form of the Roster screen: one line per field, Tab or arrows to move, Enter to save.
public struct ParticipantForm: Equatable, Sendable {
  public enum Field: Int, CaseIterable, Sendable {
    case name, organisation, stakeholderType, country, email, role, consent

    /// Chosen with ←/→ or space rather than typed.
    public var isChoice: Bool { [.stakeholderType, .role, .consent].contains(self) }
  }

  /// nil while adding someone new.
  public var participantID: Int64?
  public var nameField: TextField
  public var organisationField: TextField
  public var stakeholderType: StakeholderType
  public var countryField: TextField
  public var emailField: TextField
  public var role: ParticipantRole
  public var consentsToBeQuoted: Bool
  public var field: Field = .name

  public init(_ person: Participant? = nil) {
    participantID = person?.id
    nameField = TextField(person?.name ?? "")
    organisationField = TextField(person?.organisation ?? "")
    stakeholderType = person?.stakeholderType ?? .unspecified
    countryField = TextField(person?.country ?? "")
    emailField = TextField(person?.email ?? "")
    role = person?.role ?? .participant
    consentsToBeQuoted = person?.consentsToBeQuoted ?? false
  }

  public var name: String { nameField.text }
  public var organisation: String { organisationField.text }
  public var country: String { countryField.text }
  public var email: String { emailField.text }

  /// The typed field's text and cursor; nil for a choice.
  public func textField(_ field: Field) -> TextField? {
    switch field {
    case .name: nameField
    case .organisation: organisationField
    case .country: countryField
    case .email: emailField
    case .stakeholderType, .role, .consent: nil
    }
  }

  public func value(of field: Field, _ words: InterfaceWords = .english) -> String {
    switch field {
    case .name: name
    case .organisation: organisation
    case .stakeholderType: words(.stakeholder(stakeholderType))
    case .country: country
    case .email: email
    case .role: words(.role(role))
    case .consent: words(consentsToBeQuoted ? .yes : .no)
    }
  }

  mutating func edit(_ key: Key) {
    switch field {
    case .name: nameField.apply(key)
    case .organisation: organisationField.apply(key)
    case .country: countryField.apply(key)
    case .email: emailField.apply(key)
    case .stakeholderType, .role, .consent: break
    }
  }

  mutating func cycle(by step: Int) {
    func next<T: CaseIterable & Equatable>(_ value: T) -> T {
      let all = Array(T.allCases)
      let index = all.firstIndex(of: value)!
      return all[(index + step + all.count) % all.count]
    }
    switch field {
    case .stakeholderType: stakeholderType = next(stakeholderType)
    case .role: role = next(role)
    case .consent: consentsToBeQuoted.toggle()
    default: break
    }
  }

  public var participant: Participant {
    Participant(
      id: participantID ?? 0, name: name.trimmingCharacters(in: .whitespaces),
      organisation: organisation.trimmingCharacters(in: .whitespaces), stakeholderType: stakeholderType,
      country: country.trimmingCharacters(in: .whitespaces),
      email: email.trimmingCharacters(in: .whitespaces).isEmpty ? nil : email.trimmingCharacters(in: .whitespaces),
      role: role, consentsToBeQuoted: consentsToBeQuoted)
  }
}

/// Keys while the participant form is open.
func formKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var form = state.form else { return [] }
  let fields = ParticipantForm.Field.allCases
  if key == .control("c") { return [.quit] }
  switch Command.matching(key, in: .form)?.name {
  case .form(.cancel):
    state.form = nil
    state.message = state.words(.nothingChanged)
    return []
  case .form(.save):
    guard !form.name.trimmingCharacters(in: .whitespaces).isEmpty else {
      state.message = state.words(.participantNeedsName)
      form.field = .name
      state.form = form
      return []
    }
    state.form = nil
    state.message = state.words(form.participantID == nil ? .participantAdded(form.name) : .participantSaved(form.name))
    return [.saveParticipant(form.participant)]
  case .form(.nextField):
    form.field = fields[(form.field.rawValue + 1) % fields.count]
  case .form(.previousField):
    form.field = fields[(form.field.rawValue + fields.count - 1) % fields.count]
  case .form(.choose) where form.field.isChoice:
    form.cycle(by: key == .left ? -1 : 1)
  default:
    form.edit(key)
  }
  state.form = form
  return []
}
