/// The summary's words in French, with French spacing: a no-break space before a colon, a narrow one before a
/// semicolon, and inside guillemets.
enum FrenchReport {
  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .background: "Contexte"
    case .keyQuestions: "Questions clés"
    case .section(let section):
      switch section {
      case .conclusions: "Conclusions"
      case .recommendations: "Recommandations"
      case .keyMessages: "Messages clés"
      case .proceedings: "Déroulement de la réunion"
      case .nextSteps: "Prochaines étapes"
      }
    case .dayName(let day):
      day >= 1 && day <= ordinals.count ? "\(ordinals[day - 1]) jour" : "Jour \(day)"
    case .dayOnly(let day): "\(text(.dayName(day))) uniquement."
    case .chathamHouseNotice:
      "Réunion tenue selon la règle de Chatham House\(colon) ni l\u{2019}identité ni l\u{2019}affiliation des intervenants, ni celles des autres participants, ne sont révélées."
    case .participants(let total, let counts, let facilitators):
      "Participants\(colon) \(total)\(ReportWords.counted(counts))"
        + (facilitators == 0 ? "" : facilitators == 1 ? ", et 1 animateur" : ", et \(facilitators) animateurs")
        + "."
    case .countries(let total, let counts): "Pays\(colon) \(total)\(ReportWords.counted(counts))."
    case .organisedBy(let organisers): "Organisé par \(organisers.joined(separator: ", "))."
    case .dateSpan(let first, let last): "du \(first) au \(last)"
    case .groupHeading(let number, let name): "Groupe de travail \(number) \u{2013} \(name)"
    case .round(let number, let name): "Tour \(number)" + (name.map { "\u{00A0}: \($0)" } ?? "")
    case .groupOfTheme(let theme, let letter): "\(theme) (groupe \(letter))"
    case .mergedGroupsHeading(let groups, let theme):
      "Groupes de travail \(ReportWords.list(groups.map(String.init), and: "et")) \u{2013} \(theme)"
    case .groupsOnTheme(let count, let theme):
      "\(capitalised(ReportWords.numberWord(count, numbers))) groupes de travail ont porté sur le thème \u{00AB}\u{00A0}\(theme)\u{00A0}\u{00BB}."
    case .groupLeads(let group, let moderator, let rapporteur):
      "Groupe \(group)\(colon) "
        + [moderator.map { "animé par \($0)" }, rapporteur.map { "rapport assuré par \($0)" }]
        .compactMap { $0 }.joined(separator: "\u{202F}; ") + "."
    case .leads(let moderator, let rapporteur):
      [moderator.map { "Animation\(colon) \($0)" }, rapporteur.map { "Rapport\(colon) \($0)" }].compactMap { $0 }
        .joined(separator: ". ") + "."
    case .mergedPointsIntroduction(let groups):
      groups == 2
        ? "Voici les points clés des deux groupes\u{202F}; un point soulevé dans les deux ne figure qu\u{2019}une fois."
        : "Voici les points clés des \(ReportWords.numberWord(groups, numbers)) groupes\u{202F}; un point soulevé dans plusieurs groupes ne figure qu\u{2019}une fois."
    case .noNotes: "Aucune note."
    case .noKeyPoints: "Aucun point clé."
    case .unstarredNotice:
      "Aucune note n\u{2019}a été marquée comme point clé ici\u{202F}; voici toutes les notes prises."
    case .pointFromGroups(let groups): " (groupes \(ReportWords.list(groups.map(String.init), and: "et")))"
    case .keyPointLabel: "Point clé\(colon)"
    case .withheld: "[masqué]"
    case .online: "en ligne"
    case .untitledSummary: "Synthèse"
    case .stakeholder(let type):
      switch type {
      case .government: "Gouvernement"
      case .privateSector: "Secteur privé"
      case .civilSociety: "ONG / société civile"
      case .academia: "Milieu universitaire"
      case .internationalOrganisation: "Organisation internationale"
      case .other: "Autre"
      case .unspecified: "Non précisé"
      }
    case .affiliation(let type):
      switch type {
      case .government: "un représentant des pouvoirs publics"
      case .privateSector: "un représentant d\u{2019}une entreprise du secteur privé"
      case .civilSociety: "un représentant d\u{2019}une organisation de la société civile"
      case .academia: "un universitaire"
      case .internationalOrganisation: "un représentant d\u{2019}une organisation internationale"
      case .other, .unspecified: "un participant"
      }
    case .csvColumn(let column):
      switch column {
      case .session: "Séance"
      case .day: "Jour"
      case .theme: "Thème"
      case .group: "Groupe"
      case .question: "Question"
      case .tags: "Étiquettes"
      case .keyPoint: "Point clé"
      case .speaker: "Intervenant"
      case .text: "Texte"
      case .time: "Heure"
      case .note: "Note"
      }
    case .yes: "oui"
    case .no: "non"
    case .headingName(let name): name
    case .compendiumTitle: "Recueil de pratiques prometteuses"
    case .drawnFrom(let count, let sessions):
      "Tiré de \(count) séance\(count <= 1 ? "" : "s")\(colon) \(sessions.joined(separator: "\u{202F}; "))."
    case .recommendationsAcrossRegions: "Recommandations de toutes les régions"
    case .noRecommendations: "Aucune recommandation."
    case .keyMessagesAcrossRegions: "Messages clés de toutes les régions"
    case .noKeyMessages: "Aucun message clé."
    case .otherRegions: "Autres régions"
    case .sessionLabel: "Séance"
    }
  }

  /// A no-break space and a colon, as French sets a colon.
  private static let colon = "\u{00A0}:"
  private static let ordinals = [
    "Premier", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième", "Septième", "Huitième", "Neuvième",
    "Dixième",
  ]
  private static let numbers = ["aucun", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]

  private static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
