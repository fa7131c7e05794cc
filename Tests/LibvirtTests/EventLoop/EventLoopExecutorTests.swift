import Dispatch
import Glibc
@testable import Libvirt
import Synchronization
import Testing

/// An actor on the event loop's executor: records, for each event it reads,
/// whether it ran on that executor.
private actor LoopMonitor {
    nonisolated var unownedExecutor: UnownedSerialExecutor {
        EventLoopExecutor.shared.asUnownedSerialExecutor()
    }

    private(set) var events: [DomainEvent] = []
    private(set) var offLoop = 0
    private(set) var calls = 0

    /// Reads `count` events; awaits a call on `domain` after the first, so that
    /// the actor leaves the loop thread and comes back in the middle.
    func read(_ count: Int, of sequence: DomainEvents, domain: Domain) async throws {
        for await record in sequence {
            if !EventLoopExecutor.shared.isCurrent { offLoop += 1 }
            events.append(record.event)
            if events.count == 1 {
                _ = try await domain.info()
                if !EventLoopExecutor.shared.isCurrent { offLoop += 1 }
            }
            if events.count == count { break }
        }
    }

    /// One call from elsewhere: counts it, on the loop's executor.
    func count() {
        EventLoopExecutor.shared.checkIsolated()
        if !EventLoopExecutor.shared.isCurrent { offLoop += 1 }
        calls += 1
    }
}

@Suite("Event loop executor", .serialized)
struct EventLoopExecutorTests {
    @Test("an actor on the loop's executor reads every event on the loop thread, in order")
    func eventsOnTheLoop() async throws {
        let connection = try await Connection.open("test:///default")
        let pairs = 200
        let monitor = try await Self.watch(pairs, on: connection)
        let read = await monitor.events
        #expect(read.count == 2 * pairs)
        let pair: [DomainEvent] = [.lifecycle(.suspended(.paused)), .lifecycle(.resumed(.unpaused))]
        #expect(read == Array(Array(repeating: pair, count: pairs).joined()))
        #expect(await monitor.offLoop == 0)
        // The iteration ended on the loop thread: nothing of it is left.
        #expect(try await connection.close() == 0)
    }

    /// Suspends and resumes a domain of its own `pairs` times while a monitor
    /// reads its lifecycle events; returns the monitor once it read them all.
    /// (test:///default is one driver for the whole process, shared with the
    /// tests that run meanwhile.)
    private static func watch(_ pairs: Int, on connection: Connection) async throws -> LoopMonitor {
        let name = "loop-executor-\(getpid())"
        let domain = try await connection.createDomain(
            xml: "<domain type='test'><name>\(name)</name><memory>8192</memory><os><type>hvm</type></os></domain>")
        let events = try await connection.domainEvents([.lifecycle], domain: domain)
        let monitor = LoopMonitor()
        let reader = Task { try await monitor.read(2 * pairs, of: events, domain: domain) }
        for _ in 0..<pairs {
            try await domain.suspend()
            try await domain.resume()
        }
        try await reader.value
        try await domain.destroy()
        return monitor
    }

    @Test("a consumer on the pool woken by a flush of 200 events reads them in one batch",
          .enabled(if: EventLoopKind.current == .sdk, "the SDK's loop resumes consumers after its callbacks"))
    func oneWakeUpPerFlush() async throws {
        let connection = try await Connection.open("test:///default")
        let name = "loop-flush-\(getpid())"
        let domain = try await connection.createDomain(
            xml: "<domain type='test'><name>\(name)</name><memory>8192</memory><os><type>hvm</type></os></domain>")
        let events = try await connection.domainEvents([.lifecycle], domain: domain)
        let subscription = events.subscription
        let consumer = Task.detached {
            var iterator = events.makeAsyncIterator()
            _ = await iterator.next()
            return iterator.batch.count
        }
        while !subscription.isWaiting { try await Task.sleep(for: .milliseconds(1)) }
        // Hold the loop thread while 200 events queue up in libvirt, then let
        // its next iteration dispatch them all in one flush (~0.2 ms; resumed
        // at the first, the consumer takes its batch long before the last).
        let holding = LoopHolder()
        let held = Task { await holding.hold() }
        while !holding.isHolding { try await Task.sleep(for: .milliseconds(1)) }
        for _ in 0..<100 {
            try await domain.suspend()
            try await domain.resume()
        }
        holding.release()
        await held.value
        #expect(await consumer.value == 200, "the consumer was resumed before the flush ended")
        try await domain.destroy()
        events.cancel()
    }

    @Test("calls from many tasks run one at a time on the loop's executor, none lost")
    func callsFromManyTasks() async throws {
        let monitor = LoopMonitor()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<500 { await monitor.count() }
                }
            }
        }
        #expect(await monitor.calls == 4_000)
        #expect(await monitor.offLoop == 0)
        #expect(!EventLoopExecutor.shared.isCurrent)
    }
}

/// Blocks the event loop's thread, from a job on its executor, until released.
private actor LoopHolder {
    nonisolated var unownedExecutor: UnownedSerialExecutor {
        EventLoopExecutor.shared.asUnownedSerialExecutor()
    }

    private nonisolated let gate = DispatchSemaphore(value: 0)
    private nonisolated let holding = Atomic<Bool>(false)

    nonisolated var isHolding: Bool { holding.load(ordering: .acquiring) }

    func hold() {
        holding.store(true, ordering: .releasing)
        gate.wait()
    }

    nonisolated func release() { gate.signal() }
}
