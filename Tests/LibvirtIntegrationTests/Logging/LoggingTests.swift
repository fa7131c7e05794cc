import Foundation
import Libvirt
import Logging
import Synchronization
import Testing

/// The SDK's swift-log lines: what a program's `Logger` receives for opens,
/// closes, close reasons, reconnections, dropped events and libvirt's errors,
/// and that no secret value ever reaches it.
@Suite("Logging", .serialized)
struct LoggingTests {
    // MARK: - Silent by default

    @Test("a connection opened without a logger logs nothing")
    func silentByDefault() async throws {
        let connection = try await Connection.open("test:///default")
        #expect(connection.logger.handler is SwiftLogNoOpLogHandler)
        #expect(try await connection.close() == 0)
    }

    // MARK: - Opens, closes, dropped events, deregistrations

    @Test("open, close and the URI as metadata")
    func openAndClose() async throws {
        let capture = LogCapture()
        let connection = try await Connection.open("test:///default", logger: capture.logger)
        #expect(capture.lines.contains("info connection opened libvirt.executors=8 libvirt.uri=test:///default"))
        #expect(try await connection.close() == 0)
        #expect(capture.lines.contains("info connection closed libvirt.references=0 libvirt.uri=test:///default"))
        let failed = await libvirtError { try await Connection.open("nosuchdriver:///x", logger: capture.logger) }
        #expect(failed != nil)
        #expect(capture.lines.contains { $0.hasPrefix("debug connection failed to open libvirt.error=") })
    }

