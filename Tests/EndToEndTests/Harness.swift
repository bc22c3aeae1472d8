import Foundation
import Testing

/// Runs the real `breakout` binary, as a facilitator would from a shell.
enum Binary {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// BREAKOUT_BIN, else the binary next to the test bundle, else .build/debug.
  static let path: String = {
    if let explicit = ProcessInfo.processInfo.environment["BREAKOUT_BIN"] { return explicit }
    var candidates: [String] = []
    if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
      candidates.append(bundle.appendingPathComponent("breakout").path)
      candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("breakout").path)
    }
    candidates.append(packageRoot.appendingPathComponent(".build/debug/breakout").path)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var data = Data()
  }

  @discardableResult
  static func run(
    _ arguments: [String], in folder: String, environment: [String: String] = [:], input: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    // English unless a test asks for a language: the words the tests look for do not depend on who runs them.
    var inherited = ProcessInfo.processInfo.environment
    inherited["LC_ALL"] = nil
    inherited["LC_MESSAGES"] = nil
    inherited["LANG"] = "C.UTF-8"
    process.environment = inherited.merging(environment) { _, new in new }
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let inputPipe = input.map { _ in Pipe() }
    process.standardInput = inputPipe ?? FileHandle.nullDevice
    try process.run()
    if let inputPipe, let input {
      // Small, so the pipe takes it whole before the child reads: then closed, the child sees its end.
      inputPipe.fileHandleForWriting.write(Data(input.utf8))
      try inputPipe.fileHandleForWriting.close()
    }
    // Read before waiting so a large output cannot fill the pipe and stall the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), data: stdout)
  }

  /// A shell command line's exit status.
  static func shellResult(_ script: String) throws -> Int32 { try shell(script).status }

  /// A shell command line (for pkill and the like).
  @discardableResult
  static func shell(_ script: String) throws -> Result {
    Result(status: try CleanSpawn.run(["/bin/sh", "-c", script]), stdout: "", stderr: "")
  }

  /// What a short shell command prints, trimmed (it must not leave anything running that holds the pipe).
  static func output(_ script: String) throws -> String {
    try CleanSpawn.output(["/bin/sh", "-c", script]).text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

func scratchFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("breakout-e2e-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path + "/sessions", withIntermediateDirectories: true)
  return path
}

func write(_ text: String, to path: String) throws {
  try text.write(toFile: path, atomically: true, encoding: .utf8)
}
