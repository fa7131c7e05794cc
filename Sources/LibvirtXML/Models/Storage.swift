import FoundationEssentials

// MARK: - Storage pool (formatstorage)

/// The kind of a storage pool (`dir`, `fs`, `netfs`, `logical`, `disk`, `iscsi`, ...).
public struct StoragePoolType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let dir: Self = "dir"
    public static let fs: Self = "fs"
    public static let netfs: Self = "netfs"
    public static let logical: Self = "logical"
    public static let disk: Self = "disk"
    public static let iscsi: Self = "iscsi"
    public static let iscsiDirect: Self = "iscsi-direct"
    public static let scsi: Self = "scsi"
    public static let mpath: Self = "mpath"
    public static let rbd: Self = "rbd"
    public static let sheepdog: Self = "sheepdog"
    public static let gluster: Self = "gluster"
    public static let zfs: Self = "zfs"
    public static let vstorage: Self = "vstorage"
}

/// A storage pool (`<pool>`).
public struct StoragePoolDefinition: XMLDocumentModel {
    public static let rootElement = "pool"
    public var type: StoragePoolType?
    public var name: String?
    public var uuid: UUID?
    public var capacity: Size?
    public var allocation: Size?
    public var available: Size?
    public var features: StoragePoolFeatures?
    public var source: StoragePoolSource?
    public var target: StorageTarget?
    public var refresh: StoragePoolRefresh?
    public var mountOptions: StoragePoolOptions?
    public var configOptions: StoragePoolOptions?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .text("name", \.name), .text("uuid", \.uuid),
        .element("capacity", \.capacity), .element("allocation", \.allocation), .element("available", \.available),
        .element("features", \.features), .element("source", \.source), .element("target", \.target),
        .element("refresh", \.refresh), .element("fs:mount_opts", \.mountOptions),
        .element("rbd:config_opts", \.configOptions))
}

/// Pool features.
public struct StoragePoolFeatures: XMLModel {
    public var cow: StateToggle?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("cow", \.cow))
}

/// An element whose `state` attribute is `yes`/`no` (`<cow state='no'/>`).
public struct StateToggle: XMLModel {
    public var state: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("state", \.state))
}

/// Where a pool's storage comes from.
public struct StoragePoolSource: XMLModel {
    public var hosts: [StorageSourceHost] = []
    public var devices: [StoragePoolSourceDevice] = []
    public var dir: PathElement?
    public var adapter: StoragePoolAdapter?
    public var name: String?
    public var format: FormatType?
    public var auth: StorageAuth?
    public var vendor: NameElement?
    public var product: NameElement?
    public var initiator: StoragePoolInitiator?
    public var `protocol`: StoragePoolProtocol?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("host", \.hosts), .element("device", \.devices), .element("dir", \.dir),
        .element("adapter", \.adapter), .text("name", \.name), .element("format", \.format),
        .element("auth", \.auth), .element("vendor", \.vendor), .element("product", \.product),
        .element("initiator", \.initiator), .element("protocol", \.protocol))
}

/// A host serving storage (`<host name='...' port='...'/>`).
public struct StorageSourceHost: XMLModel {
    public var name: String?
    public var port: Int?
    public var transport: String?
    public var socket: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("port", \.port), .attribute("transport", \.transport),
        .attribute("socket", \.socket))
}

/// A device of a pool's source.
public struct StoragePoolSourceDevice: XMLModel {
    public var path: String?
    public var partSeparator: Bool?
    public var freeExtents: [StorageExtent] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("path", \.path), .attribute("part_separator", \.partSeparator),
        .element("freeExtent", \.freeExtents))
}

/// A byte range of a device.
public struct StorageExtent: XMLModel {
    public var start: UInt64?
    public var end: UInt64?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("start", \.start), .attribute("end", \.end))
}

/// An element with a `path` attribute.
public struct PathElement: XMLModel {
    public var path: String?
    public var unknown = XMLUnknown()
    public init() {}
    /// `path`.
    public init(_ path: String) { self.path = path }
    public static let schema = XMLSchema<Self>(.attribute("path", \.path))
}

/// An element with a `name` attribute.
public struct NameElement: XMLModel {
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    /// `name`.
    public init(_ name: String) { self.name = name }
    public static let schema = XMLSchema<Self>(.attribute("name", \.name))
}

/// An element with a `type` attribute naming a format (`<format type='qcow2'/>`).
public struct FormatType: XMLModel {
    public var type: String?
    public var unknown = XMLUnknown()
    public init() {}
    /// The format `type`.
    public init(_ type: String) { self.type = type }
    public static let schema = XMLSchema<Self>(.attribute("type", \.type))
}

/// The SCSI host adapter of a pool.
public struct StoragePoolAdapter: XMLModel {
    public var type: String?
    public var name: String?
    public var parent: String?
    public var managed: Bool?
    public var wwnn: String?
    public var wwpn: String?
    public var parentAddress: StoragePoolParentAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("name", \.name), .attribute("parent", \.parent),
        .attribute("managed", \.managed), .attribute("wwnn", \.wwnn), .attribute("wwpn", \.wwpn),
        .element("parentaddr", \.parentAddress))
}

/// The PCI address of an adapter's parent.
public struct StoragePoolParentAddress: XMLModel {
    public var uniqueID: Int?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("unique_id", \.uniqueID), .element("address", \.address))
}

