import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The session file on disk: where it is, and that nobody but its owner can read it.
public enum SessionFile {
  /// `demo` -> `sessions/demo.sqlite`; anything with a slash or a `.sqlite` ending is taken as a path.
  public static func path(for name: String) -> String {
    if name.contains("/") || name.hasSuffix(".sqlite") || name.hasSuffix(".db") { return name }
    return "sessions/\(name).sqlite"
  }

  public static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// Why this process cannot write the session (SQLite writes the file and creates -wal and -shm beside it), or
  /// nil when it can.
  public static func whyNotWritable(_ path: String) -> String? {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    if access(path, W_OK) != 0 {
      return errno == EROFS ? "it is on a read-only disk" : "you cannot write to the file"
    }
    if access(folder, W_OK) != 0 {
      return errno == EROFS ? "it is on a read-only disk" : "you cannot write to the folder \(folder)"
    }
    return nil
  }

  /// Creates an empty file readable and writable by its owner only, whatever the umask. SQLite gives the -wal and
  /// -shm files the database file's permissions, so they are private too.
  /// Whether the disk holding `path` has no room left (less than 64 KiB free to this user): SQLite then fails to
  /// open a session with an I/O error that says nothing about why.
  static func diskIsFull(holding path: String) -> Bool {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var info = statvfs()
    guard statvfs(folder, &info) == 0 else { return false }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
  }

  static func createPrivate(_ path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw SessionFileError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    guard fchmod(descriptor, 0o600) == 0 else {
      throw SessionFileError.cannotMakePrivate(path: path, reason: String(cString: strerror(errno)))
    }
  }

  /// A warning when the file (or its -wal/-shm) can be read by other users of the host.
  public static func exposureWarning(_ path: String) -> String? {
    let exposed = [path, path + "-wal", path + "-shm"].filter { file in
      var info = stat()
      return stat(file, &info) == 0 && (info.st_mode & 0o077) != 0
    }
    guard !exposed.isEmpty else { return nil }
    return "warning: \(exposed.joined(separator: ", ")) can be read by other users of this computer; "
      + "run `chmod 600 \(exposed.joined(separator: " "))` to keep the roster private"
  }
}

extension SessionFile {
  /// The version of the SQLite library that reads and writes session files.
  public static func sqliteVersion() -> String {
    (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") } ?? nil) ?? "unknown"
  }
}
