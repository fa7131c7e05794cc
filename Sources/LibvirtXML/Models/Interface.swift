import FoundationEssentials

// MARK: - Host interface (formatnetinterface)

/// The kind of a host interface.
public struct HostInterfaceType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let ethernet: Self = "ethernet"
    public static let bridge: Self = "bridge"
    public static let bond: Self = "bond"
    public static let vlan: Self = "vlan"
}

/// A physical or virtual interface of the host (`<interface>`): an Ethernet card, a
/// bridge, a bond or a VLAN, with its addressing. The same model describes the interfaces
/// enslaved to a bridge or a bond.
public struct InterfaceDefinition: XMLDocumentModel {
    public static let rootElement = "interface"
    public var type: HostInterfaceType?
    public var name: String?
    public var start: InterfaceStart?
    public var mtu: NetworkMTU?
    /// The IPv4 and IPv6 addressing.
    public var protocols: [InterfaceProtocol] = []
    public var link: InterfaceLink?
    public var mac: MACAddress?
    public var bridge: InterfaceBridge?
    public var bond: InterfaceBond?
    public var vlan: InterfaceVLAN?
    public var unknown = XMLUnknown()
    public init() {}
    /// An interface of `type` named `name`.
    public init(_ type: HostInterfaceType, name: String) {
        self.type = type
        self.name = name
    }
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("name", \.name), .element("start", \.start),
        .element("mtu", \.mtu), .element("protocol", \.protocols), .element("link", \.link),
        .element("mac", \.mac), .element("bridge", \.bridge), .element("bond", \.bond), .element("vlan", \.vlan))
}

/// When the host brings an interface up.
public struct InterfaceStartMode: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let onBoot: Self = "onboot"
    public static let none: Self = "none"
    public static let hotplug: Self = "hotplug"
}

/// The start mode of an interface.
public struct InterfaceStart: XMLModel {
    public var mode: InterfaceStartMode?
    public var unknown = XMLUnknown()
    public init() {}
    /// Starts in `mode`.
    public init(_ mode: InterfaceStartMode) { self.mode = mode }
    public static let schema = XMLSchema<Self>(.attribute("mode", \.mode))
}

/// The operational state of a link (RFC 2863's `ifOperStatus`).
public struct InterfaceLinkState: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let unknown: Self = "unknown"
    public static let notPresent: Self = "notpresent"
    public static let down: Self = "down"
    public static let lowerLayerDown: Self = "lowerlayerdown"
    public static let testing: Self = "testing"
    public static let dormant: Self = "dormant"
    public static let up: Self = "up"
}

/// The speed (Mbit/s) and state of a link, of a host interface or a network node device.
public struct InterfaceLink: XMLModel {
    /// Mbit/s.
    public var speed: Int?
    public var state: InterfaceLinkState?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("speed", \.speed), .attribute("state", \.state))
}

/// An address family of interface addressing.
public struct InterfaceAddressFamily: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let ipv4: Self = "ipv4"
    public static let ipv6: Self = "ipv6"
}

/// The addressing of one family: DHCP, stateless autoconfiguration, static addresses and a gateway.
public struct InterfaceProtocol: XMLModel {
    public var family: InterfaceAddressFamily?
    /// IPv6 stateless autoconfiguration.
    public var autoconf = false
    public var dhcp: InterfaceDHCP?
    public var ips: [InterfaceIP] = []
    public var route: InterfaceRoute?
    public var unknown = XMLUnknown()
    public init() {}
    /// Addressing of `family`.
    public init(_ family: InterfaceAddressFamily) { self.family = family }
    public static let schema = XMLSchema<Self>(
        .attribute("family", \.family), .flag("autoconf", \.autoconf), .element("dhcp", \.dhcp),
        .element("ip", \.ips), .element("route", \.route))
}

/// Addressing by DHCP.
public struct InterfaceDHCP: XMLModel {
    /// Whether the DNS servers DHCP offers are used.
    public var peerDNS: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("peerdns", \.peerDNS))
}

/// A static address and its prefix length.
public struct InterfaceIP: XMLModel {
    public var address: String?
    public var prefix: Int?
    public var unknown = XMLUnknown()
    public init() {}
    /// `address`/`prefix`.
    public init(_ address: String, prefix: Int? = nil) {
        self.address = address
        self.prefix = prefix
    }
    public static let schema = XMLSchema<Self>(.attribute("address", \.address), .attribute("prefix", \.prefix))
}

/// The default gateway of a family.
public struct InterfaceRoute: XMLModel {
    public var gateway: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("gateway", \.gateway))
}

/// A bridge and the interfaces enslaved to it.
public struct InterfaceBridge: XMLModel {
    public var stp: Bool?
    /// The forward delay, in seconds.
    public var delay: Double?
    public var interfaces: [InterfaceDefinition] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("stp", \.stp, .onOff), .attribute("delay", \.delay), .element("interface", \.interfaces))
}

/// How a bond spreads traffic over its interfaces.
public struct InterfaceBondMode: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let balanceRoundRobin: Self = "balance-rr"
    public static let activeBackup: Self = "active-backup"
    public static let balanceXOR: Self = "balance-xor"
    public static let broadcast: Self = "broadcast"
    public static let ieee8023ad: Self = "802.3ad"
    public static let balanceTLB: Self = "balance-tlb"
    public static let balanceALB: Self = "balance-alb"
}

/// A bond, how it watches its links, and the interfaces enslaved to it.
public struct InterfaceBond: XMLModel {
    public var mode: InterfaceBondMode?
    public var miimon: InterfaceBondMIIMonitor?
    public var arpmon: InterfaceBondARPMonitor?
    public var interfaces: [InterfaceDefinition] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .element("miimon", \.miimon), .element("arpmon", \.arpmon),
        .element("interface", \.interfaces))
}

/// How the MII monitor reads a link's carrier.
public struct InterfaceBondCarrier: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let ioctl: Self = "ioctl"
    public static let netif: Self = "netif"
}

/// Link monitoring by MII; times in milliseconds.
public struct InterfaceBondMIIMonitor: XMLModel {
    public var frequency: Int?
    public var downDelay: Int?
    public var upDelay: Int?
    public var carrier: InterfaceBondCarrier?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("freq", \.frequency), .attribute("downdelay", \.downDelay), .attribute("updelay", \.upDelay),
        .attribute("carrier", \.carrier))
}

/// Which ARP probes and replies the ARP monitor validates.
public struct InterfaceBondARPValidation: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let none: Self = "none"
    public static let active: Self = "active"
    public static let backup: Self = "backup"
    public static let all: Self = "all"
}

/// Link monitoring by ARP; the interval in milliseconds.
public struct InterfaceBondARPMonitor: XMLModel {
    public var interval: Int?
    public var target: String?
    public var validate: InterfaceBondARPValidation?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("interval", \.interval), .attribute("target", \.target), .attribute("validate", \.validate))
}

/// The tag of a VLAN interface and the interface it tags.
public struct InterfaceVLAN: XMLModel {
    public var tag: Int?
    public var interface: NameElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("tag", \.tag), .element("interface", \.interface))
}
