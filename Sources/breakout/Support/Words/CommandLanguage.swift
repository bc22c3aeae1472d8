import ArgumentParser
import BreakoutCore
import BreakoutTUI
import Foundation

/// The language the command line speaks: `--lang en|es|fr` anywhere on the command line (every subcommand takes
/// it), else `LC_ALL`, `LC_MESSAGES` or `LANG`, else English.
enum CommandLanguage {
  /// Set once, by `Breakout.main`, before any command runs.
  nonisolated(unsafe) static var chosen: SessionLanguage = .english

  /// The arguments without `--lang X` (or `--lang=X`), and the language they chose.
  static func extract(_ arguments: [String], environment: [String: String]) throws -> (
    language: SessionLanguage, rest: [String]
  ) {
    let (option, rest) = try GlobalOption.take("lang", from: arguments)
    if let option, SessionLanguage(code: option) == nil { throw ValidationError("--lang is en, es or fr") }
    return (InterfaceWords.chosen(option: option, environment: environment), rest)
  }
}

/// The command line's words in the chosen language.
func say(_ message: CLIText) -> String {
  switch CommandLanguage.chosen {
  case .english: EnglishCLI.text(message)
  case .spanish: SpanishCLI.text(message)
  case .french: FrenchCLI.text(message)
  }
}

/// What storage, the session file and the server report, in the chosen language.
var interfaceWords: InterfaceWords { InterfaceWords(CommandLanguage.chosen) }

/// The report's words (day names, section titles) in the command line's language.
var reportWords: ReportWords { ReportWords(CommandLanguage.chosen) }
