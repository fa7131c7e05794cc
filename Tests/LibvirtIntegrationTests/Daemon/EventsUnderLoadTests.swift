import Foundation
@testable import Libvirt
import Testing

/// Events through the daemon while the connection is busy: libvirt's RPC client
/// passes the connection's socket between calling threads and the event loop,
/// the path the SDK's loop shortens (research/event-loop.md). scripts/test.sh
/// runs this under both loops.
@Suite("Events through a busy connection", .needsPrivateDaemon)
struct EventsUnderLoadTests {
    @Test("events caused by a virsh process arrive while 16 tasks poll the same connection")
    func eventsWhilePolling() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let uri = daemon.defaultURI
        let connection = try await Connection.open(uri, executors: 8)
        let events = Recorder(try await connection.domainEvents([.lifecycle]))
        let domains = try await withThrowingTaskGroup(of: Domain.self) { group in
            for _ in 0..<16 { group.addTask { try await connection.domain(named: "test") } }
            return try await group.reduce(into: [Domain]()) { $0.append($1) }
        }
        let stop = Flag()
        let progress = CallCounter()
        let pollers = Task {
            try await withThrowingTaskGroup(of: Int.self) { group in
                for domain in domains {
                    group.addTask {
                        var calls = 0
                        while !stop.isSet {
                            _ = try await domain.info()
                            calls += 1
                            progress.increment()
                        }
                        return calls
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
        }
        let started = ContinuousClock.now
        while progress.value < 64, ContinuousClock.now - started < .seconds(10) {
            try await Task.sleep(for: .milliseconds(10))
        }
        let before = progress.value
        try await expectVirshLifecycle(on: uri, events: events, prefix: "busy")
        #expect(progress.value > before, "the pollers kept calling while the events came")
        stop.set()
        let calls = try await pollers.value
        #expect(calls.count == 16)
        #expect(calls.allSatisfy { $0 > 0 }, "every poller was answered: \(calls)")
        await events.stop()
        try await connection.close()
    }
}
