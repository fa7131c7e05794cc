import Libvirt

/// One line of the table: a domain's state and its rates between two polls.
struct Row {
    /// The connection's URI.
    let uri: String
    /// The domain's name.
    let name: String
    /// Its run state, as the SDK prints it.
    let state: String
    /// CPU use, in percent of one host CPU (a busy 2-vCPU guest shows 200).
    let cpuPercent: Double?
    /// Current memory, in KiB.
    let memoryKiB: UInt64?
    /// Disk reads, in bytes per second.
    let blockRead: Double?
    /// Disk writes, in bytes per second.
    let blockWrite: Double?
    /// Network bytes received per second.
    let netReceive: Double?
    /// Network bytes sent per second.
    let netSend: Double?

    /// The rows of the domains in `current`; a domain also in `previous` gets
    /// rates, a new one (or a counter the driver does not report) shows none.
    static func rows(from previous: [Sample], to current: [Sample]) -> [Row] {
        var before: [String: Sample] = [:]
        for sample in previous {
            before[sample.uri + "\u{0}" + sample.name] = sample
        }
        return current.map { now in
            let then = before[now.uri + "\u{0}" + now.name]
            let seconds = then.map { Self.seconds(now.time - $0.time) } ?? 0
            func rate(_ counter: KeyPath<Sample, UInt64?>) -> Double? {
                guard let then, seconds > 0, let a = then[keyPath: counter], let b = now[keyPath: counter], b >= a
                else { return nil }
                return Double(b - a) / seconds
            }
            return Row(
                uri: now.uri, name: now.name, state: now.state.map { "\($0)" } ?? "-",
                cpuPercent: cpuShare(then?.cpuTime, now.cpuTime, over: then.map { now.time - $0.time }).map { $0 * 100 }, memoryKiB: now.memoryKiB,
                blockRead: rate(\.blockRead), blockWrite: rate(\.blockWritten),
                netReceive: rate(\.netReceived), netSend: rate(\.netSent))
        }
    }

    /// The share of one CPU used between two CPU times taken `elapsed` apart.
    private static func cpuShare(_ before: Duration?, _ after: Duration?, over elapsed: Duration?) -> Double? {
        guard let before, let after, let elapsed, elapsed > .zero, after >= before else { return nil }
        return (after - before) / elapsed
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
