@testable import Libvirt
import Foundation
import Glibc
import Synchronization
import Testing

/// Keepalive with many callers in flight, the daemon frozen (SIGSTOP): libvirt
/// 9.0's client alone leaves most callers blocked and may crash once the
/// daemon returns (docs/hostile-input.md); the SDK's keepalive watchdog must
/// fail every caller within interval × (count + 1) s, plus 3 s for a machine
/// loaded by the parallel suites (one full-suite run under load saw 5.16 s
/// where the bound was 4), and the process must survive the daemon's return.
/// Each test runs its own private daemon.
@Suite("Faults: keepalive with concurrent callers", .needsPrivateDaemon, .serialized)
struct KeepAliveDrillTests {
    /// How one polling task ended.
    struct Ending: Sendable {
        let calls: Int
        let error: LibvirtError?
        let other: String?
        let at: ContinuousClock.Instant
    }

    @Test("a frozen daemon under concurrent pollers: every caller fails within interval × (count + 1) + 3 s",
          arguments: [64, 8])
    func frozenUnderLoad(pollers: Int) async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI, executors: 8)
        let (interval, count) = (1, 2)
        #expect(try await connection.setKeepAlive(interval: interval, count: count))
        let closes = Recorder(try await connection.closeEvents())
        // Half the pollers ask the connection, half ask domain actors, which
        // run in parallel on the connection's eight lanes.
        var domains: [Domain] = []
        for _ in 0..<max(1, pollers / 2) {
            domains.append(try await connection.domain(named: "test"))
        }
        let endings = Shared<[Ending]>([])
        let progress = CallCounter()
        // Unstructured: a poller blocked inside libvirt must not keep the test
        // from reporting it (and from thawing the daemon).
        for index in 0..<pollers {
            let domain = domains[index / 2]
            Task.detached {
                var calls = 0
                while true {
                    do {
                        if index % 2 == 0 {
                            _ = try await connection.hypervisorVersion()
                        } else {
                            _ = try await domain.info()
                        }
                        calls += 1
                        progress.increment()
                    } catch let error as LibvirtError {
                        endings.withLock { $0.append(Ending(calls: calls, error: error, other: nil, at: .now)) }
                        return
                    } catch {
                        endings.withLock { $0.append(Ending(calls: calls, error: nil, other: "\(error)", at: .now)) }
                        return
                    }
                }
            }
        }
        // Freeze once every poller has had a call or two answered.
        #expect(await waitUntil(within: .seconds(20)) { progress.value >= 2 * pollers })
        daemon.freeze()
        let frozenAt = ContinuousClock.now
        let limit = Duration.seconds(interval * (count + 1) + 3)
        let allEnded = await waitUntil(within: limit + .seconds(4)) { endings.withLock { $0.count } == pollers }
        let ended = endings.withLock { $0 }
        #expect(allEnded, "\(pollers - ended.count) of \(pollers) callers still blocked \(limit + .seconds(4)) after the freeze")
        for ending in ended {
            #expect(ending.error != nil, "ended without a LibvirtError: \(ending.other ?? "")")
            #expect(ending.at - frozenAt <= limit, "a caller ended \(ending.at - frozenAt) after the freeze")
        }
        let latest = ended.map { $0.at - frozenAt }.max() ?? .zero
        let messages = Set(ended.compactMap { $0.error?.message })
        print("keepalive drill: \(ended.count)/\(pollers) callers failed, the last \(latest) after the freeze: \(messages.sorted())")
        #expect(await closes.next(within: .seconds(5)) == .keepAlive)
        #expect(try await connection.isAlive() == false)

        // The daemon returns: no crash, the old connection fails cleanly, a new one works.
        daemon.thaw()
        let fresh = try await Connection.open(daemon.defaultURI)
        #expect(try await fresh.hypervisorType() == "TEST")
        #expect(try await fresh.domain(named: "test").info().state == .running)
        #expect(await libvirtError { try await connection.hypervisorVersion() } != nil)
        domains.removeAll()
        _ = try? await connection.close()
        // Any blocked poller (a failure above) is released by the thaw; wait for it.
        _ = await waitUntil(within: .seconds(10)) { endings.withLock { $0.count } == pollers }
        #expect(try await fresh.close() == 0)
    }

    @Test("ReconnectingConnection's default keepalive (5, 3) under 16 pollers: all fail within 23 s, then it reconnects")
    func reconnectingDefaultPolicy() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let policy = ReconnectingConnection.Policy()
        let keepAlive = try #require(policy.keepAlive)
        let link = try await ReconnectingConnection.open(daemon.defaultURI, policy: policy)
        let statuses = Recorder(await link.statuses())
        let connection = try await link.connection()
        let domain = try await connection.domain(named: "test")
        let pollers = 16
        let endings = Shared<[Ending]>([])
        let progress = CallCounter()
        for index in 0..<pollers {
            Task.detached {
                var calls = 0
                while true {
                    do {
                        if index % 2 == 0 {
                            _ = try await connection.hypervisorVersion()
                        } else {
                            _ = try await domain.info()
                        }
                        calls += 1
                        progress.increment()
                    } catch {
                        endings.withLock {
                            $0.append(Ending(calls: calls, error: error as? LibvirtError, other: "\(error)", at: .now))
                        }
                        return
                    }
                }
            }
        }
        #expect(await waitUntil(within: .seconds(20)) { progress.value >= 2 * pollers })
        daemon.freeze()
        let frozenAt = ContinuousClock.now
        let limit = Duration.seconds(keepAlive.interval * (keepAlive.count + 1) + 3)
        let allEnded = await waitUntil(within: limit + .seconds(4)) { endings.withLock { $0.count } == pollers }
        let ended = endings.withLock { $0 }
        #expect(allEnded, "\(pollers - ended.count) of \(pollers) callers still blocked")
        for ending in ended {
            #expect(ending.error != nil, "ended without a LibvirtError: \(ending.other ?? "")")
            #expect(ending.at - frozenAt <= limit, "a caller ended \(ending.at - frozenAt) after the freeze")
        }
        let lost = await statuses.next(within: .seconds(5)) {
            if case .disconnected(.closed(.keepAlive)) = $0 { true } else { false }
        }
        let seen = await statuses.elements
        #expect(lost != nil, "\(seen)")
        // The daemon returns: the link reconnects and serves calls again.
        daemon.thaw()
        #expect(await statuses.next(within: .seconds(30)) { if case .reconnected = $0 { true } else { false } } != nil)
        #expect(try await link.connection().domain(named: "test").info().state == .running)
        await link.close()
    }
}

/// A value shared by tasks, behind a lock.
final class Shared<Value: Sendable>: Sendable {
    private let state: Mutex<Value>
    init(_ value: Value) { state = Mutex(value) }
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result { state.withLock { body(&$0) } }
}
