/// A store failure said in words a facilitator understands.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  /// Another process held the write lock past the busy timeout: trying again later can succeed.
  public var isBusy = false
  /// The disk had no room: trying again once space is freed can succeed.
  public var isDiskFull = false
  /// The session can only be read here: no retry will help.
  public var isReadOnly = false
  public init(_ message: String, isBusy: Bool = false, isDiskFull: Bool = false, isReadOnly: Bool = false) {
    self.message = message
    self.isBusy = isBusy
    self.isDiskFull = isDiskFull
    self.isReadOnly = isReadOnly
  }
  public var description: String { message }
}
