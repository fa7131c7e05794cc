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

    /// For each event read, how many the subscription had been delivered then.
    private(set) var deliveredAtRead: [Int] = []

    /// Reads `count` events, noting for each how many `events` was delivered.
    func readNotingDeliveries(_ count: Int, of events: DomainEvents) async {
        for await record in events {
            self.events.append(record.event)
            deliveredAtRead.append(events.subscription.deliveredCount)
            if self.events.count == count { break }
        }
    }

    /// Holds the loop thread (this actor's executor) until `gate` opens.
    func hold(_ gate: LoopGate) {
        gate.entered.store(true, ordering: .releasing)
        sem_wait(gate.semaphore)
    }

    /// One call from elsewhere: counts it, on the loop's executor.
    func count() {
        EventLoopExecutor.shared.checkIsolated()
        if !EventLoopExecutor.shared.isCurrent { offLoop += 1 }
        calls += 1
    }
}

/// Holds the loop thread in ``LoopMonitor/hold(_:)`` until opened.
private final class LoopGate: Sendable {
    let entered = Atomic<Bool>(false)
    nonisolated(unsafe) let semaphore = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)

    init() { sem_init(semaphore, 0, 0) }

    func open() { sem_post(semaphore) }

    deinit {
        sem_destroy(semaphore)
        semaphore.deallocate()
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

    @Test("a task preferring the loop's executor reads each event of a batch libvirt dispatches as it is delivered")
    func eventsOneByOne() async throws {
        let connection = try await Connection.open("test:///default")
        let pairs = 20
        let seen = try await Self.readHoldingTheLoop(pairs, on: connection)
        // Each event of the batch was read before the next was delivered, as
        // a C callback sees it (the first pair may come as one batch).
        #expect(seen.count == 2 + 2 * pairs)
        #expect(seen.dropFirst(2) == ArraySlice(3...(2 + 2 * pairs)))
        #expect(try await connection.close() == 0)
    }

    /// Reads the lifecycle events of a domain of its own on the loop's
    /// executor, in a task that prefers it, while the domain is suspended and
    /// resumed once, then `pairs` times with the loop thread held, so that
    /// libvirt dispatches those events in one callback; returns, for each
    /// event read, how many the subscription had been delivered then.
    private static func readHoldingTheLoop(_ pairs: Int, on connection: Connection) async throws -> [Int] {
        let name = "loop-executor-batch-\(getpid())"
        let domain = try await connection.createDomain(
            xml: "<domain type='test'><name>\(name)</name><memory>8192</memory><os><type>hvm</type></os></domain>")
        let events = try await connection.domainEvents([.lifecycle], domain: domain)
        let monitor = LoopMonitor()
        let reader = Task(executorPreference: EventLoopExecutor.shared) {
            await monitor.readNotingDeliveries(2 + 2 * pairs, of: events)
        }
        // The first pair, read as it comes: the monitor then waits for the next event.
        try await domain.suspend()
        try await domain.resume()
        while await monitor.events.count < 2 { try await Task.sleep(for: .milliseconds(1)) }
        let gate = LoopGate()
        let holder = Task { await monitor.hold(gate) }
        while !gate.entered.load(ordering: .acquiring) { try await Task.sleep(for: .milliseconds(1)) }
        for _ in 0..<pairs {
            try await domain.suspend()
            try await domain.resume()
        }
        gate.open()
        await holder.value
        await reader.value
        try await domain.destroy()
        return await monitor.deliveredAtRead
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
