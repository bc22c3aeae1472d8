import BreakoutCore
import BreakoutServer
import BreakoutStore
import BreakoutTUI

/// The command line's words in French.
enum FrenchCLI {
  private static let c = "\u{00A0}:"

  static func explanation(_ line: ExplanationLine) -> String {
    switch line {
    case .notTakingPart(let name):
      "\(name ?? "Cette personne") ne participe pas à la répartition (animation, ou absence)."
    case .notPlaced(let name): "\(name) n\u{2019}a pas encore de groupe."
    case .isIn(let name, let group, let theme): "\(name) est dans \(group) (\(theme))."
    case .preferenceMet(let theme): "A demandé \(theme)\(c) respecté."
    case .preferenceNotMet(let theme, let groups, let full):
      "A demandé \(theme)\(c) non respecté. "
        + (groups.isEmpty
          ? "Aucun groupe n\u{2019}a ce thème."
          : "Ses groupes\(c) "
            + groups.map { "\($0.group) \($0.size)/\($0.capacity.map(String.init) ?? "sans limite")" }
            .joined(separator: ", ")
            + (full
              ? "\u{202F}; tous complets, et changer de place avec quiconque là-bas n\u{2019}est pas mieux noté (ci-dessous)."
              : "."))
    case .noPreference: "N\u{2019}a indiqué aucun thème souhaité."
    case .locked: "Fixée dans ce groupe par l\u{2019}animation\(c) la répartition ne la déplace jamais."
    case .rule(let apart, let other, let group):
      (apart ? "Doit être séparée de \(other)" : "Doit être avec \(other)") + (group.map { " (dans \($0))" } ?? "")
        + "."
    case .metBefore(let people):
      people.isEmpty
        ? "N\u{2019}a été avec personne de ce groupe à un tour précédent."
        : "A déjà été à un tour précédent avec ces personnes du groupe\(c) "
          + ExplanationLine.acquaintances(people, round: "tour", rounds: "tours") + "."
    case .here(let figures, let size):
      "Ici\(c) " + ExplanationLine.figures(figures) + "\u{202F}; dans ce groupe\(c) \(size) personnes."
    case .impossible(let group, let reason):
      "  \(group)\(c) impossible\(c) "
        + [
          ExplanationLine.Impossible.locked: "elle est fixée là où elle est",
          .together: "elle ne bouge qu\u{2019}avec les personnes qu\u{2019}une règle lie à elle",
          .apart: "quelqu\u{2019}un là-bas doit être séparé d\u{2019}elle",
          .full:
            "le groupe est complet et personne là-bas ne peut changer de place sans enfreindre une règle ou une fixation",
        ][reason]! + "."
    case .alternative(let group, let partner, let change):
      "  \(group)\(partner.map { " en changeant de place avec \($0)" } ?? "")\(c) "
        + ExplanationLine.change(
          change, verdict: change.isWorse ? "moins bien" : change.isBetter ? "mieux" : "pareil", colleagues: "collègues"
        )
    }
  }

