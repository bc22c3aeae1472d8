import BreakoutCore

// A registration file's problems and warnings in Spanish and French (English: `RosterProblem.sentence`,
// `RosterWarning.description`).

enum SpanishRoster {
  static func error(_ error: RosterError) -> String {
    (error.line.map { "línea \($0): " } ?? "") + sentence(error.problem)
  }

  static func sentence(_ problem: RosterProblem) -> String {
    switch problem {
    case .utf16WithoutMark:
      "el archivo parece UTF-16 sin su marca de orden de bytes; guárdelo como CSV UTF-8 (o desde Excel como Texto "
        + "Unicode, que escribe la marca) e impórtelo de nuevo"
    case .notUTF16:
      "el archivo empieza en UTF-16 pero aquí tiene un carácter roto; guárdelo como CSV UTF-8 e impórtelo de nuevo"
    case .onlyHeaderRows(let rows):
      "el archivo solo tiene filas de encabezado (\(rows) que describen las columnas, como las de una herramienta de "
        + "encuestas) y ningún participante"
    case .workbook: "es un libro de hoja de cálculo (xlsx), no un CSV; guárdelo como CSV UTF-8 e importe ese archivo"
    case .notUTF8(let hex, let character?):
      "el texto no es UTF-8: el byte \(hex) parece Windows-1252 (\"\(character)\"); "
        + "importe de nuevo con --encoding windows-1252, o guarde el archivo como CSV UTF-8"
    case .notUTF8(let hex, nil):
      "el texto no es UTF-8 válido (byte \(hex)); guarde el archivo como CSV UTF-8 e impórtelo de nuevo"
    case .nulByte: "el archivo contiene un byte NUL: no es un archivo CSV de texto"
    case .empty: "el archivo está vacío: necesita una fila de encabezados y una fila por participante"
    case .quotedFieldTooLong(let kilobytes):
      "un campo entre comillas abierto aquí supera los \(kilobytes) KB; probablemente falta unas comillas de cierre"
    case .quoteNeverClosed: "un campo entre comillas abierto aquí nunca se cierra (faltan unas comillas)"
    case .textAfterQuote:
      "hay texto después de unas comillas de cierre; unas comillas dentro de un campo entre comillas se escriben \"\""
    case .fieldTooLong(let kilobytes): "un campo aquí supera los \(kilobytes) KB; ningún campo de la lista es tan largo"
    case .mapUnknownColumn(let column, let header):
      "--map nombra una columna \u{00AB}\(column)\u{00BB} que no está en el encabezado (\(header.joined(separator: ", ")))"
    case .noNameColumn(let header):
      "no se encontró una columna de nombres en el encabezado (\(header.joined(separator: ", "))); se esperaba "
        + "\u{00AB}Nombre\u{00BB}, o \u{00AB}Nombre\u{00BB} y \u{00AB}Apellido\u{00BB}, o indique cuál es con --map COLUMNA=name"
    case .headerOnly: "el archivo tiene encabezado pero ningún participante"
    case .fieldCount(let fields, let header, let delimiter):
      "esta fila tiene \(fields) campo\(fields == 1 ? "" : "s") pero el encabezado tiene \(header); "
        + (fields > header
          ? "un campo que contiene \(delimiter == "," ? "una coma" : delimiter == ";" ? "un punto y coma" : "el separador") debe ir entre comillas dobles"
          : "puede que la fila esté cortada, o que a un campo entre comillas de más arriba le falten las comillas de cierre")
    case .notAName(let name):
      "la columna de nombres contiene \u{00AB}\(name)\u{00BB}, que es un número o una dirección, no un nombre; "
        + "indique qué columna tiene los nombres con --map COLUMNA=name"
    case .noName: "esta fila no tiene nombre"
    case .notAnEmail(let email):
      "la columna de correo contiene \u{00AB}\(email)\u{00BB}, que no es una dirección de correo; corríjala o déjela vacía"
    case .duplicateEmail(let email, let earlier):
      "el correo \(email) ya está en la línea \(earlier) (sin contar mayúsculas ni espacios); "
        + "una persona, una fila: quite o combine el duplicado"
    }
  }

