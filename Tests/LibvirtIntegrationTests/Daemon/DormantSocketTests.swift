@testable import Libvirt
import Foundation
import Testing

/// With the SDK's loop, a connection's socket to a daemon is dormant while
/// nothing needs the loop to read it at once (``PromptWatch``): calls hand it
/// between them without the loop, an idle connection is watched again after
/// 100 ms, and event subscriptions and non-blocking streams wake it.
@Suite("A dormant socket")
struct DormantSocketTests {
    @Test("through the daemon: dormant until events or a non-blocking stream need it, and watched once idle",
          .needsSharedDaemon)
    func wakesForEventsAndStreams() async throws {
        try Daemon.requireShared()
        let uri = "test+unix:///default"
        let connection = try await Connection.open(uri)
        guard EventLoopKind.current == .sdk else {
            #expect(connection.socket?.watch == nil, "libvirt's default loop has no watch of the SDK's")
            #expect(try await connection.close() == 0)
            return
        }
        let loop = EpollLoop.shared
        let watch = try #require(connection.socket?.watch)
        #expect(loop.watchState(watch)?.dormant == true)

        // Calls from 8 tasks, then none: the loop watches the idle socket again.
        do {
            let domain = try await connection.domain(named: "test")
            let calls = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        for _ in 0..<25 { _ = try await domain.info() }
                        return 25
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(calls == 200)
        }
        #expect(await waitUntil(within: .seconds(5)) { loop.watchState(watch)?.watched == true })
        #expect(loop.watchState(watch)?.dormant == true)

        // A subscription wakes it and its events arrive; once it ends, dormant again.
        do {
            let events = Recorder(try await connection.domainEvents([.lifecycle]))
            #expect(loop.watchState(watch)?.dormant == false)
            try await expectVirshLifecycle(on: uri, events: events, prefix: "dormant")
            await events.stop()
        }
        #expect(await waitUntil(within: .seconds(5)) { loop.watchState(watch)?.dormant == true })

        // So does a non-blocking stream, for as long as it lives; a blocking one does not.
        do {
            let stream = try await connection.makeStream(flags: .nonBlocking)
            #expect(loop.watchState(watch)?.dormant == false)
            let blocking = try await connection.makeStream()
            withExtendedLifetime((stream, blocking)) {}
        }
        #expect(await waitUntil(within: .seconds(5)) { loop.watchState(watch)?.dormant == true })
        do {
            let blocking = try await connection.makeStream()
            #expect(loop.watchState(watch)?.dormant == true)
            withExtendedLifetime(blocking) {}
        }

        #expect(try await connection.close() == 0)
        #expect(loop.watchState(watch) == nil, "libvirt removed the socket's watch")
    }

    @Test("an idle connection with a dormant socket answers the daemon's keepalive probes", .needsPrivateDaemon)
    func answersTheDaemonsProbes() async throws {
        guard EventLoopKind.current == .sdk else { return }  // no dormant watch under libvirt's default loop
        // This daemon probes a client silent for 2 s, again every 2 s, and
        // drops it when two probes in a row go unanswered: a client that never
        // answers is gone after ~6 s, before a third probe. (Probing after 1 s
        // and dropping after one unanswered probe, as it did, once dropped a
        // client whose loop a loaded machine held up for over a second.)
        let daemon = try await PrivateDaemon.start(settings: ["keepalive_interval = 2", "keepalive_count = 2"])
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI)
        let loop = EpollLoop.shared
        let watch = try #require(connection.socket?.watch)
        let domain = try await connection.domain(named: "test")
        _ = try await domain.info()
        #expect(loop.watchState(watch)?.dormant == true)

        // The loop reads the probes (and sends the answers) on the idle socket:
        // at least three probes, past the point where an unanswered one is dropped.
        #expect(await waitUntil(within: .seconds(30)) { (loop.watchState(watch)?.dispatches ?? 0) >= 6 })
        #expect(try await connection.isAlive())
        #expect(try await domain.info().state == .running)
        #expect(loop.watchState(watch)?.dormant == true)
        _ = try? await connection.close()
    }
}