/// Authentication to a storage source.
public struct StorageAuth: XMLModel {
    public var type: String?
    public var username: String?
    public var secret: SecretReference?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("username", \.username), .element("secret", \.secret))
}

/// A reference to a secret, by UUID or usage.
public struct SecretReference: XMLModel {
    public var type: String?
    public var uuid: UUID?
    public var usage: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("uuid", \.uuid), .attribute("usage", \.usage))
}

/// The iSCSI initiator of a pool.
public struct StoragePoolInitiator: XMLModel {
    public var iqn: NameElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("iqn", \.iqn))
}

/// The NFS protocol version of a pool.
public struct StoragePoolProtocol: XMLModel {
    public var version: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("ver", \.version))
}

/// How a pool refreshes its volumes.
public struct StoragePoolRefresh: XMLModel {
    public var volume: StoragePoolRefreshVolume?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("volume", \.volume))
}

/// How volume allocation is computed on refresh.
public struct StoragePoolRefreshVolume: XMLModel {
    public var allocation: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("allocation", \.allocation))
}

/// Mount or configuration options of a pool (namespaced `fs:`/`rbd:` elements).
public struct StoragePoolOptions: XMLModel {
    public var options: [StoragePoolOption] = []
    public var configOptions: [StoragePoolOption] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("fs:option", \.options), .element("rbd:option", \.configOptions))
}

/// One option.
public struct StoragePoolOption: XMLModel {
    public var name: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("value", \.value))
}

/// The target of a pool or volume: its path, format, permissions, ...
public struct StorageTarget: XMLModel {
    public var path: String?
    public var format: FormatType?
    public var permissions: StoragePermissions?
    public var timestamps: StorageTimestamps?
    public var compat: String?
    public var clusterSize: Size?
    public var noCOW: Bool = false
    public var features: StorageFeatures?
    public var encryption: StorageEncryption?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("path", \.path), .element("format", \.format), .element("permissions", \.permissions),
        .element("timestamps", \.timestamps), .text("compat", \.compat), .element("clusterSize", \.clusterSize),
        .flag("nocow", \.noCOW), .element("features", \.features), .element("encryption", \.encryption))
}

/// Owner, group, mode and label of a file.
public struct StoragePermissions: XMLModel {
    public var mode: String?
    public var owner: String?
    public var group: String?
    public var label: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("mode", \.mode), .text("owner", \.owner), .text("group", \.group), .text("label", \.label))
}

/// File times (seconds.nanoseconds).
public struct StorageTimestamps: XMLModel {
    public var atime: String?
    public var mtime: String?
    public var ctime: String?
    public var btime: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("atime", \.atime), .text("mtime", \.mtime), .text("ctime", \.ctime), .text("btime", \.btime))
}

/// qcow2 features.
public struct StorageFeatures: XMLModel {
    public var lazyRefcounts = false
    public var extendedL2 = false
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.flag("lazy_refcounts", \.lazyRefcounts), .flag("extended_l2", \.extendedL2))
}

/// Encryption of a volume or disk.
public struct StorageEncryption: XMLModel {
    public var format: String?
    public var engine: String?
    public var secrets: [SecretReference] = []
    public var cipher: EncryptionAlgorithm?
    public var ivgen: EncryptionAlgorithm?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("format", \.format), .attribute("engine", \.engine), .element("secret", \.secrets),
        .element("cipher", \.cipher), .element("ivgen", \.ivgen))
}

/// A LUKS cipher or IV generator.
public struct EncryptionAlgorithm: XMLModel {
    public var name: String?
    public var size: Int?
    public var mode: String?
    public var hash: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("size", \.size), .attribute("mode", \.mode), .attribute("hash", \.hash))
}

// MARK: - Storage volume

/// A storage volume (`<volume>`).
public struct StorageVolumeDefinition: XMLDocumentModel {
    public static let rootElement = "volume"
    public var type: String?
    public var name: String?
    public var key: String?
    public var source: StorageVolumeSource?
    public var capacity: Size?
    public var allocation: Size?
    public var physical: Size?
    public var target: StorageTarget?
    public var backingStore: StorageTarget?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .text("name", \.name), .text("key", \.key), .element("source", \.source),
        .element("capacity", \.capacity), .element("allocation", \.allocation), .element("physical", \.physical),
        .element("target", \.target), .element("backingStore", \.backingStore))
}

/// The extents a volume occupies.
public struct StorageVolumeSource: XMLModel {
    public var devices: [StorageVolumeSourceDevice] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("device", \.devices))
}

/// A device holding extents of a volume.
public struct StorageVolumeSourceDevice: XMLModel {
    public var path: String?
    public var extents: [StorageExtent] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("path", \.path), .element("extent", \.extents))
}

// MARK: - SecretDefinition

/// A secret (`<secret>`).
public struct SecretDefinition: XMLDocumentModel {
    public static let rootElement = "secret"
    public var ephemeral: Bool?
    public var `private`: Bool?
    public var uuid: UUID?
    public var description: String?
    public var usage: SecretUsage?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("ephemeral", \.ephemeral), .attribute("private", \.private), .text("uuid", \.uuid),
        .text("description", \.description), .element("usage", \.usage))
}

/// What a secret is for.
public struct SecretUsage: XMLModel {
    public var type: String?
    public var volume: String?
    public var name: String?
    public var target: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .text("volume", \.volume), .text("name", \.name), .text("target", \.target))
}