  static func warning(_ warning: RosterWarning) -> String {
    switch warning {
    case .unknownStakeholderType(let text, let count):
      "el tipo de actor \u{00AB}\(text)\u{00BB} (\(count) persona\(count == 1 ? "" : "s")) no se reconoció y se registra como Otro"
    case .unknownPreference(let text, let count):
      "el grupo preferido \u{00AB}\(text)\u{00BB} (\(count) persona\(count == 1 ? "" : "s")) no coincide con ningún tema y queda vacío"
    case .sameEmail(let email, let lines):
      "las líneas \(lines.0) y \(lines.1) tienen el mismo correo \(email); gana la última"
    case .describesColumns(let lines):
      "\(lines.count == 1 ? "la línea" : "las líneas") \(lines.map(String.init).joined(separator: ", ")) "
        + "\(lines.count == 1 ? "describe" : "describen") las columnas (como las de una herramienta de encuestas), "
        + "no a una persona: se \(lines.count == 1 ? "omite" : "omiten")"
    case .repeatsHeader(let line, let values):
      "la línea \(line) no tiene correo y solo repite palabras del encabezado (\(values.joined(separator: ", "))): "
        + "se omite, no es una persona"
    }
  }
}

enum FrenchRoster {
  private static let c = "\u{00A0}:"

  static func error(_ error: RosterError) -> String {
    (error.line.map { "ligne \($0)\(c) " } ?? "") + sentence(error.problem)
  }

  static func sentence(_ problem: RosterProblem) -> String {
    switch problem {
    case .utf16WithoutMark:
      "le fichier semble être en UTF-16 sans sa marque d’ordre des octets\u{202F}; enregistrez-le en CSV UTF-8 (ou "
        + "depuis Excel en Texte Unicode, qui écrit la marque) et importez-le de nouveau"
    case .notUTF16:
      "le fichier commence en UTF-16 mais contient ici un caractère cassé\u{202F}; enregistrez-le en CSV UTF-8 et "
        + "importez-le de nouveau"
    case .onlyHeaderRows(let rows):
      "le fichier n’a que des lignes d’en-tête (\(rows) qui décrivent les colonnes, comme celles d’un outil "
        + "d’enquête) et aucun participant"
    case .workbook:
      "c\u{2019}est un classeur (xlsx), pas un CSV\u{202F}; enregistrez-le en CSV UTF-8 et importez ce fichier"
    case .notUTF8(let hex, let character?):
      "le texte n\u{2019}est pas en UTF-8\(c) l\u{2019}octet \(hex) ressemble à du Windows-1252 (\"\(character)\")\u{202F}; "
        + "importez de nouveau avec --encoding windows-1252, ou enregistrez le fichier en CSV UTF-8"
    case .notUTF8(let hex, nil):
      "le texte n\u{2019}est pas de l\u{2019}UTF-8 valide (octet \(hex))\u{202F}; enregistrez le fichier en CSV UTF-8 et importez-le de nouveau"
    case .nulByte: "le fichier contient un octet NUL\(c) ce n\u{2019}est pas un fichier CSV texte"
    case .empty: "le fichier est vide\(c) il faut une ligne d\u{2019}en-têtes et une ligne par participant"
    case .quotedFieldTooLong(let kilobytes):
      "un champ entre guillemets ouvert ici dépasse \(kilobytes) Ko\u{202F}; il manque sans doute un \" de fermeture"
    case .quoteNeverClosed: "un champ entre guillemets ouvert ici n\u{2019}est jamais fermé (il manque un \")"
    case .textAfterQuote:
      "du texte suit un guillemet fermant\u{202F}; un guillemet dans un champ entre guillemets s\u{2019}écrit \"\""
    case .fieldTooLong(let kilobytes):
      "un champ ici dépasse \(kilobytes) Ko\u{202F}; aucun champ de la liste n\u{2019}est aussi long"
    case .mapUnknownColumn(let column, let header):
      "--map nomme une colonne «\u{00A0}\(column)\u{00A0}» absente de l\u{2019}en-tête (\(header.joined(separator: ", ")))"
    case .noNameColumn(let header):
      "aucune colonne de noms dans l\u{2019}en-tête (\(header.joined(separator: ", ")))\u{202F}; on attend «\u{00A0}Nom\u{00A0}», "
        + "ou «\u{00A0}Prénom\u{00A0}» et «\u{00A0}Nom\u{00A0}», ou dites laquelle c\u{2019}est avec --map COLONNE=name"
    case .headerOnly: "le fichier a un en-tête mais aucun participant"
    case .fieldCount(let fields, let header, let delimiter):
      "cette ligne a \(fields) champ\(fields <= 1 ? "" : "s") mais l\u{2019}en-tête en a \(header)\u{202F}; "
        + (fields > header
          ? "un champ qui contient \(delimiter == "," ? "une virgule" : delimiter == ";" ? "un point-virgule" : "le séparateur") doit être entre guillemets doubles"
          : "la ligne est peut-être coupée, ou un champ entre guillemets plus haut n\u{2019}est pas refermé")
    case .notAName(let name):
      "la colonne des noms contient «\u{00A0}\(name)\u{00A0}», qui est un nombre ou une adresse, pas un nom\u{202F}; "
        + "dites quelle colonne contient les noms avec --map COLONNE=name"
    case .noName: "cette ligne n\u{2019}a pas de nom"
    case .notAnEmail(let email):
      "la colonne des courriels contient «\u{00A0}\(email)\u{00A0}», qui n\u{2019}est pas une adresse\u{202F}; corrigez-la ou laissez-la vide"
    case .duplicateEmail(let email, let earlier):
      "le courriel \(email) figure déjà ligne \(earlier) (casse et espaces mis à part)\u{202F}; "
        + "une personne, une ligne\(c) retirez ou fusionnez le doublon"
    }
  }

