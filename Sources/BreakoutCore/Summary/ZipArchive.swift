import Foundation

/// A minimal ZIP writer (stored entries, CRC-32): enough for a Word document, with no dependency.
public struct ZipArchive {
  private var data = Data()
  private var directory = Data()
  private var count: UInt16 = 0

  public init() {}

  public mutating func add(_ path: String, _ contents: Data) {
    let name = Data(path.utf8)
    let crc = Self.crc32(contents)
    let offset = UInt32(data.count)
    // Local file header.
    data.append(le32(0x0403_4b50))
    data.append(le16(20))  // version needed
    data.append(le16(0x0800))  // UTF-8 names
    data.append(le16(0))  // stored
    data.append(le16(0))  // time
    data.append(le16(0x21))  // date: 1980-01-01
    data.append(le32(crc))
    data.append(le32(UInt32(contents.count)))
    data.append(le32(UInt32(contents.count)))
    data.append(le16(UInt16(name.count)))
    data.append(le16(0))
    data.append(name)
    data.append(contents)
    // Central directory entry.
    directory.append(le32(0x0201_4b50))
    directory.append(le16(20))
    directory.append(le16(20))
    directory.append(le16(0x0800))
    directory.append(le16(0))
    directory.append(le16(0))
    directory.append(le16(0x21))
    directory.append(le32(crc))
    directory.append(le32(UInt32(contents.count)))
    directory.append(le32(UInt32(contents.count)))
    directory.append(le16(UInt16(name.count)))
    directory.append(le16(0))
    directory.append(le16(0))
    directory.append(le16(0))
    directory.append(le16(0))
    directory.append(le32(0))
    directory.append(le32(offset))
    directory.append(name)
    count += 1
  }

  /// The finished archive; the entries are not copied again.
  public consuming func finish() -> Data {
    var out = data
    data = Data()
    let start = UInt32(out.count)
    out.append(directory)
    out.append(le32(0x0605_4b50))
    out.append(le16(0))
    out.append(le16(0))
    out.append(le16(count))
    out.append(le16(count))
    out.append(le32(UInt32(directory.count)))
    out.append(le32(start))
    out.append(le16(0))
    return out
  }

  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  public static func crc32(_ data: Data) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    let table = Self.table
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      table.withUnsafeBufferPointer { table in
        for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
      }
    }
    return crc ^ 0xFFFF_FFFF
  }
}

private func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
private func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
