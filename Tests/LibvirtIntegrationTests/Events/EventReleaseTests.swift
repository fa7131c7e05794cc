import Foundation
import Libvirt
import Testing

/// What a new user does with events, then `close()`: its result must tell the
/// truth at once (0: nothing of the connection is left), and the next
/// connection must see a fresh driver state (libvirt drops `test:///default`'s
/// state when its last connection goes).
@Suite("Events and streams: release before close", .serialized)
struct EventReleaseTests {
    /// Subscribe, receive, cancel, await the consumer, drop everything, close:
    /// `cycles` times on `uri`.
    ///
    /// - Parameter settle: how long the driver may keep the previous state.
    ///   In process, only while another suite running beside this one holds
    ///   `test:///default` open (run alone, it never waits); through a
    ///   daemon, also while the daemon drops its side of the connection,
    ///   which it does when it reads the closed socket, after the client's
    ///   `close()` returned.
    private func cycles(_ uri: String, _ cycles: Int = 100, settle: Duration = .zero) async throws {
        var results: [Int] = []
        var stale: [String] = []
        var waited = 0
        for cycle in 0..<cycles {
            let marker = "release-\(getpid())-\(cycle)"
            // The previous cycle's domain went with its driver state.
            let deadline = ContinuousClock.now + settle
            var connection = try await Connection.open(uri)
            while try await !leftovers(connection).isEmpty, ContinuousClock.now < deadline {
                waited += 1
                _ = try await connection.close()
                try await Task.sleep(for: .milliseconds(2))
                connection = try await Connection.open(uri)
            }
            stale += try await leftovers(connection)
            do {
                let events = try await connection.domainEvents([.lifecycle])
                let consumer = Task { () -> String? in
                    for await record in events where record.name == marker { return record.name }
                    return nil
                }
                let xml = "<domain type='test'><name>\(marker)</name><memory>8192</memory><os><type>hvm</type></os></domain>"
                _ = try await connection.defineDomain(xml: xml)
                #expect(await consumer.value == marker)
                events.cancel()
            }
            results.append(try await connection.close())
        }
        #expect(results.allSatisfy { $0 == 0 }, "close() results: \(results.filter { $0 != 0 }.count) of \(cycles) not 0")
        #expect(stale.isEmpty, "stale driver state: \(stale.prefix(5))")
        print("release: \(uri): \(results.filter { $0 == 0 }.count) of \(cycles) close() == 0; \(stale.count) stale; "
              + "\(waited) reopens while the previous state was still held")
    }

    @Test("a screenshot stream read to its end and dropped, 20 times: close() is 0 each time")
    func streams() async throws {
        try await streamCycles("test:///default")
    }

    @Test("a screenshot stream through a private daemon read to its end and dropped, 20 times: close() is 0 each time",
          .needsPrivateDaemon)
    func streamsThroughDaemon() async throws {
        let daemon = try await PrivateDaemon.start()
        try await streamCycles(daemon.defaultURI)
        withExtendedLifetime(daemon) {}
    }

    /// Reads a screenshot of `test` through a stream, drops it, closes.
    private func streamCycles(_ uri: String, _ cycles: Int = 20) async throws {
        var results: [Int] = []
        for _ in 0..<cycles {
            let connection = try await Connection.open(uri)
            do {
                let domain = try await connection.domain(named: "test")
                let stream = try await connection.makeStream(flags: .nonBlocking)
                _ = try await domain.screenshot(stream: stream)
                var bytes = 0
                for try await chunk in stream.chunks() { bytes += chunk.count }
                #expect(bytes > 0)
            }
            results.append(try await connection.close())
        }
        #expect(results.allSatisfy { $0 == 0 }, "close() results: \(results)")
    }

    /// The domains of earlier cycles that the connection sees.
    private func leftovers(_ connection: Connection) async throws -> [String] {
        try await connection.domains().asyncMap { try await $0.name() }.filter { $0.hasPrefix("release-\(getpid())-") }
    }

    @Test("100 cycles on test:///default: close() is 0 and the next connection starts fresh")
    func inProcess() async throws {
        try await cycles("test:///default", settle: .seconds(10))
    }

    @Test("100 cycles on test+unix:///default (a private daemon): close() is 0 and the next connection starts fresh",
          .needsPrivateDaemon)
    func throughDaemon() async throws {
        let daemon = try await PrivateDaemon.start()
        try await cycles(daemon.defaultURI, settle: .seconds(2))
        withExtendedLifetime(daemon) {}
    }
}

extension Array {
    /// The results of an async transform, in order.
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
