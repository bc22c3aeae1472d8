/// A store failure said in words a facilitator understands.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  /// Another process held the write lock past the busy timeout: trying again later can succeed.
  public var isBusy = false
  public init(_ message: String, isBusy: Bool = false) {
    self.message = message
    self.isBusy = isBusy
  }
  public var description: String { message }
}
