import CLibvirt
import Foundation
@testable import Libvirt
import Testing

@Suite("Events: networks, pools, node devices, secrets", .serialized)
struct ObjectEventTests {
    @Test("network define, start, destroy, undefine arrive in order")
    func networkLifecycle() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.networkEvents()
        let xml = "<network><name>events-net</name><bridge name='evbr0'/></network>"
        let network = try await connection.defineNetwork(xml: xml)
        try await network.start()
        try await network.destroy()
        try await network.undefine()
        let records = await EventWait.first(4, of: events)
        #expect(records.map(\.event) == [
            .lifecycle(.defined, detail: 0), .lifecycle(.started, detail: 0),
            .lifecycle(.stopped, detail: 0), .lifecycle(.undefined, detail: 0),
        ])
        #expect(records.allSatisfy { $0.name == "events-net" && $0.uuid != nil })
        #expect(records.first.map { String(cString: virNetworkGetName($0.network.pointer)) } == "events-net")
        // One cached Network actor serves all four records; it and the test's
        // own handle still hold the connection (virConnectClose reports that
        // references remain, not how many).
        #expect(records.allSatisfy { $0.network === records[0].network })
        #expect(records[0].network !== network)
        let leaks = try await connection.close()
        #expect(leaks > 0)
        withExtendedLifetime((records, network)) {}
    }

    @Test("pool define, start, refresh, destroy, undefine arrive in order")
    func poolLifecycle() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.storagePoolEvents()
        let xml = "<pool type='dir'><name>events-pool</name><target><path>/events-pool</path></target></pool>"
        let pool = try await connection.defineStoragePool(xml: xml)
        try await pool.start()
        try await pool.refresh()
        try await pool.destroy()
        try await pool.undefine()
        let records = await EventWait.first(5, of: events)
        #expect(records.map(\.event) == [
            .lifecycle(.defined, detail: 0), .lifecycle(.started, detail: 0), .refresh,
            .lifecycle(.stopped, detail: 0), .lifecycle(.undefined, detail: 0),
        ])
        #expect(records.allSatisfy { $0.name == "events-pool" })
        #expect(records.first.map { String(cString: virStoragePoolGetName($0.pool.pointer)) } == "events-pool")
        // One cached StoragePool actor per registration serves its records
        // (the lifecycle registration's four, the refresh registration's
        // one); they and the test's own handle still hold the connection.
        #expect(records.allSatisfy { $0.pool == records[0].pool })
        #expect(records.filter { $0.event.kind == .lifecycle }.allSatisfy { $0.pool === records[0].pool })
        let leaks = try await connection.close()
        #expect(leaks > 0)
        withExtendedLifetime((records, pool)) {}
    }

    @Test("a node device created and deleted on test:///default arrives as created, deleted")
    func nodeDeviceLifecycle() async throws {
        let connection = try await Fixtures.openDefault()
        let events = try await connection.nodeDeviceEvents([.lifecycle])
        let hex = { String(format: "%016llx", UInt64.random(in: 0x1000_0000_0000_0000...0x1fff_ffff_ffff_ffff)) }
        let xml = """
            <device><parent>scsi_host1</parent><capability type='scsi_host'>
            <capability type='fc_host'><wwnn>\(hex())</wwnn><wwpn>\(hex())</wwpn></capability>
            </capability></device>
            """
        let device = try await connection.createNodeDevice(xml: xml)
        let created = try await connection.eventsRaw { _ in String(cString: virNodeDeviceGetName(device.pointer)) }
        try await device.destroy()
        let records = await EventWait.first(2, of: events) { $0.name == created }
        #expect(records.map(\.event) == [.lifecycle(.created, detail: 0), .lifecycle(.deleted, detail: 0)])
        #expect(records.allSatisfy { $0.uuid == nil })
        try await connection.close()
    }

    @Test("the in-process test driver has no secrets: libvirt's own error")
    func secretsUnsupportedInProcess() async throws {
        let connection = try await EventNodes.open()
        let error = await libvirtError { try await connection.secretEvents() }
        #expect(error?.code == .noSupport)
        #expect(connection.events.liveRegistrations == 0)
        #expect(try await connection.close() == 0)
    }

    @Test("the event loop's next iteration comes")
    func nextIteration() async {
        Library.prepare()
        let start = ContinuousClock.now
        await EventLoop.shared.nextIteration()
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}

@Suite("Events: through the daemon", .serialized, .enabled(if: EventNodes.daemonRunning, "no libvirtd socket at /run/libvirt/libvirt-sock"))
struct DaemonEventTests {
    @Test("events caused by a second connection arrive across the daemon")
    func crossConnection() async throws {
        let watcher = try await Connection.open("test+unix:///default")
        let actor = try await Connection.open("test+unix:///default")
        let events = try await watcher.domainEvents([.lifecycle])
        let closes = try await watcher.closeEvents()
        // The daemon's test:///default is one state for all its clients, other suites'
        // included: a transient domain of this test's own, not the shared "test".
        let name = "cross-\(UUID().uuidString.prefix(8))"
        let xml = "<domain type='test'><name>\(name)</name><memory>8192</memory><os><type>hvm</type></os></domain>"
        let domain = try await actor.createDomain(xml: xml)
        let suspended = try await actor.eventsOnDomain(name) { virDomainSuspend($0) }
        let resumed = try await actor.eventsOnDomain(name) { virDomainResume($0) }
        #expect(suspended == 0 && resumed == 0)
        try await domain.destroy()
        let records = await EventWait.first(4, of: events) { $0.name == name }
        #expect(
            records.map(\.event) == [
                .lifecycle(.started(.booted)), .lifecycle(.suspended(.paused)), .lifecycle(.resumed(.unpaused)),
                .lifecycle(.stopped(.destroyed)),
            ])
        try await actor.close()
        try await watcher.close()
        var reasons: [Connection.CloseReason] = []
        for await reason in closes { reasons.append(reason) }
        #expect(reasons.isEmpty)  // closed by us: no reason from libvirt
    }

    @Test("secret define, value change and undefine arrive from qemu:///system")
    func secretEvents() async throws {
        let connection = try await Connection.open("qemu:///system")
        let events = try await connection.secretEvents()
        let uuid = UUID()
        let usage = "/var/lib/swift-libvirt-events-\(uuid.uuidString)"
        let xml = """
            <secret ephemeral='no' private='yes'><uuid>\(uuid.uuidString.lowercased())</uuid>\
            <usage type='volume'><volume>\(usage)</volume></usage></secret>
            """
        let secret = try await connection.defineSecret(xml: xml)
        try await secret.setValue(SecretValue(utf8: "s3cret"))
        try await secret.undefine()
        let records = await EventWait.first(3, of: events) { $0.uuid == uuid }
        #expect(records.map(\.event) == [.lifecycle(.defined, detail: 0), .valueChanged, .lifecycle(.undefined, detail: 0)])
        #expect(records.allSatisfy { $0.name == usage })
        try await connection.close()
    }
}
