import FoundationEssentials

// MARK: - Network filter (formatnwfilter)

/// The chain a filter's rules go in: `root`, or a protocol chain (`mac`, `ipv4`, ...) whose
/// name may carry a suffix (`arp-xyz`).
public struct NWFilterChain: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let root: Self = "root"
    public static let mac: Self = "mac"
    public static let vlan: Self = "vlan"
    public static let stp: Self = "stp"
    public static let arp: Self = "arp"
    public static let rarp: Self = "rarp"
    public static let ipv4: Self = "ipv4"
    public static let ipv6: Self = "ipv6"
}

/// A network filter (`<filter>`): rules and references to other filters, applied in order
/// to a guest interface's traffic.
public struct NWFilterDefinition: XMLDocumentModel {
    public static let rootElement = "filter"
    public var name: String?
    public var chain: NWFilterChain?
    /// The order of the filter in its chain (-1000 to 1000; lower first).
    public var priority: Int?
    public var uuid: UUID?
    public var filterRefs: [NWFilterReference] = []
    public var rules: [NWFilterRule] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("chain", \.chain), .attribute("priority", \.priority),
        .text("uuid", \.uuid), .element("filterref", \.filterRefs), .element("rule", \.rules))
}

extension NWFilterReference {
    /// A reference to the filter `filter`, with values for its variables (`IP`, `MAC`, ...).
    public init(_ filter: String, parameters: KeyValuePairs<String, String> = [:]) {
        self.init()
        self.filter = filter
        self.parameters = parameters.map { NWFilterParameter(name: $0.key, value: $0.value) }
    }
}

extension NWFilterParameter {
    /// The variable `name` set to `value`.
    public init(name: String, value: String) {
        self.init()
        self.name = name
        self.value = value
    }
}

// MARK: - Rules

/// What a rule does with a packet it matches.
public struct NWFilterAction: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let drop: Self = "drop"
    public static let accept: Self = "accept"
    public static let reject: Self = "reject"
    public static let `continue`: Self = "continue"
    public static let `return`: Self = "return"
}

/// The traffic a rule looks at: to the guest (`in`), from it (`out`) or both.
public struct NWFilterDirection: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let `in`: Self = "in"
    public static let out: Self = "out"
    public static let inOut: Self = "inout"
}

/// The protocol a rule matches: the name of its match element.
public struct NWFilterProtocol: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let mac: Self = "mac"
    public static let vlan: Self = "vlan"
    public static let stp: Self = "stp"
    public static let arp: Self = "arp"
    public static let rarp: Self = "rarp"
    public static let ip: Self = "ip"
    public static let ipv6: Self = "ipv6"
    public static let tcp: Self = "tcp"
    public static let udp: Self = "udp"
    public static let sctp: Self = "sctp"
    public static let icmp: Self = "icmp"
    public static let igmp: Self = "igmp"
    public static let all: Self = "all"
    public static let esp: Self = "esp"
    public static let ah: Self = "ah"
    public static let udplite: Self = "udplite"
    public static let tcpIPv6: Self = "tcp-ipv6"
    public static let udpIPv6: Self = "udp-ipv6"
    public static let sctpIPv6: Self = "sctp-ipv6"
    public static let icmpv6: Self = "icmpv6"
    public static let allIPv6: Self = "all-ipv6"
    public static let espIPv6: Self = "esp-ipv6"
    public static let ahIPv6: Self = "ah-ipv6"
    public static let udpliteIPv6: Self = "udplite-ipv6"
}

/// A rule of a filter: an action for the packets of one direction that match a protocol
/// and the values of its fields.
public struct NWFilterRule: XMLModel {
    public var action: NWFilterAction?
    public var direction: NWFilterDirection?
    /// The order of the rule in its chain (-1000 to 1000; libvirt's default is 500).
    public var priority: Int?
    /// `false` (or `0`) turns connection tracking off for the rule.
    public var stateMatch: String?
    /// The protocol elements of the rule, in document order (more than one only in a
    /// document libvirt refuses; kept so that it is written back as read).
    var matches: [NWFilterMatch] = []
    public var unknown = XMLUnknown()
    public init() {}

    /// The protocol the rule matches and the values of its fields; nil matches every packet.
    /// The match's `protocol` names the element written.
    public var match: NWFilterMatch? {
        get { matches.first }
        set { matches = newValue.map { [$0] } ?? [] }
    }

    /// The match of protocol `kind` (a field of the schema per protocol element).
    subscript(protocol kind: NWFilterProtocol) -> NWFilterMatch? {
        get { matches.first { $0.protocol == kind } }
        set {
            let i = matches.firstIndex { $0.protocol == kind }
            guard var value = newValue else {
                if let i { matches.remove(at: i) }
                return
            }
            value.protocol = kind
            if let i { matches[i] = value } else { matches.append(value) }
        }
    }

