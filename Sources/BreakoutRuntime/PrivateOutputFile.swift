import BreakoutCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Export files hold what participants said: written 0600, never through a symlink someone else planted.
public enum PrivateOutputFile {
  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }

  public static func write(_ data: Data, to path: String) throws {
    try streaming(to: path) { stream in data.withUnsafeBytes { stream.write(bytes: $0) } }
  }

  /// Opens `path` and hands `body` a stream into it, so a large export goes to disk as it is made; the file is
  /// flushed to disk at the end. A write that fails (a full disk) is reported once, with the file's name.
  public static func streaming<T>(to path: String, _ body: (ExportStream) throws -> T) throws -> T {
    var info = stat()
    if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
      throw OutputFileError("\(path) is a symbolic link; refusing to write through it")
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw OutputFileError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    fchmod(descriptor, 0o600)
    let stream = ExportStream(
      sink: { bytes in try writeAll(bytes, to: descriptor, path: path) },
      overwrite: { offset, bytes in
        try bytes.withUnsafeBytes { buffer in
          guard pwrite(descriptor, buffer.baseAddress, buffer.count, off_t(offset)) == buffer.count else {
            throw OutputFileError("cannot write \(path): \(String(cString: strerror(errno)))")
          }
        }
      })
    let result = try body(stream)
    try stream.finish()
    guard fsync(descriptor) == 0 else {
      throw OutputFileError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    return result
  }

  /// Every byte, however many calls the kernel takes to accept them.
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        throw OutputFileError("cannot write \(path): \(String(cString: strerror(errno)))")
      }
      offset += written
    }
  }
}

/// Why an output file could not be written, in a sentence that names it.
public struct OutputFileError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}
