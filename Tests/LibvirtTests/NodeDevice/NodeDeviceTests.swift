import Foundation
import Libvirt
import Testing

/// test:///default's state is shared by the connections open at once in this
/// process, so these tests check the devices they name, not global counts.
@Suite("NodeDevices", .serialized)
struct NodeDeviceTests {
    @Test("devices are listed by name, capability and flags, and counted")
    func listing() async throws {
        let connection = try await Fixtures.openDefault()
        let names = try await connection.nodeDeviceNames()
        #expect(names.contains("computer"))
        #expect(names.contains("scsi_host1"))
        #expect(try await connection.nodeDeviceCount() >= 2)
        var listed: [String] = []
        for device in try await connection.nodeDevices() { listed.append(try await device.name()) }
        #expect(Set(listed).isSuperset(of: ["computer", "scsi_host1"]))

        let hosts = try await connection.nodeDeviceNames(capability: "scsi_host")
        #expect(hosts.contains("scsi_host1"))
        #expect(!hosts.contains("computer"))
        #expect(try await connection.nodeDeviceCount(capability: "scsi_host") >= 1)
        var flagged: [String] = []
        for device in try await connection.nodeDevices(flags: .capSCSIHost) {
            flagged.append(try await device.name())
            #expect(try await device.capabilities().contains("scsi_host"))
        }
        #expect(flagged.contains("scsi_host1"))
        #expect(!flagged.contains("computer"))
        var systems: [String] = []
        for device in try await connection.nodeDevices(flags: .capSystem) { systems.append(try await device.name()) }
        #expect(systems == ["computer"])
    }

    @Test("a device shows its name, parent, XML and capabilities, and is found by WWN")
    func identity() async throws {
        let connection = try await Fixtures.openDefault()
        let host = try await connection.nodeDevice(named: "scsi_host1")
        #expect(try await host.name() == "scsi_host1")
        #expect(try await host.parent() == "computer")
        #expect(try await host.xml().contains("<wwnn>2000000012341234</wwnn>"))
        #expect(try await host.capabilities() == ["scsi_host"])
        #expect(try await connection.nodeDevice(named: "computer").capabilities() == ["system"])
        let root = await libvirtError { try await connection.nodeDevice(named: "computer").parent() }
        #expect(root?.code == .internalError)
        #expect(root?.function == "virNodeDeviceGetParent")
        let missing = await libvirtError { try await connection.nodeDevice(named: "no_such_device") }
        #expect(missing?.code == .noNodeDevice)
    }

    @Test("a vHBA is created on scsi_host1 with fresh WWNs and destroyed")
    func createAndDestroy() async throws {
        let connection = try await Fixtures.openDefault()
        let suffix = String(UInt32.random(in: 0x1000_0000...0xffff_ffff), radix: 16)
        let wwnn = "20000000" + suffix
        let wwpn = "10000000" + suffix
        let xml = """
            <device><parent>scsi_host1</parent><capability type='scsi_host'>\
            <capability type='fc_host'><wwnn>\(wwnn)</wwnn><wwpn>\(wwpn)</wwpn></capability>\
            </capability></device>
            """
        let device = try await connection.createNodeDevice(xml: xml)
        let name = try await device.name()
        #expect(name.hasPrefix("scsi_host"))
        #expect(try await device.parent() == "scsi_host1")
        #expect(try await device.xml().contains(wwpn))
        #expect(try await connection.nodeDeviceNames(capability: "scsi_host").contains(name))
        try await device.destroy()
        #expect(try await !connection.nodeDeviceNames(capability: "scsi_host").contains(name))
        #expect(await libvirtError { try await connection.nodeDevice(named: name) }?.code == .noNodeDevice)
    }

    @Test("what the test driver lacks fails with libvirt's own error")
    func unsupported() async throws {
        let connection = try await Fixtures.openDefault()
        let host = try await connection.nodeDevice(named: "scsi_host1")
        #expect(await libvirtError { try await host.detach() }?.code == .noSupport)
        #expect(await libvirtError { try await host.detach(driver: "vfio") }?.code == .noSupport)
        #expect(await libvirtError { try await host.reattach() }?.code == .noSupport)
        #expect(await libvirtError { try await host.reset() }?.code == .noSupport)
        #expect(await libvirtError { try await host.autostart() }?.code == .noSupport)
        #expect(await libvirtError { try await host.setAutostart(true) }?.code == .noSupport)
        #expect(await libvirtError { try await host.isPersistent() }?.code == .noSupport)
        #expect(await libvirtError { try await host.isActive() }?.code == .noSupport)
        let byWWN = await libvirtError {
            try await connection.scsiHostDevice(wwnn: "2000000012341234", wwpn: "1000000012341234")
        }
        #expect(byWWN?.code == .noSupport)
        #expect(await libvirtError { try await host.start() }?.code == .noSupport)
        #expect(await libvirtError { try await host.undefine() }?.code == .noSupport)
        let define = await libvirtError {
            try await connection.defineNodeDevice(xml: "<device><parent>computer</parent></device>")
        }
        #expect(define?.code == .noSupport)
    }
}
