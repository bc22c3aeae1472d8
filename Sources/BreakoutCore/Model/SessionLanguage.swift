/// The language a meeting is held in: it gives a new session its themes and key questions in that language, and
/// the summary its language tag (the HTML `lang`, the Word document's language).
public enum SessionLanguage: String, CaseIterable, Codable, Equatable, Sendable {
  case english = "en"
  case spanish = "es"
  case french = "fr"

  /// `en`, `es`, `fr`, or a locale naming one of them (`es_PA.UTF-8`, `fr-CA`).
  public init?(code: String) {
    let language = code.lowercased().prefix { $0.isLetter }
    guard let known = Self(rawValue: String(language)) else { return nil }
    self = known
  }

  /// The three themes of the meetings this tool was made for, in this language (the short names are the same in
  /// every language: they are what commands type).
  public var defaultThemes: [(shortName: String, name: String)] {
    switch self {
    case .english: Theme.defaults
    case .spanish:
      [
        ("supply-chain", "Cadena de suministro"), ("technology", "Tecnología"),
        ("finance", "Instituciones financieras"),
      ]
    case .french:
      [
        ("supply-chain", "Chaîne d\u{2019}approvisionnement"), ("technology", "Technologie"),
        ("finance", "Institutions financières"),
      ]
    }
  }

  /// The four key questions every group answers, in this language.
  public var defaultQuestions: [Question] {
    switch self {
    case .english: Question.defaults
    case .spanish:
      [
        Question(
          number: 1,
          text:
            "¿Cuáles son los principales desafíos para crear alianzas público-privadas (APP) que aborden la trata de personas en la cadena de suministro, las instituciones financieras y el sector tecnológico?",
          title: "Desafíos"),
        Question(
          number: 2,
          text:
            "¿Cuáles considera que son las buenas prácticas actuales en materia de APP para prevenir y combatir la trata de personas? Si le es posible, procure basarse en ejemplos concretos y reales de tales APP en su propio ámbito de trabajo.",
          title: "Buenas prácticas"),
        Question(
          number: 3,
          text:
            "A partir de los desafíos y las buenas prácticas, ¿qué lecciones y recomendaciones puede formular para asegurar APP eficaces que prevengan y combatan la trata de personas?",
          title: "Lecciones y recomendaciones"),
        Question(
          number: 4,
          text:
            "¿Qué papel cree que deberían desempeñar las organizaciones internacionales (como la UNODC) y la sociedad civil en las APP para prevenir y combatir la trata de personas?",
          title: "El papel de las organizaciones internacionales y la sociedad civil"),
      ]
    case .french:
      [
        Question(
          number: 1,
          text:
            "Quels sont les principaux défis à relever pour créer des partenariats public-privé (PPP) contre la traite des personnes dans la chaîne d\u{2019}approvisionnement, les institutions financières et le secteur technologique\u{202F}?",
          title: "Défis"),
        Question(
          number: 2,
          text:
            "Quelles sont, selon vous, les bonnes pratiques actuelles en matière de PPP pour prévenir et combattre la traite des personnes\u{202F}? Dans la mesure du possible, appuyez-vous sur des exemples concrets et réels de tels PPP tirés de votre propre domaine de travail.",
          title: "Bonnes pratiques"),
        Question(
          number: 3,
          text:
            "À partir des défis et des bonnes pratiques, quels enseignements et quelles recommandations pouvez-vous formuler pour garantir des PPP efficaces afin de prévenir et de combattre la traite des personnes\u{202F}?",
          title: "Enseignements et recommandations"),
        Question(
          number: 4,
          text:
            "Quel rôle les organisations internationales (telles que l\u{2019}ONUDC) et la société civile devraient-elles jouer, selon vous, dans les PPP visant à prévenir et à combattre la traite des personnes\u{202F}?",
          title: "Le rôle des organisations internationales et de la société civile"),
      ]
    }
  }
}
