import Libvirt
import Logging
import ServiceLifecycle

/// Polls every domain's statistics in one bulk call each `interval`, and logs
/// a line per domain, until the service group shuts down.
struct StatsPoller: Service {
    let uri: String
    let interval: Duration
    let logger: Logger

    func run() async throws {
        try await Connection.with(uri, logger: logger) { connection in
            while !Task.isShuttingDownGracefully {
                for record in try await connection.allDomainStats([.state, .cpuTotal, .balloon]) {
                    logger.info(
                        "domain statistics",
                        metadata: [
                            "domain": "\(record.name)",
                            "state": "\(record.state.map { "\($0)" } ?? "-")",
                            "cpu_time": "\(record.cpu?.time.map { "\($0)" } ?? "-")",
                            "memory_kib": "\(record.balloon?.currentKiB.map { "\($0)" } ?? "-")",
                        ])
                }
                // Graceful shutdown cuts the wait short.
                do {
                    try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
                } catch {
                    break
                }
            }
            logger.info("polling ended")
        }
    }
}
