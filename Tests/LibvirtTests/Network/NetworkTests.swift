import Foundation
import Libvirt
import Testing

@Suite("Networks")
struct NetworkTests {
    static let defaultUUID = ObjectsNode.networkUUID

    static func networkXML(_ name: String, bridge: String) -> String {
        """
        <network>
          <name>\(name)</name>
          <bridge name='\(bridge)'/>
          <ip address='192.168.214.1' netmask='255.255.255.0'>
            <dhcp><range start='192.168.214.10' end='192.168.214.20'/></dhcp>
          </ip>
        </network>
        """
    }

    @Test("the test driver's network default: bridge, XML, state, UUID")
    func defaultNetwork() async throws {
        let connection = try await ObjectsNode.open()
        let network = try await connection.network(named: "default")
        #expect(try await network.name() == "default")
        #expect(try await network.bridgeName() == "virbr0")
        #expect(try await network.isActive())
        #expect(try await network.isPersistent())
        #expect(try await !network.autostart())
        #expect(try await network.uuid() == UUID(uuidString: Self.defaultUUID))
        #expect(try await network.uuidString() == Self.defaultUUID)
        let xml = try await network.xml()
        #expect(xml.contains("<name>default</name>"))
        #expect(xml.contains("<bridge name='virbr0'"))
        #expect(xml.contains("<range start='192.168.122.2' end='192.168.122.254'/>"))
        // The test driver takes no XML flags; the daemon suite reads the inactive XML.
        let inactive = await libvirtError { try await network.xml(flags: .inactive) }
        #expect(inactive?.code == .invalidArg)
        #expect(inactive?.function == "virNetworkGetXMLDesc")

        try await network.setAutostart(true)
        #expect(try await network.autostart())
        #expect(try await connection.networks(flags: .autostart).count == 1)
        try await network.setAutostart(false)
        #expect(try await !network.autostart())
    }

    @Test("networks are found by name, UUID and UUID string, and listed")
    func lookupAndListing() async throws {
        let connection = try await ObjectsNode.open()
        let uuid = try #require(UUID(uuidString: Self.defaultUUID))
        #expect(try await connection.network(uuid: uuid).name() == "default")
        #expect(try await connection.network(uuidString: Self.defaultUUID).name() == "default")
        #expect(try await connection.network(uuidString: Self.defaultUUID.lowercased()).uuid() == uuid)

        var names: [String] = []
        for network in try await connection.networks() { names.append(try await network.name()) }
        #expect(names == ["default"])
        #expect(try await connection.networks(flags: .active).count == 1)
        #expect(try await connection.networks(flags: .inactive).isEmpty)
        #expect(try await connection.networks(flags: .transient).isEmpty)
        #expect(try await connection.activeNetworkNames() == ["default"])
        #expect(try await connection.definedNetworkNames().isEmpty)
        #expect(try await connection.activeNetworkCount() == 1)
        #expect(try await connection.definedNetworkCount() == 0)

        let missing = await libvirtError { try await connection.network(named: "no-such-network") }
        #expect(missing?.code == .noNetwork)
        #expect(missing?.function == "virNetworkLookupByName")
        let missingUUID = await libvirtError { try await connection.network(uuid: UUID()) }
        #expect(missingUUID?.code == .noNetwork)
    }

    @Test("a network is defined, started, destroyed and undefined")
    func lifecycle() async throws {
        let connection = try await ObjectsNode.open()
        let network = try await connection.defineNetwork(xml: Self.networkXML("lab", bridge: "labbr0"))
        #expect(try await network.name() == "lab")
        #expect(try await !network.isActive())
        #expect(try await network.isPersistent())
        #expect(try await connection.definedNetworkNames() == ["lab"])
        #expect(try await connection.definedNetworkCount() == 1)
        #expect(try await connection.networks(flags: .inactive).count == 1)

        try await network.start()
        #expect(try await network.isActive())
        #expect(try await network.bridgeName() == "labbr0")
        #expect(try await connection.activeNetworkNames().sorted() == ["default", "lab"])
        #expect(try await connection.definedNetworkNames().isEmpty)

        try await network.destroy()
        #expect(try await !network.isActive())
        try await network.undefine()
        let gone = await libvirtError { try await connection.network(named: "lab") }
        #expect(gone?.code == .noNetwork)
        #expect(try await connection.activeNetworkCount() == 1)
    }

    @Test("defining with validation uses the flags call")
    func defineValidated() async throws {
        let connection = try await ObjectsNode.open()
        let network = try await connection.defineNetwork(
            xml: Self.networkXML("checked", bridge: "chkbr0"), flags: .validate)
        #expect(try await network.name() == "checked")
        try await network.undefine()
        let invalid = await libvirtError {
            try await connection.defineNetwork(xml: "<network><bogus/></network>", flags: .validate)
        }
        #expect(invalid?.code == .xmlInvalidSchema)
        #expect(invalid?.function == "virNetworkDefineXMLFlags")
    }

