/// The text of one refresh: a header line and one aligned line per domain.
/// Values the driver does not report show as `-`.
struct Table {
    let rows: [Row]
    /// Whether to add a URI column (several connections).
    let showURI: Bool

    static let headers = ["NAME", "STATE", "CPU%", "MEMORY", "BLK RD/s", "BLK WR/s", "NET RX/s", "NET TX/s"]

    /// The lines, columns padded to their widest cell; names left-aligned,
    /// numbers right-aligned.
    var lines: [String] {
        let cells = rows.map { row -> [String] in
            (showURI ? [row.uri] : []) + [
                row.name, row.state, row.cpuPercent.map { fixed($0, 1) } ?? "-",
                row.memoryKiB.map { bytes(Double($0) * 1024) } ?? "-",
                rate(row.blockRead), rate(row.blockWrite), rate(row.netReceive), rate(row.netSend),
            ]
        }
        let header = (showURI ? ["URI"] : []) + Self.headers
        let leftAligned = showURI ? 3 : 2
        var widths = header.map(\.count)
        for line in cells {
            for (column, cell) in line.enumerated() {
                widths[column] = max(widths[column], cell.count)
            }
        }
        return ([header] + cells).map { line in
            line.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < leftAligned ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
    }
}

/// A rate in bytes per second, or `-`.
private func rate(_ value: Double?) -> String {
    value.map { bytes($0) } ?? "-"
}

/// A size in bytes with a binary unit: `512 B`, `1.5 KiB`, `64.0 MiB`.
private func bytes(_ value: Double) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"]
    var value = value
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
        value /= 1024
        unit += 1
    }
    return unit == 0 ? "\(Int(value)) B" : "\(fixed(value, 1)) \(units[unit])"
}

/// `value` with `digits` decimals, without Foundation's formatters.
private func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = String(scaled / Int(scale))
    let fraction = String(abs(scaled) % Int(scale))
    return digits == 0 ? whole : whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
}
