@testable import Libvirt
import Foundation
import Testing

/// `Connection.SocketWatch.callsOnly`: the SDK's loop refuses the connection's
/// socket, libvirt runs it as in a process with no loop, and the SDK refuses
/// what needs the loop. Under libvirt's default loop the open is refused.
@Suite("A connection for calls only")
struct CallsOnlyTests {
    @Test("through the daemon: concurrent calls and a blocking stream work; events, keepalive and non-blocking streams are refused",
          .needsSharedDaemon)
    func throughTheDaemon() async throws {
        try Daemon.requireShared()
        let uri = "test+unix://\(try Nodes.write())"
        guard EventLoopKind.current == .sdk else {
            let refused = await libvirtError { try await Connection.open(uri, socketWatch: .callsOnly) }
            #expect(refused?.code == .operationUnsupported)
            return
        }
        let watched = try await Connection.open(uri)
        let connection = try await Connection.open(uri, socketWatch: .callsOnly)
        #expect(connection.socketWatch == .callsOnly && watched.socketWatch == .eventLoop)
        // The loop was handed the watched connection's socket, and refused this one's.
        #expect(watched.socket != nil)
        #expect(connection.socket == nil)

        // 16 tasks share the connection, as a poller's do.
        do {
            let domains = try await connection.domains(flags: .active)
            #expect(domains.count == 2)  // web and cache
            let calls = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<16 {
                    group.addTask {
                        for _ in 0..<50 { _ = try await domains[index % domains.count].info() }
                        return 50
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(calls == 800)
        }

        // What needs the loop to read the socket between calls.
        #expect(await libvirtError { try await connection.domainEvents() }?.code == .operationInvalid)
        #expect(await libvirtError { try await connection.networkEvents() }?.code == .operationInvalid)
        #expect(await libvirtError { try await connection.makeStream(flags: .nonBlocking) }?.code == .operationInvalid)
        // libvirt's own refusal: its client has no keepalive without the loop.
        let keepAlive = await libvirtError { try await connection.setKeepAlive(interval: 5, count: 3) }
        #expect(keepAlive?.code == .internalError)
        #expect(keepAlive?.message.contains("keepalive") == true)
        #expect(try await watched.setKeepAlive(interval: 5, count: 3))
        _ = try await connection.closeEvents()  // seen at the next call, not refused

        // A blocking stream moves its data on the calling thread.
        do {
            let web = try await connection.domain(named: "web")
            let stream = try await connection.makeStream()
            _ = try await web.screenshot(stream: stream)
            var bytes = 0
            for try await chunk in stream.chunks() { bytes += chunk.count }
            #expect(bytes > 0)
        }

        #expect(try await connection.close() == 0)
        #expect(try await watched.close() == 0)
    }

    @Test("through the daemon: a daemon that dies fails the next call, and closeEvents tells why",
          .needsPrivateDaemon)
    func daemonDies() async throws {
        guard EventLoopKind.current == .sdk else { return }  // refused at open (above)
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI, socketWatch: .callsOnly)
        let closes = Recorder(try await connection.closeEvents())
        let domain = try await connection.domain(named: "test")
        _ = try await domain.info()
        daemon.kill()
        #expect(await libvirtError { try await domain.info() } != nil)
        let reason = await closes.next(within: .seconds(5))
        #expect(reason == .eof || reason == .error, "close reason \(String(describing: reason))")
        _ = try? await connection.close()
    }

    @Test("in process: the same refusals as through a daemon, so that code tried on test:/// behaves alike")
    func inProcess() async throws {
        guard EventLoopKind.current == .sdk else {
            let refused = await libvirtError { try await Connection.open("test:///default", socketWatch: .callsOnly) }
            #expect(refused?.code == .operationUnsupported)
            return
        }
        let connection = try await Connection.open("test:///default", socketWatch: .callsOnly)
        #expect(try await connection.domain(named: "test").info().state == .running)
        #expect(await libvirtError { try await connection.domainEvents() }?.code == .operationInvalid)
        #expect(await libvirtError { try await connection.makeStream(flags: .nonBlocking) }?.code == .operationInvalid)
        #expect(try await connection.close() == 0)
    }
}
