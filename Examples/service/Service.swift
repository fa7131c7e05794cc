import ArgumentParser
import Libvirt
import Logging
import ServiceLifecycle

/// `service`: a long-running program built of swift-service-lifecycle
/// services: an event monitor and a statistics poller, each owning its
/// connection for as long as it runs (`Connection.with`), both logging
/// through swift-log. SIGTERM (or SIGINT) shuts the group down gracefully:
/// each service ends its loop, its event subscription is deregistered and its
/// connection closed (the SDK logs `connection closed` with the references
/// libvirt still held: 0).
///
/// ```
/// swift run --package-path Examples service --uri qemu:///system --interval 5
/// ```
@main
struct ServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "Log every domain event and poll every domain's statistics until SIGTERM.")

    @Option(help: "The hypervisor URI.")
    var uri = "qemu:///system"

    @Option(help: "Seconds between two polls of the statistics.")
    var interval: Double = 5

    @Option(help: "The log level (trace, debug, info, notice, warning, error, critical).")
    var logLevel: Logger.Level = .info

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be positive") }
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardOutput(label: label)
            handler.logLevel = .trace
            return handler
        }
        var logger = Logger(label: "service")
        logger.logLevel = logLevel
        let group = ServiceGroup(
            services: [
                EventMonitor(uri: uri, logger: logger),
                StatsPoller(uri: uri, interval: .seconds(interval), logger: logger),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        try await group.run()
        logger.info("stopped")
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
