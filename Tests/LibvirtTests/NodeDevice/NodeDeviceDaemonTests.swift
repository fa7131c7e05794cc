import Foundation
import Libvirt
import Testing

@Suite("NodeDevices on the daemon", .serialized, .enabled(if: StorageFixtures.daemonAvailable, StorageFixtures.noDaemon))
struct NodeDeviceDaemonTests {
    @Test("the host's network and PCI devices are listed, with their XML")
    func hostDevices() async throws {
        let connection = try await Connection.open("qemu:///system")
        let net = try await connection.nodeDeviceNames(capability: "net")
        #expect(!net.isEmpty)
        #expect(net.allSatisfy { $0.hasPrefix("net_") })
        let pci = try await connection.nodeDeviceNames(capability: "pci")
        #expect(!pci.isEmpty)
        let devices = try await connection.nodeDevices(flags: .capPCIDev)
        #expect(devices.count == pci.count)

        let first = try await connection.nodeDevice(named: pci[0])
        let xml = try await first.xml()
        #expect(xml.contains("<name>\(pci[0])</name>"))
        #expect(xml.contains("<capability type='pci'>"))
        #expect(try await first.capabilities().contains("pci"))
        #expect(try await first.isActive())
        #expect(try await !first.parent().isEmpty)
        let computer = try await connection.nodeDevice(named: "computer")
        #expect(try await computer.xml().contains("<capability type='system'>"))
        try await connection.close()
    }
}
