#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where tables go: redrawn in place on a terminal (ANSI: cursor home, clear
/// screen), or printed one after another with `--plain`.
struct Screen {
    let plain: Bool

    /// Shows one refresh, headed by the wall-clock time.
    func show(_ table: Table) {
        var text = plain ? "" : "\u{1B}[H\u{1B}[2J"
        text += "top - \(clock()) - \(table.rows.count) domain(s)\n"
        text += table.lines.joined(separator: "\n") + "\n"
        if plain { text += "\n" }
        print(text, terminator: "")
        fflush(nil)
    }

    /// The time of day, `HH:MM:SS`, local time.
    private func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
