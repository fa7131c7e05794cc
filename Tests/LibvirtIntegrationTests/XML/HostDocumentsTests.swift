import Foundation
import Libvirt
import LibvirtXML
import Testing

/// Node devices, network filters and host interfaces as typed values, from real drivers.
@Suite("Typed node devices and network filters through the daemon", .needsSharedDaemon)
struct HostDocumentsTests {
    @Test("every node device of this host reads as a typed value and writes back equivalently")
    func nodeDevicesRoundTrip() async throws {
        try Daemon.requireShared()
        let connection = try await Connection.open(Guests.uri)
        let devices = try await connection.nodeDevices()
        #expect(!devices.isEmpty)
        var coverage = XMLCoverage()
        for device in devices {
            let xml = try await device.xml()
            let definition = try await device.definition()
            let difference = try XMLDocument(parsing: definition.xmlString).difference(from: XMLDocument(parsing: xml))
            #expect(difference == nil, "\(definition.name ?? "?"): \(difference ?? "")")
            #expect(definition.name == (try await device.name()))
            #expect(!definition.capabilities.isEmpty)
            coverage = coverage + definition.coverage
        }
        #expect(coverage.typedShare >= 0.9, "\(coverage)")
        print("node devices of this host: \(devices.count), typed \(String(format: "%.1f", coverage.typedShare * 100)) %")
    }

    @Test("a network filter defined from a typed value reads back equal")
    func filterDefinedFromTypedValueReadsBackEqual() async throws {
        try Daemon.requireShared()
        let name = "swift-libvirt-it-filter-\(getpid())-\(UUID().uuidString.prefix(6).lowercased())"
        defer { _ = try? Shell.runBlocking(["virsh", "-q", "-c", Guests.uri, "nwfilter-undefine", name]) }
        let connection = try await Connection.open(Guests.uri)
        var ssh = NWFilterMatch(.tcp)
        ssh.destinationPortStart = "22"
        ssh.state = "NEW"
        var dns = NWFilterMatch(.udp)
        dns.destinationPortStart = "53"
        var filter = NWFilterDefinition.cleanTraffic(
            name: name, ipAddress: "10.0.0.5",
            rules: [
                NWFilterRule(.accept, .in, priority: 500, match: ssh),
                NWFilterRule(.accept, .out, priority: 500, match: dns),
                NWFilterRule(.drop, .inOut, priority: 900, match: NWFilterMatch(.all)),
            ])
        filter.uuid = UUID()
        let defined = try await connection.define(filter)
        let readBack = try await defined.definition()
        #expect(readBack == filter, "\(readBack.xmlString)")
        #expect(readBack.rules.first?.match?.destinationPortStart == "22")
        #expect(readBack.coverage.typedShare == 1)
        try await defined.undefine()
    }
}

/// The test driver's host interfaces, and one defined from a typed value on a test node of
/// its own (every connection to test:///default in the process shares one state, which
/// other suites list).
@Suite struct TestDriverInterfacesTests {
    @Test("the test driver's interfaces read as typed values and write back equivalently")
    func interfacesRoundTrip() async throws {
        let defaultNode = try await Connection.open("test:///default")
        let interfaces = try await defaultNode.interfaces()
        #expect(!interfaces.isEmpty)
        for interface in interfaces {
            let xml = try await interface.xml()
            let definition = try await interface.definition()
            let difference = try XMLDocument(parsing: definition.xmlString).difference(from: XMLDocument(parsing: xml))
            #expect(difference == nil, "\(definition.name ?? "?"): \(difference ?? "")")
            #expect(definition.name == (try await interface.name()))
            #expect(definition.coverage.typedShare == 1, "\(xml)")
        }
    }

    @Test("a bridge defined from a typed value on the test driver reads back equal")
    func bridgeDefinedFromTypedValueReadsBackEqual() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("swift-libvirt-xml-node-\(getpid()).xml")
        try "<node><interface type='ethernet' name='eth0'><mac address='52:54:00:00:00:01'/></interface></node>\n"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let connection = try await Connection.open("test://\(file.path)")
        var bridge = InterfaceDefinition(.bridge, name: "br0")
        bridge.start = InterfaceStart(.onBoot)
        var ipv4 = InterfaceProtocol(.ipv4)
        ipv4.dhcp = InterfaceDHCP()
        bridge.protocols = [ipv4]
        var ports = InterfaceBridge()
        ports.stp = false
        ports.interfaces = [InterfaceDefinition(.ethernet, name: "eth0")]
        bridge.bridge = ports
        let defined = try await connection.define(bridge)
        #expect(try await defined.definition() == bridge)
        #expect(try await connection.interface(named: "br0").definition().bridge?.interfaces.first?.name == "eth0")
        try await defined.undefine()
    }
}
