import Libvirt
import Logging
import ServiceLifecycle

/// Logs every domain event of its connection, one line each, until the
/// service group shuts down.
struct EventMonitor: Service {
    let uri: String
    let logger: Logger

    func run() async throws {
        try await Connection.with(uri, logger: logger) { connection in
            let events = try await connection.domainEvents()
            logger.info("monitoring domain events")
            // Graceful shutdown ends the loop; ending it deregisters the callbacks.
            for await record in events.cancelOnGracefulShutdown() {
                logger.info(
                    "domain event",
                    metadata: ["domain": "\(record.name)", "event": "\(record.event)"])
            }
            logger.info("domain events ended")
        }
    }
}
