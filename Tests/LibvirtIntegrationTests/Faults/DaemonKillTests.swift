@testable import Libvirt
import CLibvirt
import Foundation
import Glibc
import Testing

/// What happens to a client when its daemon dies or hangs. Each test runs its
/// own private daemon (scripts/libvirtd.sh start-private), never the shared one.
@Suite("Faults: the daemon dies or hangs", .needsPrivateDaemon)
struct DaemonKillTests {
    /// How one polling task ended.
    struct Ending: Sendable {
        let calls: Int
        let error: LibvirtError?
        let other: String?
        let at: ContinuousClock.Instant
    }

    @Test("killing the daemon under 64 polling tasks ends every call with an error within a second")
    func killUnderLoad() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI, executors: 8)
        let closes = Recorder(try await connection.closeEvents())
        // Half the pollers ask the connection (serialized on its executor), half
        // ask domain actors, which run in parallel on the connection's eight lanes.
        let domains = try await withThrowingTaskGroup(of: Domain.self) { group in
            for _ in 0..<32 { group.addTask { try await connection.domain(named: "test") } }
            return try await group.reduce(into: [Domain]()) { $0.append($1) }
        }
        let stop = Flag()
        let progress = CallCounter()
        let endings = Task {
            await withTaskGroup(of: Ending.self) { group in
                for index in 0..<64 {
                    group.addTask {
                        var calls = 0
                        while !stop.isSet {
                            do {
                                if index % 2 == 0 {
                                    _ = try await connection.hypervisorVersion()
                                } else {
                                    _ = try await domains[index / 2].info()
                                }
                                calls += 1
                                progress.increment()
                            } catch let error as LibvirtError {
                                return Ending(calls: calls, error: error, other: nil, at: .now)
                            } catch {
                                return Ending(calls: calls, error: nil, other: "\(error)", at: .now)
                            }
                        }
                        return Ending(calls: calls, error: nil, other: "stopped by the watchdog", at: .now)
                    }
                }
                return await group.reduce(into: [Ending]()) { $0.append($1) }
            }
        }
        // Kill once the pollers are busy: every task has had a call or two
        // answered (on a loaded machine that takes longer than a fixed pause).
        let started = ContinuousClock.now
        while progress.value < 128, ContinuousClock.now - started < .seconds(10) {
            try await Task.sleep(for: .milliseconds(20))
        }
        daemon.kill()
        let killedAt = ContinuousClock.now
        // A watchdog: a call still running 5 s after the kill hangs.
        let watchdog = Task {
            try await Task.sleep(for: .seconds(5))
            stop.set()
        }
        let results = await endings.value
        watchdog.cancel()
        #expect(results.count == 64)
        #expect(results.reduce(0) { $0 + $1.calls } > 64, "the pollers were running before the kill")
        for ending in results {
            #expect(ending.error != nil, "ended without a LibvirtError: \(ending.other ?? "")")
            #expect(ending.at - killedAt < .seconds(1), "ended \(ending.at - killedAt) after the kill")
        }
        let codes = Set(results.compactMap { $0.error?.code.rawValue })
        #expect(codes.isSubset(of: [LibvirtError.Code.rpc.rawValue, LibvirtError.Code.systemError.rawValue,
                                    LibvirtError.Code.internalError.rawValue, LibvirtError.Code.invalidConn.rawValue,
                                    LibvirtError.Code.operationInvalid.rawValue]), "codes \(codes)")
        // The close sequence reports the loss at once: end of file, or, when a
        // request was being written as the daemon died, an I/O error (EPIPE).
        let reason = await closes.next(within: .seconds(1))
        #expect(reason == .eof || reason == .error, "close reason \(String(describing: reason))")
        #expect(try await connection.isAlive() == false)
        let after = await libvirtError { try await connection.hypervisorVersion() }
        #expect(after != nil)
        _ = try? await connection.close()
    }

    @Test("SIGPIPE is ignored once libvirt is set up, so writing to a dead daemon cannot kill the process")
    func brokenPipe() async throws {
        _ = try await Connection.open("test:///default")
        var current = sigaction()
        #expect(sigaction(SIGPIPE, nil, &current) == 0)
        let handler = current.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) }
        #expect(handler == unsafeBitCast(SIG_IGN, to: Int.self))
    }

    @Test("a frozen daemon (SIGSTOP) is given up by keepalive in about interval × count")
    func keepaliveOnFrozenDaemon() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI)
        #expect(try await connection.setKeepAlive(interval: 1, count: 2))
        let closes = Recorder(try await connection.closeEvents())
        #expect(try await connection.hypervisorType() == "TEST")
        daemon.freeze()
        let frozenAt = ContinuousClock.now
        // A call made while the daemon is frozen blocks until keepalive gives up, then fails.
        let blocked = Task { await libvirtError { try await connection.hypervisorVersion() } }
        let reason = await closes.next(within: .seconds(10))
        let closedAfter = ContinuousClock.now - frozenAt
        #expect(reason == .keepAlive)
        #expect(closedAfter >= .milliseconds(1500) && closedAfter <= .seconds(5), "closed after \(closedAfter)")
        let blockedError = await blocked.value
        #expect(blockedError != nil)
        #expect(ContinuousClock.now - frozenAt < .seconds(6))
        #expect(try await connection.isAlive() == false)
        _ = try? await connection.close()

        // The daemon comes back: a new connection works.
        daemon.kill()
        try await daemon.restart()
        let fresh = try await Connection.open(daemon.defaultURI)
        #expect(try await fresh.hypervisorType() == "TEST")
        #expect(try await fresh.domain(named: "test").info().state == .running)
        #expect(try await fresh.close() == 0)
    }

    @Test("after a restart a new connection works and the old one fails cleanly")
    func restart() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let old = try await Connection.open(daemon.defaultURI)
        let domain = try await old.domain(named: "test")
        daemon.kill()
        try await daemon.restart()
        let stale = await libvirtError { try await domain.info() }
        #expect(stale != nil)
        #expect(try await old.isAlive() == false)
        let fresh = try await Connection.open(daemon.defaultURI)
        #expect(try await fresh.domain(named: "test").info().state == .running)
        #expect(try await fresh.hypervisorType() == "TEST")
        #expect(try await fresh.close() == 0)
        _ = try? await old.close()
    }
}

/// A flag set once, read by many tasks.
/// How many calls the pollers made, across tasks.
final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
