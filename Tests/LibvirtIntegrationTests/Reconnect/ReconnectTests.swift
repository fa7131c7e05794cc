@testable import Libvirt
import CLibvirt
import Foundation
import Testing

/// ReconnectingConnection against a private daemon that is killed and restarted.
@Suite("Reconnection", .needsPrivateDaemon)
struct ReconnectTests {
    /// Fast checks and retries, no jitter, so the test is quick and its order certain.
    static let policy = ReconnectingConnection.Policy(
        initialDelay: .milliseconds(50), maximumDelay: .milliseconds(400), multiplier: 2, jitter: 0,
        checkInterval: .milliseconds(50), keepAlive: .init(interval: 1, count: 2))

    @Test("kill and restart under a running subscription: gap marker, then new events on the same sequence")
    func killAndRestart() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let link = try await ReconnectingConnection.open(daemon.defaultURI, policy: Self.policy)
        let statuses = Recorder(await link.statuses())
        // The events API's domain events, made again on each new connection.
        let events = Recorder(try await link.subscribe { connection throws(LibvirtError) in
            try await connection.domainEvents([.lifecycle])
        })
        let first = try await link.connection()

        try await Shell.virsh(daemon.defaultURI, "define", try Shell.temporaryFile(Nodes.domain("before")))
        let before = await events.next { if case .event(let e) = $0 { e.name == "before" } else { false } }
        #expect(before.map { if case .event(let e) = $0, case .lifecycle(.defined) = e.event { true } else { false } } == true)

