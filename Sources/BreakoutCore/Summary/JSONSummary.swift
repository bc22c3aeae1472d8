import Foundation

/// The summary as versioned JSON (schema `breakout.summary/3`); it decodes back into the same document.
public enum JSONSummary {
  public static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }

  public static func render(_ document: SummaryDocument) throws -> String {
    String(decoding: document.json(), as: UTF8.self)
  }

  /// Writes the JSON into `stream` as it is made.
  public static func write(_ document: SummaryDocument, to stream: ExportStream) {
    _ = document.json(to: stream)
  }

  public static func parse(_ data: Data) throws -> SummaryDocument {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(SummaryDocument.self, from: data)
  }
}
