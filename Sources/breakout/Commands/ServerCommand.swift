import ArgumentParser
import BreakoutCore
import BreakoutServer
import Foundation

struct ServerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "server", abstract: "Who may do what in a session on a PostgreSQL server.",
    discussion: """
      Run by the login that created the session (`breakout new URL`):
        breakout server init URL                                   the session's two roles
        breakout server grant URL --rapporteur supply-chain-1 --login ana
        breakout server grant URL --facilitator --login fatima
      The facilitator's role may do everything; a rapporteur's reads the session without the roster's e-mails and
      writes notes, drafts, help requests and the clock of their own group only. The server enforces it.
      """,
    subcommands: [Init.self, Grant.self])

  struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make (or bring up to date) the session's roles: the facilitator's and the rapporteurs'.")
    @Argument(help: "The session's address (postgres://HOST/DATABASE?session=NAME).") var session: String

    func run() async throws {
      let connection = try serverConnection(session)
      try await ServerRepository(connection: connection).open()
      do { try await connection.initAccess() } catch { throw serverFailure(error) }
      print(
        say(
          .roles(
            address: connection.address.description, facilitator: connection.facilitatorRole,
            rapporteur: connection.rapporteurRole)))
    }
  }

  struct Grant: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Give a login the facilitator's role, or a rapporteur's for one group (the login is made if new).")
    @Argument(help: "The session's address (postgres://HOST/DATABASE?session=NAME).") var session: String
    @Option(help: "The group the login takes notes for (e.g. supply-chain-1).") var rapporteur: String?
    @Flag(help: "The facilitator's role: everything.") var facilitator = false
    @Option(help: "The login's name on the server.") var login: String

    func validate() throws {
      guard (rapporteur != nil) != facilitator else {
        throw ValidationError(say(.grantWhich))
      }
    }

    func run() async throws {
      let connection = try serverConnection(session)
      let repository = ServerRepository(connection: connection)
      try await repository.open()
      var group: BreakoutGroup?
      if let rapporteur { group = try BreakoutCLI.group(named: rapporteur, in: try await repository.withoutNotes()) }
      do { try await connection.grant(login: login, rapporteurOf: group?.id) } catch { throw serverFailure(error) }
      let shown = InertText.visible(login)
      print(
        say(group.map { .mayTakeNotes(login: shown, group: InertText.visible($0.name)) } ?? .mayDoEverything(shown)))
      print(say(.passwordHint(shown)))
    }
  }
}

/// The connection to a session named by a server address (these commands have nothing to do on a file).
func serverConnection(_ name: String) throws -> ServerConnection {
  guard case .server(let address) = try SessionLocation(name) else {
    throw CommandFailure(description: say(.rolesNeedServer))
  }
  return try ServerConnection(address, executor: serverExecutor)
}

/// What the server said, as the typed failures the rest of the command line words.
func serverFailure(_ error: any Error) -> any Error { ServerRepository.failure(error) }
