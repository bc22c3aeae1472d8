import BreakoutCore
import BreakoutServer
import BreakoutStore
import BreakoutTUI

/// The command line's words in Spanish.
enum SpanishCLI {
  static func explanation(_ line: ExplanationLine) -> String {
    switch line {
    case .notTakingPart(let name): "\(name ?? "Esta persona") no entra en la asignación (facilita o está ausente)."
    case .notPlaced(let name): "\(name) aún no tiene grupo."
    case .isIn(let name, let group, let theme): "\(name) está en \(group) (\(theme))."
    case .preferenceMet(let theme): "Pidió \(theme): cumplido."
    case .preferenceNotMet(let theme, let groups, let full):
      "Pidió \(theme): no cumplido. "
        + (groups.isEmpty
          ? "Ningún grupo tiene ese tema."
          : "Sus grupos: "
            + groups.map { "\($0.group) \($0.size)/\($0.capacity.map(String.init) ?? "sin límite")" }
            .joined(separator: ", ")
            + (full ? "; todos llenos, y cambiar de lugar con cualquiera de allí no puntúa mejor (abajo)." : "."))
    case .noPreference: "No indicó tema preferido."
    case .locked: "Fijada en este grupo por la facilitación: la asignación nunca la mueve."
    case .rule(let apart, let other, let group):
      (apart ? "Debe estar separada de \(other)" : "Debe estar con \(other)") + (group.map { " (en \($0))" } ?? "")
        + "."
    case .metBefore(let people):
      people.isEmpty
        ? "No ha coincidido con nadie de este grupo en una ronda anterior."
        : "Ya coincidió en una ronda anterior con estas personas del grupo: "
          + ExplanationLine.acquaintances(people, round: "ronda", rounds: "rondas") + "."
    case .here(let figures, let size):
      "Aquí: " + ExplanationLine.figures(figures) + "; en este grupo: \(size) personas."
    case .impossible(let group, let reason):
      "  \(group): imposible: "
        + [
          ExplanationLine.Impossible.locked: "está fijada donde está",
          .together: "solo se mueve con las personas a las que la une una regla",
          .apart: "alguien de allí debe estar separado de ella",
          .full: "el grupo está lleno y nadie de allí puede cambiar de lugar sin romper una regla o una fijación",
        ][reason]! + "."
    case .alternative(let group, let partner, let change):
      "  \(group)\(partner.map { " cambiando de lugar con \($0)" } ?? ""): "
        + ExplanationLine.change(
          change, verdict: change.isWorse ? "peor" : change.isBetter ? "mejor" : "igual", colleagues: "colegas")
    }
  }

