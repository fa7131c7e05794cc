import ArgumentParser
import Hummingbird
import Libvirt
import Logging

/// `exporter`: a Prometheus exporter of libvirt's domain statistics, series
/// for series those of Debian's `prometheus-libvirt-exporter` (same names,
/// help texts, labels and values), from one bulk statistics call per scrape.
///
/// ```
/// swift run --package-path Examples exporter --uri qemu:///system --port 9177
/// curl -s localhost:9177/metrics
/// ```
///
/// The connection is a `ReconnectingConnection`: a daemon restart costs the
/// scrapes in between (`libvirt_up 0`), not the exporter. SIGTERM or SIGINT
/// stops it gracefully (Hummingbird's service group).
@main
struct Exporter: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export libvirt's domain statistics to Prometheus, as Debian's prometheus-libvirt-exporter does.")

    @Option(help: "The hypervisor URI.")
    var uri = "qemu:///system"

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (Debian's exporter uses 9177).")
    var port = 9177

    @Option(help: "The path of the metrics.")
    var path = "/metrics"

    @Option(help: "The log level (trace, debug, info, notice, warning, error, critical).")
    var logLevel: Logger.Level = .info

    func run() async throws {
        var logger = Logger(label: "exporter")
        logger.logLevel = logLevel
        let link = try await ReconnectingConnection.open(uri, logger: logger)
        let collector = Collector(link: link, logger: logger)
        let router = Router()
        router.get(RouterPath(path)) { _, _ -> Response in
            let body = await collector.scrape().text()
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        let app = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "exporter"),
            logger: logger)
        try await app.runService()
        await link.close()
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
