import BreakoutCore

// The plain mode's words, one catalogue per language. Each switch is exhaustive: a new line does not compile until
// every language says it.

enum EnglishPlain {
  static func text(_ line: PlainText) -> String {
    switch line {
    case .ready(let session, let group):
      "breakout, plain mode. Session: \(session). "
        + (group.map { "You take the notes of \(name($0))." } ?? "You are the facilitator.")
        + " Type help for the commands."
    case .commandsHeading: "Commands:"
    case .commandHelp(let kind):
      switch kind {
      case .note:
        "note [QUESTION] TEXT: add a note, to the group's current question unless one is given (note ii Banks fear opening their doors to NGOs)"
      case .speaker: "speaker NAME: who said the last note (speaker - for nobody)"
      case .key: "key [NOTE]: mark or unmark the last note, or note NOTE, as a key point"
      case .tag: "tag TAG...: tag the last note: challenge, practice, recommendation, role, quote (again to untag)"
      case .notes: "notes [QUESTION]: the notes of a question, one per line"
      case .edit: "edit NOTE TEXT: new words for a note (its history is kept)"
      case .delete: "delete NOTE: delete a note (its history is kept)"
      case .question: "question [QUESTION]: the question notes go to; question auto follows the group"
      case .clock: "clock [GROUP]: how long is left"
      case .groups: "groups: every group, its question, its clock and its notes"
      case .group: "group GROUP: the group whose notes you take (facilitator)"
      case .ask: "ask TEXT: ask the facilitator for help (rapporteur)"
      case .broadcast: "broadcast TEXT: a message to every rapporteur (facilitator)"
      case .timebox:
        "timebox [all] QUESTION MINUTES: start the group's clock, or every group's (facilitator; timebox ii 15)"
      case .next: "next: move the group on to its next question (facilitator)"
      case .summary: "summary: the group's summary as it stands"
      case .export: "export FORMAT FILE [options]: write the summary to a file (md, html, txt, json, csv, docx)"
      case .help: "help: these commands"
      case .quit: "quit: leave (every note is already saved)"
      }
    case .noteSaved(let note, let group, let question): "Note \(note) saved: \(name(group)), question \(question)."
    case .noteWaiting(let group, let question):
      "Note kept here: \(name(group)), question \(question); it goes to the server as soon as it can be reached."
    case .noteLine(let note, let question, let key, let text, let speaker, let tags):
      "Note \(note), question \(question)\(key ? ", key point" : ""): \(sentence(text))"
        + (speaker.map { " Speaker: \($0)." } ?? "")
        + (tags.isEmpty ? "" : " Tags: " + tags.map(\.rawValue).joined(separator: ", ") + ".")
    case .noNotes(let question): "No notes on question \(question) yet."
    case .noLastNote: "No note written here yet: add one with note."
    case .speakerSet(let note, let name): name.map { "Note \(note): speaker \($0)." } ?? "Note \(note): no speaker."
    case .keyPointSet(let note, let on): on ? "Note \(note) is a key point." : "Note \(note) is no longer a key point."
    case .tagsSet(let note, let tags):
      tags.isEmpty ? "Note \(note): no tags." : "Note \(note): tags \(tags.map(\.rawValue).joined(separator: ", "))."
    case .unknownTag(let word):
      "No tag \"\(word)\": the tags are challenge, practice, recommendation, role, quote."
    case .noSuchNote(let id): "There is no note \(id) in this group."
    case .noteDeleted(let id): "Note \(id) deleted; its history is kept."
    case .clockLine(let group, let question, let clock): "\(name(group)): question \(question), \(reading(clock))."
    case .groupLine(let group, let question, let clock, let notes, let keyPoints):
      "\(name(group)): question \(question), \(reading(clock)); \(counted(notes, "note", "notes")), "
        + "\(counted(keyPoints, "key point", "key points"))."
    case .roundLine(let number, let name, let count):
      "Round \(number)\(name.map { ": \($0)" } ?? "") of \(count) is current; its groups:"
    case .questionLine(let label, let text): "Question \(label): \(text)"
    case .notesGoTo(let question): "Notes now go to question \(question)."
    case .notesFollowTheGroup(let question): "Notes now follow the group's question, \(question)."
    case .groupChosen(let group): "Notes now go to \(name(group))."
    case .noSuchQuestion(let text): "No question \"\(text)\"."
    case .noSuchGroupPlain(let text): "No group \"\(text)\"."
    case .speakerUnknown(let text): "Nobody on the roster is called \"\(text)\"."
    case .speakerAmbiguous(let text, let names):
      "Several people match \"\(text)\": \(names.joined(separator: ", ")); write more of the name."
    case .newNote(let group, let question, let author, let text):
      "New note, \(name(group)), question \(question), by \(author): \(text)"
    case .message(let time, let text): "Message from the facilitator, \(time): \(text)"
    case .lastMinute(let group): "\(name(group)): one minute left."
    case .timeUp(let group): "\(name(group)): time is up."
    case .movedOn(let group, let question): "\(name(group)): now on question \(question)."
    case .helpCall(let group, let text): "\(name(group)) asks for help: \(text)"
    case .unknownCommand(let word): "Unknown command \"\(word)\": type help for the commands."
    case .needsText(let kind): "That needs more: \(text(.commandHelp(kind)))"
    case .facilitatorOnly: "Only the facilitator can do that."
    case .rapporteurOnly: "Only a rapporteur can do that."
    case .noGroups: "There are no groups yet."
    case .closing: "Closing."
    case .notSent(let reason): reason
    }
  }

