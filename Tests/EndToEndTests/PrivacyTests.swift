import Foundation
import Testing

/// A participant list of a trafficking meeting must not be readable by other users of a shared host, whatever umask
/// the facilitator's shell has.
@Suite struct PrivacyTests {
  @Test func everyFileBreakoutWritesIsPrivateUnderAnOpenUmask() throws {
    let folder = try scratchFolder()
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    let script = """
      umask 000
      b='\(Binary.path)'
      "$b" demo demo --from '\(demoSource)' > /dev/null 2>&1
      "$b" note add demo --group technology --question 1 "Written under umask 000" > /dev/null
      "$b" export demo --format md --output summary.md
      "$b" export demo --format docx --output summary.docx
      "$b" export demo --format csv --all-notes --output notes.csv
      "$b" backup demo copy.sqlite > /dev/null
      echo done
      """
    #expect(try Binary.output("cd '\(folder)' && \(script)").hasSuffix("done"))
    for file in ["sessions/demo.sqlite", "summary.md", "summary.docx", "notes.csv", "copy.sqlite"] {
      #expect(try mode(folder + "/" + file) == 0o600, "\(file)")
    }
    // The -wal and -shm files exist only while the session is open: a reader holds it open while a note is added.
    let listed = try Binary.output(
      """
      cd '\(folder)' && umask 000
      (printf 'BEGIN;\\nSELECT count(*) FROM note;\\n'; sleep 2) | sqlite3 sessions/demo.sqlite > /dev/null &
      sleep 0.3
      '\(Binary.path)' note add demo --group finance --question 2 "Second note" > /dev/null
      stat -c '%n %a' sessions/demo.sqlite*
      wait
      """)
    #expect(listed.contains("demo.sqlite-wal 600") && listed.contains("demo.sqlite-shm 600"), "\(listed)")
    #expect(!listed.split(separator: "\n").contains { !$0.hasSuffix(" 600") }, "\(listed)")
  }

  @Test func aSessionFileOthersCanReadIsReportedWhenOpened() throws {
    let folder = try scratchFolder()
    let demoSource = Binary.packageRoot.appendingPathComponent("sessions/demo").path
    #expect(try Binary.run(["demo", "demo", "--from", demoSource], in: folder).status == 0)
    let quiet = try Binary.run(["roster", "list", "demo"], in: folder)
    #expect(!quiet.stderr.contains("can be read by other users"))
    #expect(chmod(folder + "/sessions/demo.sqlite", 0o644) == 0)
    let warned = try Binary.run(["roster", "list", "demo"], in: folder)
    #expect(warned.status == 0)
    #expect(warned.stderr.contains("can be read by other users"), "\(warned.stderr)")
  }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }
}
