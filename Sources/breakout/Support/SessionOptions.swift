import ArgumentParser
import BreakoutCore
import BreakoutRuntime
import BreakoutServer
import BreakoutStore
import Foundation

/// Where a session named on the command line is kept: a file (a name under sessions/, or a path), or a server
/// (`postgres://HOST/DATABASE?session=NAME`, completed from the `PG*` variables and `~/.pgpass` as libpq does).
enum SessionLocation {
  case file(path: String)
  case server(ServerAddress)

  init(_ name: String) throws {
    if ServerAddress.isServer(name) {
      do {
        self = .server(try ServerAddress.parse(name))
      } catch {
        throw CommandFailure(description: say(.address(error)))
      }
    } else {
      self = .file(path: SessionFile.path(for: name))
    }
  }

  /// How it is named to people: a server's address never shows its password.
  var shown: String {
    switch self {
    case .file(let path): path
    case .server(let address): address.description
    }
  }
}

/// The session files this command opened: closed when it ends (`Breakout.main`), so each file alone holds the
/// whole session again.
final class OpenedFiles: @unchecked Sendable {
  private let lock = NSLock()
  private var files: [SessionFileRepository] = []

  func add(_ file: SessionFileRepository) {
    lock.lock()
    files.append(file)
    lock.unlock()
  }

  func closeAll() {
    lock.lock()
    let closing = files
    files = []
    lock.unlock()
    for file in closing { try? file.close() }
  }
}

let openedFiles = OpenedFiles()

/// A server's connections do their own work on this thread for as long as the command runs.
let serverExecutor = ThreadExecutor(name: "breakout.server")

/// Opens the session named on the command line, warning on stderr when its file is readable by others. A session on
/// a server is brought to the newest schema version first.
func openSession(_ name: String, busyTimeout: TimeInterval = SessionFileRepository.busyTimeout) async throws
  -> any SessionRepository
{
  switch try SessionLocation(name) {
  case .file(let path):
    LogFile.shared.useBeside(path)
    let session = try SessionFileRepository.open(path, busyTimeout: busyTimeout)
    if let reason = session.readOnlyReason {
      printError(say(.readOnlyNote(path: path, reason: reason)))
    }
    if let warning = SessionFile.exposureWarning(path) { printError(warning) }
    openedFiles.add(session)
    return session
  case .server(let address):
    LogFile.shared.useBeside(
      LocalOutbox.defaultPath(server: address.description, session: address.session, owner: defaultAuthor()))
    let connection = try ServerConnection(address, executor: serverExecutor)
    let session = ServerRepository(connection: connection)
    try await session.open()
    return session
  }
}

/// The session as a file, for what only a file has (a backup, a purge).
func openSessionFile(_ name: String, for purpose: String) async throws -> SessionFileRepository {
  guard let file = try await openSession(name) as? SessionFileRepository else {
    throw CommandFailure(description: say(.fileOnly(purpose)))
  }
  return file
}

func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// The person a name refers to, or an error saying there is nobody (or more than one) by that name.
func participant(named name: String, in snapshot: SessionSnapshot) throws -> Participant {
  let matches = snapshot.participants(named: name)
  switch matches.count {
  case 1: return matches[0]
  case 0: throw ValidationError(say(.nobodyCalled(InertText.visible(name))))
  default:
    throw ValidationError(
      say(
        .severalCalled(
          name: InertText.visible(name), count: matches.count,
          organisations: matches.map { InertText.visible($0.organisation) })))
  }
}

func group(named reference: String, in snapshot: SessionSnapshot) throws -> BreakoutGroup {
  guard let group = snapshot.group(matching: reference) else {
    let known = snapshot.groups.map { snapshot.reference(of: $0) }
    throw ValidationError(
      say(known.isEmpty ? .noGroupsYet : .noGroupCalled(InertText.visible(reference), known: known)))
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
      throw ValidationError(say(.binaryNeedsOutput))
    }
    FileHandle.standardOutput.write(data)
    return
  }
  try PrivateOutputFile.write(data, to: output)
  printError(say(.wrote(output)))
}
