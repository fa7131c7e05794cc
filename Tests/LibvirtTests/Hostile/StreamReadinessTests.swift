@testable import Libvirt
import Testing

/// A stream's readiness state (what its event callback and waiting tasks
/// share) is freed once the stream is done with, on every driver.
///
/// libvirt 9.0's remote driver never calls a stream callback's free function,
/// so a state released only by it stayed allocated with every remote stream
/// (LeakSanitizer reported them at exit).
@Suite("Stream readiness lifetime", .serialized)
struct StreamReadinessTests {
    @Test("the readiness state is freed after a local (fd) stream is read to its end")
    func local() async throws {
        try await readScreenshot(uri: Fixtures.defaultURI)
    }

    @Test("the readiness state is freed after a remote stream is read to its end",
          .enabled(if: StorageFixtures.daemonAvailable, StorageFixtures.noDaemon))
    func remote() async throws {
        try await readScreenshot(uri: "test+unix:///default")
    }

    @Test("the readiness state is freed after a remote stream is aborted",
          .enabled(if: StorageFixtures.daemonAvailable, StorageFixtures.noDaemon))
    func remoteAborted() async throws {
        let connection = try await Connection.open("test+unix:///default")
        let domain = try await connection.domain(named: "test")
        weak var state: StreamReadiness?
        do {
            let stream = try await connection.makeStream(flags: .nonBlocking)
            _ = try await domain.screenshot(stream: stream)
            try await stream.waitUntilReady(.reading, function: "test")
            state = await stream.readiness
            #expect(state != nil, "waiting registered the stream's readiness")
            try await stream.abort()
        }
        #expect(state == nil)
        _ = try await connection.close()
    }

    /// Takes a screenshot of `test` and reads it through the stream, after
    /// waiting for readability once (which registers the event callback).
    private func readScreenshot(uri: String) async throws {
        let connection = try await Connection.open(uri)
        let domain = try await connection.domain(named: "test")
        weak var state: StreamReadiness?
        var bytes = 0
        do {
            let stream = try await connection.makeStream(flags: .nonBlocking)
            _ = try await domain.screenshot(stream: stream)
            try await stream.waitUntilReady(.reading, function: "test")
            state = await stream.readiness
            #expect(state != nil, "waiting registered the stream's readiness")
            for try await chunk in stream.chunks() { bytes += chunk.count }
        }
        #expect(bytes > 0)
        #expect(state == nil)
        _ = try await connection.close()
    }
}
