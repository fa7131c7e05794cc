import FoundationEssentials

// MARK: - NetworkDefinition (formatnetwork)

/// A virtual network (`<network>`).
public struct NetworkDefinition: XMLDocumentModel {
    public static let rootElement = "network"
    public var connections: Int?
    public var ipv6: Bool?
    public var trustGuestRxFilters: Bool?
    public var name: String?
    public var uuid: UUID?
    public var title: String?
    public var description: String?
    public var metadata: XMLElement?
    public var mtu: NetworkMTU?
    public var bridge: NetworkBridge?
    public var mac: MACAddress?
    public var domain: NetworkDomain?
    public var forward: NetworkForward?
    public var port: NetworkPortIsolation?
    public var bandwidth: Bandwidth?
    public var virtualPort: VirtualPort?
    public var vlan: VLAN?
    public var portGroups: [NetworkPortGroup] = []
    public var dns: NetworkDNS?
    public var ips: [NetworkIP] = []
    public var routes: [NetworkRoute] = []
    public var options: NetworkOptions?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("connections", \.connections), .attribute("ipv6", \.ipv6),
        .attribute("trustGuestRxFilters", \.trustGuestRxFilters),
        .text("name", \.name), .text("uuid", \.uuid), .text("title", \.title), .text("description", \.description),
        .element("metadata", \.metadata), .element("mtu", \.mtu), .element("bridge", \.bridge),
        .element("mac", \.mac), .element("domain", \.domain), .element("forward", \.forward),
        .element("port", \.port), .element("bandwidth", \.bandwidth), .element("virtualport", \.virtualPort),
        .element("vlan", \.vlan), .element("portgroup", \.portGroups), .element("dns", \.dns),
        .element("ip", \.ips), .element("route", \.routes), .element("dnsmasq:options", \.options))
}

/// The MTU of a network.
public struct NetworkMTU: XMLModel {
    public var size: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("size", \.size))
}

/// The host bridge of a network.
public struct NetworkBridge: XMLModel {
    public var name: String?
    public var stp: Bool?
    public var delay: Int?
    public var macTableManager: String?
    public var zone: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("stp", \.stp, .onOff), .attribute("delay", \.delay),
        .attribute("macTableManager", \.macTableManager), .attribute("zone", \.zone))
}

/// The DNS domain of a network.
public struct NetworkDomain: XMLModel {
    public var name: String?
    public var localOnly: Bool?
    public var register: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("localOnly", \.localOnly), .attribute("register", \.register))
}

/// How a network forwards traffic (`nat`, `route`, `open`, `bridge`, `passthrough`, `private`, `vepa`, `hostdev`).
public struct ForwardMode: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let nat: Self = "nat"
    public static let route: Self = "route"
    public static let open: Self = "open"
    public static let bridge: Self = "bridge"
    public static let passthrough: Self = "passthrough"
    public static let `private`: Self = "private"
    public static let vepa: Self = "vepa"
    public static let hostdev: Self = "hostdev"
}

/// The forwarding of a network.
public struct NetworkForward: XMLModel {
    public var mode: ForwardMode?
    public var dev: String?
    public var managed: Bool?
    public var driver: NetworkForwardDriver?
    public var nat: NetworkNAT?
    public var pfs: [NetworkForwardDevice] = []
    public var interfaces: [NetworkForwardDevice] = []
    public var addresses: [DeviceAddress] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .attribute("dev", \.dev), .attribute("managed", \.managed),
        .element("driver", \.driver), .element("nat", \.nat), .element("pf", \.pfs),
        .element("interface", \.interfaces), .element("address", \.addresses))
}

/// The driver of a hostdev network.
public struct NetworkForwardDriver: XMLModel {
    public var name: String?
    public var model: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("model", \.model))
}

/// A physical device a network forwards through.
public struct NetworkForwardDevice: XMLModel {
    public var dev: String?
    public var connections: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("dev", \.dev), .attribute("connections", \.connections))
}

/// The address and port ranges of NAT.
public struct NetworkNAT: XMLModel {
    public var ipv6: Bool?
    public var addresses: [NetworkRange] = []
    public var ports: [NetworkRange] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("ipv6", \.ipv6), .element("address", \.addresses), .element("port", \.ports))
}

/// A start-end range (addresses or ports).
public struct NetworkRange: XMLModel {
    public var start: String?
    public var end: String?
    public var lease: NetworkLease?
    public var unknown = XMLUnknown()
    public init() {}
    /// The range `start` to `end`.
    public init(start: String, end: String) { self.start = start; self.end = end }
    public static let schema = XMLSchema<Self>(
        .attribute("start", \.start), .attribute("end", \.end), .element("lease", \.lease))
}

