import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// breakout's log: one file, readable by its owner only, that every process of a session appends to; never the
/// terminal the screen draws on. It is `--log FILE`, else `BREAKOUT_LOG`, else a file beside the session
/// (`sessions/NAME.log`, or beside a server session's local outbox) once the session is known: what is logged
/// before that waits for it, and is dropped by a command that opens no session. At 4 MiB the file becomes
/// `NAME.log.1` (one older file kept). Lines carry ids, counts and reasons, never a note's text, a name or an
/// e-mail address.
final class LogFile: @unchecked Sendable {
  static let shared = LogFile()
  static let rotateAt = 4 * 1024 * 1024

  private let lock = NSLock()
  private var path: String?
  private var chosen = false
  private var descriptor: Int32 = -1
  private var waiting: [String] = []

  /// The file asked for with `--log` or `BREAKOUT_LOG`: it wins over the session's.
  func choose(_ path: String) {
    lock.withLock {
      self.path = path
      chosen = true
    }
  }

  /// The session's own log, beside `file` (its extension replaced by `.log`), unless one was chosen.
  func useBeside(_ file: String) {
    let log = URL(fileURLWithPath: file).deletingPathExtension().appendingPathExtension("log").path
    lock.withLock {
      guard !chosen, path == nil else { return }
      path = log
    }
    write(nil)
  }

  /// Appends a line, or keeps it until the file is known (`nil` writes only what waited).
  func write(_ line: String?) {
    lock.withLock {
      if let line { waiting.append(line) }
      guard let path, !waiting.isEmpty else {
        if waiting.count > 1_000 { waiting.removeFirst(waiting.count - 1_000) }
        return
      }
      if descriptor < 0 { descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600) }
      guard descriptor >= 0 else { return }
      let bytes = Array(waiting.joined().utf8)
      waiting.removeAll()
      _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      var status = stat()
      if fstat(descriptor, &status) == 0, Int(status.st_size) >= Self.rotateAt {
        close(descriptor)
        descriptor = -1
        rename(path, path + ".1")
      }
    }
  }
}

/// swift-log's handler for breakout: each line is its time, level, source and message, with its metadata.
struct FileLogHandler: LogHandler {
  let label: String
  var logLevel: Logger.Level
  var metadata: Logger.Metadata = [:]

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
    let details = all.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
    let time = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
    LogFile.shared.write("\(time) \(event.level) \(label): \(event.message)\(details)\n")
  }

  /// Every logger of the process writes to `LogFile.shared`, at `BREAKOUT_LOG_LEVEL` (default `info`); `--log
  /// FILE` (taken out of the arguments) or `BREAKOUT_LOG` chooses the file.
  static func bootstrap(_ arguments: [String], environment: [String: String]) throws -> [String] {
    let (option, rest) = try GlobalOption.take("log", from: arguments)
    let chosen = option ?? environment["BREAKOUT_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    if let chosen { LogFile.shared.choose(chosen) }
    let level = environment["BREAKOUT_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    LoggingSystem.bootstrap { FileLogHandler(label: $0, logLevel: level) }
    return rest
  }
}
