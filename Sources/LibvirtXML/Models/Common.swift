import FoundationEssentials

// MARK: - Pieces shared by several documents

/// A size with its unit (`<memory unit='KiB'>1048576</memory>`).
public struct Size: XMLModel {
    /// The number, in `unit`.
    public var value: UInt64?
    /// The unit; libvirt assumes a per-element default when absent (KiB for memory, bytes for volumes).
    public var unit: SizeUnit?
    public var unknown = XMLUnknown()
    /// No value.
    public init() {}
    /// `value` in `unit`.
    public init(_ value: UInt64, _ unit: SizeUnit? = nil) {
        self.value = value
        self.unit = unit
    }
    /// The size in bytes, when the unit is known (`defaultUnit` when absent).
    public func bytes(defaultUnit: SizeUnit = .bytes) -> UInt64? {
        guard let value, let multiplier = (unit ?? defaultUnit).multiplier else { return nil }
        return value.multipliedReportingOverflow(by: multiplier).overflow ? nil : value * multiplier
    }
    public static let schema = XMLSchema<Self>(.attribute("unit", \.unit), .value(\.value))
}

/// A device address (`<address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>`
/// and the drive, USB, CCW, ... variants). Numbers keep libvirt's hexadecimal spelling.
public struct DeviceAddress: XMLModel {
    public var type: String?
    public var domain: String?
    public var bus: String?
    public var slot: String?
    public var function: String?
    public var multifunction: Bool?
    public var controller: String?
    public var target: String?
    public var unit: String?
    public var port: String?
    public var reg: String?
    public var cssid: String?
    public var ssid: String?
    public var devno: String?
    public var iobase: String?
    public var irq: String?
    public var base: String?
    public var uid: String?
    public var fid: String?
    public var zpci: ZPCIAddress?
    public var unknown = XMLUnknown()
    public init() {}
    /// A PCI address.
    public init(pciDomain domain: String = "0x0000", bus: String, slot: String, function: String = "0x0") {
        self.type = "pci"; self.domain = domain; self.bus = bus; self.slot = slot; self.function = function
    }
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("domain", \.domain), .attribute("bus", \.bus),
        .attribute("slot", \.slot), .attribute("function", \.function),
        .attribute("multifunction", \.multifunction, .onOff), .attribute("controller", \.controller),
        .attribute("target", \.target), .attribute("unit", \.unit), .attribute("port", \.port),
        .attribute("reg", \.reg), .attribute("cssid", \.cssid), .attribute("ssid", \.ssid),
        .attribute("devno", \.devno), .attribute("iobase", \.iobase), .attribute("irq", \.irq),
        .attribute("base", \.base), .attribute("uid", \.uid), .attribute("fid", \.fid),
        .element("zpci", \.zpci))
}

/// The zPCI part of an s390 PCI address.
public struct ZPCIAddress: XMLModel {
    public var uid: String?
    public var fid: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("uid", \.uid), .attribute("fid", \.fid))
}

/// Quality of service of a network or an interface.
public struct Bandwidth: XMLModel {
    public var inbound: BandwidthLimit?
    public var outbound: BandwidthLimit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("inbound", \.inbound), .element("outbound", \.outbound))
}

/// Rates (KiB/s) and burst (KiB) of one direction.
public struct BandwidthLimit: XMLModel {
    public var average: UInt64?
    public var peak: UInt64?
    public var burst: UInt64?
    public var floor: UInt64?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("average", \.average), .attribute("peak", \.peak), .attribute("burst", \.burst),
        .attribute("floor", \.floor))
}

/// An Open vSwitch, 802.1Qbg or 802.1Qbh port profile.
public struct VirtualPort: XMLModel {
    public var type: String?
    public var parameters: VirtualPortParameters?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("type", \.type), .element("parameters", \.parameters))
}

/// The parameters of a virtual port.
public struct VirtualPortParameters: XMLModel {
    public var managerID: String?
    public var typeID: String?
    public var typeIDVersion: String?
    public var instanceID: String?
    public var profileID: String?
    public var interfaceID: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("managerid", \.managerID), .attribute("typeid", \.typeID),
        .attribute("typeidversion", \.typeIDVersion), .attribute("instanceid", \.instanceID),
        .attribute("profileid", \.profileID), .attribute("interfaceid", \.interfaceID))
}

/// VLAN tags.
public struct VLAN: XMLModel {
    public var trunk: Bool?
    public var tags: [VLANTag] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("trunk", \.trunk), .element("tag", \.tags))
}

/// One VLAN tag.
public struct VLANTag: XMLModel {
    public var id: Int?
    public var nativeMode: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id), .attribute("nativeMode", \.nativeMode))
}

/// A MAC address element (`<mac address='52:54:00:...'/>`).
public struct MACAddress: XMLModel {
    public var address: String?
    public var type: String?
    public var check: String?
    public var unknown = XMLUnknown()
    public init() {}
    /// The MAC address `address`.
    public init(_ address: String) { self.address = address }
    public static let schema = XMLSchema<Self>(
        .attribute("address", \.address), .attribute("type", \.type), .attribute("check", \.check))
}

/// A security label, of a domain or a storage object.
public struct SecurityLabel: XMLModel {
    public var type: String?
    public var model: String?
    public var relabel: Bool?
    public var label: String?
    public var imageLabel: String?
    public var baseLabel: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("model", \.model), .attribute("relabel", \.relabel),
        .text("label", \.label), .text("imagelabel", \.imageLabel), .text("baselabel", \.baseLabel))
}
