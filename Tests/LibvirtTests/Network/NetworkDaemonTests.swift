import Foundation
import Libvirt
import Testing

@Suite(
    "Networks on the daemon", .serialized,
    .enabled(if: ObjectsDaemon.isRunning, "no libvirtd socket at /run/libvirt/libvirt-sock"))
struct NetworkDaemonTests {
    /// A network on a bridge of its own with a DHCP range on an unused private
    /// subnet. Its forward mode is `open`: libvirt adds no firewall rules for it,
    /// and nothing is attached to the bridge, so no traffic goes anywhere.
    static func networkXML(_ name: String, bridge: String) -> String {
        """
        <network>
          <name>\(name)</name>
          <forward mode='open'/>
          <bridge name='\(bridge)' stp='off'/>
          <ip address='192.168.213.1' netmask='255.255.255.0'>
            <dhcp><range start='192.168.213.100' end='192.168.213.200'/></dhcp>
          </ip>
        </network>
        """
    }

    static func portXML(_ uuid: UUID, mac: String) -> String {
        """
        <networkport>
          <uuid>\(uuid.uuidString.lowercased())</uuid>
          <owner><name>swift-libvirt-test</name><uuid>\(UUID().uuidString.lowercased())</uuid></owner>
          <mac address='\(mac)'/>
          <bandwidth><inbound average='1000' peak='2000' burst='1024'/></bandwidth>
        </networkport>
        """
    }

    @Test("a network with a DHCP range starts, lists its leases, takes ports, and is removed")
    func networkWithPorts() async throws {
        let connection = try await Connection.open(ObjectsDaemon.uri)
        let name = ObjectsDaemon.uniqueName("swlv-net-")
        let bridge = ObjectsDaemon.uniqueName("swbr")
        try await ObjectsDaemon.withCleanup {
            let network = try await connection.defineNetwork(xml: Self.networkXML(name, bridge: bridge))
            #expect(try await !network.isActive())
            #expect(try await connection.definedNetworkNames().contains(name))
            try await network.start()
            #expect(try await network.isActive())
            #expect(try await network.isPersistent())
            #expect(try await network.bridgeName() == bridge)
            #expect(try await connection.activeNetworkNames().contains(name))
            #expect(try await network.xml().contains("<range start='192.168.213.100' end='192.168.213.200'/>"))
            #expect(try await network.xml(flags: .inactive).contains("<name>\(name)</name>"))
            #expect(try await !network.autostart())
            try await network.setAutostart(true)
            #expect(try await network.autostart())
            try await network.setAutostart(false)

            // An update changes the running network and its definition.
            let host = "<host mac='52:54:00:3c:4d:5f' name='swlv-host' ip='192.168.213.50'/>"
            try await network.update(.addFirst, section: .ipDHCPHost, xml: host, flags: [.live, .config])
            #expect(try await network.xml().contains("ip='192.168.213.50'"))
            #expect(try await network.xml(flags: .inactive).contains("ip='192.168.213.50'"))
            try await network.update(.delete, section: .ipDHCPHost, xml: host, flags: [.live, .config])
            #expect(try await !network.xml().contains("ip='192.168.213.50'"))

            // Nothing is attached, so there are no leases; the call itself works.
            let leases = try await network.dhcpLeases()
            #expect(leases.allSatisfy { $0.interface == bridge })
            #expect(try await network.dhcpLeases(macAddress: "52:54:00:00:00:01").isEmpty)

            // Ports.
            let portUUID = UUID()
            let port = try await network.createPort(xml: Self.portXML(portUUID, mac: "52:54:00:3c:4d:5e"))
            #expect(try await port.uuid() == portUUID)
            #expect(try await port.uuidString() == portUUID.uuidString.lowercased())
            let portXML = try await port.xml()
            #expect(portXML.contains("<mac address='52:54:00:3c:4d:5e'/>"))
            #expect(portXML.contains("<plug type='network' bridge='\(bridge)'/>"))
            #expect(try await port.network().name() == name)

            var listed: [UUID] = []
            for each in try await network.ports() { listed.append(try await each.uuid()) }
            #expect(listed == [portUUID])
            #expect(try await network.port(uuid: portUUID).uuidString() == portUUID.uuidString.lowercased())
            #expect(try await network.port(uuidString: portUUID.uuidString).uuid() == portUUID)

            let bandwidth = try await port.bandwidth()
            #expect(bandwidth.inboundAverageKiBPerSecond == 1000)
            #expect(bandwidth.inboundPeakKiBPerSecond == 2000)
            #expect(bandwidth.inboundBurstKiB == 1024)
            #expect(bandwidth.outboundAverageKiBPerSecond == nil || bandwidth.outboundAverageKiBPerSecond == 0)

            let limits = NetworkPort.Bandwidth(inboundAverageKiBPerSecond: 500, inboundPeakKiBPerSecond: 800, inboundBurstKiB: 512)
            try await port.setBandwidth(limits)
            let changed = try await port.bandwidth()
            #expect(changed.inboundAverageKiBPerSecond == 500)
            #expect(changed.inboundPeakKiBPerSecond == 800)
            #expect(changed.inboundBurstKiB == 512)
            #expect(changed.extra.isEmpty)
            #expect(try await port.xml().contains("average='500'"))

            try await port.delete()
            #expect(try await network.ports().isEmpty)
            let gone = await libvirtError { try await network.port(uuid: portUUID) }
            #expect(gone?.code == .noNetworkPort)

            try await network.destroy()
            #expect(try await !network.isActive())
            try await network.undefine()
            let undefined = await libvirtError { try await connection.network(named: name) }
            #expect(undefined?.code == .noNetwork)
        } cleanup: {
            if let leftover = try? await connection.network(named: name) {
                for port in (try? await leftover.ports()) ?? [] { try? await port.delete() }
                try? await leftover.destroy()
                try? await leftover.undefine()
            }
        }
        #expect(try await connection.close() == 0)
    }
}