  static func text(_ message: CLIText) -> String {
    switch message {
    case .nothingSaved(let reason): "rien n\u{2019}a été enregistré\(c) \(reason)"
    case .sessionFile(let error):
      switch error {
      case .noSession(let path):
        "aucune séance à \(path)\u{202F}; créez-en une avec `breakout new \(path) --title TITRE`"
      case .alreadyExists(let path): "une séance existe déjà à \(path)\u{202F}; choisissez un autre nom ou retirez-la"
      case .notASessionFile(let path): "\(path) n\u{2019}est pas un fichier de séance breakout"
      case .cannotOpen(let path):
        "impossible d\u{2019}ouvrir \(path)\(c) vérifiez que le dossier existe et accepte l\u{2019}écriture"
      case .diskFullOpening(let path):
        "impossible d\u{2019}ouvrir \(path)\(c) le disque est plein\u{202F}; libérez de la place et réessayez"
      case .needsUpgrade(let path, let reason):
        "\(path) a été créé par un breakout plus ancien et doit être mis à jour, mais \(reason)"
      case .unreadable(let path, let reason, let detail): "impossible de lire \(path) (\(reason))\(c) \(detail)"
      case .cannotCreate(let path, let reason): "impossible de créer \(path)\(c) \(reason)"
      case .cannotMakePrivate(let path, let reason): "impossible de rendre \(path) privé\(c) \(reason)"
      case .backupTargetExists(let path): "\(path) existe déjà\u{202F}; choisissez un nouveau fichier pour la copie"
      }
    case .server(let problem):
      switch problem {
      case .badSessionName(let name):
        "«\u{00A0}\(InertText.visible(name))\u{00A0}» ne peut pas nommer une séance sur un serveur\(c) lettres, chiffres, - et _ (50 au plus)"
      case .unreadableCertificate(let path): "impossible de lire le certificat \(path) (PGSSLROOTCERT ou sslrootcert)"
      case .unreachable(let address): "impossible de joindre \(address)\(c) le serveur ne répond pas"
      case .sessionExists(let address): "une séance existe déjà à \(address)\u{202F}; choisissez un autre nom"
      case .noSession(let address):
        "aucune séance à \(address)\u{202F}; créez-en une avec `breakout new '\(address)' --title TITRE`"
      case .badLogin(let login):
        "«\u{00A0}\(InertText.visible(login))\u{00A0}» ne peut pas être un identifiant (de 1 à 63 caractères)"
      }
    case .address(let problem):
      switch problem {
      case .notAURL(let text):
        "\(InertText.visible(text)) n\u{2019}est pas l\u{2019}adresse d\u{2019}un serveur\(c) postgres://HÔTE/BASE?session=NOM"
      case .noSession: "l\u{2019}adresse du serveur doit nommer la séance\(c) postgres://HÔTE/BASE?session=NOM"
      case .badPort(let port):
        "\(InertText.visible(port)) n\u{2019}est pas un port (PGPORT, ou :PORT dans l\u{2019}adresse)"
      case .badTLSMode(let mode):
        "sslmode \(InertText.visible(mode)) n\u{2019}est ni disable, ni allow, ni prefer, ni require, ni verify-ca, ni verify-full"
      }
    case .nobodyCalled(let name): "personne dans la liste ne s\u{2019}appelle «\u{00A0}\(name)\u{00A0}»"
    case .severalCalled(let name, let count, let organisations):
      "\(count) personnes s\u{2019}appellent «\u{00A0}\(name)\u{00A0}» (\(organisations.joined(separator: "\u{202F}; ")))\u{202F}; utilisez leur courriel"
    case .noGroupsYet: "la séance n\u{2019}a pas encore de groupes\u{202F}; créez-les avec `breakout groups set`"
    case .noGroupCalled(let reference, let known):
      "pas de groupe «\u{00A0}\(reference)\u{00A0}»\u{202F}; les groupes sont \(known.joined(separator: ", "))"
    case .binaryNeedsOutput:
      "ce format est un fichier binaire\(c) donnez --output FICHIER (ou redirigez vers un fichier)"
    case .wrote(let path): "\(path) écrit."
    case .cannotRead(let path): "impossible de lire \(path)"
    case .dayOutOfRange(let day, let days): "--day \(day)\(c) la réunion dure \(days) jour\(days <= 1 ? "" : "s")"
    case .startDate: "--start doit être une date écrite AAAA-MM-JJ, p. ex. 2021-06-01"
    case .daysAtLeastOne: "--days doit valoir au moins 1"
    case .titleEmpty: "--title ne peut pas être vide"
    case .languageChoice: "--language vaut en, es ou fr"
    case .created(let path, let title):
      "\(path) créé\(c) \(title), avec les thèmes supply-chain, technology et finance et les questions i-iv."
    case .unstarred(let group):
      "note\(c) \(group) n\u{2019}a marqué aucun point clé\u{202F}; ses notes sont listées à la place, sous une ligne qui le dit (marquez les points clés avec K sur l\u{2019}écran Notes)"
    case .ordinaryWord(let session, let note, let group, let question, let word):
      "note\(c) \(session.map { "\($0)\(c) " } ?? "")la note \(note) (groupe \(group), question \(question)) contient "
        + "«\u{00A0}\(word)\u{00A0}», un mot courant qui est aussi un nom de la liste\u{202F}; il est laissé tel quel\(c) "
        + "vérifiez qu\u{2019}il ne nomme personne (s\u{2019}il ne le fait jamais ici, "
        + "`breakout ordinary-words add SÉANCE \(word)` évite la question)"
    case .namesSomeone(let session, let note, let group, let question, let names, let chathamHouse):
      "avertissement\(c) \(session.map { "\($0)\(c) " } ?? "")la note \(note) (groupe \(group), question \(question)) nomme "
        + names.map { "«\u{00A0}\($0)\u{00A0}»" }.joined(separator: ", ")
        + (chathamHouse
          ? "\u{202F}; masqué dans cet export"
          : ", qui n\u{2019}a pas accepté d\u{2019}être cité\(c) écrit comme son affiliation dans cet export")
        + "\u{202F}; reformulez la note pour en garder le sens"
    case .questionChoice(let question): "--question \(question)\(c) donnez 1-4 ou i-iv"
    case .tagChoice(let tag): "--tag \(tag)\(c) utilisez challenge, practice, recommendation, role ou quote"
    case .noQuestion(let question): "la séance n\u{2019}a pas de question \(question)"
    case .noteSaved(let note, let group, let question, let day):
      "Note \(note) enregistrée dans \(group), question \(question), \(ReportWords(.french)(.dayName(day)).lowercased())."
    case .notesImported(let count): "\(count) note\(count <= 1 ? "" : "s") importée\(count <= 1 ? "" : "s")."
    case .dayIsForProceedings:
      "--day vaut pour le déroulement de la réunion\u{202F}; les autres sections ne vont pas jour par jour"
    case .lineAdded(let id, let section):
      "Ligne \(id) ajoutée à «\u{00A0}\(ReportWords(.french)(.section(section)))\u{00A0}»."
    case .removed: "Retiré."
    case .noAgendaYet: "Pas encore de programme\(c) breakout agenda add SÉANCE --day 1 09:00 \"Ouverture\""
    case .timeFormat: "donnez l\u{2019}heure au format HH:MM, p. ex. 09:30"
    case .notADay(let day): "--day \(day) n\u{2019}est pas un jour de cette réunion"
    case .noAgendaItem(let number, let count):
      "il n\u{2019}y a pas de point \(number)\u{202F}; le programme en a \(count)"
    case .added: "Ajouté."
    case .nothingUnderWay: "Aucun point en cours."
    case .underWay(let title): "En cours\(c) \(title)."
    case .purposeCleared: "La synthèse n\u{2019}a plus de paragraphe d\u{2019}objet."
    case .purposeSaved: "Paragraphe d\u{2019}objet enregistré."
    case .noPurposeYet: "Pas encore de paragraphe d\u{2019}objet."
    case .noOrdinaryWordsYet: "Aucun pour l\u{2019}instant\(c) breakout ordinary-words add SÉANCE MOT"
    case .wordsRecorded(let words): "Enregistrés\(c) \(words.joined(separator: ", "))."
    case .wordsRemoved(let words): "Retirés\(c) \(words.joined(separator: ", "))."
    case .groupCountFormat(let item): "\(item)\(c) écrivez THÈME=NOMBRE, p. ex. supply-chain=2"
    case .leadsAnother(let name, let role, let group):
      "\(name) assure déjà \(role == .moderator ? "l\u{2019}animation" : "le rapport") de \(group)\u{202F}; une personne "
        + "mène un groupe. Choisissez quelqu\u{2019}un d\u{2019}autre, ou ajoutez --allow-second-group pour qu\u{2019}elle mène les deux."
    case .introductionCleared(let group): "\(group) n\u{2019}a plus d\u{2019}introduction."
    case .introductionSaved(let group): "Introduction de \(group) enregistrée."
    case .noIntroductionYet: "Pas encore d\u{2019}introduction."
    case .themesColumn(let column):
      switch column {
      case .shortName: "Nom court"
      case .name: "Nom"
      case .groups: "Groupes"
      }
    case .themeAdded(let name): "Thème \(name) ajouté\u{202F}; donnez-lui des groupes avec `breakout groups set`."
    case .renamed: "Renommé."
    case .questionChoiceGeneral: "donnez la question sous la forme 1-4 ou i-iv"
    case .questionHeaded(let question, let title): "La question \(question) a pour titre «\u{00A0}\(title)\u{00A0}»."
    case .questionSaved(let question): "Question \(question) enregistrée."
    case .questionRemoved(let question): "Question \(question) retirée."
    case .ruleAdded(let first, let second, let apart):
      "Règle ajoutée\(c) \(first) et \(second) \(apart ? "dans des groupes différents" : "dans le même groupe")."
    case .backedUp(let file): "Copie enregistrée dans \(file)."
    case .purgeWhat: "dites quoi purger\(c) --emails ou --all-personal"
    case .purged(let count, let all):
      "\(all ? "Données personnelles" : "Courriels") de \(count) participant\(count <= 1 ? "" : "s") purgés\u{202F}; le fichier a été reconstruit."
    case .purgedOnServer(let count, let all):
      "\(all ? "Données personnelles" : "Courriels") de \(count) participant\(count <= 1 ? "" : "s") purgés sur le serveur, "
        + "et les tables qui les contenaient réécrites (VACUUM FULL)\(c) les anciennes valeurs ont quitté leurs fichiers.\n"
        + "PostgreSQL peut encore les garder dans son journal d\u{2019}écriture anticipée jusqu\u{2019}à son recyclage, dans les "
        + "archives WAL et les sauvegardes, et sur les répliques\(c) voyez avec l\u{2019}administrateur du serveur."
    case .copied(let from, let to, let tables):
      "\(from.map { "\($0) copié" } ?? "Copié") vers \(to)\(c) \(tables.participants) participants, \(tables.groups) groupes, "
        + "\(tables.notes) notes (\(tables.revisions) versions), \(tables.drafts) brouillons, \(tables.agendaItems) points du programme."
    case .roles(let address, let facilitator, let rapporteur):
      """
      Rôles de \(address)\(c)
        \(facilitator)  l\u{2019}animation\(c) tout
        \(rapporteur)  les rapporteurs\(c) lisent la séance sans les courriels, écrivent les notes de leur groupe
      Donnez un identifiant à chaque personne\(c) breakout server grant '\(address)' --rapporteur GROUPE --login NOM
      """
    case .grantWhich: "donnez --rapporteur GROUPE ou --facilitator"
    case .mayTakeNotes(let login, let group):
      "\(login) peut maintenant prendre les notes de \(group) (et lire la séance)."
    case .mayDoEverything(let login): "\(login) peut maintenant tout faire, comme l\u{2019}animation."
    case .passwordHint(let login):
      "Si le serveur demande des mots de passe, définissez-en un avec ses propres outils, p. ex. dans psql\(c) \\password \(login)"
    case .rolesNeedServer:
      "les rôles concernent une séance sur un serveur\u{202F}; un fichier de séance n\u{2019}appartient qu\u{2019}à son propriétaire"
    case .demoExists(let path):
      "\(path) existe déjà\u{202F}; ajoutez --force pour le remplacer par une nouvelle démonstration"
    case .demoCreated(let path, let summary): "Séance de démonstration créée à \(path)\(c) \(summary)"
    case .sameSessionTwice(let name, let earlier):
      "\(name) est la même séance que \(earlier)\(c) donnez chaque séance une fois"
    case .noSuchFile(let file): "impossible de lire \(file)\(c) ce fichier n\u{2019}existe pas"
    case .importCounts(let added, let updated, let unchanged, let dryRun):
      dryRun
        ? "\(added) à ajouter, \(updated) à mettre à jour, \(unchanged) inchangés."
        : "\(added) ajoutés, \(updated) mis à jour, \(unchanged) inchangés."
    case .updatedPerson(let name, let changes): "  mis à jour \(name)\(c) \(changes.joined(separator: ", "))"
    case .droppedSensitive(let columns):
      "Colonnes sensibles écartées (jamais enregistrées)\(c) " + columns.joined(separator: ", ")
    case .ignoredColumns(let columns): "Colonnes ignorées\(c) \(columns.joined(separator: ", "))"
    case .warning(let warning): "avertissement\(c) \(InterfaceWords(.french).rosterWarning(warning))"
    case .nothingImported: "Essai\(c) rien n\u{2019}a été importé."
    case .columnsRead(let columns): "Colonnes lues\(c) " + columns.joined(separator: "\u{202F}; ")
    case .firstRows: "Les premières lignes, telles qu\u{2019}elles seront lues\(c)"
    case .rosterColumn(let column):
      switch column {
      case .name: "Nom"
      case .organisation: "Organisation"
      case .type: "Type d\u{2019}acteur"
      case .country: "Pays"
      case .group: "Groupe"
      case .role: "Rôle"
      case .preferred: "Préféré"
      case .quote: "Citation"
      case .status: "Statut"
      }
    case .previewColumn(let column):
      switch column {
      case .line: "Ligne"
      case .name: "Nom"
      case .organisation: "Organisation"
      case .email: "Courriel"
      case .country: "Pays"
      case .type: "Type d\u{2019}acteur"
      case .preferred: "Préféré"
      }
    case .contradictoryAssign: "--place-new et --reshuffle se contredisent\u{202F}; choisissez l\u{2019}un des deux"
    case .keptPlaced(let kept, let placed):
      "\(kept) personnes restent où elles sont (--reshuffle déplace tous ceux qui ne sont pas fixés)\u{202F}; "
        + (placed == 0 ? "personne n\u{2019}attend de groupe." : "\(placed) placées\(c)")
    case .assignColumn(let column):
      switch column {
      case .group: "Groupe"
      case .name: "Nom"
      case .type: "Type d\u{2019}acteur"
      case .country: "Pays"
      }
    case .quality(let quality):
      ([
        String(format: "Q = %.3f (plus bas, c\u{2019}est mieux\u{202F}; 0 idéal)", quality.score),
        String(
          format:
            "  préférences non respectées U = %d, excès de taille S = %d, écart de mélange M = %.2f, excès par pays C = %d",
          quality.unmetPreferences, quality.sizeExcess, quality.mixDeviation, quality.countryExcess),
        "  règles enfreintes\(c) \(quality.hardViolations)",
        String(
          format: "  préférences respectées\(c) %.0f %% sur %d", quality.preferencesMetPercent,
          quality.statedPreferences),
        "  taille des groupes\(c) de \(quality.smallestGroup) à \(quality.largestGroup)",
        "  types d\u{2019}acteurs au minimum dans un groupe\(c) \(quality.fewestStakeholderTypes)",
        String(
          format: "  part la plus forte d\u{2019}un même pays dans un groupe\(c) %.0f %%",
          quality.largestCountryShare * 100),
        "  collègues dans le même groupe (même organisation)\(c) \(quality.organisationOverlap)",
      ]
        + (quality.earlierRounds == 0
          ? []
          : [
            String(
              format: "  paires à nouveau ensemble (déjà dans un même groupe à un tour précédent)\(c) %d (R = %.2f)",
              quality.repeatedPairs, quality.repeatCost)
          ]))
        .joined(separator: "\n")
    case .explanation(let line): explanation(line)
    case .demoHolds(let participants, let groups, let notes):
      "\(participants) participants, \(groups) groupes, \(notes) notes"
    case .rooms(.withoutEmail(_, let names)):
      "avertissement\(c) \(names.count) \(names.count == 1 ? "personne n\u{2019}a" : "personnes n\u{2019}ont") pas "
        + "d\u{2019}adresse électronique, Zoom ne peut donc pas les affecter d\u{2019}avance\u{00A0}; affectez-les pendant la "
        + "réunion\(c) \(names.joined(separator: ", "))"
    case .rooms(.tooManyRooms(let tool, let rooms, let limit)):
      "avertissement\(c) \(rooms) salles, mais \(tool.displayName) en accepte au plus \(limit)"
    case .rooms(.tooManyPeople(let tool, let people, let limit)):
      "avertissement\(c) \(people) personnes, mais \(tool.displayName) en répartit au plus \(limit) en salles"
    case .roundColumn(let column):
      switch column {
      case .round: "Tour"
      case .name: "Nom"
      case .groups: "Groupes"
      case .people: "Personnes placées"
      case .notes: "Notes"
      }
    case .currentRoundMarked: "* le tour en cours (breakout round current SESSION N en rend un autre courant)"
    case .sameGroupsOrRegroup: "--same-groups et --regroup se contredisent\u{00A0}; choisissez-en un"
    case .roundWeightsNotNegative: "--round-weights prend un ou plusieurs nombres positifs ou nuls"
    case .everyoneLocked(let round):
      "tout le monde au tour \(round) est verrouillé ou anime un groupe\u{00A0}: regrouper ne déplacerait personne\u{00A0}; "
        + "déverrouillez des personnes (l dans l\u{2019}écran Groupes) ou commencez le tour avec --same-groups. Rien "
        + "n\u{2019}a été changé."
    case .roundStarted(let number, let name, let groups, let placed):
      "Le tour \(number)\(name.map { " (\(InertText.visible($0)))" } ?? "") a commencé et il est en cours\(c) "
        + "\(groups) groupes, \(placed) \(placed == 1 ? "personne placée" : "personnes placées"). Les tours "
        + "précédents sont gardés tels quels."
    case .absentFromRound(let number, let names):
      "Absentes, donc sans groupe au tour \(number)\(c) \(names.map { InertText.visible($0) }.joined(separator: ", "))."
    case .newSinceRound(let round, let names, let placed, let session):
      "Sans groupe au tour \(round) (arrivées depuis)\(c) "
        + names.map { InertText.visible($0) }.joined(separator: ", ")
        + (placed
          ? "\u{00A0}; placées maintenant." : "\u{00A0}; placez-les avec `breakout assign \(session) --place-new`.")
    case .roundIsCurrent(let number, let name, let count):
      "Le tour \(number)\(name.map { " (\(InertText.visible($0)))" } ?? "") sur \(count) est en cours."
    case .nothingSavedDryRun: "Essai\(c) rien n\u{2019}a été enregistré."
    case .saved: "Enregistré."
    case .markedAbsent(let name, let group):
      "\(name) est absent" + (group.map { "\u{202F}; a quitté \($0)" } ?? "") + "."
    case .arrived(let name, let group, let session):
      "\(name) est arrivé"
        + (group.map { " (dans \($0))." }
          ?? "\u{202F}; pas encore de groupe\(c) `breakout assign \(session) --place-new`.")
    case .readOnlyNote(let path, let reason):
      "note\(c) \(path) ne peut être que lu ici (\(reason))\u{202F}; tout ce qui le modifierait est refusé."
    case .fileOnly(let purpose): "\(purpose) porte sur un fichier de séance, pas sur une séance sur un serveur"
    case .groupsColumn(let column):
      switch column {
      case .number: "#"
      case .reference: "Référence"
      case .name: "Nom"
      case .size: "Taille"
      case .moderator: "Animation"
      case .rapporteur: "Rapport"
      }
    }
  }
}
