/// Everything the screen shows; changed only by `reduce`.
public struct AppState: Equatable, Sendable {
  public var overview: SessionOverview
  public var width: Int
  public var height: Int
  public var showingHelp = false
  public var scroll = 0
  public var color: Bool

  public init(overview: SessionOverview, width: Int, height: Int, color: Bool = true) {
    self.overview = overview
    self.width = width
    self.height = height
    self.color = color
  }

  /// Below this the screen shows a notice instead of a broken layout.
  public static let minimumWidth = 40
  public static let minimumHeight = 10
}

/// What happens to the state.
public enum Action: Equatable, Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// Another process changed the session; here is the new overview.
  case reloaded(SessionOverview)
}

/// Work for the outside world, returned by `reduce` and run by the terminal layer.
public enum Effect: Equatable, Sendable {
  case quit
  case redrawAll
}
