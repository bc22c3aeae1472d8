import Foundation

/// A minimal ZIP writer (stored entries, CRC-32) into an export stream: enough for a Word document, with no
/// dependency. An entry can be written a piece at a time; its checksum and size are written into its header when
/// it ends.
public struct ZipArchive {
  private let stream: ExportStream
  private var directory: [UInt8] = []
  private var count: UInt16 = 0
  private var entry: (name: [UInt8], offset: Int, crc: UInt32, size: Int)?

  public init(stream: ExportStream) { self.stream = stream }

  /// A whole entry at once.
  public mutating func add(_ path: String, _ contents: some StringProtocol) {
    begin(path)
    var text = String(contents)
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    end()
  }

  /// Starts an entry: its header, with the checksum and sizes written when it ends.
  public mutating func begin(_ path: String) {
    let name = Array(path.utf8)
    entry = (name, stream.count, 0xFFFF_FFFF, 0)
    var header: [UInt8] = []
    header += le32(0x0403_4b50)
    header += le16(20)  // version needed
    header += le16(0x0800)  // UTF-8 names
    header += le16(0)  // stored
    header += le16(0)  // time
    header += le16(0x21)  // date: 1980-01-01
    header += le32(0) + le32(0) + le32(0)  // checksum and sizes, written at the end
    header += le16(UInt16(name.count))
    header += le16(0)
    header += name
    stream.write(bytes: header)
  }

  /// The next bytes of the entry begun.
  public mutating func write(_ bytes: UnsafeRawBufferPointer) {
    guard var current = entry else { return }
    current.crc = Self.crc32(bytes, continuing: current.crc)
    current.size += bytes.count
    entry = current
    stream.write(bytes: bytes)
  }

  public mutating func end() {
    guard let current = entry else { return }
    entry = nil
    let crc = current.crc ^ 0xFFFF_FFFF
    let size = UInt32(current.size)
    stream.overwrite(at: current.offset + 14, with: le32(crc) + le32(size) + le32(size))
    directory += le32(0x0201_4b50)
    directory += le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21)
    directory += le32(crc) + le32(size) + le32(size)
    directory += le16(UInt16(current.name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
    directory += le32(UInt32(current.offset))
    directory += current.name
    count += 1
  }

  /// The central directory and its end record.
  public mutating func finish() {
    let start = UInt32(stream.count)
    stream.write(bytes: directory)
    var end: [UInt8] = le32(0x0605_4b50) + le16(0) + le16(0) + le16(count) + le16(count)
    end += le32(UInt32(directory.count)) + le32(start) + le16(0)
    stream.write(bytes: end)
    directory = []
  }

  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  public static func crc32(_ data: Data) -> UInt32 {
    data.withUnsafeBytes { crc32($0, continuing: 0xFFFF_FFFF) } ^ 0xFFFF_FFFF
  }

  /// The running checksum (before its final inversion) after `bytes`.
  static func crc32(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32) -> UInt32 {
    var crc = crc
    table.withUnsafeBufferPointer { table in
      for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
    return crc
  }
}

private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
private func le32(_ value: UInt32) -> [UInt8] {
  [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
}
