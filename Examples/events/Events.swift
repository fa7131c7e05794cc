import ArgumentParser
import Libvirt

/// `events`: prints every event of every kind a connection delivers, one
/// timestamped line each, with the information `virsh event --all --loop
/// --timestamp` (and its `net-`, `pool-`, `nodedev-` and `secret-event`
/// siblings) prints.
///
/// ```
/// swift run --package-path Examples events --uri qemu:///system
/// swift run --package-path Examples events --demo --timeout 2   # test:///default changes itself
/// ```
///
/// Exits when the connection closes (printing libvirt's reason, status 1),
/// after `--timeout` seconds (status 0), or on Ctrl-C.
@main
struct Events: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every domain, network, storage pool, node device and secret event of a connection.")

    @Option(help: "The hypervisor URI.")
    var uri = "test:///default"

    @Option(help: "Stop after this many seconds.")
    var timeout: Double?

    @Flag(help: "Once subscribed, suspend and resume each running domain and refresh each active pool (events of the in-process test driver only reach this process).")
    var demo = false

    /// How the wait ended.
    private enum Outcome: Sendable {
        case closed(Connection.CloseReason)
        case timedOut
        case other
    }

    func run() async throws {
        let connection = try await Connection.open(uri)
        let closes = try await connection.closeEvents()
        var watches: [Watch] = []
        for kind in Watch.Kind.allCases {
            switch await Watch.subscribe(kind, on: connection) {
            case .success(let watch):
                watches.append(watch)
            case .failure(let error) where error.code == .noSupport:
                warn("events: no \(kind.rawValue) events on this connection: \(error.message)")
            case .failure(let error):
                throw error
            }
        }
        warn("events: listening on \(try await connection.uri()) for \(watches.map(\.kind.rawValue).joined(separator: ", ")) events")

        let outcome = await withTaskGroup(of: Outcome.self) { group in
            for watch in watches {
                group.addTask {
                    await watch.printAll()
                    return .other
                }
            }
            group.addTask {
                for await reason in closes { return .closed(reason) }
                return .other
            }
            if let timeout {
                group.addTask {
                    try? await Task.sleep(for: .seconds(timeout))
                    return Task.isCancelled ? .other : .timedOut
                }
            }
            if demo {
                group.addTask {
                    await Demo.run(on: connection)
                    return .other
                }
            }
            // The first close or timeout ends every other task (an event
            // sequence ends when its task is cancelled, or by itself when the
            // connection closes).
            while let outcome = await group.next() {
                if case .other = outcome { continue }
                group.cancelAll()
                return outcome
            }
            return .other
        }
        switch outcome {
        case .closed(let reason):
            log("connection closed: \(reason)")
            _ = try? await connection.close()
            throw ExitCode.failure
        default:
            try await connection.close()
        }
    }
}