    @Test("a transient network is created running and goes away when destroyed")
    func transient() async throws {
        let connection = try await ObjectsNode.open()
        let network = try await connection.createNetwork(xml: Self.networkXML("flash", bridge: "flbr0"))
        #expect(try await network.isActive())
        #expect(try await !network.isPersistent())
        #expect(try await connection.networks(flags: .transient).count == 1)
        try await network.destroy()
        let gone = await libvirtError { try await connection.network(named: "flash") }
        #expect(gone?.code == .noNetwork)

        let validated = try await connection.createNetwork(
            xml: Self.networkXML("flash2", bridge: "flbr1"), flags: .validate)
        #expect(try await validated.isActive())
        try await validated.destroy()
    }

    @Test("an update adds and deletes a DHCP host in the XML")
    func update() async throws {
        let connection = try await ObjectsNode.open()
        let network = try await connection.network(named: "default")
        let host = "<host mac='52:54:00:00:00:2a' name='answer' ip='192.168.122.42'/>"
        #expect(try await !network.xml().contains("52:54:00:00:00:2a"))
        try await network.update(.addLast, section: .ipDHCPHost, xml: host, flags: [.live, .config])
        let xml = try await network.xml()
        #expect(xml.contains("<host mac='52:54:00:00:00:2a' name='answer' ip='192.168.122.42'/>"))

        try await network.update(.delete, section: .ipDHCPHost, parentIndex: 0, xml: host, flags: [.live, .config])
        #expect(try await !network.xml().contains("52:54:00:00:00:2a"))

        let wrong = await libvirtError {
            try await network.update(.addLast, section: .bridge, xml: "<bridge name='x'/>")
        }
        #expect(wrong != nil)
        #expect(wrong?.function == "virNetworkUpdate")
    }

    @Test("DHCP leases and ports are not in the test driver")
    func unsupported() async throws {
        let connection = try await ObjectsNode.open()
        let network = try await connection.network(named: "default")
        let leases = await libvirtError { try await network.dhcpLeases() }
        #expect(leases?.code == .noSupport)
        #expect(leases?.function == "virNetworkGetDHCPLeases")
        let ports = await libvirtError { try await network.ports() }
        #expect(ports?.code == .noSupport)
        #expect(ports?.function == "virNetworkListAllPorts")
        let port = await libvirtError {
            try await network.createPort(xml: "<networkport><uuid>\(UUID())</uuid></networkport>")
        }
        #expect(port?.code == .noSupport)
        let byUUID = await libvirtError { try await network.port(uuid: UUID()) }
        #expect(byUUID?.code == .noSupport)
        let byString = await libvirtError { try await network.port(uuidString: UUID().uuidString) }
        #expect(byString?.code == .noSupport)
    }

    @Test("port bandwidth converts to and from typed parameters")
    func bandwidthParameters() throws {
        let bandwidth = NetworkPort.Bandwidth(inboundAverageKiBPerSecond: 1000, inboundBurstKiB: 64, outboundPeakKiBPerSecond: 3000)
        let parameters = try bandwidth.typedParameters()
        #expect(parameters.names == ["inbound.average", "inbound.burst", "outbound.peak"])
        #expect(parameters["inbound.average"] == .uint(1000))
        #expect(NetworkPort.Bandwidth(parameters) == bandwidth)
        #expect(NetworkPort.Bandwidth(TypedParameters()) == NetworkPort.Bandwidth())
    }

    @Test("every handle is released: closing leaks no reference")
    func noLeaks() async throws {
        let connection = try await ObjectsNode.open()
        try await Self.useHandles(connection)
        #expect(try await connection.close() == 0)

        // A handle still held keeps one reference: the count sees it.
        let holding = try await ObjectsNode.open()
        let held = try await holding.network(named: "default")
        #expect(try await holding.close() == 1)
        withExtendedLifetime(held) {}
    }

    /// Looks up, lists and creates networks and interfaces, keeping none.
    static func useHandles(_ connection: Connection) async throws {
        let uuid = try #require(UUID(uuidString: defaultUUID))
        _ = try await connection.network(named: "default").name()
        _ = try await connection.network(uuid: uuid).name()
        _ = try await connection.network(uuidString: defaultUUID).name()
        for network in try await connection.networks() { _ = try await network.uuid() }
        let created = try await connection.createNetwork(xml: networkXML("brief", bridge: "brbr0"))
        try await created.destroy()
        for interface in try await connection.interfaces() { _ = try await interface.macAddress() }
        _ = try await connection.interface(macAddress: "aa:bb:cc:dd:ee:ff").name()
    }

    @Test("calls on a closed connection fail with invalidConn")
    func closed() async throws {
        let connection = try await Fixtures.openDefault()
        try await connection.close()
        let error = await libvirtError { try await connection.networks() }
        #expect(error?.code == .invalidConn)
    }
}
