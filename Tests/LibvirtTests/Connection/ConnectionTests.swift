import Foundation
import Libvirt
import Testing

@Suite("Connection")
struct ConnectionTests {
    @Test("the test driver identifies itself")
    func identity() async throws {
        let connection = try await Fixtures.openDefault()
        #expect(try await connection.uri() == Fixtures.privateDefaultURI)
        #expect(try await connection.hypervisorType() == "TEST")
        #expect(try await connection.hypervisorVersion() == LibvirtVersion(major: 0, minor: 0, release: 2))
        #expect(try await connection.libraryVersion() == LibvirtVersion.library())
        #expect(try await !connection.hostname().isEmpty)
        #expect(try await connection.isAlive())
        #expect(try await connection.isSecure())
        #expect(try await !connection.isEncrypted())
        #expect(try await connection.close() == 0)
    }

    @Test("the library version is libvirt 9 or later")
    func libraryVersion() throws {
        let version = try LibvirtVersion.library()
        #expect(version >= LibvirtVersion(major: 9, minor: 0, release: 0))
        #expect(LibvirtVersion(encoded: version.encoded) == version)
        #expect(try LibvirtVersion.driver("Test").encoded > 0)
    }

    @Test("read-only connections open, and refuse changes")
    func readOnly() async throws {
        let connection = try await Connection.open(Fixtures.defaultURI, flags: .readOnly)
        #expect(try await connection.isAlive())
        try await connection.close()
    }

    @Test("keepalive is not supported by the in-process driver")
    func keepAlive() async throws {
        let connection = try await Fixtures.openDefault()
        let error = await libvirtError { try await connection.setKeepAlive(interval: 5, count: 3) }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virConnectSetKeepAlive")
    }

    @Test("each handle gets an executor in turn; the connection runs on the first")
    func executors() async throws {
        let connection = try await Connection.open(Fixtures.defaultURI, executors: 3)
        let lanes = connection.executorLanes
        #expect(lanes.count == 3)
        #expect(connection.executor === lanes[0])
        let streams = [try await connection.makeStream(), try await connection.makeStream(),
                       try await connection.makeStream(), try await connection.makeStream()]
        let placed = streams.map { stream in lanes.firstIndex { $0 === stream.executor } }
        #expect(placed == [1, 2, 1, 2])
        #expect(try await Connection.open(Fixtures.defaultURI, executors: 0).executorLanes.count == 1)
    }
}

@Suite("Authentication")
struct AuthenticationTests {
    static let node = """
        <node>
          <auth><user password='s3cret'>admin</user></auth>
        </node>
        """

    @Test("the handler receives libvirt's credential requests and its answers open the connection")
    func answers() async throws {
        let uri = try Fixtures.nodeURI(Self.node)
        let asked = Recorder()
        let auth = Authentication(credentialTypes: [.authName, .passphrase]) { requests in
            asked.record(requests.map(\.type))
            return requests.map { $0.type == .authName ? "admin" : "s3cret" }
        }
        let connection = try await Connection.open(uri, authentication: auth)
        #expect(try await connection.isAlive())
        #expect(asked.kinds.contains(.authName))
        #expect(asked.kinds.contains(.passphrase))
        try await connection.close()
    }

    @Test("a wrong answer fails with an authentication error")
    func wrongPassword() async throws {
        let uri = try Fixtures.nodeURI(Self.node)
        let auth = Authentication(credentialTypes: [.authName, .passphrase]) { requests in
            requests.map { $0.type == .authName ? "admin" : "wrong" }
        }
        let error = try #require(await libvirtError {
            try await Connection.open(uri, authentication: auth)
        })
        #expect(error.code == .authFailed)
        #expect(error.function == "virConnectOpenAuth")
    }

    @Test("a handler that refuses makes the open fail")
    func refusal() async throws {
        let uri = try Fixtures.nodeURI(Self.node)
        let auth = Authentication(credentialTypes: [.authName, .passphrase]) { _ in nil }
        await #expect(throws: LibvirtError.self) { try await Connection.open(uri, authentication: auth) }
    }
}

/// Collects what a Sendable closure saw.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Credential.Kind] = []
    func record(_ kinds: [Credential.Kind]) { lock.withLock { seen += kinds } }
    var kinds: [Credential.Kind] { lock.withLock { seen } }
}
