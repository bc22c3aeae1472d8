import BreakoutCore
import Foundation

/// The screen's words in Spanish.
enum SpanishInterface {
  static func text(_ message: UIText) -> String {
    switch message {
    case .screenTitle(let screen):
      switch screen {
      case .roster: "Participantes"
      case .groups: "Grupos"
      case .facilitate: "Facilitación"
      case .notes: "Notas"
      case .summary: "Resumen"
      }
    case .terminalTooSmall(let width, let height): "terminal demasiado pequeña\n(se necesita \(width)x\(height))"
    case .quitsHint: "q sale"
    case .readOnlyBadge: "SOLO LECTURA"
    case .rapporteurBadge(let group): "relatoría: \(group)"
    case .offlineWaiting(let count): "sin conexión: \(notes(count)) en espera"
    case .offline: "sin conexión"
    case .sending(let count): "enviando \(notes(count))"
    case .refusedByServer(let count):
      (count == 1 ? "1 nota rechazada por el servidor" : "\(count) notas rechazadas por el servidor") + " (W: por qué)"
    case .refusedHeading(let count):
      (count == 1 ? "1 nota rechazada" : "\(count) notas rechazadas")
        + " por el servidor, guardadas en este equipo: copie sus palabras en notas nuevas"
    case .refusedEntry(let group, let question, let time): "\(group), pregunta \(question), guardada a las \(time)"
    case .refusedWhy(let reason): "por qué: \(reason)"
    case .noRefusedNotes: "El servidor no rechazó ninguna nota."
    case .movesRefusedByServer(let count):
      (count == 1 ? "1 cambio de grupo rechazado" : "\(count) cambios de grupo rechazados")
        + " por el servidor (W: por qué)"
    case .refusedMovesHeading(let count):
      (count == 1 ? "1 cambio de grupo hecho" : "\(count) cambios de grupo hechos")
        + " sin conexión y rechazados por el servidor: rehaga lo que aún corresponda"
    case .refusedMoveEntry(let name, let group, let time):
      "\(name) a \(group ?? "ningún grupo"), movido a las \(time)"
    case .dateSpan(let first, let last): "del \(first) al \(last)"
    case .promptHints: " Enter acepta, Esc cancela"
    case .broadcastLine(let group, let time, let text): "Mensaje\(group.map { " para \($0)" } ?? "") \(time): \(text)"
    case .helpScroll(let shown, let total): "\(shown)/\(total) j/k desplaza"
    case .helpScreenHeading(let screen): "Teclas de la pantalla \(text(.screenTitle(screen)))"
    case .helpScope(let scope):
      switch scope {
      case .editor: "Al escribir una nota"
      case .textFields: "En cualquier campo de texto (nota, orador, línea, formulario, filtro, búsqueda)"
      case .form: "En el formulario de participante"
      case .prompt: "En una línea de entrada"
      case .confirmation: "Al pedir confirmación"
      case .preview: "Con una asignación propuesta"
      case .help: "En esta ayuda"
      case .history: "En el historial de una nota"
      case .refused: "En las notas que rechazó un servidor"
      case .everywhere, .screen, .lists: ""
      }

    case .rosterColumn(let column):
      switch column {
      case .name: "Nombre"
      case .organisation: "Organización"
      case .type: "Tipo"
      case .country: "País"
      case .group: "Grupo"
      case .role: "Función"
      }
    case .absent: "ausente"
    case .waiting: "en espera"
    case .locked: "fijado"
    case .noParticipantsYet: "Aún no hay participantes: breakout roster import SESIÓN ARCHIVO.csv"
    case .nobodyMatches: "Nadie coincide."
    case .peopleCount(let count, let matching, let types):
      "\(counted(count, "persona", "personas"))\(matching.map { " con \u{00AB}\($0)\u{00BB}" } ?? ""): \(types)"
    case .countriesCount(let count, let list, let more):
      "\(counted(count, "país", "países")): \(list)\(more ? ", ..." : "")"
    case .addParticipantTitle: "Añadir participante"
    case .editParticipantTitle(let name): "Editar a \(name)"
    case .formField(let field):
      switch field {
      case .name: "Nombre"
      case .organisation: "Organización"
      case .stakeholderType: "Tipo de actor"
      case .country: "País"
      case .email: "Correo"
      case .role: "Función"
      case .consent: "Acepta ser citado"
      }
    case .yes: "sí"
    case .no: "no"
    case .stakeholder(let type): ReportWords(.spanish)(.stakeholder(type))
    case .stakeholderShort(let type):
      switch type {
      case .government: "Gob"
      case .privateSector: "Priv"
      case .civilSociety: "ONG"
      case .academia: "Acad"
      case .internationalOrganisation: "OI"
      case .other: "Otro"
      case .unspecified: "?"
      }
    case .role(let role):
      switch role {
      case .participant: "participante"
      case .speaker: "ponente"
      case .moderator: "moderación"
      case .rapporteur: "relatoría"
      case .facilitator: "facilitación"
      }
    case .nothingChanged: "No cambió nada."
    case .participantNeedsName: "Cada participante necesita un nombre."
    case .participantAdded(let name): "Se añadió a \(name)."
    case .participantSaved(let name): "Se guardó a \(name)."
    case .filterLabel: "Filtrar"
    case .removeParticipantQuestion(let name, let notes):
      "¿Quitar a \(name) de la lista"
        + (notes == nil
          ? "? Sus notas quedarán sin atribuir"
          : notes == 0
            ? "?" : "? \(notes == 1 ? "1 nota suya quedará" : "\(notes ?? 0) notas suyas quedarán") sin atribuir")
        + " (y/n)"
    case .arrived(let name): "\(name) llegó y espera un grupo: a en la pantalla Grupos le asigna uno."
    case .markedAbsent(let name, let group):
      "\(name) figura como ausente" + (group.map { " y deja \($0)" } ?? "") + "; x de nuevo si llega."
    case .removedFromRoster: "Quitado de la lista."

    case .noGroupsForGroups: "Aún no hay grupos: breakout groups set SESIÓN supply-chain=2 technology=1 finance=1"
    case .assignmentUnderWay(let people): "Formando los grupos para \(people) personas…"
    case .assignmentUnderWayKeysWork(let people):
      "Formando los grupos para \(people) personas… (las teclas siguen funcionando)"
    case .assignmentStillUnderWay: "Formando los grupos: todavía en curso."
    case .waitingForGroup(let count, let names): "esperan grupo (\(count)): \(names)"
    case .absentList(let count, let names): "ausentes (\(count)): \(names)"
    case .proposedAssignment: "Asignación propuesta (Enter acepta, Esc descarta)"
    case .emptyGroup: "vacío"
    case .moderatorMark: " (moderación)"
    case .rapporteurMark: " (relatoría)"
    case .lockedMark: " [fijado]"
    case .moveLabel(let name, let choices): "Mover a \(name) a (\(choices))"
    case .roundShown(let number, let name, let count, let current):
      "Ronda \(number)\(name.map { ": \($0)" } ?? "") de \(count)"
        + (current ? " (actual)" : " (tal como quedó: solo lectura)") + "  [ ]: otras rondas"
    case .pastRoundReadOnly(let number, let current):
      "La ronda \(number) aquí solo se consulta; ] vuelve a la ronda \(current) (`breakout round current` hace "
        + "actual otra ronda)."
    case .roundNowCurrent(let number, let name, let canRegroup):
      "La ronda \(number)\(name.map { ": \($0)" } ?? "") es ahora la actual; esta pantalla sigue sus grupos."
        + (canRegroup ? " A reagrupa a quienes no están fijados para conocer a gente nueva." : "")
    case .newRoundLabel(let number):
      "La ronda \(number) empieza con estos grupos; su nombre (Intro: ninguno, Esc: ninguna ronda nueva): "
    case .startingRound: "Empezando la ronda nueva..."
    case .facilitatorOnlyRounds: "Solo la facilitación empieza una ronda."
    case .repeatedPairs(let count): "parejas que repiten: \(count)"
    case .roomsLabel: "Salas para zoom o teams, y un archivo (p. ej. zoom salas.csv): "
    case .roomsWritten(let path, let tool, let rooms, let names):
      "\(rooms) salas para \(tool) escritas en \(path)."
        + (names.isEmpty ? "" : " Sin correo, se asignan durante la reunión: \(names.joined(separator: ", ")).")
    case .oneRound: "Esta sesión tiene una sola ronda; `breakout round new` empieza otra."
    case .everyoneHasGroup: "Todos tienen ya un grupo; A reasigna a quienes no están fijados."
    case .alreadyInGroup(let name, let group): "\(name) ya está en \(group)."
    case .keptApart(let name, let other, let group):
      "Sin mover: una regla mantiene a \(name) separado de \(other), que está en \(group)."
    case .keptTogether(let name, let other, let group):
      "Sin mover: una regla mantiene a \(name) con \(other), que sigue en \(group ?? "otro grupo"); mueva también a \(other)."
    case .groupFullQuestion(let group, let members, let capacity, let name):
      "\(group) está lleno (\(members)/\(capacity)). ¿Subir su capacidad a \(members + 1) y mover allí a \(name)? (y/n)"
    case .moved(let name, let from, let to, let raised):
      "\(name) pasó de \(from ?? "ningún grupo") a \(to ?? "el grupo")"
        + (raised ? "; su capacidad sube en uno" : "") + ". u lo deshace, L lo fija allí."
    case .noMoveToUndo: "No hay movimiento que deshacer."
    case .movedBack(let name, let group): "\(name) volvió a \(group ?? "ningún grupo")."
    case .noGroupYet(let name): "\(name) aún no tiene grupo: asígnele uno primero."
    case .secondLeadQuestion(let name, let role, let group, let newRole, let newGroup):
      "\(name) ya tiene la \(lead(role)) de \(group). ¿Darle también la \(lead(newRole)) de \(newGroup)? (y/n)"
    case .nowLead(let name, let role, let group):
      "\(name ?? "La persona") tiene ahora la \(lead(role)) de \(group ?? "el grupo")."
    case .qualityScore(let score): String(format: "Q = %.3f (menor es mejor)", score)
    case .qualityTerms(let unmet, let size, let mix, let country, let violations):
      String(format: "U %d  S %d  M %.1f  C %d  infracciones %d", unmet, size, mix, country, violations)
    case .qualityFigures(let met, let smallest, let largest, let fewest, let share):
      String(
        format: "preferencias cumplidas %.0f%%, tamaños %d-%d, tipos mínimos %d, mayor proporción de un país %.0f%%",
        met, smallest, largest, fewest, share)
    case .placingWaiting(let count): "Se asigna a \(count) sin grupo; nadie más se mueve."
    case .everyoneReassigned: "Se reasigna a todos los que no están fijados."
    case .cannotAssign(let reason): "No se puede asignar: \(reason)"
    case .assignmentSaved: "Asignación guardada."
    case .assignmentDiscarded: "Asignación descartada; no cambió nada."
    case .acceptOrDiscardFirst: "Primero acepte la asignación propuesta con Enter o descártela con Esc."

    case .noClock: "sin reloj"
    case .clockReady(let left): "\(left) listo"
    case .clockRunning(let left): "\(left) en marcha"
    case .clockPaused(let left): "\(left) en pausa"
    case .clockLastMinute(let left): "\(left) ÚLTIMO MINUTO"
    case .clockTimeUp(let left): "TIEMPO \(left)"
    case .noGroupsForFacilitate: "Aún no hay grupos: créelos en la pantalla Grupos o con breakout groups set"
    case .facilitateColumnGroup: "Grupo"
    case .facilitateColumnNow: "Ahora"
    case .facilitateColumnClock: "Reloj"
    case .helpCall(let time, let text, let more): "AYUDA \(time): \(text)\(more > 0 ? " (+\(more))" : "")"
    case .facilitateLegend: "notas/puntos clave por pregunta; Enter abre las notas del grupo"
    case .latestKeyPoints: "Últimos puntos clave"
    case .reading: "leyendo…"
    case .noKeyPointYet: "aún sin puntos clave"
    case .dayWithoutAgenda(let day): "\(text(.dayName(day))): sin programa"
    case .dayName(let day): ReportWords(.spanish)(.dayName(day))
    case .timeboxLabel(let all):
      all ? "Todos los grupos: pregunta y minutos (p. ej. ii 15)" : "Pregunta y minutos (p. ej. ii 15)"
    case .fiveMoreMinutes(let group): "Cinco minutos más para \(group)."
    case .fiveMoreMinutesForClocks(let count):
      "Cinco minutos más para \(counted(count, "reloj en marcha", "relojes en marcha"))."
    case .noAgendaYet: "Aún no hay programa: breakout agenda add SESIÓN --day 1 09:00 \"Apertura\""
    case .broadcastLabel: "Mensaje para todas las relatorías"
    case .groupMessageLabel(let number, let group): "Mensaje solo para \(number). \(group)"
    case .helpAcknowledged(let group): "\(group): pedido de ayuda atendido."
    case .nothingSentEmpty: "No se envió nada: el mensaje estaba vacío."
    case .messageSent(let group): group.map { "Mensaje enviado a \($0)." } ?? "Mensaje enviado a todos los grupos."
    case .timeboxStarted(let question, let duration, let groups):
      "Tiempo: pregunta \(question), \(duration), \(groups.count == 1 ? groups[0] : counted(groups.count, "grupo", "grupos"))."
    case .noSuchGroup(let text, let choices):
      "No hay grupo \u{00AB}\(text)\u{00BB}: escriba uno de \(choices), o su número."
    case .timebox(let problem, let first, let last):
      switch problem {
      case .shape: "Escriba la pregunta y los minutos, p. ej. \"ii 15\" o \"iii 2:30\"."
      case .noSuchQuestion(let text): "No hay pregunta \u{00AB}\(text)\u{00BB}: las preguntas son \(first)-\(last)."
      case .notPositive(let text): "\u{00AB}\(text)\u{00BB} minutos: el tiempo debe ser mayor que 0 minutos."
      case .tooLong(let text):
        "\u{00AB}\(text)\u{00BB} minutos supera las diez horas: escriba los minutos, p. ej. \"ii 15\"."
      }

    case .noGroupsYet: "Aún no hay grupos."
    case .onQuestion(let question): "en la pregunta \(question)"
    case .earlierMessage(let line): "Antes: \(line)"
    case .readingGroupNotes: "Leyendo las notas de este grupo…"
    case .noNotesYet: "Aún no hay notas. Pulse a para añadir una."
    case .newNoteTitle(let question): "Nota nueva, pregunta \(question)"
    case .editingNoteTitle(let question): "Editando nota, pregunta \(question)"
    case .unattributed: "sin atribuir"
    case .speakerNow(let name): "(ahora: \(name))"
    case .keyPointField(let on): "Punto clave: " + (on ? "sí" : "no")
    case .speakerField(let name): "Orador: \(name)"
    case .tagsField(let tags): "Etiquetas: \(tags)"
    case .noTags: "ninguna"
    case .askHelpLabel: "Pedir ayuda a la facilitación (en pocas palabras)"
    case .introductionLabel(let group): "Cómo empezó la sesión de \(group), para el resumen (vacío: nada)"
    case .closedNoteBack: "Volvió la nota que cerró."
    case .findLabel: "Buscar en las notas de este grupo"
    case .deleteNoteQuestion(let preview): "¿Borrar \u{00AB}\(preview)\u{00BB}? (y/n)"
    case .moveNoteLabel(let questions): "Mover la nota a la pregunta (\(questions))"
    case .noNoteMentions(let text): "Ninguna nota de este grupo menciona \u{00AB}\(text)\u{00BB}."
    case .speakerCleared: "Orador borrado: la nota queda sin atribuir."
    case .tagKeys: "Etiquetas: c desafío, p práctica, r recomendación, o papel, q cita."
    case .speakerChosen(let name): "Orador: \(name)."
    case .peopleMatch(let count, let query):
      "\(count) personas coinciden con \u{00AB}\(query)\u{00BB}: elija con ↑/↓ y Enter, o escriba más del nombre."
    case .nobodyMatchesSpeaker(let query):
      "Nadie en la lista coincide con \u{00AB}\(query)\u{00BB}: corríjalo, C-u lo borra, o añada a la persona en Participantes."
    case .closedSavingSoon: "Cerrada; la nota se guarda en cuanto se pueda."
    case .closedDraftKept: "Cerrada; el borrador se conserva y vuelve con a."
    case .emptyNote: "La nota está vacía: escriba algo, o Esc para cerrar."
    case .introductionCleared: "El grupo ya no tiene introducción."
    case .introductionSaved: "Guardada: el resumen abre la sección del grupo con ella."
    case .helpRequested: "Se pidió ayuda a la facilitación; aparece en su pantalla hasta que la vea."
    case .moveNoteWhere(let questions): "Escriba la pregunta a la que mover la nota: \(questions)."
    case .noteAlreadyIn(let question): "La nota ya está en la pregunta \(question)."
    case .noteMoved(let question): "Nota movida a la pregunta \(question); conserva su historial."
    case .noteDeleted: "Nota borrada (su historial queda en el archivo de la sesión)."
    case .noteSavedAddingMore: "Nota guardada; guardando lo que añadió mientras esperaba."
    case .editConflict:
      "Alguien cambió esta nota mientras usted la editaba: la suya se guarda como nota nueva junto a la otra."
    case .noteSaved(let question, let day, let link):
      switch link {
      case .local: "Nota guardada en la pregunta \(question)\(dayClause(day))."
      case .offline:
        "Nota guardada aquí en la pregunta \(question)\(dayClause(day)); irá al servidor en cuanto se pueda conectar."
      case .sending: "Nota guardada en la pregunta \(question)\(dayClause(day)); enviándola al servidor."
      }
    case .notSaved(let failure): "No guardado: \(SpanishFailures.sentence(failure)). Lo que escribió se conserva."
    case .waitingForFile:
      "Esperando el archivo de la sesión: otro programa está escribiendo en él. Su nota se conserva y se guarda en cuanto se pueda."
    case .waitingForDisk:
      "El disco está lleno: libere espacio. Lo que escribió se conserva y se guarda en cuanto haya lugar."
    case .draftsLeft(let drafts):
      "Quedó una nota sin guardar: "
        + drafts.map { "\($0.owner.map { "de \($0)" } ?? "suya") en \($0.group ?? "un grupo") (\($0.time))" }
        .joined(separator: "; ") + ". a en las Notas de ese grupo la abre."
    case .unsavedNoteBack: "Volvió su nota sin guardar. Enter la guarda."
    case .draftTakenOver(let owner):
      "Nota sin guardar de \(owner), ahora suya para terminar: Enter la guarda, Esc la deja como borrador."
    case .draftRecovered(let time): "Se recuperó la nota que escribía (guardada a las \(time)). Enter la guarda."
    case .tagName(let tag):
      switch tag {
      case .challenge: "desafío"
      case .practice: "práctica"
      case .recommendation: "recomendación"
      case .role: "papel"
      case .quote: "cita"
      }

    case .historyHeading(let note, let question, let day, let versions):
      "Nota \(note), pregunta \(question), \(text(.dayName(day))): \(counted(versions, "versión", "versiones"))"
    case .historyChange(let change):
      switch change {
      case .written: "escrita"
      case .text: "texto"
      case .speaker: "orador"
      case .tags: "etiquetas"
      case .madeKeyPoint: "marcada como punto clave"
      case .noLongerKeyPoint: "ya no es punto clave"
      }
    case .historyEntry(let revision, let time, let author, let changes):
      "\(revision). \(time), \(author): "
        + (changes.isEmpty ? "guardada de nuevo" : changes.map { text(.historyChange($0)) }.joined(separator: ", "))
    case .historyKeyPoint: ", punto clave"
    case .historyDeleted: "Borrada (se conserva en el archivo de la sesión)."

    case .summaryHeading(let scope, let attribution, let updating, let unstarred):
      "Resumen: \(scope ?? "todos los grupos")  atribución: \(text(.attribution(attribution)))"
        + (updating ? "  (actualizando…)" : "")
        + (unstarred ? "  (algunas respuestas no tienen punto clave: se muestran sus notas)" : "")
    case .attribution(let mode):
      switch mode {
      case .named: "con nombre (con consentimiento)"
      case .affiliation: "por afiliación"
      case .chathamHouse: "ninguna (regla de Chatham House)"
      }
    case .plenaryLabel: "Sección (conclusiones, recomendaciones, mensajes, desarrollo, pasos) y luego la línea"
    case .exportLabel:
      "Exportar: formato archivo [--attribution named|affiliation|none] [--day N] [--all-notes] [--merge-themes]"
    case .attributionChosen(let mode):
      "Atribución: \(text(.attribution(mode))); las exportaciones desde aquí también la usan."
    case .plenaryHowTo:
      "Empiece por la sección (conclusiones, recomendaciones, mensajes, desarrollo, pasos), p. ej. \"conclusiones La colaboración es crucial.\""
    case .addedToProceedings: "Añadido al desarrollo del día en curso."
    case .addedToSection(let section): "Añadido a \(ReportWords(.spanish)(.section(section)))."
    case .stillReading: "Todavía leyendo las notas de los otros grupos; exporte de nuevo en un momento."
    case .exporting(let path): "Exportando \(path)..."
    case .exportRequest(let problem):
      switch problem {
      case .noFormat(let word):
        (word.isEmpty ? "" : "\u{00AB}\(word)\u{00BB} no es un formato. ")
          + "Escriba el formato (\(EnglishInterface.formats)) y el archivo, p. ej. \"md resumen.md\"."
      case .noFile: "Escriba el archivo después del formato, p. ej. \"md resumen.md\"."
      case .unknownOption(let option):
        "\(option) no es una opción de exportación: use --attribution, --day, --all-notes, --trace o --merge-themes."
      case .badValue(let option, let value):
        option == "--attribution"
          ? "--attribution \(value): use named, affiliation o none." : "\(option) \(value): escriba un número."
      case .dayOutOfRange(let day, let days): "--day \(day): la reunión dura \(counted(days, "día", "días"))."
      case .twoFiles(let first, let second):
        "Dos archivos (\(first) y \(second)): ponga entre comillas un nombre con espacios."
      }
    case .exported(let path, let attribution, let withheld):
      "Exportado a \(path) (atribución: \(attribution.rawValue))."
        + (withheld.isEmpty
          ? ""
          : " \(withheld.count == 1 ? "1 nota nombra" : "\(withheld.count) notas nombran") a alguien"
            + (attribution == .chathamHouse
              ? ", escrito [omitido]" : " que no dio su consentimiento, escrito como afiliación")
            + ": reformule la(s) nota(s) " + withheld.map(String.init).joined(separator: ", ") + ".")
    case .notExported(let path, let reason): "No se exportó a \(path): \(reason)."

    case .readOnlySession(let reason): "Esta sesión solo se puede leer aquí (\(reason)): no se puede cambiar nada."
    case .readOnlyAtStart(let reason):
      "Esta sesión solo se puede leer aquí (\(reason)): puede mirar y exportar; no se puede cambiar nada."
    case .exportDefault: "md resumen.md"
    case .rapporteurScreens: "La relatoría tiene las pantallas Notas y Resumen."
    case .rapporteurOwnGroup: "La pantalla de la relatoría muestra solo su propio grupo."
    case .onlyOneGroup: "Solo hay un grupo."
    case .plenaryIsFacilitators: "El plenario lo escribe la facilitación."
    case .rapporteurOwnSummary: "El resumen de la relatoría muestra solo su propio grupo."
    case .facilitatorSeesHelp: "Las relatorías piden ayuda con !; la facilitación la ve en la pantalla Facilitación."
    case .noHelpAsked: "Este grupo no ha pedido ayuda."
    case .noGroupsSetUp: "Aún no hay grupos: créelos con breakout groups set."
    case .noClockForGroup: "Este grupo aún no tiene reloj: inicie uno con s."
    case .noClockYet: "Aún no hay reloj: inicie uno con s o S."
    case .noClockRunning: "Ningún reloj está en marcha; + da cinco minutos más al grupo elegido, en pausa o no."
    case .noNoteToChange: "No hay ninguna nota que cambiar aquí: a añade una."
    case .nobodySelected: "No hay nadie seleccionado."
    case .nobodySelectedInGroup: "No hay nadie seleccionado: j/k eligen a alguien del grupo."
    case .confirmHint: "y para seguir, n o Esc para dejarlo."
    case .cannotOpen(let path, let reason): "no se puede abrir \(path): \(reason)"
    case .notesWaitingOnQuit(let count, let path):
      "\(count == 1 ? "1 nota espera" : "\(count) notas esperan") al servidor: se guardan en \(path) "
        + "y se envían la próxima vez que se abra esta sesión aquí."
    case .notesRefusedOnQuit(let count, let path):
      "el servidor rechazó \(count == 1 ? "1 nota" : "\(count) notas"); se guarda\(count == 1 ? "" : "n") en \(path)."
    }
  }

  private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }
  private static func notes(_ count: Int) -> String { counted(count, "nota", "notas") }
  private static func dayClause(_ day: Int?) -> String {
    day.map { ", \(ReportWords(.spanish)(.dayName($0)).lowercased())" } ?? ""
  }
  private static func lead(_ role: LeadRole) -> String {
    switch role {
    case .moderator: "moderación"
    case .rapporteur: "relatoría"
    }
  }
}
