import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A TCP link between clients and a server on this host that a test or a benchmark controls: it adds a delay each
/// way (a long link, measured without touching the machine's network), and it can be cut and restored. A cut link
/// carries nothing and refuses nothing: bytes wait, as on a real network whose cable is pulled, until it is
/// restored (or the connection is given up by its ends).
public final class LinkProxy: @unchecked Sendable {
  /// The port clients connect to, on 127.0.0.1.
  public let port: UInt16
  private let targetPort: UInt16
  private let listener: Int32
  private let state = NSCondition()
  private var delay: Duration
  private var isCut = false
  private var isStopped = false
  private var sockets: Set<Int32> = []
  private var sent = 0

  /// How many pieces of data clients have sent through the link so far: each round trip a client makes starts with
  /// one (a request and the reply it waits for), so the difference across a call counts its round trips.
  public var clientSends: Int {
    state.lock()
    defer { state.unlock() }
    return sent
  }

  public init(to targetPort: UInt16, delayEachWay delay: Duration = .zero) throws {
    self.targetPort = targetPort
    self.delay = delay
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard listener >= 0 else { throw ProxyError("cannot make a socket: \(String(cString: strerror(errno)))") }
    var yes: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = Self.loopback(port: 0)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(listener, 64) == 0 else {
      close(listener)
      throw ProxyError("cannot listen: \(String(cString: strerror(errno)))")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
    }
    port = UInt16(bigEndian: address.sin_port)
    self.listener = listener
    Thread.detachNewThread { [self] in acceptLoop() }
  }

  /// A long link from now on (each way, each piece of data).
  public func setDelay(eachWay delay: Duration) {
    state.lock()
    self.delay = delay
    state.unlock()
  }

  /// Nothing passes until `restore`.
  public func cut() {
    state.lock()
    isCut = true
    state.unlock()
  }

  public func restore() {
    state.lock()
    isCut = false
    state.broadcast()
    state.unlock()
  }

  /// Closes the link and every connection through it.
  public func stop() {
    state.lock()
    // Once: a second close could close a descriptor the process has since given to something else.
    guard !isStopped else {
      state.unlock()
      return
    }
    isStopped = true
    // Under the lock: a connection's sockets are closed only once they are out of the set, which takes the lock.
    for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
    sockets = []
    state.broadcast()
    state.unlock()
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  deinit { stop() }

  private static func loopback(port: UInt16) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return address
  }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      guard client >= 0 else {
        if errno == EINTR { continue }
        return
      }
      Thread.detachNewThread { [self] in connect(client) }
    }
  }

  /// Joins a client to the server once the link carries (a connection made while it is cut waits).
  private func connect(_ client: Int32) {
    guard waitWhileCut() else {
      close(client)
      return
    }
    let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = Self.loopback(port: targetPort)
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(server)
      close(client)
      return
    }
    var yes: Int32 = 1
    for socket in [client, server] {
      setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    }
    state.lock()
    sockets.formUnion([client, server])
    state.unlock()
    let pumps = DispatchGroup()
    for (from, to) in [(client, server), (server, client)] {
      pumps.enter()
      Thread.detachNewThread { [self] in
        pump(from: from, to: to, counting: from == client)
        pumps.leave()
      }
    }
    pumps.wait()
    state.lock()
    sockets.subtract([client, server])
    state.unlock()
    close(client)
    close(server)
  }

  /// Carries one direction: each piece read is written `delay` after it was read, in order, while the link is not
  /// cut.
  private func pump(from source: Int32, to destination: Int32, counting: Bool) {
    let queue = DelayedQueue()
    let writer = Thread { [self] in
      while let (due, data) = queue.next() {
        let wait = due.timeIntervalSinceNow
        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        guard waitWhileCut(), writeAll(data, to: destination) else { break }
      }
      shutdown(destination, Int32(SHUT_WR))
      shutdown(source, Int32(SHUT_RD))
    }
    writer.start()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(source, &buffer, buffer.count)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      state.lock()
      let delay = self.delay
      if counting { sent += 1 }
      state.unlock()
      let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
      queue.push(Date().addingTimeInterval(seconds), Array(buffer[0..<count]))
    }
    queue.finish()
    while !writer.isFinished { Thread.sleep(forTimeInterval: 0.005) }
  }

  /// Whether the link carries again (false: it was stopped).
  private func waitWhileCut() -> Bool {
    state.lock()
    defer { state.unlock() }
    while isCut && !isStopped { state.wait() }
    return !isStopped
  }

  private func writeAll(_ data: [UInt8], to socket: Int32) -> Bool {
    var offset = 0
    while offset < data.count {
      let written = data[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      offset += written
    }
    return true
  }
}

public struct ProxyError: Error, CustomStringConvertible {
  public let description: String
  init(_ description: String) { self.description = description }
}

/// Pieces of data with the time each is due, in order.
private final class DelayedQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [(Date, [UInt8])] = []
  private var finished = false

  func push(_ due: Date, _ data: [UInt8]) {
    condition.lock()
    items.append((due, data))
    condition.signal()
    condition.unlock()
  }

  func finish() {
    condition.lock()
    finished = true
    condition.signal()
    condition.unlock()
  }

  func next() -> (Date, [UInt8])? {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty && !finished { condition.wait() }
    return items.isEmpty ? nil : items.removeFirst()
  }
}
