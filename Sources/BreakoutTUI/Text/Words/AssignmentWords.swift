import BreakoutCore

extension InterfaceWords {
  /// Why no assignment keeps the hard rules, in this language (English: `AssignmentError.message`).
  public func assignmentError(_ error: AssignmentError) -> String {
    switch language {
    case .english: error.message
    case .spanish:
      switch error {
      case .noGroups: "la sesión aún no tiene grupos; créelos con `breakout groups set`"
      case .tooFewPlaces(let people, let places):
        "\(people) personas, pero los grupos solo admiten \(places); suba la capacidad o añada un grupo"
      case .tooManyLocked(let group, let capacity):
        "hay más personas fijadas en \(group) que su capacidad de \(capacity)"
      case .noGroupCanTake(let person):
        "ningún grupo puede recibir a \(person) sin romper una capacidad o una regla de separación"
      case .lockedInMissingGroup(let person): "\(person) está fijada en un grupo que ya no existe"
      case .togetherButLockedApart(let people):
        "\(people.joined(separator: ", ")) deben estar juntas pero están fijadas en grupos distintos; suelte a una o "
          + "quite la regla"
      case .apartAndTogether(let person):
        "\(person) tiene a la vez una regla de separación y una de unión con las mismas personas; quite una"
      }
    case .french:
      switch error {
      case .noGroups: "la séance n\u{2019}a pas encore de groupes\u{202F}; créez-les avec `breakout groups set`"
      case .tooFewPlaces(let people, let places):
        "\(people) personnes, mais les groupes n\u{2019}en accueillent que \(places)\u{202F}; augmentez la capacité ou ajoutez un groupe"
      case .tooManyLocked(let group, let capacity):
        "plus de personnes sont fixées dans \(group) que sa capacité de \(capacity)"
      case .noGroupCanTake(let person):
        "aucun groupe ne peut accueillir \(person) sans dépasser une capacité ou enfreindre une règle de séparation"
      case .lockedInMissingGroup(let person): "\(person) est fixée dans un groupe qui n\u{2019}existe plus"
      case .togetherButLockedApart(let people):
        "\(people.joined(separator: ", ")) doivent être ensemble mais sont fixées dans des groupes différents\u{202F}; "
          + "libérez-en une ou retirez la règle"
      case .apartAndTogether(let person):
        "\(person) a à la fois une règle de séparation et une règle d\u{2019}union avec les mêmes personnes\u{202F}; retirez-en une"
      }
    }
  }
}
