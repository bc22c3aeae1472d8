import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Export files hold what participants said: written 0600, never through a symlink someone else planted.
enum PrivateOutputFile {
  static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }

  static func write(_ data: Data, to path: String) throws {
    var info = stat()
    if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
      throw ValidationError("\(path) is a symbolic link; refusing to write through it")
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    fchmod(descriptor, 0o600)
    try handle.write(contentsOf: data)
    try handle.synchronize()
  }
}
