import BreakoutCore
import Foundation

/// The screen's words in one language. The interface language is the person's (`--lang`, else the locale), apart
/// from the meeting's: a French-speaking facilitator can run a Spanish meeting.
public struct InterfaceWords: Equatable, Sendable {
  public var language: SessionLanguage

  public init(_ language: SessionLanguage) { self.language = language }

  public static let english = InterfaceWords(.english)

  /// `--lang` if given, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (as the C library reads
  /// them); English when that names no language breakout speaks.
  public static func chosen(option: String?, environment: [String: String]) -> SessionLanguage {
    if let option, let language = SessionLanguage(code: option) { return language }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return SessionLanguage(code: value) ?? .english
    }
    return .english
  }

  public func callAsFunction(_ message: UIText) -> String {
    switch language {
    case .english: EnglishInterface.text(message)
    case .spanish: SpanishInterface.text(message)
    case .french: FrenchInterface.text(message)
    }
  }

  /// A storage failure as a clause ("the disk is full; …").
  public func sentence(_ failure: StorageFailure) -> String {
    switch language {
    case .english: failure.sentence
    case .spanish: SpanishFailures.sentence(failure)
    case .french: FrenchFailures.sentence(failure)
    }
  }

  /// A command's line in the help.
  public func help(_ command: Command) -> String {
    switch language {
    case .english: command.summary
    case .spanish: CommandWords.spanishHelp[command.summary] ?? command.summary
    case .french: CommandWords.frenchHelp[command.summary] ?? command.summary
    }
  }

  /// A command's short form in the status bar: "q quit".
  public func hint(_ command: Command) -> String {
    guard let bar = command.bar else { return "\(command.keyLabel) \(help(command))" }
    let label =
      switch language {
      case .english: bar
      case .spanish: CommandWords.spanishBar[bar] ?? bar
      case .french: CommandWords.frenchBar[bar] ?? bar
      }
    return "\(command.keyLabel) \(label)"
  }
}
