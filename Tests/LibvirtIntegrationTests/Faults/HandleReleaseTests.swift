@testable import Libvirt
import Foundation
import Glibc
import Testing

/// Releasing a handle never makes a round trip on the releasing thread (which
/// may be Swift's cooperative pool): once the connection was closed, the last
/// handle freed disposes of the C connection, a remote close through the
/// daemon; the SDK frees it on the handle's executor instead.
@Suite("Faults: releasing handles", .needsPrivateDaemon)
struct HandleReleaseTests {
    /// Holds a handle until a task lets it go.
    final class Holder: @unchecked Sendable {
        var domain: Domain?
    }

    @Test("the last handle of a closed connection is released at once, even with the daemon frozen")
    func lastHandleOfClosedConnection() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI)
        let holder = Holder()
        holder.domain = try await connection.domain(named: "test")
        #expect(try await connection.close() == 1, "the domain handle still holds the connection")
        // Frozen, the daemon would hold up a remote close until the socket gives up.
        daemon.freeze()
        let released = Flag()
        Task.detached {
            holder.domain = nil  // the Domain's deinit runs here, on the cooperative pool
            released.set()
        }
        // Without the fix the release blocks until the thaw, which comes only
        // after this wait; 5 s is far more than a release takes.
        #expect(await waitUntil(within: .seconds(5)) { released.isSet }, "releasing the last handle blocked")
        daemon.thaw()
        #expect(await waitUntil(within: .seconds(10)) { released.isSet })
    }
}