  static func text(_ message: CLIText) -> String {
    switch message {
    case .nothingSaved(let reason): "no se guardó nada: \(reason)"
    case .sessionFile(let error):
      switch error {
      case .noSession(let path): "no hay ninguna sesión en \(path); cree una con `breakout new \(path) --title TÍTULO`"
      case .alreadyExists(let path): "ya existe una sesión en \(path); elija otro nombre o quítela antes"
      case .notASessionFile(let path): "\(path) no es un archivo de sesión de breakout"
      case .cannotOpen(let path): "no se puede abrir \(path): compruebe que la carpeta existe y admite escritura"
      case .diskFullOpening(let path):
        "no se puede abrir \(path): el disco está lleno; libere espacio e inténtelo de nuevo"
      case .needsUpgrade(let path, let reason):
        "\(path) se creó con un breakout anterior y debe actualizarse, pero \(reason)"
      case .unreadable(let path, let reason, let detail): "no se puede leer \(path) (\(reason)): \(detail)"
      case .cannotCreate(let path, let reason): "no se puede crear \(path): \(reason)"
      case .cannotMakePrivate(let path, let reason): "no se puede hacer privado \(path): \(reason)"
      case .backupTargetExists(let path): "\(path) ya existe; elija un archivo nuevo para la copia"
      }
    case .server(let problem):
      switch problem {
      case .badSessionName(let name):
        "\u{00AB}\(InertText.visible(name))\u{00BB} no puede nombrar una sesión en un servidor: use letras, cifras, - y _ (50 como máximo)"
      case .unreadableCertificate(let path): "no se puede leer el certificado \(path) (PGSSLROOTCERT o sslrootcert)"
      case .unreachable(let address): "no se puede contactar con \(address): el servidor no responde"
      case .sessionExists(let address): "ya existe una sesión en \(address); elija otro nombre"
      case .noSession(let address):
        "no hay ninguna sesión en \(address); cree una con `breakout new '\(address)' --title TÍTULO`"
      case .badLogin(let login):
        "\u{00AB}\(InertText.visible(login))\u{00BB} no puede ser el nombre de un usuario (de 1 a 63 caracteres)"
      }
    case .address(let problem):
      switch problem {
      case .notAURL(let text):
        "\(InertText.visible(text)) no es la dirección de un servidor: postgres://HOST/BASE?session=NOMBRE"
      case .noSession: "la dirección del servidor necesita el nombre de la sesión: postgres://HOST/BASE?session=NOMBRE"
      case .badPort(let port): "\(InertText.visible(port)) no es un puerto (PGPORT, o :PUERTO en la dirección)"
      case .badTLSMode(let mode):
        "sslmode \(InertText.visible(mode)) no es disable, allow, prefer, require, verify-ca ni verify-full"
      }
    case .nobodyCalled(let name): "nadie en la lista se llama \u{00AB}\(name)\u{00BB}"
    case .severalCalled(let name, let count, let organisations):
      "\(count) personas se llaman \u{00AB}\(name)\u{00BB} (\(organisations.joined(separator: "; "))); use su correo"
    case .noGroupsYet: "la sesión aún no tiene grupos; créelos con `breakout groups set`"
    case .noGroupCalled(let reference, let known):
      "no hay grupo \u{00AB}\(reference)\u{00BB}; los grupos son \(known.joined(separator: ", "))"
    case .binaryNeedsOutput: "este formato es un archivo binario: indique --output ARCHIVO (o redirija a un archivo)"
    case .wrote(let path): "Se escribió \(path)."
    case .cannotRead(let path): "no se puede leer \(path)"
    case .dayOutOfRange(let day, let days): "--day \(day): la reunión dura \(days) día\(days == 1 ? "" : "s")"
    case .startDate: "--start debe ser una fecha escrita AAAA-MM-DD, p. ej. 2020-12-01"
    case .daysAtLeastOne: "--days debe ser al menos 1"
    case .titleEmpty: "--title no puede estar vacío"
    case .languageChoice: "--language es en, es o fr"
    case .created(let path, let title):
      "Se creó \(path): \(title), con los temas supply-chain, technology y finance y las preguntas i-iv."
    case .unstarred(let group):
      "nota: \(group) no marcó ningún punto clave; se listan sus notas, bajo una línea que lo dice (marque los puntos clave con K en la pantalla Notas)"
    case .ordinaryWord(let session, let note, let group, let question, let word):
      "nota: \(session.map { "\($0): " } ?? "")la nota \(note) (grupo \(group), pregunta \(question)) contiene "
        + "\u{00AB}\(word)\u{00BB}, una palabra común que también es un nombre de la lista; se deja como está: compruebe "
        + "que no nombra a nadie (si aquí nunca lo hace, `breakout ordinary-words add SESIÓN \(word)` evita la pregunta)"
    case .namesSomeone(let session, let note, let group, let question, let names, let chathamHouse):
      "aviso: \(session.map { "\($0): " } ?? "")la nota \(note) (grupo \(group), pregunta \(question)) nombra a "
        + names.map { "\u{00AB}\($0)\u{00BB}" }.joined(separator: ", ")
        + (chathamHouse
          ? "; se omite en esta exportación"
          : ", que no aceptó ser citado: se escribe como su afiliación en esta exportación")
        + "; reformule la nota para conservar su sentido"
    case .questionChoice(let question): "--question \(question): indique 1-4 o i-iv"
    case .tagChoice(let tag): "--tag \(tag): use challenge, practice, recommendation, role o quote"
    case .noQuestion(let question): "la sesión no tiene pregunta \(question)"
    case .noteSaved(let note, let group, let question, let day):
      "Se guardó la nota \(note) en \(group), pregunta \(question), \(ReportWords(.spanish)(.dayName(day)).lowercased())."
    case .notesImported(let count): count == 1 ? "Se importó 1 nota." : "Se importaron \(count) notas."
    case .dayIsForProceedings: "--day es para el desarrollo de la reunión; las otras secciones no van día por día"
    case .lineAdded(let id, let section): "Se añadió la línea \(id) a \(ReportWords(.spanish)(.section(section)))."
    case .removed: "Quitado."
    case .noAgendaYet: "Aún no hay programa: breakout agenda add SESIÓN --day 1 09:00 \"Apertura\""
    case .timeFormat: "indique la hora como HH:MM, p. ej. 09:30"
    case .notADay(let day): "--day \(day) no es un día de esta reunión"
    case .noAgendaItem(let number, let count): "no hay punto \(number); el programa tiene \(count)"
    case .added: "Añadido."
    case .nothingUnderWay: "Ningún punto en curso."
    case .underWay(let title): "En curso: \(title)."
    case .purposeCleared: "El resumen ya no tiene párrafo de propósito."
    case .purposeSaved: "Se guardó el párrafo de propósito."
    case .noPurposeYet: "Aún no hay párrafo de propósito."
    case .noOrdinaryWordsYet: "Ninguna aún: breakout ordinary-words add SESIÓN PALABRA"
    case .wordsRecorded(let words): "Registradas: \(words.joined(separator: ", "))."
    case .wordsRemoved(let words): "Quitadas: \(words.joined(separator: ", "))."
    case .groupCountFormat(let item): "\(item): escriba TEMA=NÚMERO, p. ej. supply-chain=2"
    case .leadsAnother(let name, let role, let group):
      "\(name) ya tiene la \(role == .moderator ? "moderación" : "relatoría") de \(group); cada persona dirige un "
        + "grupo. Elija a otra persona, o añada --allow-second-group para que dirija ambos."
    case .introductionCleared(let group): "\(group) ya no tiene introducción."
    case .introductionSaved(let group): "Se guardó la introducción de \(group)."
    case .noIntroductionYet: "Aún no hay introducción."
    case .themesColumn(let column):
      switch column {
      case .shortName: "Nombre corto"
      case .name: "Nombre"
      case .groups: "Grupos"
      }
    case .themeAdded(let name): "Se añadió el tema \(name); dele grupos con `breakout groups set`."
    case .renamed: "Cambiado."
    case .questionChoiceGeneral: "indique la pregunta como 1-4 o i-iv"
    case .questionHeaded(let question, let title): "La pregunta \(question) lleva el título \u{00AB}\(title)\u{00BB}."
    case .questionSaved(let question): "Se guardó la pregunta \(question)."
    case .questionRemoved(let question): "Se quitó la pregunta \(question)."
    case .ruleAdded(let first, let second, let apart):
      "Regla añadida: \(first) y \(second) \(apart ? "en grupos distintos" : "en el mismo grupo")."
    case .backedUp(let file): "Se guardó una copia en \(file)."
    case .purgeWhat: "indique qué purgar: --emails o --all-personal"
    case .purged(let count, let all):
      "Se purgaron \(all ? "los datos personales" : "los correos") de \(count) participante\(count == 1 ? "" : "s"); el archivo se reconstruyó."
    case .purgedOnServer(let count, let all):
      "Se purgaron \(all ? "los datos personales" : "los correos") de \(count) participante\(count == 1 ? "" : "s") en el "
        + "servidor y se reescribieron las tablas que los tenían (VACUUM FULL): los valores antiguos ya no están en sus archivos.\n"
        + "PostgreSQL aún puede tenerlos en su registro de escritura anticipada hasta que se recicle, en archivos WAL y "
        + "copias de seguridad, y en réplicas: consulte a quien administra el servidor."
    case .copied(let from, let to, let tables):
      "Se copió \(from.map { "\($0) " } ?? "")a \(to): \(tables.participants) participantes, \(tables.groups) grupos, "
        + "\(tables.notes) notas (\(tables.revisions) versiones), \(tables.drafts) borradores, \(tables.agendaItems) puntos del programa."
    case .roles(let address, let facilitator, let rapporteur):
      """
      Roles de \(address):
        \(facilitator)  la facilitación: todo
        \(rapporteur)  las relatorías: leen la sesión sin correos y escriben las notas de su grupo
      Dé a cada persona un usuario: breakout server grant '\(address)' --rapporteur GRUPO --login NOMBRE
      """
    case .grantWhich: "indique --rapporteur GRUPO o --facilitator"
    case .mayTakeNotes(let login, let group): "\(login) ya puede tomar notas para \(group) (y leer la sesión)."
    case .mayDoEverything(let login): "\(login) ya puede hacer todo lo que hace la facilitación."
    case .passwordHint(let login):
      "Si el servidor pide contraseñas, defina una con sus propias herramientas, p. ej. en psql: \\password \(login)"
    case .rolesNeedServer: "los roles son para una sesión en un servidor; un archivo de sesión es solo de su dueño"
    case .demoExists(let path): "\(path) ya existe; añada --force para reemplazarlo con una demostración nueva"
    case .demoCreated(let path, let summary): "Se creó la sesión de demostración en \(path): \(summary)"
    case .sameSessionTwice(let name, let earlier):
      "\(name) es la misma sesión que \(earlier): indique cada sesión una vez"
    case .noSuchFile(let file): "no se puede leer \(file): el archivo no existe"
    case .importCounts(let added, let updated, let unchanged, let dryRun):
      dryRun
        ? "Se añadirían \(added), se actualizarían \(updated), sin cambios \(unchanged)."
        : "Añadidas \(added), actualizadas \(updated), sin cambios \(unchanged)."
    case .updatedPerson(let name, let changes): "  actualizada \(name): \(changes.joined(separator: ", "))"
    case .droppedSensitive(let columns):
      "Columnas sensibles descartadas (nunca se guardan): " + columns.joined(separator: ", ")
    case .ignoredColumns(let columns): "Columnas ignoradas: \(columns.joined(separator: ", "))"
    case .warning(let warning): "aviso: \(InterfaceWords(.spanish).rosterWarning(warning))"
    case .nothingImported: "Prueba: no se importó nada."
    case .columnsRead(let columns): "Columnas leídas: " + columns.joined(separator: "; ")
    case .firstRows: "Las primeras filas, tal como se leerán:"
    case .rosterColumn(let column):
      switch column {
      case .name: "Nombre"
      case .organisation: "Organización"
      case .type: "Tipo de actor"
      case .country: "País"
      case .group: "Grupo"
      case .role: "Función"
      case .preferred: "Preferido"
      case .quote: "Cita"
      case .status: "Estado"
      }
    case .previewColumn(let column):
      switch column {
      case .line: "Línea"
      case .name: "Nombre"
      case .organisation: "Organización"
      case .email: "Correo"
      case .country: "País"
      case .type: "Tipo de actor"
      case .preferred: "Preferido"
      }
    case .contradictoryAssign: "--place-new y --reshuffle se contradicen; elija una"
    case .keptPlaced(let kept, let placed):
      "\(kept) personas siguen donde están (--reshuffle mueve a todos los que no están fijados); "
        + (placed == 0 ? "nadie espera grupo." : "asignadas \(placed):")
    case .assignColumn(let column):
      switch column {
      case .group: "Grupo"
      case .name: "Nombre"
      case .type: "Tipo de actor"
      case .country: "País"
      }
    case .quality(let quality):
      ([
        String(format: "Q = %.3f (menor es mejor, 0 es lo ideal)", quality.score),
        String(
          format:
            "  preferencias no cumplidas U = %d, exceso de tamaño S = %d, desviación de la mezcla M = %.2f, exceso por país C = %d",
          quality.unmetPreferences, quality.sizeExcess, quality.mixDeviation, quality.countryExcess),
        "  infracciones de reglas: \(quality.hardViolations)",
        String(
          format: "  preferencias cumplidas: %.0f%% de %d", quality.preferencesMetPercent, quality.statedPreferences),
        "  tamaño de los grupos: de \(quality.smallestGroup) a \(quality.largestGroup)",
        "  menos tipos de actor en un grupo: \(quality.fewestStakeholderTypes)",
        String(format: "  mayor proporción de un mismo país en un grupo: %.0f%%", quality.largestCountryShare * 100),
        "  colegas en el mismo grupo (misma organización): \(quality.organisationOverlap)",
      ]
        + (quality.earlierRounds == 0
          ? []
          : [
            String(
              format: "  parejas que vuelven a coincidir (compartieron grupo en una ronda anterior): %d (R = %.2f)",
              quality.repeatedPairs, quality.repeatCost)
          ]))
        .joined(separator: "\n")
    case .explanation(let line): explanation(line)
    case .demoHolds(let participants, let groups, let notes):
      "\(participants) participantes, \(groups) grupos, \(notes) notas"
    case .rooms(.withoutEmail(_, let names)):
      "aviso: \(names.count) \(names.count == 1 ? "persona no tiene" : "personas no tienen") correo electrónico y "
        + "Zoom no puede asignarlas de antemano; asígnelas durante la reunión: \(names.joined(separator: ", "))"
    case .rooms(.tooManyRooms(let tool, let rooms, let limit)):
      "aviso: \(rooms) salas, pero \(tool.displayName) admite como máximo \(limit)"
    case .rooms(.tooManyPeople(let tool, let people, let limit)):
      "aviso: \(people) personas, pero \(tool.displayName) reparte como máximo \(limit) en salas"
    case .roundColumn(let column):
      switch column {
      case .round: "Ronda"
      case .name: "Nombre"
      case .groups: "Grupos"
      case .people: "Personas en grupo"
      case .notes: "Notas"
      }
    case .currentRoundMarked: "* la ronda actual (breakout round current SESIÓN N hace actual otra)"
    case .sameGroupsOrRegroup: "--same-groups y --regroup se contradicen; elija una"
    case .roundWeightsNotNegative: "--round-weights admite uno o más números mayores o iguales a 0"
    case .everyoneLocked(let round):
      "todas las personas de la ronda \(round) están fijadas o dirigen un grupo, así que reagrupar no movería a "
        + "nadie; suelte a algunas (la l de la pantalla Grupos) o empiece la ronda con --same-groups. No se cambió nada."
    case .roundStarted(let number, let name, let groups, let placed):
      "Empezó la ronda \(number)\(name.map { " (\(InertText.visible($0)))" } ?? ""), que es la actual: \(groups) "
        + "grupos, \(placed) \(placed == 1 ? "persona" : "personas") en grupo. Las rondas anteriores se conservan tal cual."
    case .absentFromRound(let number, let names):
      "Ausentes, sin grupo en la ronda \(number): \(names.map { InertText.visible($0) }.joined(separator: ", "))."
    case .newSinceRound(let round, let names, let placed, let session):
      "Sin grupo en la ronda \(round) (llegaron después): "
        + names.map { InertText.visible($0) }.joined(separator: ", ")
        + (placed ? "; ya tienen grupo." : "; asígnelas con `breakout assign \(session) --place-new`.")
    case .roundIsCurrent(let number, let name, let count):
      "La ronda \(number)\(name.map { " (\(InertText.visible($0)))" } ?? "") de \(count) es la actual."
    case .nothingSavedDryRun: "Prueba: no se guardó nada."
    case .saved: "Guardado."
    case .markedAbsent(let name, let group): "\(name) está ausente" + (group.map { "; dejó \($0)" } ?? "") + "."
    case .arrived(let name, let group, let session):
      "\(name) llegó"
        + (group.map { " (en \($0))." } ?? "; aún sin grupo: `breakout assign \(session) --place-new`.")
    case .readOnlyNote(let path, let reason):
      "nota: \(path) solo se puede leer aquí (\(reason)); se rechaza todo lo que lo cambiaría."
    case .fileOnly(let purpose): "\(purpose) funciona con un archivo de sesión, no con una sesión en un servidor"
    case .groupsColumn(let column):
      switch column {
      case .number: "#"
      case .reference: "Referencia"
      case .name: "Nombre"
      case .size: "Tamaño"
      case .moderator: "Moderación"
      case .rapporteur: "Relatoría"
      }
    }
  }
}
