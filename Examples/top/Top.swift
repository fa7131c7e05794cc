import ArgumentParser
import Glibc
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
///
/// Each connection through a daemon gets keepalive (`--keepalive-interval`,
/// `--keepalive-count`): a daemon that stops answering is given up within
/// interval × (count + 1) seconds, and top says which connection was lost,
/// and why, and exits with status 1.
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

    @Option(help: "Seconds of silence before a keepalive probe is sent to a daemon (0: no keepalive).")
    var keepaliveInterval = 2

    @Option(help: "Unanswered keepalive probes before a daemon is given up.")
    var keepaliveCount = 2

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be positive") }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
        guard keepaliveInterval >= 0, keepaliveCount >= 0 else {
            throw ValidationError("--keepalive-interval and --keepalive-count must not be negative")
        }
    }

    func run() async throws {
        var connections: [Connection] = []
        for uri in uri {
            let connection = try await Connection.open(uri)
            if keepaliveInterval > 0 {
                do {
                    try await connection.setKeepAlive(interval: keepaliveInterval, count: keepaliveCount)
                } catch {
                    // The in-process drivers (test:///default) have no daemon to lose.
                    guard error.isUnsupported else { throw error }
                }
            }
            // Report a lost connection as soon as libvirt tells why.
            let closes = try await connection.closeEvents()
            Task {
                for await reason in closes {
                    printError("top: lost the connection to \(uri): \(reason)")
                }
            }
            connections.append(connection)
        }
        let screen = Screen(plain: plain)
        let poller = Poller(connections: zip(uri, connections).map { $0 })
        do {
            var previous = try await poller.poll()
            var refresh = 0
            while iterations.map({ refresh < $0 }) ?? true {
                try await Task.sleep(for: .seconds(interval))
                let current = try await poller.poll()
                screen.show(Table(rows: Row.rows(from: previous, to: current), showURI: connections.count > 1))
                previous = current
                refresh += 1
            }
        } catch let error as PollError {
            printError("top: \(error.uri): \(error.error.message)")
            throw ExitCode.failure
        }
        for connection in connections {
            try await connection.close()
        }
    }
}

/// Prints `line` on standard error.
func printError(_ line: String) {
    let text = line + "\n"
    _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
}
