import Foundation

/// One of the key questions every group answers, numbered i-iv in the reports.
public struct Question: Codable, Equatable, Hashable, Sendable {
  public var number: Int
  public var text: String
  /// A short title for headings ("Challenges"); the full text is printed once, in the list of key questions.
  public var title: String?

  public init(number: Int, text: String, title: String? = nil) {
    self.number = number
    self.text = text
    self.title = title
  }

  /// The heading a summary gives this question's answers: its title; for one of the default questions, its
  /// default title; else the question's first words.
  public var shortTitle: String {
    if let title, !title.trimmingCharacters(in: .whitespaces).isEmpty { return title }
    if let known = SessionLanguage.allCases.lazy.flatMap(\.defaultQuestions).first(where: { $0.text == text }) {
      return known.title ?? ""
    }
    let words = text.split(whereSeparator: \.isWhitespace)
    let firstSentence = words.prefix { !$0.hasSuffix("?") && !$0.hasSuffix(".") }
    let shown = words.prefix(min(words.count, firstSentence.count + 1, 8))
    return shown.joined(separator: " ") + (shown.count < words.count ? " \u{2026}" : "")
  }

  /// "i", "ii", "iii", "iv" ... as the report numbers them.
  public var label: String { Self.roman(number) }

  public static func roman(_ number: Int) -> String {
    guard number > 0 else { return String(number) }
    let table: [(Int, String)] = [
      (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]
    var rest = number
    var text = ""
    for (value, numeral) in table {
      while rest >= value {
        text += numeral
        rest -= value
      }
    }
    return text
  }

  /// Accepts 2, "ii" or "II".
  public static func number(from text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let value = Int(trimmed), value > 0 { return value }
    return (1...40).first { roman($0) == trimmed }
  }

  /// The four key questions of the Asia-Pacific meeting, word for word: the default set of every new session.
  public static let defaults: [Question] = [
    Question(
      number: 1,
      text:
        "What are the main challenges in creating PPPs to address trafficking in persons in the supply chain, financial institutions and the technology sector?",
      title: "Challenges"
    ),
    Question(
      number: 2,
      text:
        "What do you believe are current best practices around PPPs to prevent and counter trafficking in persons? If you are able to, please try to draw on concrete and real-life examples of such PPPs from within your own area of work.",
      title: "Best practices"
    ),
    Question(
      number: 3,
      text:
        "Based on the challenges and best practices, what lessons and recommendations are you able to make to ensure effective PPPs to prevent and counter trafficking in persons?",
      title: "Lessons and recommendations"
    ),
    Question(
      number: 4,
      text:
        "What role do you believe international organizations (such as UNODC) and civil society should have as far as PPPs to prevent and counter trafficking in persons are concerned?",
      title: "The role of international organisations and civil society"
    ),
  ]
}
