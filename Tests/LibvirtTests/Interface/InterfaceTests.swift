import Foundation
import Libvirt
import Testing

@Suite("Interfaces")
struct InterfaceTests {
    static func interfaceXML(_ name: String, mac: String) -> String {
        """
        <interface type='ethernet' name='\(name)'>
          <start mode='onboot'/>
          <mac address='\(mac)'/>
          <protocol family='ipv4'><ip address='10.11.12.13' prefix='24'/></protocol>
        </interface>
        """
    }

    @Test("the test node's eth1 and lo: names, MACs, state, XML")
    func eth1() async throws {
        let connection = try await ObjectsNode.open()
        let interface = try await connection.interface(named: "eth1")
        #expect(try await interface.name() == "eth1")
        #expect(try await interface.macAddress() == "aa:bb:cc:dd:ee:ff")
        #expect(try await interface.isActive())
        let xml = try await interface.xml()
        #expect(xml.contains("<interface type='ethernet' name='eth1'>"))
        #expect(xml.contains("<ip address='192.168.0.5' prefix='24'/>"))
        // The test driver takes no XML flags.
        let inactive = await libvirtError { try await interface.xml(flags: .inactive) }
        #expect(inactive?.code == .invalidArg)
        #expect(inactive?.function == "virInterfaceGetXMLDesc")

        let byMAC = try await connection.interface(macAddress: "aa:bb:cc:dd:ee:ff")
        #expect(try await byMAC.name() == "eth1")
        let lo = try await connection.interface(named: "lo")
        #expect(try await lo.macAddress() == "00:00:00:00:00:00")
        #expect(try await connection.interface(macAddress: "00:00:00:00:00:00").name() == "lo")
        let missing = await libvirtError { try await connection.interface(named: "eth5") }
        #expect(missing?.code == .noInterface)
        #expect(missing?.function == "virInterfaceLookupByName")
        let noMAC = await libvirtError { try await connection.interface(macAddress: "00:11:22:33:44:55") }
        #expect(noMAC?.code == .noInterface)
    }

    @Test("interfaces are listed, with names and counts")
    func listing() async throws {
        let connection = try await ObjectsNode.open()
        var names: [String] = []
        for interface in try await connection.interfaces() { names.append(try await interface.name()) }
        #expect(names.sorted() == ["eth1", "lo"])
        #expect(try await connection.interfaces(flags: .active).count == 2)
        #expect(try await connection.interfaces(flags: .inactive).isEmpty)
        #expect(try await connection.activeInterfaceNames().sorted() == ["eth1", "lo"])
        #expect(try await connection.definedInterfaceNames().isEmpty)
        #expect(try await connection.activeInterfaceCount() == 2)
        #expect(try await connection.definedInterfaceCount() == 0)

        let eth1 = try await connection.interface(named: "eth1")
        try await eth1.destroy()
        #expect(try await connection.interfaces(flags: .inactive).count == 1)
        #expect(try await connection.definedInterfaceNames() == ["eth1"])
        #expect(try await connection.activeInterfaceNames() == ["lo"])
    }

    @Test("an interface is defined, started, destroyed and undefined")
    func lifecycle() async throws {
        let connection = try await ObjectsNode.open()
        let interface = try await connection.defineInterface(xml: Self.interfaceXML("eth7", mac: "52:54:00:07:07:07"))
        #expect(try await interface.name() == "eth7")
        #expect(try await interface.macAddress() == "52:54:00:07:07:07")
        #expect(try await !interface.isActive())
        #expect(try await connection.definedInterfaceNames() == ["eth7"])
        #expect(try await connection.definedInterfaceCount() == 1)

        try await interface.start()
        #expect(try await interface.isActive())
        #expect(try await connection.activeInterfaceNames().sorted() == ["eth1", "eth7", "lo"])
        let again = await libvirtError { try await interface.start() }
        #expect(again?.code == .operationInvalid)
        #expect(again?.function == "virInterfaceCreate")

        try await interface.destroy()
        #expect(try await !interface.isActive())
        try await interface.undefine()
        let gone = await libvirtError { try await connection.interface(named: "eth7") }
        #expect(gone?.code == .noInterface)
    }

    @Test("defining with validation checks the XML against libvirt's schema")
    func defineValidated() async throws {
        let connection = try await ObjectsNode.open()
        let interface = try await connection.defineInterface(
            xml: Self.interfaceXML("eth6", mac: "52:54:00:06:06:06"), flags: .validate)
        #expect(try await interface.name() == "eth6")
        let invalid = await libvirtError {
            try await connection.defineInterface(
                xml: "<interface type='ethernet' name='eth5'><bogus/></interface>", flags: .validate)
        }
        #expect(invalid?.code == .xmlInvalidSchema)
        #expect(invalid?.function == "virInterfaceDefineXML")
    }

    @Test("a change transaction is rolled back or committed")
    func transactions() async throws {
        let connection = try await ObjectsNode.open()
        try await connection.beginInterfaceChange()
        _ = try await connection.defineInterface(xml: Self.interfaceXML("eth8", mac: "52:54:00:08:08:08"))
        #expect(try await connection.definedInterfaceNames() == ["eth8"])
        try await connection.rollbackInterfaceChange()
        // The test driver restores a copy of its interfaces, all of them inactive.
        let rolledBack = await libvirtError { try await connection.interface(named: "eth8") }
        #expect(rolledBack?.code == .noInterface)
        #expect(try await connection.definedInterfaceNames().sorted() == ["eth1", "lo"])

        try await connection.beginInterfaceChange()
        let twice = await libvirtError { try await connection.beginInterfaceChange() }
        #expect(twice?.code == .operationInvalid)
        #expect(twice?.function == "virInterfaceChangeBegin")
        _ = try await connection.defineInterface(xml: Self.interfaceXML("eth9", mac: "52:54:00:09:09:09"))
        try await connection.commitInterfaceChange()
        #expect(try await connection.interface(named: "eth9").macAddress() == "52:54:00:09:09:09")
        #expect(try await connection.definedInterfaceNames().sorted() == ["eth1", "eth9", "lo"])

        let nothing = await libvirtError { try await connection.commitInterfaceChange() }
        #expect(nothing?.code == .operationInvalid)
        #expect(nothing?.function == "virInterfaceChangeCommit")
        let noRollback = await libvirtError { try await connection.rollbackInterfaceChange() }
        #expect(noRollback?.code == .operationInvalid)
    }
}
