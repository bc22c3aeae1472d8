import BreakoutCore

/// A line typed in the plain mode: a command word (in English, Spanish or French) and what follows it.
public struct PlainCommand: Equatable, Sendable {
  public enum Kind: String, CaseIterable, Equatable, Sendable {
    case note, speaker, key, tag, notes, edit, delete, question, clock, groups, group, ask, broadcast, timebox
    case next, summary, export, help, quit

    /// The words that name the command, compared loosely (case and accents aside).
    var words: [String] {
      switch self {
      case .note: ["note", "nota"]
      case .speaker: ["speaker", "orador", "intervenant"]
      case .key: ["key", "clave", "cle"]
      case .tag: ["tag", "tags", "etiqueta", "etiquetas", "etiquette", "etiquettes"]
      case .notes: ["notes", "notas"]
      case .edit: ["edit", "editar", "modifier"]
      case .delete: ["delete", "borrar", "supprimer"]
      case .question: ["question", "pregunta"]
      case .clock: ["clock", "reloj", "horloge"]
      case .groups: ["groups", "grupos", "groupes"]
      case .group: ["group", "grupo", "groupe"]
      case .ask: ["ask", "pedir", "demander"]
      case .broadcast: ["broadcast", "mensaje", "message"]
      case .timebox: ["timebox", "tiempo", "minuteur"]
      case .next: ["next", "siguiente", "suivante"]
      case .summary: ["summary", "resumen", "synthese"]
      case .export: ["export", "exportar", "exporter"]
      case .help: ["help", "?", "ayuda", "aide"]
      case .quit: ["quit", "exit", "salir", "quitter"]
      }
    }
  }

  public var kind: Kind
  /// What follows the command word, as typed (spaces inside kept).
  public var rest: String

  /// nil for an empty line; `.unknown` words are reported by the caller with the word.
  public static func parse(_ line: String) -> Result<PlainCommand, Unknown>? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    let word = String(trimmed.prefix { !$0.isWhitespace })
    let rest = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
    let key = word == "?" ? "?" : LooseText.normalised(word)
    guard let kind = Kind.allCases.first(where: { $0.words.contains(key) }) else {
      return .failure(Unknown(word: word))
    }
    return .success(PlainCommand(kind: kind, rest: rest))
  }

  public struct Unknown: Error, Equatable, Sendable { public var word: String }
}