  static func name(_ group: PlainText.GroupName) -> String { "Group \(group.number), \(group.name)" }

  static func reading(_ clock: PlainText.ClockReading) -> String {
    switch clock {
    case .none: "no clock"
    case .ready(let minutes): "clock set for \(counted(minutes, "minute", "minutes")), not started"
    case .running(let seconds): left(seconds)
    case .paused(let seconds): "paused, \(left(seconds))"
    case .over(let seconds):
      seconds < 60 ? "time is up" : "time is up, \(counted(seconds / 60, "minute", "minutes")) over"
    }
  }

  static func left(_ seconds: Int) -> String {
    seconds >= 60
      ? "\(counted((seconds + 59) / 60, "minute", "minutes")) left" : "\(counted(seconds, "second", "seconds")) left"
  }

  static func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
}

enum SpanishPlain {
  static func text(_ line: PlainText) -> String {
    switch line {
    case .ready(let session, let group):
      "breakout, modo de texto. Sesión: \(session). "
        + (group.map { "Usted toma las notas del \(name($0).lowercasedFirst)." } ?? "Usted facilita la reunión.")
        + " Escriba ayuda para ver las órdenes."
    case .commandsHeading: "Órdenes:"
    case .commandHelp(let kind):
      switch kind {
      case .note:
        "nota [PREGUNTA] TEXTO: añade una nota, a la pregunta actual del grupo salvo que se indique otra (nota ii Los bancos temen abrir sus puertas a las ONG)"
      case .speaker: "orador NOMBRE: quién dijo la última nota (orador - para nadie)"
      case .key: "clave [NOTA]: marca o desmarca la última nota, o la nota NOTA, como punto clave"
      case .tag:
        "etiqueta ETIQUETA...: etiqueta la última nota: desafío, práctica, recomendación, papel, cita (otra vez para quitarla)"
      case .notes: "notas [PREGUNTA]: las notas de una pregunta, una por línea"
      case .edit: "editar NOTA TEXTO: nuevo texto para una nota (se conserva su historial)"
      case .delete: "borrar NOTA: borra una nota (se conserva su historial)"
      case .question: "pregunta [PREGUNTA]: la pregunta a la que van las notas; pregunta actual sigue al grupo"
      case .clock: "reloj [GRUPO]: cuánto tiempo queda"
      case .groups: "grupos: cada grupo, su pregunta, su reloj y sus notas"
      case .group: "grupo GRUPO: el grupo cuyas notas toma (facilitación)"
      case .ask: "pedir TEXTO: pide ayuda a la facilitación (relatoría)"
      case .broadcast: "mensaje TEXTO: un mensaje para todas las relatorías (facilitación)"
      case .timebox:
        "tiempo [todos] PREGUNTA MINUTOS: inicia el reloj del grupo, o el de todos (facilitación; tiempo ii 15)"
      case .next: "siguiente: pasa el grupo a su siguiente pregunta (facilitación)"
      case .summary: "resumen: el resumen del grupo tal como está"
      case .export:
        "exportar FORMATO ARCHIVO [opciones]: escribe el resumen en un archivo (md, html, txt, json, csv, docx)"
      case .help: "ayuda: estas órdenes"
      case .quit: "salir: terminar (todas las notas ya están guardadas)"
      }
    case .noteSaved(let note, let group, let question):
      "Nota \(note) guardada: \(name(group).lowercasedFirst), pregunta \(question)."
    case .noteWaiting(let group, let question):
      "Nota guardada aquí: \(name(group).lowercasedFirst), pregunta \(question); irá al servidor en cuanto se pueda conectar."
    case .noteLine(let note, let question, let key, let text, let speaker, let tags):
      "Nota \(note), pregunta \(question)\(key ? ", punto clave" : ""): \(sentence(text))"
        + (speaker.map { " Orador: \($0)." } ?? "")
        + (tags.isEmpty
          ? "" : " Etiquetas: " + tags.map { SpanishInterface.text(.tagName($0)) }.joined(separator: ", ") + ".")
    case .noNotes(let question): "Aún no hay notas en la pregunta \(question)."
    case .noLastNote: "Aún no se escribió ninguna nota aquí: añada una con nota."
    case .speakerSet(let note, let name): name.map { "Nota \(note): orador \($0)." } ?? "Nota \(note): sin orador."
    case .keyPointSet(let note, let on):
      on ? "La nota \(note) es un punto clave." : "La nota \(note) ya no es un punto clave."
    case .tagsSet(let note, let tags):
      tags.isEmpty
        ? "Nota \(note): sin etiquetas."
        : "Nota \(note): etiquetas \(tags.map { SpanishInterface.text(.tagName($0)) }.joined(separator: ", "))."
    case .unknownTag(let word):
      "No hay etiqueta \u{00AB}\(word)\u{00BB}: las etiquetas son desafío, práctica, recomendación, papel, cita."
    case .noSuchNote(let id): "No hay ninguna nota \(id) en este grupo."
    case .noteDeleted(let id): "Nota \(id) borrada; se conserva su historial."
    case .clockLine(let group, let question, let clock): "\(name(group)): pregunta \(question), \(reading(clock))."
    case .groupLine(let group, let question, let clock, let notes, let keyPoints):
      "\(name(group)): pregunta \(question), \(reading(clock)); \(counted(notes, "nota", "notas")), "
        + "\(counted(keyPoints, "punto clave", "puntos clave"))."
    case .roundLine(let number, let name, let count):
      "La ronda \(number)\(name.map { ": \($0)" } ?? "") de \(count) es la actual; sus grupos:"
    case .questionLine(let label, let text): "Pregunta \(label): \(text)"
    case .notesGoTo(let question): "Las notas van ahora a la pregunta \(question)."
    case .notesFollowTheGroup(let question): "Las notas siguen ahora la pregunta del grupo, \(question)."
    case .groupChosen(let group): "Las notas van ahora al \(name(group).lowercasedFirst)."
    case .noSuchQuestion(let text): "No hay pregunta \u{00AB}\(text)\u{00BB}."
    case .noSuchGroupPlain(let text): "No hay grupo \u{00AB}\(text)\u{00BB}."
    case .speakerUnknown(let text): "Nadie en la lista se llama \u{00AB}\(text)\u{00BB}."
    case .speakerAmbiguous(let text, let names):
      "Varias personas coinciden con \u{00AB}\(text)\u{00BB}: \(names.joined(separator: ", ")); escriba más del nombre."
    case .newNote(let group, let question, let author, let text):
      "Nota nueva, \(name(group).lowercasedFirst), pregunta \(question), de \(author): \(text)"
    case .message(let time, let text): "Mensaje de la facilitación, \(time): \(text)"
    case .lastMinute(let group): "\(name(group)): queda un minuto."
    case .timeUp(let group): "\(name(group)): se acabó el tiempo."
    case .movedOn(let group, let question): "\(name(group)): ahora en la pregunta \(question)."
    case .helpCall(let group, let text): "\(name(group)) pide ayuda: \(text)"
    case .unknownCommand(let word): "Orden desconocida \u{00AB}\(word)\u{00BB}: escriba ayuda para ver las órdenes."
    case .needsText(let kind): "Falta algo: \(text(.commandHelp(kind)))"
    case .facilitatorOnly: "Solo la facilitación puede hacerlo."
    case .rapporteurOnly: "Solo una relatoría puede hacerlo."
    case .noGroups: "Aún no hay grupos."
    case .closing: "Cerrando."
    case .notSent(let reason): reason
    }
  }

