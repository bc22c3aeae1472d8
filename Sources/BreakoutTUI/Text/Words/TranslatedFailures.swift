import BreakoutCore

// What storage says, in Spanish and in French (the English is `StorageFailure.sentence`, which the command line
// shares). Each language's switch is exhaustive: a new failure does not compile until every language says it.

enum SpanishFailures {
  static func sentence(_ failure: StorageFailure) -> String {
    switch failure {
    case .busy: "el archivo de la sesión está ocupado: otro programa está escribiendo en él; inténtelo de nuevo"
    case .diskFull: "el disco está lleno; libere espacio e inténtelo de nuevo"
    case .readOnly(let reason): "esta sesión solo se puede leer aquí (\(reason))"
    case .refused(let refusal): sentence(refusal)
    case .unreachable: "no se puede contactar con el servidor de la sesión; inténtelo de nuevo cuando responda"
    case .unexpected(let detail): "no se pudo guardar ni leer la sesión (\(InertText.visible(detail)))"
    }
  }

  static func sentence(_ refusal: StorageRefusal) -> String {
    switch refusal {
    case .themeShortNameInvalid: "el nombre corto de un tema lleva letras, cifras y guiones, p. ej. salud"
    case .themeNeedsName: "el tema necesita un nombre"
    case .themeTaken(let short): "ya hay un tema llamado \(InertText.visible(short))"
    case .noTheme(let reference, let known):
      "no hay tema llamado \u{00AB}\(InertText.visible(reference))\u{00BB}"
        + (known.isEmpty ? "" : "; los temas son \(known.joined(separator: ", "))")
    case .questionNeedsNumberAndText: "una pregunta necesita un número desde 1 y un texto"
    case .questionOutOfOrder(let count): "la sesión tiene \(count) preguntas; la siguiente es la número \(count + 1)"
    case .noQuestion(let number): "la sesión no tiene pregunta \(Question.roman(number))"
    case .onlyLastQuestionRemovable(let last): "solo se puede quitar la última pregunta (\(Question.roman(last)))"
    case .questionHasNotes(let number, let notes):
      "la pregunta \(Question.roman(number)) tiene \(notes) notas y no se puede quitar"
    case .noWords: "escriba el texto"
    case .noGroup: "ese grupo no existe"
    case .noRound(let number, let rounds):
      "no hay ronda \(number); la sesión tiene \(rounds == 1 ? "una ronda" : "las rondas 1 a \(rounds)")"
    case .roundNeedsGroups:
      "una ronda parte de los grupos de la ronda actual, y todavía no hay ninguno: `breakout groups set`"
    case .groupCountOutOfRange(let theme): "\(theme): indique entre 0 y 26 grupos"
    case .capacityBelowOne: "la capacidad debe ser al menos 1"
    case .groupHasNotes(let name, let notes): "\(InertText.visible(name)) tiene \(notes) notas y no se puede quitar"
    case .ruleNeedsTwoPeople: "una regla necesita dos personas distintas"
    case .participantNeedsName: "cada participante necesita un nombre"
    case .participantGone: "esa persona ya no está en la lista"
    case .emailTaken: "ya hay alguien con ese correo en la lista"
    case .rosterUnreadable(let error):
      "no se puede importar la lista, no se importó nada: \(SpanishRoster.error(error))"
    case .emptyNote: "la nota está vacía"
    case .noNote(let id): "no existe la nota \(id)"
    case .emptyMessage: "el mensaje está vacío"
    case .emptyLine: "la línea está vacía"
    case .noDay(let day, let days): "la reunión dura \(days) día\(days == 1 ? "" : "s"); no hay día \(day)"
    case .noPlenaryLine(let id): "no existe la línea de plenario \(id)"
    case .noteImport(let refusal):
      switch refusal {
      case .unreadable(let reason): "no se pueden importar las notas: \(reason)"
      case .missingColumn(let name): "no se pueden importar las notas: el archivo no tiene columna \(name)"
      case .fieldCount(let line, let fields, let header):
        "no se pueden importar las notas: la línea \(line) tiene \(fields) campos, el encabezado \(header)"
      case .noGroup(let line, let group):
        "no se pueden importar las notas: línea \(line): no hay grupo \u{00AB}\(InertText.visible(group))\u{00BB}"
      case .noQuestion(let line, let question):
        "no se pueden importar las notas: línea \(line): no hay pregunta \u{00AB}\(InertText.visible(question))\u{00BB}"
      }
    case .conflictsWithStored: "no guardado: choca con lo que ya está en la sesión"
    case .notAllowed: "el servidor no permite a este usuario hacer ese cambio"
    case .noteNotSentYet: "la nota aún no llegó al servidor; inténtelo de nuevo cuando llegue"
    case .noSessionStored: "el archivo de la sesión no contiene ninguna sesión"
    case .unreadableTime(let value): "el archivo de la sesión tiene una hora ilegible: \(InertText.visible(value))"
    }
  }
}

enum FrenchFailures {
  private static let c = "\u{00A0}:"

