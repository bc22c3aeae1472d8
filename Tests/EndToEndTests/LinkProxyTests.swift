import Foundation
import LinkProxy
import Testing

/// The link the offline tests and the benchmark use: it carries a session's traffic, late when told, and nothing
/// while cut.
@Suite(.enabled(if: testServerGiven))
struct LinkProxyTests {
  @Test func aSessionWorksThroughTheLinkAndWaitsWhileItIsCut() throws {
    let folder = try scratchFolder()
    let (url, serverPort) = try OfflineRapporteurTests.meeting(in: folder)
    let proxy = try LinkProxy(to: serverPort, delayEachWay: .milliseconds(50))
    defer { proxy.stop() }
    let through = OfflineRapporteurTests.through(proxy, url, serverPort: serverPort)
    let listed = try Binary.run(["groups", "list", through], in: folder)
    #expect(listed.status == 0 && listed.stdout.contains("Supply chain"), "\(listed.stderr)")
    proxy.cut()
    let cut = try Binary.run(["groups", "list", through], in: folder)
    #expect(cut.status != 0 && cut.stderr.contains("cannot be reached"), "\(cut.stderr)")
  }
}