    public static let schema = XMLSchema<Self>(
        .attribute("action", \.action), .attribute("direction", \.direction), .attribute("priority", \.priority),
        .attribute("statematch", \.stateMatch),
        .element("mac", \.[protocol: .mac]), .element("vlan", \.[protocol: .vlan]),
        .element("stp", \.[protocol: .stp]), .element("arp", \.[protocol: .arp]),
        .element("rarp", \.[protocol: .rarp]), .element("ip", \.[protocol: .ip]),
        .element("ipv6", \.[protocol: .ipv6]), .element("tcp", \.[protocol: .tcp]),
        .element("udp", \.[protocol: .udp]), .element("sctp", \.[protocol: .sctp]),
        .element("icmp", \.[protocol: .icmp]), .element("igmp", \.[protocol: .igmp]),
        .element("all", \.[protocol: .all]), .element("esp", \.[protocol: .esp]),
        .element("ah", \.[protocol: .ah]), .element("udplite", \.[protocol: .udplite]),
        .element("tcp-ipv6", \.[protocol: .tcpIPv6]), .element("udp-ipv6", \.[protocol: .udpIPv6]),
        .element("sctp-ipv6", \.[protocol: .sctpIPv6]), .element("icmpv6", \.[protocol: .icmpv6]),
        .element("all-ipv6", \.[protocol: .allIPv6]), .element("esp-ipv6", \.[protocol: .espIPv6]),
        .element("ah-ipv6", \.[protocol: .ahIPv6]), .element("udplite-ipv6", \.[protocol: .udpliteIPv6]))
}

/// An Ethernet protocol of a `mac` or `vlan` match: a name, a number (`0x0800`) or a variable.
public struct NWFilterEtherType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let arp: Self = "arp"
    public static let rarp: Self = "rarp"
    public static let ipv4: Self = "ipv4"
    public static let ipv6: Self = "ipv6"
    public static let vlan: Self = "vlan"
}

/// An IP protocol of an `ip` or `ipv6` match: a name, a number or a variable.
public struct NWFilterIPProtocol: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let tcp: Self = "tcp"
    public static let udp: Self = "udp"
    public static let udplite: Self = "udplite"
    public static let esp: Self = "esp"
    public static let ah: Self = "ah"
    public static let icmp: Self = "icmp"
    public static let igmp: Self = "igmp"
    public static let sctp: Self = "sctp"
    public static let icmpv6: Self = "icmpv6"
}

/// The fields a rule matches for its protocol. Which fields apply depends on the protocol
/// (libvirt's schema); every value may also be a variable (`$IP`), so addresses, masks,
/// ports and numbers keep their text.
public struct NWFilterMatch: XMLModel {
    /// The match element's name; not an attribute.
    public var `protocol`: NWFilterProtocol?
    /// `false` inverts the match.
    public var match: Bool?
    public var comment: String?
    // Ethernet
    public var sourceMACAddress: String?
    public var sourceMACMask: String?
    public var destinationMACAddress: String?
    public var destinationMACMask: String?
    public var protocolID: NWFilterEtherType?
    public var vlanID: String?
    public var encapsulatedProtocol: NWFilterEtherType?
    // STP
    public var type: String?
    public var flags: String?
    public var rootPriority: String?
    public var rootPriorityHigh: String?
    public var rootAddress: String?
    public var rootAddressMask: String?
    public var rootCost: String?
    public var rootCostHigh: String?
    public var senderPriority: String?
    public var senderPriorityHigh: String?
    public var senderAddress: String?
    public var senderAddressMask: String?
    public var port: String?
    public var portHigh: String?
    public var age: String?
    public var ageHigh: String?
    public var maxAge: String?
    public var maxAgeHigh: String?
    public var helloTime: String?
    public var helloTimeHigh: String?
    public var forwardDelay: String?
    public var forwardDelayHigh: String?
    // ARP, RARP
    public var arpSourceMACAddress: String?
    public var arpSourceIPAddress: String?
    public var arpDestinationMACAddress: String?
    public var arpDestinationIPAddress: String?
    public var hardwareType: String?
    public var opcode: String?
    public var protocolType: String?
    /// `yes`, `no`, `true`, `false`, `1` or `0`.
    public var gratuitous: String?
    // IP, IPv6 and the protocols above them
    public var sourceIPAddress: String?
    public var sourceIPMask: String?
    public var destinationIPAddress: String?
    public var destinationIPMask: String?
    public var sourceIPFrom: String?
    public var sourceIPTo: String?
    public var destinationIPFrom: String?
    public var destinationIPTo: String?
    public var sourcePortStart: String?
    public var sourcePortEnd: String?
    public var destinationPortStart: String?
    public var destinationPortEnd: String?
    public var ipProtocol: NWFilterIPProtocol?
    public var dscp: String?
    public var connectionLimitAbove: String?
    /// Connection states (`NEW,ESTABLISHED`, `NONE`).
    public var state: String?
    public var ipset: String?
    public var ipsetFlags: String?
    public var typeEnd: String?
    public var code: String?
    public var codeEnd: String?
    public var unknown = XMLUnknown()
    public init() {}

