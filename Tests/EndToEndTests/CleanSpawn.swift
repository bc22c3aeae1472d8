import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Starts a program as a login shell would: no signal blocked, the usual signals at their defaults, only stdin,
/// stdout and stderr open. Tests run on worker threads that block most signals, and a child inherits that mask:
/// a tmux server started that way never receives the SIGTERM its own kill-server sends, so its pseudo-terminals
/// (and the programs in them) outlive the test.
enum CleanSpawn {
  /// Starts the program; its stdout goes to `stdout` (a descriptor) or /dev/null. Returns its process id.
  static func start(_ arguments: [String], stdout: Int32? = nil) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGCHLD, SIGALRM, SIGUSR1, SIGUSR2, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if let stdout {
      posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    _ = closeFrom?(&actions, 3)

    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
    guard result == 0 else {
      throw HarnessError("could not start \(arguments[0]): \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34 and later), which Swift's Glibc module does not show.
  private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
    return unsafeBitCast(
      symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
  }()

  /// Waits for the program to end: its exit status, or 128 + the signal that ended it.
  static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Runs the program to its end; what it prints is thrown away.
  static func run(_ arguments: [String]) throws -> Int32 { wait(try start(arguments)) }

  /// Runs the program to its end and returns what it printed.
  static func output(_ arguments: [String]) throws -> (status: Int32, text: String) {
    let pipe = Pipe()
    let pid = try start(arguments, stdout: pipe.fileHandleForWriting.fileDescriptor)
    try pipe.fileHandleForWriting.close()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    return (wait(pid), String(decoding: data, as: UTF8.self))
  }
}
