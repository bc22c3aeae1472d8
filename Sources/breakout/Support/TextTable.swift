import BreakoutCore

/// Columns aligned by display width for `--format table`; every cell is made inert for the terminal.
enum TextTable {
  static func render(header: [String], rows: [[String]]) -> String {
    let cells = ([header] + rows).map { $0.map { InertText.visible($0) } }
    var widths = Array(repeating: 0, count: header.count)
    for row in cells {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
    }
    return cells.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}

/// CSV out: RFC 4180 quoting, and cells that a spreadsheet would run as a formula made harmless (the summary's
/// rules, so every CSV breakout writes reads back the same way).
enum CSVWriter {
  static func render(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map { $0.map(CSVSummary.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }
}
