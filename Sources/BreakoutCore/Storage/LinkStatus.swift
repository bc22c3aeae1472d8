/// How a session kept on a server stands from this client: whether the server answers, and the notes saved here
/// that have not reached it yet. A session file has no link, and says nothing.
public struct LinkStatus: Equatable, Sendable {
  /// The server did not answer the last call made to it.
  public var isOffline: Bool
  /// Notes saved here and not yet on the server.
  public var waiting: Int
  /// Notes the server refused for good (kept here, in `keptIn`).
  public var refused: Int
  /// The file that keeps them.
  public var keptIn: String

  public init(isOffline: Bool = false, waiting: Int = 0, refused: Int = 0, keptIn: String = "") {
    self.isOffline = isOffline
    self.waiting = waiting
    self.refused = refused
    self.keptIn = keptIn
  }
}