    /// A match of `protocol`, fields to be set.
    public init(_ protocol: NWFilterProtocol) { self.protocol = `protocol` }

    public static let schema = XMLSchema<Self>(
        .attribute("match", \.match), .attribute("srcmacaddr", \.sourceMACAddress),
        .attribute("srcmacmask", \.sourceMACMask), .attribute("dstmacaddr", \.destinationMACAddress),
        .attribute("dstmacmask", \.destinationMACMask), .attribute("protocolid", \.protocolID),
        .attribute("vlanid", \.vlanID), .attribute("encap-protocol", \.encapsulatedProtocol),
        .attribute("type", \.type), .attribute("flags", \.flags), .attribute("root-priority", \.rootPriority),
        .attribute("root-priority-hi", \.rootPriorityHigh), .attribute("root-address", \.rootAddress),
        .attribute("root-address-mask", \.rootAddressMask), .attribute("root-cost", \.rootCost),
        .attribute("root-cost-hi", \.rootCostHigh), .attribute("sender-priority", \.senderPriority),
        .attribute("sender-priority-hi", \.senderPriorityHigh), .attribute("sender-address", \.senderAddress),
        .attribute("sender-address-mask", \.senderAddressMask), .attribute("port", \.port),
        .attribute("port-hi", \.portHigh), .attribute("age", \.age), .attribute("age-hi", \.ageHigh),
        .attribute("max-age", \.maxAge), .attribute("max-age-hi", \.maxAgeHigh),
        .attribute("hello-time", \.helloTime), .attribute("hello-time-hi", \.helloTimeHigh),
        .attribute("forward-delay", \.forwardDelay), .attribute("forward-delay-hi", \.forwardDelayHigh),
        .attribute("arpsrcmacaddr", \.arpSourceMACAddress), .attribute("arpsrcipaddr", \.arpSourceIPAddress),
        .attribute("arpdstmacaddr", \.arpDestinationMACAddress),
        .attribute("arpdstipaddr", \.arpDestinationIPAddress), .attribute("hwtype", \.hardwareType),
        .attribute("opcode", \.opcode), .attribute("protocoltype", \.protocolType),
        .attribute("gratuitous", \.gratuitous), .attribute("srcipaddr", \.sourceIPAddress),
        .attribute("srcipmask", \.sourceIPMask), .attribute("dstipaddr", \.destinationIPAddress),
        .attribute("dstipmask", \.destinationIPMask), .attribute("srcipfrom", \.sourceIPFrom),
        .attribute("srcipto", \.sourceIPTo), .attribute("dstipfrom", \.destinationIPFrom),
        .attribute("dstipto", \.destinationIPTo), .attribute("srcportstart", \.sourcePortStart),
        .attribute("srcportend", \.sourcePortEnd), .attribute("dstportstart", \.destinationPortStart),
        .attribute("dstportend", \.destinationPortEnd), .attribute("protocol", \.ipProtocol),
        .attribute("dscp", \.dscp), .attribute("connlimit-above", \.connectionLimitAbove),
        .attribute("state", \.state), .attribute("ipset", \.ipset), .attribute("ipsetflags", \.ipsetFlags),
        .attribute("typeend", \.typeEnd), .attribute("code", \.code), .attribute("codeend", \.codeEnd),
        .attribute("comment", \.comment))
}

// MARK: - Short to write

extension NWFilterRule {
    /// A rule that applies `action` to the traffic of `direction` that `match` matches (nil: all of it).
    public init(_ action: NWFilterAction, _ direction: NWFilterDirection, priority: Int? = nil, match: NWFilterMatch? = nil) {
        self.init()
        self.action = action
        self.direction = direction
        self.priority = priority
        self.match = match
    }
}

extension NWFilterDefinition {
    /// A filter that applies libvirt's `clean-traffic` filter (the guest can send only from
    /// its own MAC and IP address, and no spoofed ARP), then `rules`.
    /// - Parameters:
    ///   - name: The filter's name.
    ///   - ipAddress: The guest's IP address (nil: libvirt learns it from the guest's traffic).
    ///   - rules: Further rules, in order.
    public static func cleanTraffic(name: String, ipAddress: String? = nil, rules: [NWFilterRule] = []) -> NWFilterDefinition {
        var filter = NWFilterDefinition()
        filter.name = name
        filter.chain = .root
        filter.filterRefs = [ipAddress.map { NWFilterReference("clean-traffic", parameters: ["IP": $0]) }
            ?? NWFilterReference("clean-traffic")]
        filter.rules = rules
        return filter
    }
}
