import BreakoutCore
import Foundation

/// The screen's words in French (a no-break space before a colon, as French sets it).
enum FrenchInterface {
  static func text(_ message: UIText) -> String {
    switch message {
    case .screenTitle(let screen):
      switch screen {
      case .roster: "Participants"
      case .groups: "Groupes"
      case .facilitate: "Animation"
      case .notes: "Notes"
      case .summary: "Synthèse"
      }
    case .terminalTooSmall(let width, let height): "terminal trop petit\n(il faut \(width)x\(height))"
    case .quitsHint: "q quitte"
    case .readOnlyBadge: "LECTURE SEULE"
    case .rapporteurBadge(let group): "rapport\(c) \(group)"
    case .offlineWaiting(let count): "hors ligne\(c) \(notes(count)) en attente"
    case .offline: "hors ligne"
    case .sending(let count): "envoi de \(notes(count))"
    case .refusedByServer(let count):
      (count == 1 ? "1 note refusée par le serveur" : "\(count) notes refusées par le serveur")
        + " (W\u{00A0}: pourquoi)"
    case .refusedHeading(let count):
      (count == 1 ? "1 note refusée" : "\(count) notes refusées")
        + " par le serveur, gardées sur cet ordinateur\u{202F}: recopiez leurs mots dans de nouvelles notes"
    case .refusedEntry(let group, let question, let time):
      "\(group), question \(question), enregistrée à \(time)"
    case .refusedWhy(let reason): "pourquoi\u{00A0}: \(reason)"
    case .noRefusedNotes: "Le serveur n\u{2019}a refusé aucune note."
    case .movesRefusedByServer(let count):
      (count == 1 ? "1 changement de groupe refusé" : "\(count) changements de groupe refusés")
        + " par le serveur (W\u{00A0}: pourquoi)"
    case .refusedMovesHeading(let count):
      (count == 1 ? "1 changement de groupe fait" : "\(count) changements de groupe faits")
        + " hors ligne et refusés par le serveur\u{202F}: refaites ce qui doit encore l\u{2019}être"
    case .refusedMoveEntry(let name, let group, let time):
      "\(name) vers \(group ?? "aucun groupe"), déplacé à \(time)"
    case .dateSpan(let first, let last): "du \(first) au \(last)"
    case .promptHints: " Entrée valide, Échap annule"
    case .broadcastLine(let group, let time, let text):
      "Message\(group.map { " pour \($0)" } ?? "") \(time)\(c) \(text)"
    case .helpScroll(let shown, let total): "\(shown)/\(total) j/k défile"
    case .helpScreenHeading(let screen): "Touches de l\u{2019}écran \(text(.screenTitle(screen)))"
    case .helpScope(let scope):
      switch scope {
      case .editor: "En tapant une note"
      case .textFields: "Dans tout champ de texte (note, intervenant, invite, formulaire, filtre, recherche)"
      case .form: "Dans le formulaire de participant"
      case .prompt: "Dans une invite d\u{2019}une ligne"
      case .confirmation: "Quand une confirmation est demandée"
      case .preview: "Avec une répartition proposée"
      case .help: "Dans cette aide"
      case .history: "Dans l\u{2019}historique d\u{2019}une note"
      case .refused: "Dans les notes qu\u{2019}un serveur a refusées"
      case .everywhere, .screen, .lists: ""
      }

    case .rosterColumn(let column):
      switch column {
      case .name: "Nom"
      case .organisation: "Organisation"
      case .type: "Type"
      case .country: "Pays"
      case .group: "Groupe"
      case .role: "Rôle"
      }
    case .absent: "absent"
    case .waiting: "en attente"
    case .locked: "fixé"
    case .noParticipantsYet: "Aucun participant pour l\u{2019}instant\(c) breakout roster import SÉANCE FICHIER.csv"
    case .nobodyMatches: "Personne ne correspond."
    case .peopleCount(let count, let matching, let types):
      "\(counted(count, "personne", "personnes"))\(matching.map { " avec «\u{00A0}\($0)\u{00A0}»" } ?? "")\(c) \(types)"
    case .countriesCount(let count, let list, let more): "\(count) pays\(c) \(list)\(more ? ", ..." : "")"
    case .addParticipantTitle: "Ajouter un participant"
    case .editParticipantTitle(let name): "Modifier \(name)"
    case .formField(let field):
      switch field {
      case .name: "Nom"
      case .organisation: "Organisation"
      case .stakeholderType: "Type d\u{2019}acteur"
      case .country: "Pays"
      case .email: "Courriel"
      case .role: "Rôle"
      case .consent: "Accepte d\u{2019}être cité"
      }
    case .yes: "oui"
    case .no: "non"
    case .stakeholder(let type): ReportWords(.french)(.stakeholder(type))
    case .stakeholderShort(let type):
      switch type {
      case .government: "Gouv"
      case .privateSector: "Privé"
      case .civilSociety: "ONG"
      case .academia: "Univ"
      case .internationalOrganisation: "OI"
      case .other: "Autre"
      case .unspecified: "?"
      }
    case .role(let role):
      switch role {
      case .participant: "participant"
      case .speaker: "intervenant"
      case .moderator: "animation"
      case .rapporteur: "rapport"
      case .facilitator: "facilitation"
      }
    case .nothingChanged: "Rien n\u{2019}a changé."
    case .participantNeedsName: "Un participant doit avoir un nom."
    case .participantAdded(let name): "\(name) ajouté."
    case .participantSaved(let name): "\(name) enregistré."
    case .filterLabel: "Filtrer"
    case .removeParticipantQuestion(let name, let notes):
      "Retirer \(name) de la liste"
        + (notes == nil
          ? "\u{202F}? Ses notes ne seront plus attribuées"
          : notes == 0
            ? "\u{202F}?"
            : "\u{202F}? \(notes == 1 ? "1 de ses notes ne sera" : "\(notes ?? 0) de ses notes ne seront") plus attribuée\(notes == 1 ? "" : "s")")
        + " (y/n)"
    case .arrived(let name): "\(name) est arrivé et attend un groupe\(c) a sur l\u{2019}écran Groupes l\u{2019}y place."
    case .markedAbsent(let name, let group):
      "\(name) est noté absent" + (group.map { " et quitte \($0)" } ?? "")
        + "\u{202F}; x de nouveau s\u{2019}il arrive."
    case .removedFromRoster: "Retiré de la liste."

    case .noGroupsForGroups:
      "Aucun groupe pour l\u{2019}instant\(c) breakout groups set SÉANCE supply-chain=2 technology=1 finance=1"
    case .assignmentUnderWay(let people): "Constitution des groupes pour \(people) personnes…"
    case .assignmentUnderWayKeysWork(let people):
      "Constitution des groupes pour \(people) personnes… (les touches restent actives)"
    case .assignmentStillUnderWay: "Constitution des groupes\(c) toujours en cours."
    case .waitingForGroup(let count, let names): "en attente de groupe (\(count))\(c) \(names)"
    case .absentList(let count, let names): "absents (\(count))\(c) \(names)"
    case .proposedAssignment: "Répartition proposée (Entrée accepte, Échap écarte)"
    case .emptyGroup: "vide"
    case .moderatorMark: " (animation)"
    case .rapporteurMark: " (rapport)"
    case .lockedMark: " [fixé]"
    case .moveLabel(let name, let choices): "Déplacer \(name) vers (\(choices))"
    case .roundShown(let number, let name, let count, let current):
      "Tour \(number)\(name.map { "\u{00A0}: \($0)" } ?? "") sur \(count)"
        + (current ? " (en cours)" : " (tel qu\u{2019}il était\u{00A0}: lecture seule)") + "  [ ]\u{00A0}: autres tours"
    case .pastRoundReadOnly(let number, let current):
      "Le tour \(number) ne peut qu\u{2019}être consulté ici\u{00A0}; ] revient au tour \(current) "
        + "(`breakout round current` rend un autre tour courant)."
    case .roundNowCurrent(let number, let name, let canRegroup):
      "Le tour \(number)\(name.map { "\u{00A0}: \($0)" } ?? "") est maintenant en cours\u{00A0}; cet écran suit ses groupes."
        + (canRegroup ? " A regroupe les personnes non fixées pour rencontrer d\u{2019}autres personnes." : "")
    case .newRoundLabel(let number):
      "Le tour \(number) commence avec ces groupes\u{00A0}; son nom (Entrée\u{00A0}: aucun, Échap\u{00A0}: pas de nouveau tour)\u{00A0}: "
    case .startingRound: "Début du nouveau tour..."
    case .facilitatorOnlyRounds: "Seule l\u{2019}animation commence un tour."
    case .repeatedPairs(let count): "paires à nouveau ensemble\u{00A0}: \(count)"
    case .roomsLabel: "Salles pour zoom ou teams, et un fichier (p. ex. zoom salles.csv)\u{00A0}: "
    case .roomsWritten(let path, let tool, let rooms, let names):
      "\(rooms) salles pour \(tool) écrites dans \(path)."
        + (names.isEmpty
          ? "" : " Sans adresse électronique, à affecter pendant la réunion\u{00A0}: \(names.joined(separator: ", ")).")
    case .oneRound: "Cette session n\u{2019}a qu\u{2019}un tour\u{00A0}; `breakout round new` en commence un autre."
    case .everyoneHasGroup:
      "Tout le monde a déjà un groupe\u{202F}; A répartit de nouveau tous ceux qui ne sont pas fixés."
    case .alreadyInGroup(let name, let group): "\(name) est déjà dans \(group)."
    case .keptApart(let name, let other, let group):
      "Pas de déplacement\(c) une règle sépare \(name) de \(other), qui est dans \(group)."
    case .keptTogether(let name, let other, let group):
      "Pas de déplacement\(c) une règle garde \(name) avec \(other), qui reste dans \(group ?? "un autre groupe")\u{202F}; déplacez aussi \(other)."
    case .groupFullQuestion(let group, let members, let capacity, let name):
      "\(group) est complet (\(members)/\(capacity)). Porter sa capacité à \(members + 1) et y déplacer \(name)\u{202F}? (y/n)"
    case .moved(let name, let from, let to, let raised):
      "\(name) est passé de \(from ?? "aucun groupe") à \(to ?? "ce groupe")"
        + (raised ? "\u{202F}; sa capacité augmente d\u{2019}une place" : "") + ". u annule, L l\u{2019}y fixe."
    case .noMoveToUndo: "Aucun déplacement à annuler."
    case .movedBack(let name, let group): "\(name) est revenu dans \(group ?? "aucun groupe")."
    case .noGroupYet(let name): "\(name) n\u{2019}a pas encore de groupe\(c) placez-le d\u{2019}abord."
    case .secondLeadQuestion(let name, let role, let group, let newRole, let newGroup):
      "\(name) assure déjà \(lead(role)) de \(group). Lui confier aussi \(lead(newRole)) de \(newGroup)\u{202F}? (y/n)"
    case .nowLead(let name, let role, let group):
      "\(name ?? "Cette personne") assure maintenant \(lead(role)) de \(group ?? "ce groupe")."
    case .qualityScore(let score): String(format: "Q = %.3f (plus bas, c\u{2019}est mieux)", score)
    case .qualityTerms(let unmet, let size, let mix, let country, let violations):
      String(format: "U %d  S %d  M %.1f  C %d  infractions %d", unmet, size, mix, country, violations)
    case .qualityFigures(let met, let smallest, let largest, let fewest, let share):
      String(
        format: "préférences respectées %.0f %%, tailles %d-%d, types minimum %d, part du premier pays %.0f %%", met,
        smallest, largest, fewest, share)
    case .placingWaiting(let count): "Placement de \(count) sans groupe\u{202F}; personne d\u{2019}autre ne bouge."
    case .everyoneReassigned: "Tous ceux qui ne sont pas fixés sont répartis de nouveau."
    case .cannotAssign(let reason): "Répartition impossible\(c) \(reason)"
    case .assignmentSaved: "Répartition enregistrée."
    case .assignmentDiscarded: "Répartition écartée\u{202F}; rien n\u{2019}a changé."
    case .acceptOrDiscardFirst: "Acceptez d\u{2019}abord la répartition proposée avec Entrée, ou écartez-la avec Échap."

    case .noClock: "pas d\u{2019}horloge"
    case .clockReady(let left): "\(left) prête"
    case .clockRunning(let left): "\(left) en cours"
    case .clockPaused(let left): "\(left) en pause"
    case .clockLastMinute(let left): "\(left) DERNIÈRE MINUTE"
    case .clockTimeUp(let left): "TEMPS ÉCOULÉ \(left)"
    case .noGroupsForFacilitate:
      "Aucun groupe pour l\u{2019}instant\(c) créez-les sur l\u{2019}écran Groupes ou avec breakout groups set"
    case .facilitateColumnGroup: "Groupe"
    case .facilitateColumnNow: "Q."
    case .facilitateColumnClock: "Horloge"
    case .helpCall(let time, let text, let more): "AIDE \(time)\(c) \(text)\(more > 0 ? " (+\(more))" : "")"
    case .facilitateLegend: "notes/points clés par question\u{202F}; Entrée ouvre les notes du groupe"
    case .latestKeyPoints: "Derniers points clés"
    case .reading: "lecture…"
    case .noKeyPointYet: "pas encore de point clé"
    case .dayWithoutAgenda(let day): "\(text(.dayName(day)))\(c) pas de programme"
    case .dayName(let day): ReportWords(.french)(.dayName(day))
    case .timeboxLabel(let all):
      all ? "Tous les groupes\(c) question et minutes (p. ex. ii 15)" : "Question et minutes (p. ex. ii 15)"
    case .fiveMoreMinutes(let group): "Cinq minutes de plus pour \(group)."
    case .fiveMoreMinutesForClocks(let count):
      "Cinq minutes de plus pour \(counted(count, "horloge en cours", "horloges en cours"))."
    case .noAgendaYet: "Pas encore de programme\(c) breakout agenda add SÉANCE --day 1 09:00 \"Ouverture\""
    case .broadcastLabel: "Message à tous les rapporteurs"
    case .groupMessageLabel(let number, let group): "Message pour \(number). \(group) seulement"
    case .helpAcknowledged(let group): "\(group)\(c) appel à l\u{2019}aide vu."
    case .nothingSentEmpty: "Rien n\u{2019}a été envoyé\(c) le message était vide."
    case .messageSent(let group): group.map { "Message envoyé à \($0)." } ?? "Message envoyé à tous les groupes."
    case .timeboxStarted(let question, let duration, let groups):
      "Minuteur\(c) question \(question), \(duration), \(groups.count == 1 ? groups[0] : counted(groups.count, "groupe", "groupes"))."
    case .noSuchGroup(let text, let choices):
      "Pas de groupe «\u{00A0}\(text)\u{00A0}»\(c) écrivez l\u{2019}un de \(choices), ou son numéro."
    case .timebox(let problem, let first, let last):
      switch problem {
      case .shape: "Écrivez la question et les minutes, p. ex. «\u{00A0}ii 15\u{00A0}» ou «\u{00A0}iii 2:30\u{00A0}»."
      case .noSuchQuestion(let text):
        "Pas de question «\u{00A0}\(text)\u{00A0}»\(c) les questions vont de \(first) à \(last)."
      case .notPositive(let text): "«\u{00A0}\(text)\u{00A0}» minutes\(c) il faut plus de 0 minute."
      case .tooLong(let text):
        "«\u{00A0}\(text)\u{00A0}» minutes dépasse dix heures\(c) écrivez les minutes, p. ex. «\u{00A0}ii 15\u{00A0}»."
      }

    case .noGroupsYet: "Aucun groupe pour l\u{2019}instant."
    case .onQuestion(let question): "à la question \(question)"
    case .earlierMessage(let line): "Plus tôt\(c) \(line)"
    case .readingGroupNotes: "Lecture des notes de ce groupe…"
    case .noNotesYet: "Aucune note pour l\u{2019}instant. Appuyez sur a pour en ajouter une."
    case .newNoteTitle(let question): "Nouvelle note, question \(question)"
    case .editingNoteTitle(let question): "Modification de la note, question \(question)"
    case .unattributed: "non attribuée"
    case .speakerNow(let name): "(actuel\(c) \(name))"
    case .keyPointField(let on): "Point clé\(c) " + (on ? "oui" : "non")
    case .speakerField(let name): "Intervenant\(c) \(name)"
    case .tagsField(let tags): "Étiquettes\(c) \(tags)"
    case .noTags: "aucune"
    case .askHelpLabel: "Demander de l\u{2019}aide à l\u{2019}animation (en quelques mots)"
    case .introductionLabel(let group): "Comment la séance de \(group) a commencé, pour la synthèse (vide\(c) rien)"
    case .closedNoteBack: "La note fermée est revenue."
    case .findLabel: "Chercher dans les notes de ce groupe"
    case .deleteNoteQuestion(let preview): "Supprimer «\u{00A0}\(preview)\u{00A0}»\u{202F}? (y/n)"
    case .moveNoteLabel(let questions): "Déplacer la note vers la question (\(questions))"
    case .noNoteMentions(let text): "Aucune note de ce groupe ne mentionne «\u{00A0}\(text)\u{00A0}»."
    case .speakerCleared: "Intervenant effacé\(c) la note n\u{2019}est plus attribuée."
    case .tagKeys: "Étiquettes\(c) c défi, p pratique, r recommandation, o rôle, q citation."
    case .speakerChosen(let name): "Intervenant\(c) \(name)."
    case .peopleMatch(let count, let query):
      "\(count) personnes correspondent à «\u{00A0}\(query)\u{00A0}»\(c) choisissez avec ↑/↓ et Entrée, ou tapez la suite du nom."
    case .nobodyMatchesSpeaker(let query):
      "Personne dans la liste ne correspond à «\u{00A0}\(query)\u{00A0}»\(c) corrigez, C-u efface, ou ajoutez la personne sur l\u{2019}écran Participants."
    case .closedSavingSoon: "Fermée\u{202F}; la note est enregistrée dès que possible."
    case .closedDraftKept: "Fermée\u{202F}; le brouillon est gardé et revient avec a."
    case .emptyNote: "La note est vide\(c) tapez quelque chose, ou Échap pour fermer."
    case .introductionCleared: "Le groupe n\u{2019}a plus d\u{2019}introduction."
    case .introductionSaved: "Enregistrée\(c) la synthèse ouvre la section du groupe avec elle."
    case .helpRequested:
      "L\u{2019}animation a reçu votre demande d\u{2019}aide\u{202F}; elle reste sur son écran jusqu\u{2019}à ce qu\u{2019}elle la voie."
    case .moveNoteWhere(let questions): "Écrivez la question où déplacer la note\(c) \(questions)."
    case .noteAlreadyIn(let question): "La note est déjà à la question \(question)."
    case .noteMoved(let question): "Note déplacée à la question \(question)\u{202F}; elle garde son historique."
    case .noteDeleted: "Note supprimée (son historique reste dans le fichier de la séance)."
    case .noteSavedAddingMore: "Note enregistrée\u{202F}; enregistrement de ce que vous avez ajouté entre-temps."
    case .editConflict:
      "Quelqu\u{2019}un a modifié cette note pendant que vous la modifiiez\(c) la vôtre est enregistrée comme nouvelle note à côté."
    case .noteSaved(let question, let day, let link):
      switch link {
      case .local: "Note enregistrée à la question \(question)\(dayClause(day))."
      case .offline:
        "Note enregistrée ici à la question \(question)\(dayClause(day))\u{202F}; elle part au serveur dès qu\u{2019}il répond."
      case .sending: "Note enregistrée à la question \(question)\(dayClause(day))\u{202F}; envoi au serveur."
      }
    case .notSaved(let failure):
      "Non enregistré\(c) \(FrenchFailures.sentence(failure)). Ce que vous avez tapé est gardé."
    case .waitingForFile:
      "En attente du fichier de la séance\(c) un autre programme y écrit. Votre note est gardée et enregistrée dès que possible."
    case .waitingForDisk:
      "Le disque est plein\(c) libérez de la place. Ce que vous avez tapé est gardé et enregistré dès qu\u{2019}il y aura de la place."
    case .draftsLeft(let drafts):
      "Une note n\u{2019}a pas été enregistrée\(c) "
        + drafts.map {
          "\($0.owner.map { "celle de \($0)" } ?? "la vôtre") dans \($0.group ?? "un groupe") (\($0.time))"
        }
        .joined(separator: "\u{202F}; ") + ". a dans les Notes de ce groupe l\u{2019}ouvre."
    case .unsavedNoteBack: "Votre note non enregistrée est revenue. Entrée l\u{2019}enregistre."
    case .draftTakenOver(let owner):
      "Note non enregistrée de \(owner), à vous de la terminer\(c) Entrée l\u{2019}enregistre, Échap la garde en brouillon."
    case .draftRecovered(let time):
      "La note en cours a été récupérée (enregistrée à \(time)). Entrée l\u{2019}enregistre."
    case .tagName(let tag):
      switch tag {
      case .challenge: "défi"
      case .practice: "pratique"
      case .recommendation: "recommandation"
      case .role: "rôle"
      case .quote: "citation"
      }

    case .historyHeading(let note, let question, let day, let versions):
      "Note \(note), question \(question), \(text(.dayName(day)))\(c) \(counted(versions, "version", "versions"))"
    case .historyChange(let change):
      switch change {
      case .written: "écrite"
      case .text: "texte"
      case .speaker: "intervenant"
      case .tags: "étiquettes"
      case .madeKeyPoint: "devenue point clé"
      case .noLongerKeyPoint: "n\u{2019}est plus un point clé"
      }
    case .historyEntry(let revision, let time, let author, let changes):
      "\(revision). \(time), \(author)\(c) "
        + (changes.isEmpty
          ? "enregistrée de nouveau" : changes.map { text(.historyChange($0)) }.joined(separator: ", "))
    case .historyKeyPoint: ", point clé"
    case .historyDeleted: "Supprimée (gardée dans le fichier de la séance)."

    case .summaryHeading(let scope, let attribution, let updating, let unstarred):
      "Synthèse\(c) \(scope ?? "tous les groupes")  attribution\(c) \(text(.attribution(attribution)))"
        + (updating ? "  (mise à jour…)" : "")
        + (unstarred ? "  (certaines réponses n\u{2019}ont pas de point clé\(c) leurs notes sont affichées)" : "")
    case .attribution(let mode):
      switch mode {
      case .named: "nominative (avec accord)"
      case .affiliation: "par affiliation"
      case .chathamHouse: "aucune (règle de Chatham House)"
      }
    case .plenaryLabel: "Section (conclusions, recommandations, messages, déroulement, étapes) puis la ligne"
    case .exportLabel:
      "Exporter\(c) format fichier [--attribution named|affiliation|none] [--day N] [--all-notes] [--merge-themes]"
    case .attributionChosen(let mode):
      "Attribution\(c) \(text(.attribution(mode)))\u{202F}; les exportations d\u{2019}ici l\u{2019}utilisent aussi."
    case .plenaryHowTo:
      "Commencez par la section (conclusions, recommandations, messages, déroulement, étapes), p. ex. «\u{00A0}conclusions La collaboration est essentielle.\u{00A0}»"
    case .addedToProceedings: "Ajouté au déroulement de la journée en cours."
    case .addedToSection(let section): "Ajouté à «\u{00A0}\(ReportWords(.french)(.section(section)))\u{00A0}»."
    case .stillReading: "Lecture des notes des autres groupes en cours\u{202F}; exportez de nouveau dans un instant."
    case .exporting(let path): "Exportation de \(path)..."
    case .exportRequest(let problem):
      switch problem {
      case .noFormat(let word):
        (word.isEmpty ? "" : "«\u{00A0}\(word)\u{00A0}» n\u{2019}est pas un format. ")
          + "Écrivez le format (\(EnglishInterface.formats)) et le fichier, p. ex. «\u{00A0}md synthese.md\u{00A0}»."
      case .noFile: "Écrivez le fichier après le format, p. ex. «\u{00A0}md synthese.md\u{00A0}»."
      case .unknownOption(let option):
        "\(option) n\u{2019}est pas une option d\u{2019}exportation\(c) utilisez --attribution, --day, --all-notes, --trace ou --merge-themes."
      case .badValue(let option, let value):
        option == "--attribution"
          ? "--attribution \(value)\(c) utilisez named, affiliation ou none."
          : "\(option) \(value)\(c) donnez un nombre."
      case .dayOutOfRange(let day, let days): "--day \(day)\(c) la réunion dure \(counted(days, "jour", "jours"))."
      case .twoFiles(let first, let second):
        "Deux fichiers (\(first) et \(second))\(c) mettez entre guillemets un nom avec des espaces."
      }
    case .exported(let path, let attribution, let withheld):
      "Exporté vers \(path) (attribution\(c) \(attribution.rawValue))."
        + (withheld.isEmpty
          ? ""
          : " \(withheld.count == 1 ? "1 note nomme" : "\(withheld.count) notes nomment") quelqu\u{2019}un"
            + (attribution == .chathamHouse
              ? ", écrit [masqué]" : " qui n\u{2019}a pas donné son accord, écrit comme affiliation")
            + "\(c) reformulez la ou les notes " + withheld.map(String.init).joined(separator: ", ") + ".")
    case .notExported(let path, let reason): "Pas d\u{2019}exportation vers \(path)\(c) \(reason)."

    case .readOnlySession(let reason):
      "Cette séance ne peut être que lue ici (\(reason))\(c) rien ne peut être modifié."
    case .readOnlyAtStart(let reason):
      "Cette séance ne peut être que lue ici (\(reason))\(c) consultez et exportez\u{202F}; rien ne peut être modifié."
    case .exportDefault: "md synthese.md"
    case .rapporteurScreens: "Un rapporteur dispose des écrans Notes et Synthèse."
    case .rapporteurOwnGroup: "L\u{2019}écran d\u{2019}un rapporteur ne montre que son groupe."
    case .onlyOneGroup: "Il n\u{2019}y a qu\u{2019}un groupe."
    case .plenaryIsFacilitators: "La plénière est rédigée par l\u{2019}animation."
    case .rapporteurOwnSummary: "La synthèse d\u{2019}un rapporteur ne montre que son groupe."
    case .facilitatorSeesHelp:
      "Les rapporteurs demandent de l\u{2019}aide avec !\u{202F}; l\u{2019}animation la voit sur l\u{2019}écran Animation."
    case .noHelpAsked: "Ce groupe n\u{2019}a pas demandé d\u{2019}aide."
    case .noGroupsSetUp: "Aucun groupe pour l\u{2019}instant\(c) créez-les avec breakout groups set."
    case .noClockForGroup: "Ce groupe n\u{2019}a pas encore d\u{2019}horloge\(c) lancez-en une avec s."
    case .noClockYet: "Pas encore d\u{2019}horloge\(c) lancez-en une avec s ou S."
    case .noClockRunning:
      "Aucune horloge ne tourne\u{202F}; + donne cinq minutes de plus au groupe choisi, en pause ou non."
    case .noNoteToChange: "Aucune note à modifier ici\(c) a en ajoute une."
    case .nobodySelected: "Personne n\u{2019}est sélectionné."
    case .nobodySelectedInGroup: "Personne n\u{2019}est sélectionné\(c) j/k choisissent quelqu\u{2019}un du groupe."
    case .confirmHint: "y pour continuer, n ou Échap pour laisser."
    case .cannotOpen(let path, let reason): "impossible d\u{2019}ouvrir \(path)\(c) \(reason)"
    case .notesWaitingOnQuit(let count, let path):
      "\(count == 1 ? "1 note attend" : "\(count) notes attendent") le serveur\(c) gardée\(count == 1 ? "" : "s") dans \(path) "
        + "et envoyée\(count == 1 ? "" : "s") à la prochaine ouverture de cette séance ici."
    case .notesRefusedOnQuit(let count, let path):
      "le serveur a refusé \(count == 1 ? "1 note" : "\(count) notes")\u{202F}; gardée\(count == 1 ? "" : "s") dans \(path)."
    }
  }

  /// A no-break space and a colon.
  private static let c = "\u{00A0}:"
  private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count <= 1 ? one : many)"
  }
  private static func notes(_ count: Int) -> String { counted(count, "note", "notes") }
  private static func dayClause(_ day: Int?) -> String {
    day.map { ", \(ReportWords(.french)(.dayName($0)).lowercased())" } ?? ""
  }
  private static func lead(_ role: LeadRole) -> String {
    switch role {
    case .moderator: "l\u{2019}animation"
    case .rapporteur: "le rapport"
    }
  }
}
