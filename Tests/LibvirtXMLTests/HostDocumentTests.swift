import Foundation
import Testing
@testable import LibvirtXML

/// Node device, host interface and network filter documents: typed values where the corpus
/// has them, the mdevctl listings (several documents per file) and the filter builder.
@Suite struct HostDocumentTests {
    /// The corpus file `tests/<relative>`, when the corpus is present.
    func corpusFile(_ relative: String) throws -> String {
        let root = try #require(Corpus.root)
        return try String(contentsOf: root.appendingPathComponent("tests/\(relative)"), encoding: .utf8)
    }

    @Test(.enabled(if: Corpus.root != nil))
    func sriovFunctionIsTyped() throws {
        let device = try NodeDeviceDefinition(xml: corpusFile("nodedevschemadata/pci_0000_02_10_7_sriov_pf_vfs_all_header_type.xml"))
        #expect(device.parent?.name == "pci_0000_00_04_0")
        let pci = try #require(device.capabilities.first)
        #expect(pci.type == .pci)
        #expect(pci.deviceClass == "0xffffff")
        #expect(pci.domain == 0 && pci.bus == "2" && pci.slot == 16 && pci.function == 7)
        #expect(pci.vendor?.id == "0x8086" && pci.vendor?.name == "Intel Corporation")
        #expect(pci.capabilities.map(\.type) == [.physicalFunction, .virtualFunctions, .pciBridge])
        #expect(pci.capabilities[1].maxCount == 7 && pci.capabilities[1].addresses.count == 4)
        #expect(pci.iommuGroup?.number == 31)
        #expect(pci.numa?.node == 0)
        #expect(pci.pciExpress?.links.map(\.validity) == [.capability, .status])
        #expect(pci.pciExpress?.links.first?.speed == "2.5")
        #expect(device.coverage.typedShare == 1)
    }

    @Test(.enabled(if: Corpus.root != nil))
    func storageAndNetworkDevicesAreTyped() throws {
        let dvd = try NodeDeviceDefinition(xml: corpusFile("nodedevschemadata/DVD_with_media.xml"))
        let storage = try #require(dvd.capabilities.first)
        #expect(storage.type == .storage && storage.bus == "scsi")
        #expect(storage.capabilities.first?.type == .removable)
        #expect(storage.capabilities.first?.mediaAvailable == 1)
        let net = try NodeDeviceDefinition(xml: corpusFile("nodedevschemadata/net_00_13_02_b9_f9_d3.xml"))
        #expect(net.capabilities.first?.interface == "eth0")
        #expect(net.capabilities.first?.features.count == 12)
        #expect(net.capabilities.first?.address == "00:13:02:b9:f9:d3")
        #expect(net.capabilities.first?.capabilities.first?.type == .wireless)
    }

    /// mdevctl's listings hold several `<device>` documents one after another.
    @Test(.enabled(if: Corpus.root != nil))
    func mdevctlListingsParseAndRoundTrip() throws {
        let text = try corpusFile("nodedevmdevctldata/mdevctl-list-multiple.out.xml")
        let documents = text.components(separatedBy: "</device>\n").filter { $0.contains("<device>") }.map { $0 + "</device>\n" }
        #expect(documents.count == 5)
        for xml in documents {
            let device = try NodeDeviceDefinition(xml: xml)
            #expect(try XMLDocument(parsing: device.xmlString).isEquivalent(to: XMLDocument(parsing: xml)))
            let mdev = try #require(device.capabilities.first)
            #expect(mdev.type == .mdev && mdev.uuid != nil && mdev.iommuGroup?.number == 0)
            #expect(mdev.deviceType?.id != nil && mdev.parentAddress != nil)
            #expect(device.coverage.typedShare == 1)
        }
        let matrix = try NodeDeviceDefinition(xml: documents[3])
        #expect(matrix.capabilities.first?.attributes.map(\.value) == ["5", "6", "0xab", "0xab", "4", "4"])
    }