    @Test("Connection.with closes its connection after the body, and after a throw, logging the references left")
    func scopedConnection() async throws {
        struct Refused: Error {}
        let capture = LogCapture()
        var used: Connection?
        let hostname = try await Connection.with("test:///default", logger: capture.logger) { connection in
            used = connection
            return try await connection.hostname()
        }
        #expect(!hostname.isEmpty)
        #expect(await used?.isClosed == true)
        #expect(capture.lines.contains("info connection closed libvirt.references=0 libvirt.uri=test:///default"))
        used = nil
        await #expect(throws: Refused.self) {
            try await Connection.with("test:///default") { connection in
                used = connection
                throw Refused()
            }
        }
        #expect(await used?.isClosed == true)
    }

    @Test("a bounded subscription logs its drops at each doubling, and its deregistration")
    func droppedEvents() async throws {
        let capture = LogCapture()
        // A node file of its own: no other test suspends its domain meanwhile.
        let connection = try await Connection.open("test://\(try Nodes.write())", logger: capture.logger)
        let domain = try await connection.domain(named: "web")
        do {
            let events = try await connection.domainEvents([.lifecycle], buffering: .newest(1))
            // 20 events into a buffer of one: 19 dropped, logged at 1, 2, 4, 8, 16.
            for _ in 0..<10 {
                try await domain.suspend()
                try await domain.resume()
            }
            #expect(await capture.waitFor { $0.contains("libvirt.dropped=16") })
            let drops = capture.lines.filter { $0.hasPrefix("warning event dropped: the subscription's buffer is full") }
            #expect(drops.count == 5, "\(drops)")
            #expect(drops.first?.contains("libvirt.events=DomainEvent") == true)
            for total in [1, 2, 4, 8, 16] {
                #expect(drops.contains { $0.contains("libvirt.dropped=\(total) ") })
            }
            // Ending the sequence deregisters its callback.
            for await _ in events { break }
        }
        #expect(await capture.waitFor {
            $0.hasPrefix("debug event callbacks deregistered libvirt.deregistered=1 libvirt.failed=0")
        })
        try await connection.close()
    }

    // MARK: - Close reasons and reconnection

    @Test("libvirt closing the connection logs its reason", .needsPrivateDaemon)
    func closeReason() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let capture = LogCapture()
        let connection = try await Connection.open(daemon.defaultURI, logger: capture.logger)
        daemon.kill()
        #expect(await capture.waitFor {
            $0 == "warning connection closed by libvirt libvirt.reason=eof libvirt.uri=\(daemon.defaultURI)"
        }, "\(capture.lines)")
        _ = try? await connection.close()
    }

    @Test("a reconnecting connection logs the loss, failed attempts and the reconnection", .needsPrivateDaemon)
    func reconnection() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let capture = LogCapture()
        let policy = ReconnectingConnection.Policy(
            initialDelay: .milliseconds(50), maximumDelay: .milliseconds(200), jitter: 0,
            checkInterval: .milliseconds(50), keepAlive: .init(interval: 1, count: 2))
        let link = try await ReconnectingConnection.open(daemon.defaultURI, policy: policy, logger: capture.logger)
        daemon.kill()
        #expect(await capture.waitFor { $0 == "warning connection lost; reconnecting libvirt.reason=eof" }, "\(capture.lines)")
        #expect(await capture.waitFor { $0.hasPrefix("warning reconnection failed libvirt.attempt=1 ") })
        try await daemon.restart()
        #expect(await capture.waitFor { $0.hasPrefix("info reconnected libvirt.gap=") && $0.hasSuffix("libvirt.generation=2") })
        // Each connection it opens logs through the same logger.
        #expect(capture.lines.filter { $0.hasPrefix("info connection opened ") }.count == 2)
        await link.close()
        #expect(capture.lines.contains("info reconnecting connection closed"))
    }

    // MARK: - libvirt's errors, and no secrets

    @Test("libvirt's error messages at debug, and no secret value in any line", .needsSharedDaemon)
    func noSecrets() async throws {
        let capture = LogCapture()
        let previous = LibvirtLogging.logger
        LibvirtLogging.logger = capture.logger
        defer { LibvirtLogging.logger = previous }
        let connection = try await Connection.open("qemu:///system")
        let uuid = UUID()
        let passphrase = "logging-test-passphrase-\(getpid())"
        let xml = """
            <secret ephemeral='yes' private='no'>
              <uuid>\(uuid.uuidString.lowercased())</uuid>
              <usage type='ceph'><name>swift-libvirt-logging-\(getpid())</name></usage>
            </secret>
            """
        try await Self.useSecret(connection, xml: xml, passphrase: passphrase, capture: capture)
        #expect(try await connection.close() == 0)
        let base64 = Data(passphrase.utf8).base64EncodedString()
        let lines = capture.lines
        #expect(lines.contains { $0.hasPrefix("info connection opened ") })
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(!line.contains(passphrase) && !line.contains(base64), "\(line)")
        }
    }

    /// Defines a secret, reads it unset (libvirt's error), sets and reads its
    /// value, undefines it, and sets it again (libvirt's error); its handle
    /// goes on return.
    private static func useSecret(
        _ connection: Connection, xml: String, passphrase: String, capture: LogCapture
    ) async throws {
        let secret = try await connection.defineSecret(xml: xml)
        do {
            // libvirt's own message for a secret with no value yet.
            let unset = await libvirtError { try await secret.value() }
            #expect(unset?.code == .noSecret)
            #expect(await capture.waitFor { $0.hasPrefix("debug libvirt reported an error libvirt.code=noSecret") })
            try await secret.setValue(SecretValue(utf8: passphrase))
            #expect(try await secret.value() == SecretValue(utf8: passphrase))
            try await secret.undefine()
            // A value set on a secret that is gone: libvirt's error, still without the value.
            #expect(await libvirtError { try await secret.setValue(SecretValue(utf8: passphrase)) } != nil)
        } catch {
            try? await secret.undefine()
            throw error
        }
    }
}

// MARK: - A log handler that keeps every line

/// Keeps every line logged through its ``logger`` as
/// `LEVEL MESSAGE key=value...` (metadata sorted by key).
final class LogCapture: Sendable {
    private let storage = Mutex<[String]>([])

    /// A logger at trace level that writes here.
    var logger: Logger {
        var logger = Logger(label: "test") { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    /// The lines so far.
    var lines: [String] { storage.withLock { $0 } }

    fileprivate func append(_ line: String) {
        storage.withLock { $0.append(line) }
    }

    /// Waits (up to `timeout`) until a line matches.
    func waitFor(within timeout: Duration = .seconds(10), _ matches: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if lines.contains(where: matches) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return lines.contains(where: matches)
    }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let fields = all.keys.sorted().map { "\($0)=\(all[$0]!)" }
            capture.append(([event.level.rawValue, event.message.description] + fields).joined(separator: " "))
        }
    }
}
