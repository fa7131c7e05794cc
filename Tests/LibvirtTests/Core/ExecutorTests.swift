@testable import Libvirt
import CLibvirt
import Dispatch
import Glibc
import Synchronization
import Testing

/// The executors: no starvation, releases off the releasing thread, long calls
/// that a cancelled task never starts. (Their thread count is measured by
/// Benchmarks' `threads`, in a process of its own.)
@Suite("Executors")
struct ExecutorTests {
    /// Waits until the work queued on `executor` before this call has run.
    static func drained(_ executor: LibvirtExecutor) async {
        await withCheckedContinuation { continuation in
            executor.async { continuation.resume() }
        }
    }

    /// The C connection of an open `connection`.
    static func cPointer(_ connection: Connection) async -> OpaquePointer {
        await withCheckedContinuation { (continuation: CheckedContinuation<TransferredPointer, Never>) in
            connection.executor.async {
                connection.assumeIsolated { connection in
                    continuation.resume(returning: TransferredPointer(pointer: try! connection.handle("test")))
                }
            }
        }.pointer
    }

    @Test("executors blocked for long do not starve the others")
    func blockedExecutorsDoNotStarve() async throws {
        let first = try await Connection.open("test:///default")
        let second = try await Connection.open("test:///default")
        // Block every executor but the first connection's own: 15 blocked
        // threads, far more than this machine has cores.
        let gate = DispatchSemaphore(value: 0)
        let blocked = Array(first.executorLanes.dropFirst()) + second.executorLanes
        for lane in blocked {
            lane.async { gate.wait() }
        }
        // Timed on the executor's side: from the submission to the job's start
        // (the awaiting task's own resumption waits for the cooperative pool,
        // which the suites running in parallel keep busy).
        let start = ContinuousClock.now
        let began = await withCheckedContinuation { (continuation: CheckedContinuation<ContinuousClock.Instant, Never>) in
            first.executor.async { continuation.resume(returning: .now) }
        }
        let waited = began - start
        #expect(try await first.hostname().isEmpty == false)
        for _ in blocked { gate.signal() }
        #expect(waited < .seconds(1), "a call on a free executor waited \(waited) behind blocked ones")
        for lane in blocked { await Self.drained(lane) }
        #expect(try await first.close() == 0)
        #expect(try await second.close() == 0)
    }

    @Test("a connection released on the cooperative pool closes on its executor, once")
    func connectionDeinitClosesOnItsExecutor() async throws {
        var connection: Connection? = try await Connection.open("test:///default")
        let pointer = await Self.cPointer(connection!)
        virConnectRef(pointer)
        let executor = connection!.executor
        let gate = DispatchSemaphore(value: 0)
        executor.async { gate.wait() }
        // The last reference goes here, on a thread of the cooperative pool.
        connection = nil
        // Its virConnectClose waits behind the gate: ours is not the last reference.
        #expect(virConnectClose(pointer) == 1)
        gate.signal()
        await Self.drained(executor)
    }

    @Test("an unfinished stream released on the cooperative pool is aborted and released on its executor")
    func streamDeinitReleasesOnItsExecutor() async throws {
        let connection = try await Connection.open("test:///default")
        var stream: DataStream? = try await connection.makeStream(flags: .nonBlocking)
        do {
            // A transfer in progress: its abort is a round trip through a daemon.
            _ = try await connection.domain(named: "test").screenshot(stream: stream!)
            _ = try await stream!.receive(size: 16)
        }
        let executor = stream!.executor
        #expect(executor !== connection.executor)
        let gate = DispatchSemaphore(value: 0)
        executor.async { gate.wait() }
        stream = nil
        // The stream's virStreamAbort and virStreamFree wait behind the gate: it still holds the connection.
        #expect(try await connection.close() == 1)
        gate.signal()
        await Self.drained(executor)
    }

    @Test("a cancelled task starts no long call")
    func cancelledTaskStartsNoLongCall() async throws {
        let connection = try await Connection.open("test:///default")
        let domain = try await connection.domain(named: "test")
        let path = "/tmp/swift-libvirt-cancelled-\(getpid()).core"
        unlink(path)
        let dump = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await domain.coreDump(to: path)
        }
        let error = await libvirtError { try await dump.value }
        #expect(error?.code == .operationAborted)
        #expect(error?.function == "virDomainCoreDump")
        #expect(access(path, F_OK) != 0, "the dump ran")
        // The same call from a task not cancelled runs.
        try await domain.coreDump(to: path)
        #expect(access(path, F_OK) == 0)
        unlink(path)
        try await connection.close()
    }
}
