import BreakoutCore
import BreakoutRuntime
import BreakoutStore
import Foundation

/// What a listing command reads on a session of 5,000 participants and 50,000 notes: the session without its
/// notes (`withoutNotes`, as `roster list`, `groups list` and `agenda list` read it) against the whole session,
/// each from opening the file; and, when the release `breakout` is built beside this program, each command run
/// whole as a person runs it.
enum CommandBenchmark {
  static func run(folder: String) throws {
    let path = folder + "/big.sqlite"
    if !FileManager.default.fileExists(atPath: path) { try BigSession.make(at: path) }
    print("Commands, on 5,000 participants and 50,000 notes:")
    var whole: [Double] = []
    var withoutNotes: [Double] = []
    for _ in 0..<20 {
      whole.append(try milliseconds { _ = try waitFor { try await SessionFileRepository.open(path).snapshot() } })
      withoutNotes.append(
        try milliseconds { _ = try waitFor { try await SessionFileRepository.open(path).withoutNotes() } })
    }
    describe("  open + read the whole session        ", whole)
    describe("  open + read it without notes         ", withoutNotes)
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("breakout").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { return }
    for command in [["roster", "list"], ["groups", "list"], ["agenda", "list"], ["version"]] {
      var samples: [Double] = []
      let arguments = ["breakout"] + (command.count == 2 ? command + [path] : command)
      for _ in 0..<20 { samples.append(try milliseconds { try spawnQuietly(binary, arguments) }) }
      describe(
        "  breakout \(command.joined(separator: " "))".padding(toLength: 39, withPad: " ", startingAt: 0), samples)
    }
  }

  /// Runs a program with its output discarded and waits for it: posix_spawn and waitpid, as a shell does
  /// (Foundation's Process adds tens of milliseconds waiting for the end on Linux).
  static func spawnQuietly(_ path: String, _ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    guard posix_spawn(&pid, path, &actions, nil, &argv, environ) == 0 else {
      throw CocoaError(.executableLoad)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
  }
}
