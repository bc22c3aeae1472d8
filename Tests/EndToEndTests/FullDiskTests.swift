import Foundation
import Testing

/// A rapporteur saves on a disk that has filled up (a real 2 MiB tmpfs holding the session file): a clear message,
/// the typed text still in the editor, and the same Enter saves it once space is freed.
@Suite(.serialized) struct FullDiskTests {
  @Test func aFullDiskKeepsTheTextAndTheSaveSucceedsOnceSpaceIsFreed() throws {
    guard getuid() == 0 else { throw HarnessError("mounting a small tmpfs needs root (CI runs as root)") }
    let base = try scratchFolder()
    let disk = base + "/disk"
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
    guard try Binary.shellResult("mount -t tmpfs -o size=2m,mode=0700 tmpfs '\(disk)'") == 0 else {
      throw HarnessError("could not mount a tmpfs at \(disk)")
    }
    defer { _ = try? Binary.shell("umount -l '\(disk)'") }
    try FileManager.default.createDirectory(atPath: disk + "/sessions", withIntermediateDirectories: true)
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    let built = try Binary.run(["demo", "demo", "--from", demoSource], in: disk)
    #expect(built.status == 0, "\(built.stderr)")
    let (terminal, folder) = try demoShell(folder: disk)
    defer { _ = try? terminal.tmux(capturing: false, ["kill-server"]) }
    try terminal.type("'\(Binary.path)' sessions/demo.sqlite --rapporteur finance --author fulldisk; echo \"EXIT=$?\"")
    try terminal.press("Enter")
    #expect(try terminal.waitFor("rapporteur: Financial institutions").found)

    // Every free block taken, as when a log or a download fills the disk.
    _ = try Binary.shell("dd if=/dev/zero of='\(folder)/filler' bs=4k 2>/dev/null")
    #expect(try Binary.output("df --output=avail -k '\(folder)' | tail -1") == "0")

    let text = "Written while the disk was full"
    try terminal.type("a")
    try terminal.type(text)
    #expect(try terminal.waitFor(text).found)
    try terminal.press("Enter")
    let refused = try terminal.waitFor("the disk is full")
    #expect(refused.found, "\(refused.screen)")
    #expect(refused.screen.contains("What you typed is kept"))
    #expect(refused.screen.contains(text), "the text is still in the editor")
    #expect(!refused.screen.contains("Note saved"))

    try FileManager.default.removeItem(atPath: folder + "/filler")
    try terminal.press("Enter")
    let saved = try terminal.waitFor("Note saved")
    #expect(saved.found, "\(saved.screen)")
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)

    let session = folder + "/sessions/demo.sqlite"
    #expect(try Binary.output("sqlite3 '\(session)' 'PRAGMA integrity_check'") == "ok")
    let exported = try Binary.run(["export", "demo", "--format", "txt", "--all-notes"], in: folder)
    #expect(exported.stdout.components(separatedBy: text).count == 2, "saved once, not lost and not twice")
  }
}
