/// A store failure said in words a facilitator understands.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  /// Another process held the write lock past the busy timeout: trying again later can succeed.
  public var isBusy = false
  /// The disk had no room: trying again once space is freed can succeed.
  public var isDiskFull = false
  public init(_ message: String, isBusy: Bool = false, isDiskFull: Bool = false) {
    self.message = message
    self.isBusy = isBusy
    self.isDiskFull = isDiskFull
  }
  public var description: String { message }
}
