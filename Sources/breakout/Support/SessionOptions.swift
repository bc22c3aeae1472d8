import ArgumentParser
import BreakoutCore
import BreakoutRuntime
import BreakoutStore
import Foundation

/// Opens the session named on the command line, warning on stderr when its file is readable by others.
func openSession(_ name: String, busyTimeout: TimeInterval = SessionFileRepository.busyTimeout) throws
  -> SessionFileRepository
{
  let path = SessionFile.path(for: name)
  let session = try SessionFileRepository.open(path, busyTimeout: busyTimeout)
  if let reason = session.readOnlyReason {
    printError("note: \(path) can only be read here (\(reason)); anything that would change it is refused.")
  }
  if let warning = SessionFile.exposureWarning(path) { printError(warning) }
  return session
}

func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The person a name refers to, or an error saying there is nobody (or more than one) by that name.
func participant(named name: String, in snapshot: SessionSnapshot) throws -> Participant {
  let matches = snapshot.participants(named: name)
  switch matches.count {
  case 1: return matches[0]
  case 0: throw ValidationError("nobody called \"\(InertText.visible(name))\" is on the roster")
  default:
    throw ValidationError(
      "\(matches.count) people are called \"\(InertText.visible(name))\" (\(matches.map { InertText.visible($0.organisation) }.joined(separator: "; "))); use their email instead"
    )
  }
}

func group(named reference: String, in snapshot: SessionSnapshot) throws -> BreakoutGroup {
  guard let group = snapshot.group(matching: reference) else {
    let known = snapshot.groups.map { snapshot.reference(of: $0) }
    throw ValidationError(
      known.isEmpty
        ? "the session has no groups yet; create them with `breakout groups set`"
        : "no group \"\(InertText.visible(reference))\"; the groups are \(known.joined(separator: ", "))")
  }
  return group
}

/// Who is writing, for the note history: --author, else the login name.
func defaultAuthor() -> String {
  ProcessInfo.processInfo.environment["BREAKOUT_AUTHOR"] ?? ProcessInfo.processInfo.environment["USER"] ?? "rapporteur"
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}

/// Writes to --output (never through a symlink, private to the owner) or to stdout.
func emit(_ text: String, to output: String?) throws {
  try emit(Data(text.utf8), to: output, binary: false)
}

func emit(_ data: Data, to output: String?, binary: Bool) throws {
  guard let output else {
    if binary && isatty(1) == 1 {
      throw ValidationError("this format is a binary file: give --output FILE (or redirect to a file)")
    }
    FileHandle.standardOutput.write(data)
    return
  }
  try PrivateOutputFile.write(data, to: output)
  printError("Wrote \(output).")
}
