import ArgumentParser
import BreakoutCore
import BreakoutRuntime
import BreakoutServer
import BreakoutStore
import BreakoutTUI
import Foundation
import Terminal

struct Open: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the terminal screen (the default command).")

  @Argument(help: "Session name or path; the demo session when left out (created if missing).")
  var session: String?
  @Option(help: "Open straight on this group's Notes screen, limited to it (e.g. supply-chain-1).")
  var rapporteur: String?
  @Option(help: "Who is typing, for the note history (default: $BREAKOUT_AUTHOR or the login name).")
  var author: String?
  @Flag(help: "No colour (also when NO_COLOR is set).") var noColor = false
  @Flag(help: "Clicks on the tabs switch screens; the wheel scrolls.") var mouse = false
  @Flag(help: "Ring the terminal bell when a clock reaches its last minute or runs out.") var bell = false
  // Read by Breakout.main before the command is parsed (every command takes it); declared here for --help.
  @Option(
    help:
      "The language of the screen and of breakout's messages: en, es or fr (default: from LC_ALL, LC_MESSAGES or LANG, else English; every command takes it)."
  )
  var lang: String?
  @Flag(
    help:
      "Plain line mode for screen readers and pipes: one line per change, commands typed as lines (also when TERM=dumb)."
  ) var plain = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let plainMode = plain || environment["TERM"] == "dumb"
    if !plainMode { try TerminalApp.checkTerminal() }
    let name = session ?? "demo"
    let location = try SessionLocation(name)
    if session == nil, case .file(let path) = location, !SessionFile.exists(path) {
      let source = try DemoSession.locateSource()
      let summary = try waitFor { try await DemoSession.build(at: path, from: source) }
      printError(say(.demoCreated(path: path, summary: summary)))
    }
    let path = location.shown
    let owner = author ?? defaultAuthor()
    // On a server, what is typed and saved is kept on this computer first and sent from there: the screen keeps
    // working when the network does not, and starts from the session as last read here when the server is away.
    var localFirst: LocalFirstRepository?
    let opened: any SessionRepository
    if case .server(let address) = location {
      let outbox = try LocalOutbox(
        path: LocalOutbox.defaultPath(server: address.description, session: address.session, owner: owner))
      var kept: SessionSnapshot?
      let server: ServerRepository
      do {
        server = try waitFor { try await openSession(name) } as! ServerRepository
      } catch StorageFailure.unreachable {
        guard let last = try? outbox.keptSession() else { throw StorageFailure.unreachable }
        LogFile.shared.useBeside(outbox.path)
        commandLog.warning(
          "server unreachable at start; opened from the session kept here", metadata: ["kept at": "\(last.keptAt)"])
        server = ServerRepository(connection: try ServerConnection(address, executor: serverExecutor))
        kept = last.session
      }
      localFirst = LocalFirstRepository(
        server: server, outbox: outbox, patience: .zero, readPatience: .zero, startingFrom: kept)
      opened = server
    } else {
      // A short wait for another process's lock: the screen says it is waiting and retries, instead of freezing.
      opened = try waitFor { try await openSession(name, busyTimeout: 1) }
    }
    let repository: any SessionRepository = localFirst ?? opened
    let runtime = SessionRuntime(
      repository: repository, runner: EffectRunner(repository: repository, owner: owner, exportTime: exportTime))
    let snapshot: SessionSnapshot
    let left: [Draft]
    do {
      // A big session opens on the notes of the group shown first (the rapporteur's, else the first); the rest
      // follows beside the screen.
      let reference = rapporteur
      (snapshot, left) = try runtime.open(notesOf: { session in
        reference.map { session.group(matching: $0)?.id } ?? session.groups.first?.id
      })
    } catch let failure as StorageFailure {
      throw ValidationError(interfaceWords(.cannotOpen(path: path, reason: interfaceWords.sentence(failure))))
    }
    var seat = Seat.facilitator
    var startup: [Action] = []
    if let rapporteur {
      let group = try BreakoutCLI.group(named: rapporteur, in: snapshot)
      seat = .rapporteur(groupID: group.id)
    }
    // Whoever was typing, under whatever name: every draft left behind is offered back (see AppState.waitingDrafts).
    let drafts = left.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    if !drafts.isEmpty { startup.append(.draftsFound(drafts)) }
    let language = CommandLanguage.chosen
    if plainMode {
      var state = PlainSession(
        session: snapshot, seat: seat, owner: owner, words: InterfaceWords(language), now: Date())
      state.timeZone = .current
      PlainApp(runtime: runtime).run(state, greeting: [state.greeting])
      if let localFirst { Self.reportWaiting(localFirst, state.words) }
      return
    }
    let color = !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    try TerminalApp(runtime: runtime, color: color, mouse: mouse).run(
      makeState: { width, height in
        var state = AppState(
          session: snapshot, seat: seat, width: width, height: height, now: Date(), color: color, owner: owner)
        state.readOnlyReason = repository.readOnlyReason
        state.bell = bell
        state.words = InterfaceWords(language)
        if let reason = repository.readOnlyReason { state.message = state.words(.readOnlyAtStart(reason)) }
        return state
      }, startup: startup)
    if let localFirst { Self.reportWaiting(localFirst, InterfaceWords(language)) }
  }

  /// Notes not yet on the server when the screen closes are said, and kept for the next start.
  static func reportWaiting(_ localFirst: LocalFirstRepository, _ words: InterfaceWords) {
    let left = (try? waitFor { await localFirst.sendWaiting(within: .seconds(3)) }) ?? 0
    let refused = (try? localFirst.outbox.refused().count) ?? 0
    localFirst.close()
    if left > 0 { printError(words(.notesWaitingOnQuit(count: left, path: localFirst.outbox.path))) }
    if refused > 0 { printError(words(.notesRefusedOnQuit(count: refused, path: localFirst.outbox.path))) }
  }
}
