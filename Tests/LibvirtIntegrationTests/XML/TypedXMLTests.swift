import Foundation
import Libvirt
import LibvirtXML
import Testing

/// Typed documents on the shared daemon: the builders' network, directory pool, qcow2
/// volume and guest define and start on qemu:///system, and the documents the daemon
/// returns read and write back equivalently. Every object has a unique name and is removed
/// however the test ends.
@Suite("Typed XML through the daemon", .needsSharedDaemon)
struct TypedXMLTests {
    /// A document the daemon returned, read with its model and written back, is equivalent.
    func expectRoundTrip<M: XMLDocumentModel>(_ value: M, _ xml: String, _ comment: String) throws {
        let written = try XMLDocument(parsing: value.xmlString)
        let original = try XMLDocument(parsing: xml)
        #expect(written.difference(from: original) == nil, "\(comment): \(written.difference(from: original) ?? "")")
    }

    @Test("built network, directory pool, qcow2 volume and guest define and start; returned documents round-trip")
    func builtDocumentsDefineAndStart() async throws {
        try Daemon.requireShared()
        let tag = UUID().uuidString.prefix(6).lowercased()
        let name = Guests.uniqueName("xml")
        let networkName = "swift-libvirt-it-xmlnet-\(tag)"
        let poolName = "swift-libvirt-it-xmlpool-\(tag)"
        let directory = "/tmp/swift-libvirt-xml-\(getpid())-\(tag)"
        let subnet = "10.\(UInt8.random(in: 150...250)).\(UInt8.random(in: 0...250))"
        defer {
            Guests.remove(name)
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", Guests.uri, "net-destroy", networkName])
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", Guests.uri, "net-undefine", networkName])
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", Guests.uri, "vol-delete", "disk.qcow2", "--pool", poolName])
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", Guests.uri, "pool-destroy", poolName])
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", Guests.uri, "pool-undefine", poolName])
            try? FileManager.default.removeItem(atPath: directory)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let connection = try await Connection.open(Guests.uri)

        let network = try await connection.define(NetworkDefinition.nat(
            name: networkName, bridge: "vxml\(tag)", address: "\(subnet).1",
            dhcp: NetworkRange(start: "\(subnet).10", end: "\(subnet).20")))
        try await network.start()
        let networkDefinition = try await network.definition()
        #expect(networkDefinition.ips.first?.dhcp?.ranges.first?.end == "\(subnet).20")
        #expect(networkDefinition.uuid != nil)
        try expectRoundTrip(networkDefinition, try await network.xml(), "network")

        let pool = try await connection.define(StoragePoolDefinition.directory(name: poolName, path: directory))
        try await pool.start()
        let poolDefinition = try await pool.definition()
        #expect(poolDefinition.target?.path == directory)
        #expect(poolDefinition.capacity?.bytes() ?? 0 > 0)
        try expectRoundTrip(poolDefinition, try await pool.xml(), "pool")

        let volume = try await pool.createVolume(StorageVolumeDefinition.qcow2(name: "disk.qcow2", capacity: Size(64, .mebibytes)))
        let volumeDefinition = try await volume.definition()
        #expect(volumeDefinition.target?.format?.type == "qcow2")
        #expect(volumeDefinition.capacity?.bytes() == 64 << 20)
        try expectRoundTrip(volumeDefinition, try await volume.xml(), "volume")

        var guest = DomainDefinition.qemuGuest(
            name: name, type: .qemu, memory: Size(64, .mebibytes), machine: "pc",
            diskPath: try await volume.path(), network: networkName)
        guest.devices?.memballoon = DomainMemballoon(model: "none")
        let domain = try await connection.define(guest)
        try await domain.start()
        let running = try await domain.definition()
        #expect(running.id != nil)
        #expect(running.devices?.disks.first?.source?.file == (try await volume.path()))
        #expect(running.devices?.interfaces.first?.source?.network == networkName)
        #expect(running.devices?.interfaces.first?.mac?.address != nil)
        #expect(running.devices?.serials.first?.sources.first?.path?.hasPrefix("/dev/pts/") == true)
        try expectRoundTrip(running, try await domain.xml(), "running guest")
        #expect(running.coverage.typedShare > 0.95, "\(running.coverage)")
        try await domain.destroy()
    }

    @Test("capabilities, domain capabilities and node devices parse and round-trip")
    func hostDocumentsRoundTrip() async throws {
        try Daemon.requireShared()
        let connection = try await Connection.open(Guests.uri)
        var documents = [try await connection.capabilities(), try await connection.domainCapabilities()]
        for device in try await connection.nodeDevices().prefix(40) {
            documents.append(try await device.xml())
        }
        for xml in documents {
            let document = try XMLDocument(parsing: xml)
            let again = try XMLDocument(parsing: document.xmlString)
            #expect(again.difference(from: document) == nil, "\(document.root.name)")
            if LibvirtDocuments.models[document.root.name] != nil {
                let model = try LibvirtDocuments.parse(xml)
                #expect(try XMLDocument(parsing: model.xmlString).isEquivalent(to: document))
            }
        }
    }
}
