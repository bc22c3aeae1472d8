import Testing

@testable import BreakoutServer

/// A session's server address, read as libpq reads one: the URL first, then `PG*` variables, then `~/.pgpass`.
@Suite struct ServerAddressTests {
  let noFiles: (String) -> (contents: String, isPrivate: Bool)? = { _ in nil }

  @Test func theURLSaysEverythingItNames() throws {
    let address = try ServerAddress.parse(
      "postgres://ana:s3cret@db.example.org:6543/meetings?session=bangkok-2021&sslmode=verify-full",
      environment: ["PGHOST": "elsewhere", "PGUSER": "ben"], readFile: noFiles)
    #expect(
      address
        == ServerAddress(
          host: "db.example.org", port: 6543, user: "ana", password: "s3cret", database: "meetings",
          session: "bangkok-2021", tls: .verifyFull, rootCertificate: nil))
    #expect(address.description == "postgres://ana@db.example.org:6543/meetings?session=bangkok-2021")
    #expect(!address.description.contains("s3cret"), "a password is never shown")
  }

  @Test func whatTheURLLeavesOutComesFromTheEnvironment() throws {
    let address = try ServerAddress.parse(
      "postgresql:///?session=vienna",
      environment: [
        "PGHOST": "10.0.0.5", "PGPORT": "5433", "PGUSER": "rapporteur", "PGDATABASE": "unodc", "PGPASSWORD": "pw",
        "PGSSLMODE": "require", "PGSSLROOTCERT": "/etc/ssl/ca.pem",
      ], readFile: noFiles)
    #expect(
      address
        == ServerAddress(
          host: "10.0.0.5", port: 5433, user: "rapporteur", password: "pw", database: "unodc", session: "vienna",
          tls: .require, rootCertificate: "/etc/ssl/ca.pem"))
  }

  @Test func withNothingGivenLibpqsDefaultsHold() throws {
    let address = try ServerAddress.parse("postgres://?session=panama", environment: ["USER": "lan"], readFile: noFiles)
    #expect(address.host == "localhost" && address.port == 5432 && address.user == "lan" && address.database == "lan")
    #expect(address.tls == .disable && address.password == nil)
  }

  @Test func thePasswordFileIsReadOnlyWhenPrivate() throws {
    let file = """
      # host:port:database:user:password
      other.org:5432:*:ana:wrong
      db.example.org:*:meetings:ana:pa\\:ss\\\\word
      *:*:*:*:fallback
      """
    let reads = { (isPrivate: Bool) in
      { (path: String) -> (contents: String, isPrivate: Bool)? in
        path == "/home/ana/.pgpass" ? (file, isPrivate) : nil
      }
    }
    let url = "postgres://ana@db.example.org/meetings?session=s"
    let home = ["HOME": "/home/ana"]
    #expect(try ServerAddress.parse(url, environment: home, readFile: reads(true)).password == "pa:ss\\word")
    #expect(try ServerAddress.parse(url, environment: home, readFile: reads(false)).password == nil)
    let elsewhere = "postgres://ben@db.example.org/other?session=s"
    #expect(try ServerAddress.parse(elsewhere, environment: home, readFile: reads(true)).password == "fallback")
  }

  @Test func aSocketFolderIsAHost() throws {
    let address = try ServerAddress.parse(
      "postgres://ana@%2Fvar%2Frun%2Fpostgresql/meetings?session=s", environment: [:], readFile: noFiles)
    #expect(address.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
  }

  @Test func whatCannotBeReadIsNamed() {
    #expect(throws: ServerAddress.Problem.noSession) {
      try ServerAddress.parse("postgres://db/meetings", environment: [:], readFile: noFiles)
    }
    #expect(throws: ServerAddress.Problem.badTLSMode("sometimes")) {
      try ServerAddress.parse("postgres://db/m?session=s&sslmode=sometimes", environment: [:], readFile: noFiles)
    }
    #expect(throws: ServerAddress.Problem.badPort("99999")) {
      try ServerAddress.parse("postgres://db/m?session=s", environment: ["PGPORT": "99999"], readFile: noFiles)
    }
    #expect(!ServerAddress.isServer("sessions/demo.sqlite"))
  }
}