  static func sentence(_ failure: StorageFailure) -> String {
    switch failure {
    case .busy: "le fichier de la séance est occupé\(c) un autre programme y écrit\u{202F}; réessayez"
    case .diskFull: "le disque est plein\u{202F}; libérez de la place et réessayez"
    case .readOnly(let reason): "cette séance ne peut être que lue ici (\(reason))"
    case .refused(let refusal): sentence(refusal)
    case .unreachable: "le serveur de la séance est injoignable\u{202F}; réessayez quand il répondra"
    case .unexpected(let detail): "la séance n\u{2019}a pu être ni enregistrée ni lue (\(InertText.visible(detail)))"
    }
  }

  static func sentence(_ refusal: StorageRefusal) -> String {
    switch refusal {
    case .themeShortNameInvalid: "le nom court d\u{2019}un thème est fait de lettres, chiffres et tirets, p. ex. sante"
    case .themeNeedsName: "le thème doit avoir un nom"
    case .themeTaken(let short): "il existe déjà un thème nommé \(InertText.visible(short))"
    case .noTheme(let reference, let known):
      "aucun thème nommé «\u{00A0}\(InertText.visible(reference))\u{00A0}»"
        + (known.isEmpty ? "" : "\u{202F}; les thèmes sont \(known.joined(separator: ", "))")
    case .questionNeedsNumberAndText: "une question doit avoir un numéro à partir de 1 et un texte"
    case .questionOutOfOrder(let count):
      "la séance a \(count) questions\u{202F}; la suivante porte le numéro \(count + 1)"
    case .noQuestion(let number): "la séance n\u{2019}a pas de question \(Question.roman(number))"
    case .onlyLastQuestionRemovable(let last): "seule la dernière question (\(Question.roman(last))) peut être retirée"
    case .questionHasNotes(let number, let notes):
      "la question \(Question.roman(number)) a \(notes) notes et ne peut pas être retirée"
    case .noWords: "donnez le texte"
    case .noGroup: "ce groupe n\u{2019}existe pas"
    case .noRound(let number, let rounds):
      "il n\u{2019}y a pas de tour \(number)\u{00A0}; la session a \(rounds == 1 ? "un tour" : "les tours 1 à \(rounds)")"
    case .roundNeedsGroups:
      "un tour part des groupes du tour en cours, et il n\u{2019}y en a pas encore\(c) `breakout groups set`"
    case .groupCountOutOfRange(let theme): "\(theme)\(c) indiquez entre 0 et 26 groupes"
    case .capacityBelowOne: "la capacité doit être d\u{2019}au moins 1"
    case .groupHasNotes(let name, let notes): "\(InertText.visible(name)) a \(notes) notes et ne peut pas être retiré"
    case .ruleNeedsTwoPeople: "une règle porte sur deux personnes différentes"
    case .participantNeedsName: "un participant doit avoir un nom"
    case .participantGone: "cette personne n\u{2019}est plus dans la liste"
    case .emailTaken: "quelqu\u{2019}un avec ce courriel est déjà dans la liste"
    case .rosterUnreadable(let error):
      "import de la liste impossible, rien n\u{2019}a été importé\(c) \(FrenchRoster.error(error))"
    case .emptyNote: "la note est vide"
    case .noNote(let id): "il n\u{2019}y a pas de note \(id)"
    case .emptyMessage: "le message est vide"
    case .emptyLine: "la ligne est vide"
    case .noDay(let day, let days):
      "la réunion dure \(days) jour\(days <= 1 ? "" : "s")\u{202F}; il n\u{2019}y a pas de jour \(day)"
    case .noPlenaryLine(let id): "il n\u{2019}y a pas de ligne de plénière \(id)"
    case .noteImport(let refusal):
      switch refusal {
      case .unreadable(let reason): "import des notes impossible\(c) \(reason)"
      case .missingColumn(let name): "import des notes impossible\(c) le fichier n\u{2019}a pas de colonne \(name)"
      case .fieldCount(let line, let fields, let header):
        "import des notes impossible\(c) la ligne \(line) a \(fields) champs, l\u{2019}en-tête \(header)"
      case .noGroup(let line, let group):
        "import des notes impossible\(c) ligne \(line)\(c) pas de groupe «\u{00A0}\(InertText.visible(group))\u{00A0}»"
      case .noQuestion(let line, let question):
        "import des notes impossible\(c) ligne \(line)\(c) pas de question «\u{00A0}\(InertText.visible(question))\u{00A0}»"
      }
    case .conflictsWithStored: "non enregistré\(c) cela contredit ce que la séance contient déjà"
    case .notAllowed: "le serveur ne permet pas à cet identifiant de faire ce changement"
    case .noteNotSentYet: "la note n\u{2019}est pas encore arrivée au serveur\u{202F}; réessayez quand elle y sera"
    case .noSessionStored: "le fichier de la séance ne contient aucune séance"
    case .unreadableTime(let value):
      "le fichier de la séance contient une heure illisible\(c) \(InertText.visible(value))"
    }
  }
}