  static func name(_ group: PlainText.GroupName) -> String { "Grupo \(group.number), \(group.name)" }

  static func reading(_ clock: PlainText.ClockReading) -> String {
    switch clock {
    case .none: "sin reloj"
    case .ready(let minutes): "reloj de \(counted(minutes, "minuto", "minutos")), sin iniciar"
    case .running(let seconds): left(seconds)
    case .paused(let seconds): "en pausa, \(left(seconds))"
    case .over(let seconds):
      seconds < 60 ? "se acabó el tiempo" : "se acabó el tiempo, \(counted(seconds / 60, "minuto", "minutos")) de más"
    }
  }

  static func left(_ seconds: Int) -> String {
    let count = seconds >= 60 ? (seconds + 59) / 60 : seconds
    let unit = seconds >= 60 ? (count == 1 ? "minuto" : "minutos") : (count == 1 ? "segundo" : "segundos")
    return count == 1 ? "queda 1 \(unit)" : "quedan \(count) \(unit)"
  }

  static func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
}

enum FrenchPlain {
  private static let c = "\u{00A0}:"

  static func text(_ line: PlainText) -> String {
    switch line {
    case .ready(let session, let group):
      "breakout, mode texte. Séance\(c) \(session). "
        + (group.map { "Vous prenez les notes du \(name($0).lowercasedFirst)." } ?? "Vous animez la réunion.")
        + " Tapez aide pour les commandes."
    case .commandsHeading: "Commandes\(c)"
    case .commandHelp(let kind):
      switch kind {
      case .note:
        "note [QUESTION] TEXTE\(c) ajoute une note, à la question en cours du groupe sauf si une autre est donnée (note ii Les banques craignent d\u{2019}ouvrir leurs portes aux ONG)"
      case .speaker: "intervenant NOM\(c) qui a dit la dernière note (intervenant - pour personne)"
      case .key: "clé [NOTE]\(c) marque ou démarque la dernière note, ou la note NOTE, comme point clé"
      case .tag:
        "étiquette ÉTIQUETTE...\(c) étiquette la dernière note\(c) défi, pratique, recommandation, rôle, citation (encore pour l\u{2019}enlever)"
      case .notes: "notes [QUESTION]\(c) les notes d\u{2019}une question, une par ligne"
      case .edit: "modifier NOTE TEXTE\(c) un nouveau texte pour une note (son historique est gardé)"
      case .delete: "supprimer NOTE\(c) supprime une note (son historique est gardé)"
      case .question: "question [QUESTION]\(c) la question où vont les notes\u{202F}; question actuelle suit le groupe"
      case .clock: "horloge [GROUPE]\(c) le temps qui reste"
      case .groups: "groupes\(c) chaque groupe, sa question, son horloge et ses notes"
      case .group: "groupe GROUPE\(c) le groupe dont vous prenez les notes (animation)"
      case .ask: "demander TEXTE\(c) demande de l\u{2019}aide à l\u{2019}animation (rapporteur)"
      case .broadcast: "message TEXTE\(c) un message à tous les rapporteurs (animation)"
      case .timebox:
        "minuteur [tous] QUESTION MINUTES\(c) lance l\u{2019}horloge du groupe, ou de tous (animation\u{202F}; minuteur ii 15)"
      case .next: "suivante\(c) fait passer le groupe à la question suivante (animation)"
      case .summary: "synthèse\(c) la synthèse du groupe telle qu\u{2019}elle est"
      case .export:
        "exporter FORMAT FICHIER [options]\(c) écrit la synthèse dans un fichier (md, html, txt, json, csv, docx)"
      case .help: "aide\(c) ces commandes"
      case .quit: "quitter\(c) partir (toutes les notes sont déjà enregistrées)"
      }
    case .noteSaved(let note, let group, let question):
      "Note \(note) enregistrée\(c) \(name(group).lowercasedFirst), question \(question)."
    case .noteWaiting(let group, let question):
      "Note gardée ici\(c) \(name(group).lowercasedFirst), question \(question)\u{202F}; elle part au serveur dès qu\u{2019}il répond."
    case .noteLine(let note, let question, let key, let text, let speaker, let tags):
      "Note \(note), question \(question)\(key ? ", point clé" : "")\(c) \(sentence(text))"
        + (speaker.map { " Intervenant\(c) \($0)." } ?? "")
        + (tags.isEmpty
          ? "" : " Étiquettes\(c) " + tags.map { FrenchInterface.text(.tagName($0)) }.joined(separator: ", ") + ".")
    case .noNotes(let question): "Pas encore de note à la question \(question)."
    case .noLastNote: "Aucune note écrite ici pour l\u{2019}instant\(c) ajoutez-en une avec note."
    case .speakerSet(let note, let name):
      name.map { "Note \(note)\(c) intervenant \($0)." } ?? "Note \(note)\(c) pas d\u{2019}intervenant."
    case .keyPointSet(let note, let on):
      on ? "La note \(note) est un point clé." : "La note \(note) n\u{2019}est plus un point clé."
    case .tagsSet(let note, let tags):
      tags.isEmpty
        ? "Note \(note)\(c) pas d\u{2019}étiquette."
        : "Note \(note)\(c) étiquettes \(tags.map { FrenchInterface.text(.tagName($0)) }.joined(separator: ", "))."
    case .unknownTag(let word):
      "Pas d\u{2019}étiquette «\u{00A0}\(word)\u{00A0}»\(c) les étiquettes sont défi, pratique, recommandation, rôle, citation."
    case .noSuchNote(let id): "Il n\u{2019}y a pas de note \(id) dans ce groupe."
    case .noteDeleted(let id): "Note \(id) supprimée\u{202F}; son historique est gardé."
    case .clockLine(let group, let question, let clock): "\(name(group))\(c) question \(question), \(reading(clock))."
    case .groupLine(let group, let question, let clock, let notes, let keyPoints):
      "\(name(group))\(c) question \(question), \(reading(clock))\u{202F}; \(counted(notes, "note", "notes")), "
        + "\(counted(keyPoints, "point clé", "points clés"))."
    case .roundLine(let number, let name, let count):
      "Le tour \(number)\(name.map { "\u{00A0}: \($0)" } ?? "") sur \(count) est en cours\u{202F}; ses groupes\(c)"
    case .questionLine(let label, let text): "Question \(label)\(c) \(text)"
    case .notesGoTo(let question): "Les notes vont maintenant à la question \(question)."
    case .notesFollowTheGroup(let question): "Les notes suivent maintenant la question du groupe, \(question)."
    case .groupChosen(let group): "Les notes vont maintenant au \(name(group).lowercasedFirst)."
    case .noSuchQuestion(let text): "Pas de question «\u{00A0}\(text)\u{00A0}»."
    case .noSuchGroupPlain(let text): "Pas de groupe «\u{00A0}\(text)\u{00A0}»."
    case .speakerUnknown(let text): "Personne dans la liste ne s\u{2019}appelle «\u{00A0}\(text)\u{00A0}»."
    case .speakerAmbiguous(let text, let names):
      "Plusieurs personnes correspondent à «\u{00A0}\(text)\u{00A0}»\(c) \(names.joined(separator: ", "))\u{202F}; tapez la suite du nom."
    case .newNote(let group, let question, let author, let text):
      "Nouvelle note, \(name(group).lowercasedFirst), question \(question), de \(author)\(c) \(text)"
    case .message(let time, let text): "Message de l\u{2019}animation, \(time)\(c) \(text)"
    case .lastMinute(let group): "\(name(group))\(c) il reste une minute."
    case .timeUp(let group): "\(name(group))\(c) le temps est écoulé."
    case .movedOn(let group, let question): "\(name(group))\(c) passe à la question \(question)."
    case .helpCall(let group, let text): "\(name(group)) demande de l\u{2019}aide\(c) \(text)"
    case .unknownCommand(let word): "Commande inconnue «\u{00A0}\(word)\u{00A0}»\(c) tapez aide pour les commandes."
    case .needsText(let kind): "Il manque quelque chose\(c) \(text(.commandHelp(kind)))"
    case .facilitatorOnly: "Seule l\u{2019}animation peut le faire."
    case .rapporteurOnly: "Seul un rapporteur peut le faire."
    case .noGroups: "Aucun groupe pour l\u{2019}instant."
    case .closing: "Fermeture."
    case .notSent(let reason): reason
    }
  }

