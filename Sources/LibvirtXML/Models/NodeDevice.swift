import FoundationEssentials

// MARK: - Node device (formatnode)

/// A device of the host (`<device>`): a PCI or USB device, a network card, a disk, a SCSI
/// host, a mediated device, ...; what it is and does is in its capabilities.
public struct NodeDeviceDefinition: XMLDocumentModel {
    public static let rootElement = "device"
    public var name: String?
    /// The device's sysfs path.
    public var path: String?
    /// Its device nodes under /dev (`dev`) and their symbolic links (`link`).
    public var devnodes: [NodeDeviceDevnode] = []
    public var parent: NodeDeviceParent?
    public var driver: NodeDeviceDriver?
    public var capabilities: [NodeDeviceCapability] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("name", \.name), .text("path", \.path), .element("devnode", \.devnodes),
        .element("parent", \.parent), .element("driver", \.driver), .element("capability", \.capabilities))
}

/// Whether a device node is the node itself or a symbolic link to it.
public struct NodeDeviceDevnodeType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let dev: Self = "dev"
    public static let link: Self = "link"
}

/// A device node (`<devnode type='dev'>/dev/sda</devnode>`).
public struct NodeDeviceDevnode: XMLModel {
    public var type: NodeDeviceDevnodeType?
    public var path: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("type", \.type), .value(\.path))
}

/// The parent of a device: its name, or for a vHBA the WWNs of the parent host.
public struct NodeDeviceParent: XMLModel {
    public var name: String?
    public var wwnn: String?
    public var wwpn: String?
    public var fabricWWN: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("wwnn", \.wwnn), .attribute("wwpn", \.wwpn), .attribute("fabric_wwn", \.fabricWWN),
        .value(\.name))
}

/// The host driver bound to a device.
public struct NodeDeviceDriver: XMLModel {
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.text("name", \.name))
}

/// The kind of a capability, of a device (`pci`, `net`, `storage`, ...) or within one
/// (`virt_functions`, `mdev_types`, `fc_host`, `removable`, ...).
public struct NodeDeviceCapabilityType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let system: Self = "system"
    public static let pci: Self = "pci"
    public static let usbDevice: Self = "usb_device"
    public static let usbInterface: Self = "usb"
    public static let net: Self = "net"
    public static let scsiHost: Self = "scsi_host"
    public static let scsiTarget: Self = "scsi_target"
    public static let scsi: Self = "scsi"
    public static let scsiGeneric: Self = "scsi_generic"
    public static let storage: Self = "storage"
    public static let drm: Self = "drm"
    public static let mdev: Self = "mdev"
    public static let ccw: Self = "ccw"
    public static let css: Self = "css"
    public static let vdpa: Self = "vdpa"
    public static let apCard: Self = "ap_card"
    public static let apQueue: Self = "ap_queue"
    public static let apMatrix: Self = "ap_matrix"
    public static let physicalFunction: Self = "phys_function"
    public static let virtualFunctions: Self = "virt_functions"
    public static let pciBridge: Self = "pci-bridge"
    public static let cardbusBridge: Self = "cardbus-bridge"
    public static let mdevTypes: Self = "mdev_types"
    public static let vpd: Self = "vpd"
    public static let ethernet: Self = "80203"
    public static let wireless: Self = "80211"
    public static let fcHost: Self = "fc_host"
    public static let vportOps: Self = "vport_ops"
    public static let fcRemotePort: Self = "fc_remote_port"
    public static let removable: Self = "removable"
    public static let hotpluggable: Self = "hotpluggable"
}