/// A DHCP lease time.
public struct NetworkLease: XMLModel {
    public var expiry: UInt64?
    public var unit: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("expiry", \.expiry), .attribute("unit", \.unit))
}

/// Whether guests on the network are isolated from each other.
public struct NetworkPortIsolation: XMLModel {
    public var isolated: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("isolated", \.isolated))
}

/// A port group of a network.
public struct NetworkPortGroup: XMLModel {
    public var name: String?
    public var isDefault: Bool?
    public var trustGuestRxFilters: Bool?
    public var virtualPort: VirtualPort?
    public var vlan: VLAN?
    public var bandwidth: Bandwidth?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("default", \.isDefault),
        .attribute("trustGuestRxFilters", \.trustGuestRxFilters), .element("virtualport", \.virtualPort),
        .element("vlan", \.vlan), .element("bandwidth", \.bandwidth))
}

/// The DNS service of a network.
public struct NetworkDNS: XMLModel {
    public var enable: Bool?
    public var forwardPlainNames: Bool?
    public var forwarders: [NetworkDNSForwarder] = []
    public var txts: [NetworkDNSTXT] = []
    public var hosts: [NetworkDNSHost] = []
    public var srvs: [NetworkDNSSRV] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("enable", \.enable), .attribute("forwardPlainNames", \.forwardPlainNames),
        .element("forwarder", \.forwarders), .element("txt", \.txts), .element("host", \.hosts),
        .element("srv", \.srvs))
}

/// An upstream DNS server.
public struct NetworkDNSForwarder: XMLModel {
    public var address: String?
    public var domain: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("addr", \.address), .attribute("domain", \.domain))
}

/// A DNS TXT record.
public struct NetworkDNSTXT: XMLModel {
    public var name: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("value", \.value))
}

/// A DNS host record.
public struct NetworkDNSHost: XMLModel {
    public var ip: String?
    public var hostnames: [String] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("ip", \.ip), .text("hostname", \.hostnames))
}

/// A DNS SRV record.
public struct NetworkDNSSRV: XMLModel {
    public var service: String?
    public var `protocol`: String?
    public var domain: String?
    public var target: String?
    public var port: Int?
    public var priority: Int?
    public var weight: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("service", \.service), .attribute("protocol", \.protocol), .attribute("domain", \.domain),
        .attribute("target", \.target), .attribute("port", \.port), .attribute("priority", \.priority),
        .attribute("weight", \.weight))
}

/// An IP address of a network, with its DHCP and TFTP services.
public struct NetworkIP: XMLModel {
    public var address: String?
    public var netmask: String?
    public var prefix: Int?
    public var family: String?
    public var localPtr: Bool?
    public var tftp: NetworkTFTP?
    public var dhcp: NetworkDHCP?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("address", \.address), .attribute("netmask", \.netmask), .attribute("prefix", \.prefix),
        .attribute("family", \.family), .attribute("localPtr", \.localPtr), .element("tftp", \.tftp),
        .element("dhcp", \.dhcp))
}

/// The TFTP root of a network.
public struct NetworkTFTP: XMLModel {
    public var root: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("root", \.root))
}

/// The DHCP service of a network address.
public struct NetworkDHCP: XMLModel {
    public var ranges: [NetworkRange] = []
    public var hosts: [NetworkDHCPHost] = []
    public var bootp: NetworkBOOTP?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("range", \.ranges), .element("host", \.hosts), .element("bootp", \.bootp))
}

/// A static DHCP host.
public struct NetworkDHCPHost: XMLModel {
    public var mac: String?
    public var id: String?
    public var name: String?
    public var ip: String?
    public var lease: NetworkLease?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mac", \.mac), .attribute("id", \.id), .attribute("name", \.name), .attribute("ip", \.ip),
        .element("lease", \.lease))
}

/// The BOOTP options of DHCP.
public struct NetworkBOOTP: XMLModel {
    public var file: String?
    public var server: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("file", \.file), .attribute("server", \.server))
}

/// A static route.
public struct NetworkRoute: XMLModel {
    public var family: String?
    public var address: String?
    public var netmask: String?
    public var prefix: Int?
    public var gateway: String?
    public var metric: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("family", \.family), .attribute("address", \.address), .attribute("netmask", \.netmask),
        .attribute("prefix", \.prefix), .attribute("gateway", \.gateway), .attribute("metric", \.metric))
}

/// dnsmasq options (`<dnsmasq:options>` in namespace `http://libvirt.org/schemas/network/dnsmasq/1.0`).
public struct NetworkOptions: XMLModel {
    public var options: [NetworkOption] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("dnsmasq:option", \.options))
}

/// One dnsmasq option.
public struct NetworkOption: XMLModel {
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("value", \.value))
}
