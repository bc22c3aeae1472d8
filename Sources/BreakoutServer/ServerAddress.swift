import Foundation

/// Where a session on a PostgreSQL server is, read as libpq reads it: a `postgres://` URL, then the `PG*`
/// environment variables for what the URL leaves out, then `~/.pgpass` for the password. The password is never
/// part of what is shown (`description`).
public struct ServerAddress: Equatable, Sendable, CustomStringConvertible {
  public enum TLS: String, Equatable, Sendable {
    /// Never; `allow` and `prefer` are read as this too, since a connection is not retried without it here.
    case disable
    /// Encrypted, the server's certificate not checked.
    case require
    /// Encrypted, the certificate checked against `PGSSLROOTCERT` (or the system's), not the name.
    case verifyCA = "verify-ca"
    /// Encrypted, the certificate and the host name checked.
    case verifyFull = "verify-full"
  }

  public var host: String
  public var port: Int
  public var user: String
  public var password: String?
  public var database: String
  /// The session within the database: one database can hold several meetings.
  public var session: String
  public var tls: TLS
  public var rootCertificate: String?

  /// A host that starts with `/` is the folder of the server's Unix socket, as in libpq.
  public var socketPath: String? { host.hasPrefix("/") ? "\(host)/.s.PGSQL.\(port)" : nil }

  public var description: String {
    let shownHost = host.hasPrefix("/") ? "[\(host)]" : host
    return "postgres://\(user)@\(shownHost):\(port)/\(database)?session=\(session)"
  }

  /// Whether a session argument names a server rather than a file.
  public static func isServer(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  public enum Problem: Error, Equatable, Sendable {
    case notAURL(String)
    case noSession
    case badPort(String)
    case badTLSMode(String)
  }

  /// `environment` and `readFile` are the process's own unless a test gives others.
  public static func parse(
    _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment,
    readFile: (String) -> (contents: String, isPrivate: Bool)? = ServerAddress.readPrivateFile
  ) throws(Problem) -> ServerAddress {
    guard isServer(text), let url = URLComponents(string: text) else { throw .notAURL(text) }
    let query = Dictionary(
      (url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    func setting(_ parameter: String, _ variable: String) -> String? {
      [query[parameter], environment[variable]].compactMap { $0 }.first { !$0.isEmpty }
    }
    guard let session = query["session"], !session.isEmpty else { throw .noSession }
    let host =
      url.percentEncodedHost.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding }
      ?? setting("host", "PGHOST") ?? "localhost"
    let portText = url.port.map(String.init) ?? setting("port", "PGPORT") ?? "5432"
    guard let port = Int(portText), (1...65_535).contains(port) else { throw .badPort(portText) }
    let user =
      url.user.flatMap { $0.isEmpty ? nil : $0 } ?? setting("user", "PGUSER")
      ?? environment["USER"] ?? "postgres"
    let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
    let database = (path.isEmpty ? nil : path) ?? setting("dbname", "PGDATABASE") ?? user
    let modeText = setting("sslmode", "PGSSLMODE") ?? "prefer"
    let tls: TLS
    switch modeText {
    case "disable", "allow", "prefer": tls = .disable
    default:
      guard let mode = TLS(rawValue: modeText) else { throw .badTLSMode(modeText) }
      tls = mode
    }
    var address = ServerAddress(
      host: host, port: port, user: user, password: nil, database: database, session: session, tls: tls,
      rootCertificate: setting("sslrootcert", "PGSSLROOTCERT"))
    address.password =
      url.password.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
      ?? passwordFile(environment: environment, readFile: readFile).flatMap { address.password(in: $0) }
    return address
  }

  /// The password file libpq reads: `PGPASSFILE`, else `~/.pgpass`; like libpq, not one others can read.
  static func passwordFile(
    environment: [String: String], readFile: (String) -> (contents: String, isPrivate: Bool)?
  ) -> String? {
    let path = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
    guard let path, let file = readFile(path), file.isPrivate else { return nil }
    return file.contents
  }

  /// The first line of a password file that matches (`host:port:database:user:password`, `*` for any, `\:` and
  /// `\\` escaped), as libpq matches it.
  func password(in file: String) -> String? {
    for line in file.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = Self.fields(of: String(line))
      guard fields.count == 5 else { continue }
      let wanted = [host.hasPrefix("/") ? "localhost" : host, String(port), database, user]
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  static func fields(of line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }

  /// A file's text, and whether only its owner may read it.
  public static func readPrivateFile(_ path: String) -> (contents: String, isPrivate: Bool)? {
    var info = stat()
    guard stat(path, &info) == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
    return (String(decoding: data, as: UTF8.self), info.st_mode & 0o077 == 0)
  }
}