/// What a device is (`<capability type='...'>`). One type per capability; the properties
/// that apply depend on `type` (the schema's choice, flattened as libvirt's own struct does).
public struct NodeDeviceCapability: XMLModel {
    public var type: NodeDeviceCapabilityType?
    // system
    public var product: NodeDeviceIDName?
    public var hardware: NodeDeviceHardware?
    public var firmware: NodeDeviceFirmware?
    // pci, usb_device, usb
    /// The PCI class (`0x030000`), or the USB interface class (decimal).
    public var deviceClass: String?
    public var domain: UInt64?
    /// A number for PCI, USB and SCSI devices; the bus name (`ata`, `usb`, `scsi`, ...) for storage.
    public var bus: String?
    public var slot: UInt64?
    public var function: UInt64?
    public var device: UInt64?
    public var vendor: NodeDeviceIDName?
    public var number: UInt64?
    public var subclass: UInt64?
    public var protocolNumber: UInt64?
    public var description: String?
    // net
    public var interface: String?
    /// The MAC address of a network device.
    public var address: String?
    public var link: InterfaceLink?
    public var features: [NameElement] = []
    // scsi_host, scsi_target, scsi
    public var host: UInt64?
    public var uniqueID: Int?
    /// The target name (`target0:0:0`) of a SCSI target, the target number of a SCSI device.
    public var target: String?
    public var lun: UInt64?
    /// The SCSI device type (`disk`), the DRM node type (`primary`, `control`, `render`), or
    /// the mediated device type (its `id`).
    public var deviceType: NodeDeviceTypeElement?
    public var characterDevice: String?
    // storage
    public var block: String?
    public var driveType: String?
    public var model: String?
    public var serial: String?
    /// Bytes.
    public var size: UInt64?
    /// Bytes.
    public var logicalBlockSize: UInt64?
    public var numBlocks: UInt64?
    // mdev
    public var uuid: UUID?
    public var parentAddress: String?
    public var attributes: [NodeDeviceMdevAttribute] = []
    // ccw, css
    public var cssid: String?
    public var ssid: String?
    public var devno: String?
    public var channelDeviceAddress: CCWAddress?
    // vdpa, ap
    public var characterDevicePath: String?
    public var apAdapter: String?
    public var apDomain: String?
    // pci: nested capabilities, IOMMU group, NUMA, PCI Express
    public var capabilities: [NodeDeviceSubCapability] = []
    public var iommuGroup: NodeDeviceIOMMUGroup?
    public var numa: NodeDeviceNUMA?
    public var pciExpress: PCIExpress?
    public var unknown = XMLUnknown()
    public init() {}
    /// Fields in the order libvirt writes them, for every type.
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .text("number", \.number), .text("class", \.deviceClass),
        .text("domain", \.domain), .text("host", \.host), .text("block", \.block), .text("bus", \.bus),
        .text("slot", \.slot), .text("function", \.function), .text("device", \.device),
        .text("target", \.target), .text("lun", \.lun), .element("type", \.deviceType),
        .text("drive_type", \.driveType), .text("model", \.model), .element("product", \.product),
        .element("vendor", \.vendor), .text("serial", \.serial), .element("hardware", \.hardware),
        .element("firmware", \.firmware), .text("subclass", \.subclass), .text("protocol", \.protocolNumber),
        .text("description", \.description), .text("interface", \.interface), .text("address", \.address),
        .element("link", \.link), .element("feature", \.features), .text("char", \.characterDevice),
        .text("size", \.size), .text("logical_block_size", \.logicalBlockSize), .text("num_blocks", \.numBlocks),
        .text("unique_id", \.uniqueID), .text("uuid", \.uuid), .text("parent_addr", \.parentAddress),
        .text("cssid", \.cssid), .text("ssid", \.ssid), .text("devno", \.devno),
        .element("channel_dev_addr", \.channelDeviceAddress), .text("chardev", \.characterDevicePath),
        .text("ap-adapter", \.apAdapter), .text("ap-domain", \.apDomain), .element("capability", \.capabilities),
        .element("iommuGroup", \.iommuGroup), .element("attr", \.attributes), .element("numa", \.numa),
        .element("pci-express", \.pciExpress))
}

/// A product or vendor: its numeric id (PCI, USB) and its name.
public struct NodeDeviceIDName: XMLModel {
    public var id: String?
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id), .value(\.name))
}

/// The `<type>` of a SCSI device, a DRM node or a mediated device.
public struct NodeDeviceTypeElement: XMLModel {
    /// The mediated device type (`i915-GVTg_V5_8`).
    public var id: String?
    /// The SCSI or DRM type.
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id), .value(\.name))
}

/// The host's hardware (system capability).
public struct NodeDeviceHardware: XMLModel {
    public var vendor: String?
    public var version: String?
    public var serial: String?
    public var uuid: UUID?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("vendor", \.vendor), .text("version", \.version), .text("serial", \.serial), .text("uuid", \.uuid))
}

/// The host's firmware (system capability).
public struct NodeDeviceFirmware: XMLModel {
    public var vendor: String?
    public var version: String?
    public var releaseDate: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("vendor", \.vendor), .text("version", \.version), .text("release_date", \.releaseDate))
}

/// An attribute of a mediated device, passed to its vendor driver.
public struct NodeDeviceMdevAttribute: XMLModel {
    public var name: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("value", \.value))
}

/// A channel subsystem address (s390 CCW and CSS devices); numbers keep libvirt's hexadecimal spelling.
public struct CCWAddress: XMLModel {
    public var cssid: String?
    public var ssid: String?
    public var devno: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.text("cssid", \.cssid), .text("ssid", \.ssid), .text("devno", \.devno))
}