    @Test(.enabled(if: Corpus.root != nil))
    func bridgeOfBondNests() throws {
        let bridge = try InterfaceDefinition(xml: corpusFile("interfaceschemadata/bridge-bond.xml"))
        #expect(bridge.type == .bridge && bridge.start?.mode == .onBoot && bridge.mtu?.size == 1500)
        #expect(bridge.bridge?.stp == false)
        let bond = try #require(bridge.bridge?.interfaces.last)
        #expect(bond.type == .bond && bond.bond?.mode == .activeBackup)
        #expect(bond.bond?.miimon?.frequency == 100 && bond.bond?.miimon?.carrier == .ioctl)
        #expect(bond.bond?.interfaces.map(\.name) == ["eth1", "eth0"])
    }

    @Test func builtInterfaceIsWrittenAsLibvirtWritesIt() throws {
        var interface = InterfaceDefinition(.ethernet, name: "eth1")
        interface.start = InterfaceStart(.onBoot)
        var ipv4 = InterfaceProtocol(.ipv4)
        ipv4.ips = [InterfaceIP("192.168.0.5", prefix: 24)]
        interface.protocols = [ipv4]
        interface.mac = MACAddress("aa:bb:cc:dd:ee:ff")
        #expect(interface.xmlString == """
            <interface type='ethernet' name='eth1'>
              <start mode='onboot'/>
              <protocol family='ipv4'>
                <ip address='192.168.0.5' prefix='24'/>
              </protocol>
              <mac address='aa:bb:cc:dd:ee:ff'/>
            </interface>

            """)
        #expect(try InterfaceDefinition(xml: interface.xmlString) == interface)
    }

    @Test func cleanTrafficFilterIsWrittenAsLibvirtWritesIt() throws {
        var ssh = NWFilterMatch(.tcp)
        ssh.destinationPortStart = "22"
        let filter = NWFilterDefinition.cleanTraffic(
            name: "guest-web", ipAddress: "10.0.0.5",
            rules: [NWFilterRule(.accept, .in, priority: 500, match: ssh), NWFilterRule(.drop, .inOut, priority: 900, match: NWFilterMatch(.all))])
        #expect(filter.xmlString == """
            <filter name='guest-web' chain='root'>
              <filterref filter='clean-traffic'>
                <parameter name='IP' value='10.0.0.5'/>
              </filterref>
              <rule action='accept' direction='in' priority='500'>
                <tcp dstportstart='22'/>
              </rule>
              <rule action='drop' direction='inout' priority='900'>
                <all/>
              </rule>
            </filter>

            """)
        let again = try NWFilterDefinition(xml: filter.xmlString)
        #expect(again == filter)
        #expect(again.rules.first?.match?.protocol == .tcp)
        #expect(again.rules.first?.match?.destinationPortStart == "22")
    }

    /// A rule with two protocol elements (libvirt refuses it) and filter references between
    /// rules are written back as read.
    @Test func unusualRulesRoundTrip() throws {
        let xml = """
            <filter name='odd'>
              <rule action='accept' direction='out'>
                <udp dstportstart='53'/>
                <tcp dstportstart='53'/>
                <tcp dstportstart='54'/>
              </rule>
              <filterref filter='clean-traffic'/>
              <rule action='drop' direction='in' statematch='false'/>
            </filter>

            """
        let filter = try NWFilterDefinition(xml: xml)
        #expect(filter.rules.count == 2 && filter.filterRefs.count == 1)
        #expect(filter.rules[0].match?.protocol == .udp)
        #expect(filter.rules[0][protocol: .tcp]?.destinationPortStart == "53")
        #expect(filter.rules[1].match == nil && filter.rules[1].stateMatch == "false")
        #expect(try XMLDocument(parsing: filter.xmlString).isEquivalent(to: XMLDocument(parsing: xml)))
    }
}
