import Foundation
import Libvirt
import LibvirtXML
import Testing

/// The daemon's own capabilities documents through the typed bridge: each parses, is fully
/// typed, reads the host as virsh and the other calls see it, and writes back equivalently.
@Suite("Typed capabilities through the daemon", .needsSharedDaemon)
struct TypedCapabilitiesTests {
    /// The model written back is equivalent to the document the daemon returned.
    func expectRoundTrip<M: XMLDocumentModel>(_ value: M, _ xml: String) throws {
        let difference = try XMLDocument(parsing: value.xmlString).difference(from: XMLDocument(parsing: xml))
        #expect(difference == nil, "\(M.rootElement): \(difference ?? "")")
        #expect(value.coverage.typedShare >= 0.9, "\(M.rootElement): \(value.coverage)")
    }

    @Test("host capabilities are typed and round-trip")
    func hostCapabilities() async throws {
        try Daemon.requireShared()
        let connection = try await Connection.open(Guests.uri)
        let capabilities = try await connection.typedCapabilities()
        try expectRoundTrip(capabilities, try await connection.capabilities())
        let host = try #require(capabilities.host)
        #expect(host.cpu?.arch == (try await connection.nodeInfo()).model)
        let cells = host.topology?.cells?.cells ?? []
        #expect(!cells.isEmpty)
        #expect(cells.reduce(0) { $0 + ($1.cpus?.cpus.count ?? 0) } == (try await connection.nodeInfo()).cpus)
        #expect(host.secmodels.contains { $0.model == "dac" })
        let guest = try #require(capabilities.guests.first { $0.arch?.name == host.cpu?.arch })
        #expect(guest.osType == "hvm")
        #expect(guest.arch?.emulator?.hasPrefix("/") == true)
        #expect(guest.arch?.machines.isEmpty == false)
    }

    @Test("domain capabilities are typed and round-trip")
    func domainCapabilities() async throws {
        try Daemon.requireShared()
        let connection = try await Connection.open(Guests.uri)
        let capabilities = try await connection.typedDomainCapabilities(virtualizationType: "qemu")
        try expectRoundTrip(capabilities, try await connection.domainCapabilities(virtualizationType: "qemu"))
        #expect(capabilities.domain == .qemu)
        #expect(capabilities.path?.hasPrefix("/") == true)
        #expect((capabilities.vcpu?.max ?? 0) > 0)
        #expect(capabilities.devices?.disk?.supported == true)
        #expect(capabilities.devices?.disk?.values(of: "bus")?.contains("virtio") == true)
        #expect(capabilities.cpu?.modes.contains { $0.name == "custom" && $0.supported == true } == true)
    }

    @Test("storage pool capabilities are typed and round-trip")
    func storagePoolCapabilities() async throws {
        try Daemon.requireShared()
        let connection = try await Connection.open(Guests.uri)
        let capabilities = try await connection.typedStoragePoolCapabilities()
        try expectRoundTrip(capabilities, try await connection.storagePoolCapabilities())
        let directory = try #require(capabilities.pools.first { $0.type == "dir" })
        #expect(directory.supported == true)
        #expect(directory.volumeOptions?.enums.first { $0.name == "targetFormatType" }?.values.contains("qcow2") == true)
    }
}