/// The IOMMU group of a device and the PCI devices in it.
public struct NodeDeviceIOMMUGroup: XMLModel {
    public var number: Int?
    public var addresses: [DeviceAddress] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("number", \.number), .element("address", \.addresses))
}

/// The NUMA node of a PCI device.
public struct NodeDeviceNUMA: XMLModel {
    public var node: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("node", \.node))
}

/// The PCI Express links of a device: what it can do and what it runs at.
public struct PCIExpress: XMLModel {
    public var links: [PCIExpressLink] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("link", \.links))
}

/// Whether a PCI Express link describes the capability (`cap`) or the current state (`sta`).
public struct PCIExpressLinkValidity: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let capability: Self = "cap"
    public static let status: Self = "sta"
}

/// A PCI Express link: speed in GT/s (`2.5`, `5`, `8`, ...) and width in lanes.
public struct PCIExpressLink: XMLModel {
    public var validity: PCIExpressLinkValidity?
    public var port: Int?
    public var speed: String?
    public var width: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("validity", \.validity), .attribute("port", \.port), .attribute("speed", \.speed),
        .attribute("width", \.width))
}

// MARK: - Capabilities within a capability

/// A capability within a device's capability: SR-IOV functions, PCI bridges, mediated
/// device types and VPD of a PCI device; the link type of a network device; Fibre Channel
/// and vport operations of a SCSI host; removable media of a storage device.
public struct NodeDeviceSubCapability: XMLModel {
    public var type: NodeDeviceCapabilityType?
    /// The most virtual functions the device can have.
    public var maxCount: Int?
    /// The physical function (one) or the virtual functions.
    public var addresses: [DeviceAddress] = []
    public var mdevTypes: [MediatedDeviceType] = []
    // vpd
    public var name: String?
    public var vpdFields: [VPDFields] = []
    // fc_host, fc_remote_port, vport_ops
    public var wwnn: String?
    public var wwpn: String?
    public var fabricWWN: String?
    public var rport: String?
    public var maxVports: Int?
    public var vports: Int?
    // removable
    /// 1 when a medium is in the drive.
    public var mediaAvailable: Int?
    /// Bytes.
    public var mediaSize: UInt64?
    public var mediaLabel: String?
    /// Bytes.
    public var logicalBlockSize: UInt64?
    public var numBlocks: UInt64?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("maxCount", \.maxCount), .element("address", \.addresses),
        .element("type", \.mdevTypes), .text("name", \.name), .element("fields", \.vpdFields),
        .text("rport", \.rport), .text("wwnn", \.wwnn), .text("wwpn", \.wwpn), .text("fabric_wwn", \.fabricWWN),
        .text("max_vports", \.maxVports), .text("vports", \.vports), .text("media_available", \.mediaAvailable),
        .text("media_size", \.mediaSize), .text("media_label", \.mediaLabel),
        .text("logical_block_size", \.logicalBlockSize), .text("num_blocks", \.numBlocks))
}

/// The API a mediated device offers its guest.
public struct MediatedDeviceAPI: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let vfioPCI: Self = "vfio-pci"
    public static let vfioCCW: Self = "vfio-ccw"
    public static let vfioAP: Self = "vfio-ap"
}

/// A type of mediated device a parent device can create, and how many more it can.
public struct MediatedDeviceType: XMLModel {
    public var id: String?
    public var name: String?
    public var deviceAPI: MediatedDeviceAPI?
    public var availableInstances: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .text("name", \.name), .text("deviceAPI", \.deviceAPI),
        .text("availableInstances", \.availableInstances))
}

/// Whether a set of VPD fields is read-only or read-write.
public struct VPDFieldsAccess: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let readOnly: Self = "readonly"
    public static let readWrite: Self = "readwrite"
}

/// The read-only or read-write fields of a PCI device's Vital Product Data.
public struct VPDFields: XMLModel {
    public var access: VPDFieldsAccess?
    public var changeLevel: String?
    public var manufactureID: String?
    public var partNumber: String?
    public var serialNumber: String?
    public var assetTag: String?
    public var vendorFields: [VPDField] = []
    public var systemFields: [VPDField] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("access", \.access), .text("change_level", \.changeLevel),
        .text("manufacture_id", \.manufactureID), .text("part_number", \.partNumber),
        .text("serial_number", \.serialNumber), .text("asset_tag", \.assetTag),
        .element("vendor_field", \.vendorFields), .element("system_field", \.systemFields))
}

/// A vendor- or system-specific VPD field, by its one-character index.
public struct VPDField: XMLModel {
    public var index: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("index", \.index), .value(\.value))
}
