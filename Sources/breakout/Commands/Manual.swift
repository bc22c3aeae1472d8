import ArgumentParser
import BreakoutCore
import Foundation

/// `breakout(1)`, made from the command definitions themselves (argument-parser's description of every command,
/// option and argument), so the manual never says what the program no longer does. `scripts/install` installs it.
struct Manual: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the manual page breakout(1) (roff) to standard output; scripts/install installs it.")

  func run() throws {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["--experimental-dump-help"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let tool = try JSONDecoder().decode(ToolDescription.self, from: data)
    print(ManualPage.render(tool.command), terminator: "")
  }
}

/// The part of argument-parser's `--experimental-dump-help` the manual reads.
struct ToolDescription: Decodable {
  struct Command: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var arguments: [Argument]?
    var subcommands: [Command]?
  }
  struct Argument: Decodable {
    struct Name: Decodable {
      var kind: String
      var name: String
    }
    var kind: String
    var names: [Name]?
    var valueName: String?
    var abstract: String?
    var discussion: String?
    var isOptional: Bool?
    var isRepeating: Bool?
    var shouldDisplay: Bool?
    var defaultValue: String?
  }
  var command: Command
}

/// A command tree as a man(7) page.
enum ManualPage {
  static func render(_ root: ToolDescription.Command) -> String {
    var page = """
      .TH BREAKOUT 1 "\(Release.date)" "breakout \(Release.version)" "User Commands"
      .SH NAME
      breakout \\- \(escape(lowercasedFirst(root.abstract ?? "")))
      .SH SYNOPSIS
      .B breakout
      [\\fISESSION\\fR] [\\fIoptions\\fR]
      .br
      .B breakout
      \\fIcommand\\fR [\\fIarguments\\fR] [\\fIoptions\\fR]
      .SH DESCRIPTION
      \(paragraphs(root.discussion ?? ""))
      With no command, \\fBbreakout\\fR opens the terminal screen (\\fBbreakout open\\fR).
      .SH COMMANDS

      """
    for command in visible(root.subcommands) { page += section(command, path: ["breakout"]) }
    page += """
      .SH ENVIRONMENT
      .TP
      .B BREAKOUT_AUTHOR
      Who is typing, for the note history, when \\fB\\-\\-author\\fR is not given.
      .TP
      .B LANG\\fR, \\fBLC_ALL\\fR, \\fBLC_MESSAGES
      The language of the screen and the command line (English, Spanish or French) when \\fB\\-\\-lang\\fR is not given.
      .TP
      .B NO_COLOR
      No colour on the screen.
      .TP
      .B TERM
      \\fBdumb\\fR starts the plain mode: one line per answer or change, no drawing.
      .SH FILES
      .TP
      .I sessions/NAME.sqlite
      A session: SQLite, readable and writable by its owner only. SESSION names it, or is a path.
      .SH EXIT STATUS
      0 when the command did what it was asked; 1 with a sentence on standard error when it did not.
      .SH SEE ALSO
      .BR sqlite3 (1),
      .BR psql (1)

      """
    return page
  }

  static func section(_ command: ToolDescription.Command, path: [String]) -> String {
    let path = path + [command.commandName]
    let arguments = (command.arguments ?? []).filter { $0.shouldDisplay != false && !isHelp($0) }
    var text = ".SS \"\(escape(path.joined(separator: " ")))"
    for argument in arguments where argument.kind == "positional" {
      let name = (argument.valueName ?? "value").uppercased()
      text += " " + (argument.isOptional == true ? "[\(name)]" : name) + (argument.isRepeating == true ? " ..." : "")
    }
    text += "\"\n"
    if let abstract = command.abstract, !abstract.isEmpty { text += escape(abstract) + "\n" }
    if let discussion = command.discussion, !discussion.isEmpty { text += ".PP\n" + paragraphs(discussion) + "\n" }
    for argument in arguments {
      text += ".TP\n" + label(argument) + "\n" + escape(argument.abstract ?? "")
      if let value = argument.defaultValue, !value.isEmpty, argument.kind != "flag" {
        text += " (default: " + escape(value) + ")"
      }
      text += "\n"
    }
    for subcommand in visible(command.subcommands) { text += section(subcommand, path: path) }
    return text
  }

  static func label(_ argument: ToolDescription.Argument) -> String {
    let value = "\\fI" + escape(argument.valueName ?? "value") + "\\fR"
    guard argument.kind != "positional" else { return value }
    let names = (argument.names ?? []).map { name in
      "\\fB" + (name.kind == "short" ? "\\-" : "\\-\\-") + escape(name.name) + "\\fR"
    }
    return names.joined(separator: ", ") + (argument.kind == "option" ? " " + value : "")
  }

  static func visible(_ commands: [ToolDescription.Command]?) -> [ToolDescription.Command] {
    (commands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
  }

  static func isHelp(_ argument: ToolDescription.Argument) -> Bool {
    (argument.names ?? []).contains { $0.name == "help" || $0.name == "version" }
  }

  /// Blank lines part paragraphs; the lines of one paragraph are joined, as roff fills them anyway.
  static func paragraphs(_ text: String) -> String {
    text.components(separatedBy: "\n\n").map { paragraph in
      escape(paragraph.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
    }.joined(separator: "\n.PP\n")
  }

  static func lowercasedFirst(_ text: String) -> String {
    let trimmed = text.hasSuffix(".") ? String(text.dropLast()) : text
    return trimmed.prefix(1).lowercased() + trimmed.dropFirst()
  }

  /// Text as roff prints it: a backslash is `\e`, a hyphen `\-`, and a line may not start with a control character.
  static func escape(_ text: String) -> String {
    let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    return escaped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
    }.joined(separator: "\n")
  }
}
