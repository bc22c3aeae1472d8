/// The summary's words in Spanish.
enum SpanishReport {
  static func text(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .background: "Antecedentes"
    case .keyQuestions: "Preguntas clave"
    case .section(let section):
      switch section {
      case .conclusions: "Conclusiones"
      case .recommendations: "Recomendaciones"
      case .keyMessages: "Mensajes clave"
      case .proceedings: "Desarrollo de la reunión"
      case .nextSteps: "Próximos pasos"
      }
    case .dayName(let day):
      day >= 1 && day <= ordinals.count ? "\(ordinals[day - 1]) día" : "Día \(day)"
    case .dayOnly(let day):
      day >= 1 && day <= ordinals.count ? "Solo el \(ordinals[day - 1].lowercased()) día." : "Solo el día \(day)."
    case .chathamHouseNotice:
      "Reunión celebrada bajo la regla de Chatham House: no se revela la identidad ni la afiliación de quienes intervinieron ni de ningún otro participante."
    case .participants(let total, let counts, let facilitators):
      "Participantes: \(total)\(ReportWords.counted(counts))"
        + (facilitators == 0 ? "" : facilitators == 1 ? ", y 1 facilitador" : ", y \(facilitators) facilitadores")
        + "."
    case .countries(let total, let counts): "Países: \(total)\(ReportWords.counted(counts))."
    case .organisedBy(let organisers): "Organizado por \(organisers.joined(separator: ", "))."
    case .dateSpan(let first, let last): "del \(first) al \(last)"
    case .groupHeading(let number, let name): "Grupo de trabajo \(number) \u{2013} \(name)"
    case .round(let number, let name): "Ronda \(number)" + (name.map { ": \($0)" } ?? "")
    case .groupOfTheme(let theme, let letter): "\(theme) (grupo \(letter))"
    case .mergedGroupsHeading(let groups, let theme):
      "Grupos de trabajo \(ReportWords.list(groups.map(String.init), and: "y")) \u{2013} \(theme)"
    case .groupsOnTheme(let count, let theme):
      "Hubo \(ReportWords.numberWord(count, numbers)) grupos de trabajo sobre el tema \u{00AB}\(theme)\u{00BB}."
    case .groupLeads(let group, let moderator, let rapporteur):
      "Grupo \(group): "
        + [moderator.map { "moderación a cargo de \($0)" }, rapporteur.map { "relatoría a cargo de \($0)" }]
        .compactMap { $0 }.joined(separator: "; ") + "."
    case .leads(let moderator, let rapporteur):
      [moderator.map { "Moderación: \($0)" }, rapporteur.map { "Relatoría: \($0)" }].compactMap { $0 }
        .joined(separator: ". ") + "."
    case .mergedPointsIntroduction(let groups):
      groups == 2
        ? "A continuación, los puntos clave de ambos grupos; un punto planteado en los dos figura una sola vez."
        : "A continuación, los puntos clave de los \(ReportWords.numberWord(groups, numbers)) grupos; un punto planteado en más de uno figura una sola vez."
    case .noNotes: "Sin notas."
    case .noKeyPoints: "Sin puntos clave."
    case .unstarredNotice: "Aquí no se marcó ninguna nota como punto clave; estas son todas las notas tomadas."
    case .pointFromGroups(let groups): " (grupos \(ReportWords.list(groups.map(String.init), and: "y")))"
    case .keyPointLabel: "Punto clave:"
    case .withheld: "[omitido]"
    case .online: "en línea"
    case .untitledSummary: "Resumen"
    case .stakeholder(let type):
      switch type {
      case .government: "Gobierno"
      case .privateSector: "Sector privado"
      case .civilSociety: "ONG / sociedad civil"
      case .academia: "Academia"
      case .internationalOrganisation: "Organización internacional"
      case .other: "Otro"
      case .unspecified: "Sin especificar"
      }
    case .affiliation(let type):
      switch type {
      case .government: "un funcionario de gobierno"
      case .privateSector: "un representante de una empresa del sector privado"
      case .civilSociety: "un representante de una organización de la sociedad civil"
      case .academia: "un académico"
      case .internationalOrganisation: "un representante de una organización internacional"
      case .other, .unspecified: "un participante"
      }
    case .csvColumn(let column):
      switch column {
      case .session: "Sesión"
      case .day: "Día"
      case .theme: "Tema"
      case .group: "Grupo"
      case .question: "Pregunta"
      case .tags: "Etiquetas"
      case .keyPoint: "Punto clave"
      case .speaker: "Orador"
      case .text: "Texto"
      case .time: "Hora"
      case .note: "Nota"
      }
    case .yes: "sí"
    case .no: "no"
    case .headingName(let name): name
    case .compendiumTitle: "Compendio de prácticas prometedoras"
    case .drawnFrom(let count, let sessions):
      "Basado en \(count) sesi\(count == 1 ? "ón" : "ones"): \(sessions.joined(separator: "; "))."
    case .recommendationsAcrossRegions: "Recomendaciones de todas las regiones"
    case .noRecommendations: "Sin recomendaciones."
    case .keyMessagesAcrossRegions: "Mensajes clave de todas las regiones"
    case .noKeyMessages: "Sin mensajes clave."
    case .otherRegions: "Otras regiones"
    case .sessionLabel: "Sesión"
    }
  }

  private static let ordinals = [
    "Primer", "Segundo", "Tercer", "Cuarto", "Quinto", "Sexto", "Séptimo", "Octavo", "Noveno", "Décimo",
  ]
  private static let numbers = [
    "ningún", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
  ]
}
