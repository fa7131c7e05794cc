@testable import Libvirt
import CLibvirt
import Foundation
import Testing

/// Calls on handles that outlived what they refer to: a clear error, no crash.
@Suite("Faults: stale handles", .needsPrivateDaemon)
struct StaleHandleTests {
    @Test("a domain undefined by another client: noDomain")
    func undefinedDomain() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI)
        let domain = try await connection.defineDomain(xml: Nodes.domain("doomed"))
        #expect(try await domain.info().state == .shutoff)
        try await Shell.virsh(daemon.defaultURI, "undefine", "doomed")
        let error = await libvirtError { try await domain.info() }
        #expect(error?.code == .noDomain)
        #expect(error?.function == "virDomainGetInfo")
        #expect(try await connection.close() == 1)  // the domain actor still holds its reference
    }

    @Test("a closed connection: invalidConn; its handles keep the link alive until released")
    func closedConnection() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI)
        let domain = try await connection.domain(named: "test")
        #expect(try await connection.close() == 1)
        let error = await libvirtError { try await connection.hypervisorVersion() }
        #expect(error?.code == .invalidConn)
        #expect(error?.function == "virConnectGetVersion")
        #expect(await libvirtError { try await connection.close() }?.code == .invalidConn)
        // libvirt keeps the C connection while a domain refers to it: the handle still works.
        #expect(try await domain.info().state == .running)
    }

    @Test("a handle whose daemon died: an error, then still an error, no crash")
    func deadDaemon() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI)
        let domain = try await connection.domain(named: "test")
        daemon.kill()
        for _ in 0..<3 {
            #expect(await libvirtError { try await domain.info() } != nil)
            #expect(await libvirtError { try await connection.hostname() } != nil)
        }
        _ = try? await connection.close()
    }
}
