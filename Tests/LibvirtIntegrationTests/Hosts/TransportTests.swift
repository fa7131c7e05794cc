import Foundation
import Libvirt
import Testing

extension NamespaceHosts {
    /// The remote transports, against the namespace hosts of `scripts/hosts.sh`:
    /// each connects and lists; each kind of bad credential fails fast with a clear error.
    @Suite("Remote transports to the namespace hosts")
    struct TransportTests {
        /// Opens `uri`, checks it reached host `index` and can list its domains, and closes it.
        private func connects(_ uri: String, to index: Int) async throws {
            let connection = try await Connection.open(uri)
            #expect(try await connection.hostname() == "lvh-\(index + 1)")
            #expect(try await connection.hypervisorType() == "QEMU")
            _ = try await connection.domains()
            #expect(try await connection.close() == 0)
        }

        @Test("qemu+tcp:// connects and lists domains")
        func tcp() async throws {
            try TestHosts.require()
            try await connects(TestHosts.tcpURIs[0], to: 0)
        }

        @Test("qemu+tls:// with the hosts' CA connects and lists domains")
        func tls() async throws {
            try TestHosts.require()
            try await connects(TestHosts.tlsURI(1), to: 1)
        }

        @Test("qemu+ssh:// with an authorized key connects and lists domains")
        func ssh() async throws {
            try TestHosts.require()
            try await connects(TestHosts.sshURI(2), to: 2)
        }

        /// The error of opening `uri`, and how long it took to come.
        private func failure(_ uri: String) async -> (LibvirtError?, Duration) {
            let start = ContinuousClock.now
            let error = await libvirtError { try await Connection.open(uri) }
            return (error, ContinuousClock.now - start)
        }

        @Test("a CA the hosts' certificates do not chain to fails authentication, fast")
        func unknownCA() async throws {
            try TestHosts.require()
            let (error, took) = await failure(TestHosts.tlsURI(0, pki: TestHosts.settings["LIBVIRT_TEST_HOSTS_WRONG_PKI"]))
            let failed = try #require(error)
            #expect(failed.code == .authFailed, "\(failed)")
            #expect(failed.message.contains("certificate"), "\(failed.message)")
            #expect(took < .seconds(5))
        }

        @Test("an SSH key the host does not authorize fails, fast")
        func wrongKey() async throws {
            try TestHosts.require()
            let (error, took) = await failure(TestHosts.sshURI(0, key: TestHosts.settings["LIBVIRT_TEST_HOSTS_WRONG_SSH_KEY"]))
            let failed = try #require(error)
            #expect(failed.code == .systemError, "\(failed)")
            #expect(failed.message.contains("Permission denied"), "\(failed.message)")
            #expect(took < .seconds(10))
        }

        @Test("a port nothing listens on is refused, fast")
        func refusedPort() async throws {
            try TestHosts.require()
            let (error, took) = await failure("qemu+tcp://\(TestHosts.address(0)):1/system")
            let failed = try #require(error)
            #expect(failed.code == .systemError, "\(failed)")
            #expect(failed.message.contains("Connection refused"), "\(failed.message)")
            #expect(took < .seconds(5))
        }
    }
}
