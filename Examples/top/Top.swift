import ArgumentParser
import Libvirt

/// `top`: a live table of every domain's CPU, memory, disk and network use.
///
/// Each refresh polls every connection at once (one task per `--uri`), each
/// with a single bulk call, `Connection.allDomainStats`, and turns the
/// difference between two polls into rates:
///
/// ```
/// swift run --package-path Examples top --uri qemu:///system
/// swift run --package-path Examples top --iterations 2 --plain
/// ```
@main
struct Top: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every domain's CPU, memory, disk and network use, refreshed live.")

    @Option(help: "A hypervisor URI; repeat it to watch several connections at once.")
    var uri: [String] = ["test:///default"]

    @Option(help: "Seconds between refreshes.")
    var interval: Double = 1

    @Option(help: "Stop after this many refreshes (default: until interrupted).")
    var iterations: Int?

    @Flag(help: "Print each table in turn, without moving the cursor (for pipes and tests).")
    var plain = false

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be positive") }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
    }

    func run() async throws {
        var connections: [Connection] = []
        for uri in uri {
            connections.append(try await Connection.open(uri))
        }
        let screen = Screen(plain: plain)
        let poller = Poller(connections: connections)
        var previous = try await poller.poll()
        var refresh = 0
        while iterations.map({ refresh < $0 }) ?? true {
            try await Task.sleep(for: .seconds(interval))
            let current = try await poller.poll()
            screen.show(Table(rows: Row.rows(from: previous, to: current), showURI: connections.count > 1))
            previous = current
            refresh += 1
        }
        for connection in connections {
            try await connection.close()
        }
    }
}
