import Foundation
import Testing

/// 12. A session on a disk (or in a folder) this user cannot write: reading commands and the screen open it for
/// reading and say so; writing ones say why they cannot. Nothing says "SQLite error 8".
@Suite(.serialized) struct ReadOnlyTests {
  @Test func aReadOnlySessionIsReadAndEveryChangeIsRefusedWithTheReason() throws {
    try onOwnDisk(size: "8m", mode: "0755") { disk in try readOnly(disk) }
  }

  private func readOnly(_ disk: String) throws {
    let before = try Binary.run(
      ["export", "demo", "--format", "json", "--all-notes"], in: disk, environment: ExportTests.fixedTime)
    #expect(try Binary.shellResult("mount -o remount,ro '\(disk)'") == 0)

    let listed = try Binary.run(["roster", "list", "demo"], in: disk)
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.stdout.contains("Nguyễn Thị Lan"))
    #expect(listed.stderr.contains("can only be read here (it is on a read-only disk)"))
    let exported = try Binary.run(
      ["export", "demo", "--format", "json", "--all-notes"], in: disk, environment: ExportTests.fixedTime)
    #expect(exported.status == 0)
    #expect(exported.stdout == before.stdout, "the same summary as before the disk became read-only")

    let added = try Binary.run(["note", "add", "demo", "--group", "technology", "--question", "1", "x"], in: disk)
    #expect(added.status != 0)
    #expect(added.stderr.contains("nothing was saved"), "\(added.stderr)")
    #expect(!added.stderr.contains("SQLite error"), "\(added.stderr)")

    let (terminal, _) = try demoShell(folder: disk)
    try terminal.type("'\(Binary.path)' sessions/demo.sqlite --rapporteur finance; echo \"EXIT=$?\"")
    try terminal.press("Enter")
    let opened = try terminal.waitFor("READ-ONLY")
    #expect(opened.found, "\(opened.screen)")
    #expect(opened.screen.contains("look and export"))
    try terminal.type("a")
    #expect(try terminal.waitFor("nothing can be changed").found)
    try terminal.type("q")
    #expect(try terminal.waitFor("EXIT=0").found)
  }
}
