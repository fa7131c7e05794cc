import Foundation
import Libvirt
import Testing

/// test:///default's state is shared by the connections open at once in this
/// process (other suites run in parallel), so these tests use unique names and
/// check what they made, not global counts.
@Suite("Storage")
struct StorageTests {
    static let defaultPoolUUID = "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"

    @Test("the test driver's default pool is found by every key, with its sizes")
    func defaultPool() async throws {
        let connection = try await Fixtures.openDefault()
        do {
            let pool = try await connection.storagePool(named: "default-pool")
            #expect(try await pool.name() == "default-pool")
            #expect(try await pool.uuidString() == Self.defaultPoolUUID)
            #expect(try await pool.uuid() == UUID(uuidString: Self.defaultPoolUUID))
            #expect(try await connection.storagePool(uuid: try await pool.uuid()).name() == "default-pool")
            #expect(try await connection.storagePool(uuidString: Self.defaultPoolUUID).name() == "default-pool")
            let info = try await pool.info()
            #expect(info.state == .running)
            #expect(info.capacityBytes == 100 * 1024 * 1024 * 1024)
            #expect(info.allocationBytes + info.availableBytes == info.capacityBytes)
            #expect(try await pool.isActive())
            #expect(try await pool.isPersistent())
            #expect(try await !pool.autostart())
            try await pool.setAutostart(true)
            #expect(try await pool.autostart())
            let xml = try await pool.xml()
            #expect(xml.contains("<path>/default-pool</path>"))
            let inactive = await libvirtError { try await pool.xml(flags: .inactive) }
            #expect(inactive?.code == .invalidArg)
            #expect(inactive?.function == "virStoragePoolGetXMLDesc")
            let missing = await libvirtError { try await connection.storagePool(named: "no-such-pool") }
            #expect(missing?.code == .noStoragePool)
            #expect(missing?.function == "virStoragePoolLookupByName")
            let byPath = await libvirtError { try await connection.storagePool(targetPath: "/default-pool") }
            #expect(byPath?.code == .noSupport)
        }
        // Every handle above was released with its actor.
        #expect(try await connection.close() == 0)
    }

    @Test("pools are listed, by name and count, active and defined")
    func listing() async throws {
        let connection = try await Fixtures.openDefault()
        func names(_ pools: [StoragePool]) async throws -> Set<String> {
            var names: Set<String> = []
            for pool in pools { names.insert(try await pool.name()) }
            return names
        }
        #expect(try await names(connection.storagePools()).contains("default-pool"))
        #expect(try await names(connection.storagePools(flags: .active)).contains("default-pool"))
        #expect(try await !names(connection.storagePools(flags: .inactive)).contains("default-pool"))
        #expect(try await connection.activeStoragePoolNames().contains("default-pool"))
        #expect(try await connection.activeStoragePoolCount() >= 1)
        #expect(try await !connection.definedStoragePoolNames().contains("default-pool"))

        let name = StorageFixtures.uniqueName("defined")
        let pool = try await connection.defineStoragePool(
            xml: "<pool type='dir'><name>\(name)</name><target><path>/\(name)</path></target></pool>",
            flags: .validate)
        #expect(try await connection.definedStoragePoolNames().contains(name))
        #expect(try await connection.definedStoragePoolCount() >= 1)
        #expect(try await !connection.activeStoragePoolNames().contains(name))
        #expect(try await names(connection.storagePools(flags: .inactive)).contains(name))
        #expect(try await !names(connection.storagePools(flags: .active)).contains(name))
        #expect(try await names(connection.storagePools(flags: [.persistent, .dir])).isSuperset(of: [name, "default-pool"]))
        #expect(try await names(connection.storagePools(flags: .transient)).isDisjoint(with: [name, "default-pool"]))
        try await pool.undefine()
        #expect(try await !connection.definedStoragePoolNames().contains(name))
    }

    @Test("a defined pool is built, started, refreshed, stopped, deleted and undefined")
    func lifecycle() async throws {
        let connection = try await Fixtures.openDefault()
        let name = StorageFixtures.uniqueName("life")
        let pool = try await connection.defineStoragePool(
            xml: "<pool type='dir'><name>\(name)</name><target><path>/\(name)</path></target></pool>")
        #expect(try await !pool.isActive())
        #expect(try await pool.info().state == .inactive)
        try await pool.build()
        try await pool.start()
        #expect(try await pool.isActive())
        #expect(try await connection.activeStoragePoolNames().contains(name))
        try await pool.refresh()
        try await pool.destroy()
        #expect(try await !pool.isActive())
        try await pool.delete()
        try await pool.undefine()
        let gone = await libvirtError { try await connection.storagePool(named: name) }
        #expect(gone?.code == .noStoragePool)

        let transient = try await connection.createStoragePool(
            xml: "<pool type='dir'><name>\(name)-t</name><target><path>/\(name)-t</path></target></pool>")
        #expect(try await transient.isActive())
        #expect(try await !transient.isPersistent())
        try await transient.destroy()
        #expect(await libvirtError { try await connection.storagePool(named: "\(name)-t") }?.code == .noStoragePool)
    }