        daemon.kill()
        let lost = await events.next(within: .seconds(3)) { if case .disconnected = $0 { true } else { false } }
        #expect(lost != nil, "no disconnected marker")
        // The close event names the reason: the daemon went away (end of file).
        #expect(await statuses.next(within: .seconds(3)) {
            if case .disconnected(.closed(.eof)) = $0 { true } else { false }
        } != nil)
        #expect(await link.isConnected == false)
        #expect(await libvirtError { try await link.connection() }?.code == .invalidConn)
        // While the daemon is down, attempts fail and back off.
        let failed = await statuses.next(within: .seconds(3)) {
            if case .reconnectFailed(attempt: 1, _, retryIn: .milliseconds(50)) = $0 { true } else { false }
        }
        #expect(failed != nil)
        try await Task.sleep(for: .milliseconds(300))

        try await daemon.restart()
        let marker = await events.next(within: .seconds(5)) { if case .reconnected = $0 { true } else { false } }
        guard case .reconnected(let gap) = marker else {
            let seen = await events.elements
            Issue.record("no reconnected marker, got \(seen)")
            return
        }
        #expect(gap >= .milliseconds(300) && gap < .seconds(5), "gap \(gap)")
        let reconnected = await statuses.next(within: .seconds(1)) {
            if case .reconnected(generation: 2, _) = $0 { true } else { false }
        }
        #expect(reconnected != nil)
        #expect(await link.connectionCount == 2)
        let second = try await link.connection()
        #expect(second !== first)
        #expect(try await second.hypervisorType() == "TEST")

        // An event after the restart arrives on the same sequence, after the marker.
        try await Shell.virsh(daemon.defaultURI, "define", try Shell.temporaryFile(Nodes.domain("after")))
        let after = await events.next { if case .event(let e) = $0 { e.name == "after" } else { false } }
        let all = await events.elements
        #expect(after != nil, "no event after the restart: \(all)")
        let markerIndex = all.firstIndex { if case .reconnected = $0 { true } else { false } }
        let afterIndex = all.firstIndex { if case .event(let e) = $0 { e.name == "after" } else { false } }
        #expect(markerIndex != nil && afterIndex != nil && markerIndex! < afterIndex!)

        await link.close()
        #expect(await statuses.next(within: .seconds(1)) { $0 == .closed } != nil)
        #expect(await link.isConnected == false)
        #expect(await libvirtError { try await link.connection() }?.code == .invalidConn)
    }

    @Test("a daemon that does not come back: gives up after maximumAttempts")
    func givesUp() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        var policy = Self.policy
        policy.maximumAttempts = 3
        policy.initialDelay = .milliseconds(20)
        let link = try await ReconnectingConnection.open(daemon.defaultURI, policy: policy)
        let statuses = Recorder(await link.statuses())
        daemon.kill()
        let gaveUp = await statuses.next(within: .seconds(5)) { if case .gaveUp = $0 { true } else { false } }
        let seen = await statuses.elements
        #expect(gaveUp != nil, "\(seen)")
        let failures = seen.filter { if case .reconnectFailed = $0 { true } else { false } }
        #expect(failures.count == 2)  // attempts 1 and 2 fail and retry; the 3rd fails and gives up
        #expect(await libvirtError { try await link.connection() }?.code == .invalidConn)
        await link.close()
    }

    @Test("a frozen daemon is noticed through keepalive, and the link comes back after a restart")
    func frozenDaemon() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let link = try await ReconnectingConnection.open(daemon.defaultURI, policy: Self.policy)
        let statuses = Recorder(await link.statuses())
        daemon.freeze()
        let frozenAt = ContinuousClock.now
        let lost = await statuses.next(within: .seconds(8)) {
            if case .disconnected(.closed(.keepAlive)) = $0 { true } else { false }
        }
        let seen = await statuses.elements
        #expect(lost != nil, "\(seen)")
        #expect(ContinuousClock.now - frozenAt < .seconds(6))
        daemon.kill()
        try await daemon.restart()
        #expect(await statuses.next(within: .seconds(5)) { if case .reconnected = $0 { true } else { false } } != nil)
        // The link serves calls again. Under load the short keepalive of this
        // test's policy may drop and restore the fresh connection once more, so
        // allow it a few seconds to settle.
        var type: String?
        for _ in 0..<50 where type == nil {
            type = try? await link.connection().hypervisorType()
            if type == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let later = await statuses.elements
        #expect(type == "TEST", "\(later)")
        await link.close()
    }

    @Test("ending the loop over a subscription deregisters it; later subscriptions still work")
    func unsubscribe() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let link = try await ReconnectingConnection.open(daemon.defaultURI, policy: Self.policy)
        // The sequence lives only in the reader task: when its loop ends, it is released.
        let reader = Task { () throws -> String? in
            let once = try await link.subscribe { connection throws(LibvirtError) in
                try await connection.domainEvents([.lifecycle])
            }
            for await element in once {
                if case .event(let event) = element { return event.name }
            }
            return nil
        }
        #expect(await waitUntil(within: .seconds(10)) { await link.subscriptionCount == 1 })
        try await Shell.virsh(daemon.defaultURI, "define", try Shell.temporaryFile(Nodes.domain("one")))
        #expect(try await reader.value == "one")
        #expect(await waitUntil(within: .seconds(10)) { await link.subscriptionCount == 0 })
        // The ended subscription deregisters its C callback in a task of its own,
        // and libvirt refuses the same callback twice on one connection until then.
        let events = Recorder(try await Self.subscribeRetrying(link))
        try await Shell.virsh(daemon.defaultURI, "define", try Shell.temporaryFile(Nodes.domain("two")))
        #expect(await events.next { if case .event(let e) = $0 { e.name == "two" } else { false } } != nil)
        await link.close()
    }

    /// Subscribes to lifecycle events, retrying while libvirt still holds the
    /// previous registration of the same C callback.
    static func subscribeRetrying(
        _ link: ReconnectingConnection
    ) async throws -> AsyncStream<ReconnectingEvent<DomainEventRecord>> {
        var attempts = 0
        while true {
            let result: AsyncStream<ReconnectingEvent<DomainEventRecord>>
            do {
                result = try await link.subscribe { connection throws(LibvirtError) in
                    try await connection.domainEvents([.lifecycle])
                }
            } catch {
                attempts += 1
                if attempts > 100 { throw error }
                try await Task.sleep(for: .milliseconds(20))
                continue
            }
            return result
        }
    }
}