  static func name(_ group: PlainText.GroupName) -> String { "Groupe \(group.number), \(group.name)" }

  static func reading(_ clock: PlainText.ClockReading) -> String {
    switch clock {
    case .none: "pas d\u{2019}horloge"
    case .ready(let minutes): "horloge réglée sur \(counted(minutes, "minute", "minutes")), pas lancée"
    case .running(let seconds): left(seconds)
    case .paused(let seconds): "en pause, \(left(seconds))"
    case .over(let seconds):
      seconds < 60
        ? "le temps est écoulé" : "le temps est écoulé, \(counted(seconds / 60, "minute", "minutes")) de plus"
    }
  }

  static func left(_ seconds: Int) -> String {
    let count = seconds >= 60 ? (seconds + 59) / 60 : seconds
    let unit = seconds >= 60 ? (count <= 1 ? "minute" : "minutes") : (count <= 1 ? "seconde" : "secondes")
    return "il reste \(count) \(unit)"
  }

  static func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count <= 1 ? one : many)" }
}

/// A note's words as a sentence: a full stop added unless it ends in one already (or in ! ? …).
func sentence(_ text: String) -> String {
  let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
  guard let last = trimmed.last else { return trimmed }
  return ".!?…".contains(last) ? trimmed : trimmed + "."
}

extension String {
  /// "grupo 1, …" inside a sentence ("del grupo 1"), from "Grupo 1, …".
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