  static func warning(_ warning: RosterWarning) -> String {
    switch warning {
    case .unknownStakeholderType(let text, let count):
      "type d\u{2019}acteur «\u{00A0}\(text)\u{00A0}» (\(count) personne\(count <= 1 ? "" : "s")) non reconnu, enregistré comme Autre"
    case .unknownPreference(let text, let count):
      "groupe souhaité «\u{00A0}\(text)\u{00A0}» (\(count) personne\(count <= 1 ? "" : "s")) sans thème correspondant, laissé vide"
    case .sameEmail(let email, let lines):
      "les lignes \(lines.0) et \(lines.1) ont le même courriel \(email)\u{202F}; la dernière l\u{2019}emporte"
    case .describesColumns(let lines):
      "\(lines.count == 1 ? "la ligne" : "les lignes") \(lines.map(String.init).joined(separator: ", ")) "
        + "\(lines.count == 1 ? "décrit" : "décrivent") les colonnes (comme celles d\u{2019}un outil d\u{2019}enquête), "
        + "pas une personne\u{202F}: \(lines.count == 1 ? "ignorée" : "ignorées")"
    case .repeatsHeader(let line, let values):
      "la ligne \(line) n\u{2019}a pas de courriel et ne fait que répéter des mots de l\u{2019}en-tête "
        + "(\(values.joined(separator: ", ")))\u{202F}: ignorée, ce n\u{2019}est pas une personne"
    }
  }
}

extension InterfaceWords {
  /// What a registration file's import could not place, in this language.
  public func rosterWarning(_ warning: RosterWarning) -> String {
    switch language {
    case .english: warning.description
    case .spanish: SpanishRoster.warning(warning)
    case .french: FrenchRoster.warning(warning)
    }
  }
}
