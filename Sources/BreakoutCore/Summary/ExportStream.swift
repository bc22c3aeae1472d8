/// Where an export's bytes go as they are made: kept in memory, or handed on a chunk at a time (to a file), so a
/// large summary is never held whole. The core only calls the closures; the edge that made them does the I/O.
public final class ExportStream {
  /// Takes the next bytes of the export, in order.
  public typealias Sink = (UnsafeRawBufferPointer) throws -> Void
  /// Writes bytes over ones already handed on, at an offset from the start (a Word archive's sizes and checksum,
  /// known only once its document is written).
  public typealias Overwrite = (_ offset: Int, _ bytes: [UInt8]) throws -> Void

  private var buffer: [UInt8] = []
  private let sink: Sink?
  private let overwrite: Overwrite?
  /// How many bytes gather before they are handed on.
  let chunk: Int
  /// Bytes handed on to the sink so far.
  private var handedOn = 0
  /// The first error the sink threw; nothing more is written after it.
  public private(set) var failure: (any Error)?

  /// In memory: `bytes` holds the whole export.
  public init() {
    sink = nil
    overwrite = nil
    chunk = .max
  }

  /// Handed on to `sink` every `chunk` bytes; `overwrite` is needed only by the Word archive.
  public init(chunk: Int = 1 << 16, sink: @escaping Sink, overwrite: Overwrite? = nil) {
    self.sink = sink
    self.overwrite = overwrite
    self.chunk = chunk
    buffer.reserveCapacity(chunk)
  }

  /// How many bytes were written so far: the offset of the next one.
  public var count: Int { handedOn + buffer.count }

  /// The whole export, for a stream kept in memory (after `finish`).
  public var bytes: [UInt8] { buffer }

  public func write(_ text: String) {
    var text = text
    text.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
  }

  public func write(bytes: UnsafeRawBufferPointer) {
    guard failure == nil else { return }
    buffer.append(contentsOf: bytes)
    if buffer.count >= chunk { flush() }
  }

  public func write(bytes: [UInt8]) {
    bytes.withUnsafeBytes { write(bytes: $0) }
  }

  public func write(byte: UInt8) {
    guard failure == nil else { return }
    buffer.append(byte)
    if buffer.count >= chunk { flush() }
  }

  /// Writes `bytes` over those at `offset`, whether still here or handed on.
  public func overwrite(at offset: Int, with bytes: [UInt8]) {
    guard failure == nil else { return }
    if offset >= handedOn {
      let start = offset - handedOn
      buffer.replaceSubrange(start..<start + bytes.count, with: bytes)
      return
    }
    do {
      guard let overwrite else { throw CannotOverwrite() }
      try overwrite(offset, bytes)
    } catch {
      failure = error
    }
  }

  /// Hands on what is left; throws the sink's first error.
  public func finish() throws {
    flush()
    if let failure { throw failure }
  }

  private func flush() {
    guard let sink, failure == nil, !buffer.isEmpty else { return }
    do {
      try buffer.withUnsafeBytes { try sink($0) }
      handedOn += buffer.count
      buffer.removeAll(keepingCapacity: true)
    } catch {
      failure = error
    }
  }

  struct CannotOverwrite: Error, CustomStringConvertible {
    var description: String { "this output cannot be written over (a Word document needs a file)" }
  }
}