    @Test("volumes are created, cloned, found by name, key and path, listed and deleted")
    func volumes() async throws {
        let connection = try await Fixtures.openDefault()
        let pool = try await connection.storagePool(named: "default-pool")
        let one = StorageFixtures.uniqueName("disk1")
        let two = StorageFixtures.uniqueName("disk2")
        let volume = try await pool.createVolume(xml: StorageFixtures.volumeXML(one, capacity: 1 << 20))
        #expect(try await volume.name() == one)
        #expect(try await volume.key() == "/default-pool/\(one)")
        #expect(try await volume.path() == "/default-pool/\(one)")
        #expect(try await volume.xml().contains("<capacity unit='bytes'>1048576</capacity>"))
        #expect(try await volume.info() == StorageVolume.Info(kind: .file, capacityBytes: 1 << 20, allocationBytes: 1 << 20))
        #expect(try await volume.pool().name() == "default-pool")
        #expect(try await pool.info().allocationBytes >= 1 << 20)

        let clone = try await pool.createVolume(
            xml: StorageFixtures.volumeXML(two, capacity: 1 << 20), from: volume)
        #expect(try await clone.info().capacityBytes == 1 << 20)
        let listed = try await pool.volumeNames()
        #expect(Set(listed).isSuperset(of: [one, two]))
        #expect(try await pool.volumeCount() >= 2)
        var keys: Set<String> = []
        for listedVolume in try await pool.volumes() { keys.insert(try await listedVolume.key()) }
        #expect(keys.isSuperset(of: ["/default-pool/\(one)", "/default-pool/\(two)"]))
        #expect(try await pool.volume(named: two).key() == "/default-pool/\(two)")
        #expect(try await connection.storageVolume(key: "/default-pool/\(one)").name() == one)
        #expect(try await connection.storageVolume(path: "/default-pool/\(two)").name() == two)

        try await clone.delete()
        #expect(try await pool.volumeNames().contains(one))
        #expect(try await !pool.volumeNames().contains(two))
        let gone = await libvirtError { try await pool.volume(named: two) }
        #expect(gone?.code == .noStorageVol)
        let duplicate = await libvirtError {
            try await pool.createVolume(xml: StorageFixtures.volumeXML(one, capacity: 1 << 20))
        }
        #expect(duplicate?.code == .operationFailed)
        try await volume.delete()
    }

    @Test("what the test driver lacks fails with libvirt's own error")
    func unsupported() async throws {
        let connection = try await Fixtures.openDefault()
        let pool = try await connection.storagePool(named: "default-pool")
        let volume = try await pool.createVolume(xml: StorageFixtures.volumeXML(StorageFixtures.uniqueName("v"), capacity: 1 << 20))
        defer { Task { try? await volume.delete() } }
        #expect(await libvirtError { try await volume.info(flags: .physical) }?.code == .noSupport)
        #expect(await libvirtError { try await volume.resize(to: 2 << 20) }?.code == .noSupport)
        #expect(await libvirtError { try await volume.wipe() }?.code == .noSupport)
        #expect(await libvirtError { try await volume.wipe(algorithm: .zero) }?.code == .noSupport)
        #expect(await libvirtError { try await connection.storagePoolCapabilities() }?.code == .noSupport)
        let upload = await libvirtError {
            try await volume.upload(contentsOf: StorageFixtures.chunked([1, 2, 3]))
        }
        #expect(upload?.code == .noSupport)
        #expect(upload?.function == "virStorageVolUpload")
        let download = await libvirtError { try await volume.download() }
        #expect(download?.code == .noSupport)
        #expect(download?.function == "virStorageVolDownload")
        let sparse = await libvirtError { try await volume.sparseDownload() }
        #expect(sparse?.code == .noSupport)
    }

    @Test("pool sources are found for the types the test driver knows")
    func poolSources() async throws {
        let connection = try await Fixtures.openDefault()
        let logical = try await connection.findStoragePoolSources(type: "logical")
        #expect(logical.contains("<name>testvg1</name>"))
        let netfs = try await connection.findStoragePoolSources(
            type: "netfs", sourceSpec: "<source><host name='nfs.example'/></source>")
        #expect(netfs.contains("<host name='nfs.example'/>"))
        let unknown = await libvirtError { try await connection.findStoragePoolSources(type: "dir") }
        #expect(unknown?.code == .internalError)
    }
}
