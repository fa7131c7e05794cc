import FoundationEssentials

// MARK: - NetworkDefinition port

/// A port of a virtual network (`<networkport>`).
public struct NetworkPortDefinition: XMLDocumentModel {
    public static let rootElement = "networkport"
    public var uuid: UUID?
    public var owner: ObjectOwner?
    public var group: String?
    public var mac: MACAddress?
    public var bandwidth: NetworkPortBandwidth?
    public var vlan: VLAN?
    public var port: NetworkPortIsolation?
    public var virtualPort: VirtualPort?
    public var rxfilters: NetworkPortRxFilters?
    public var plug: NetworkPortPlug?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("uuid", \.uuid), .element("owner", \.owner), .text("group", \.group), .element("mac", \.mac),
        .element("bandwidth", \.bandwidth), .element("vlan", \.vlan), .element("port", \.port),
        .element("virtualport", \.virtualPort), .element("rxfilters", \.rxfilters), .element("plug", \.plug))
}

/// The guest owning a port or a filter binding.
public struct ObjectOwner: XMLModel {
    public var name: String?
    public var uuid: UUID?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.text("name", \.name), .text("uuid", \.uuid))
}

/// The bandwidth of a port, with its class id.
public struct NetworkPortBandwidth: XMLModel {
    public var classID: Int?
    public var inbound: BandwidthLimit?
    public var outbound: BandwidthLimit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("classID", \.classID), .element("inbound", \.inbound), .element("outbound", \.outbound))
}

/// Whether a port trusts the guest's receive filters.
public struct NetworkPortRxFilters: XMLModel {
    public var trustGuest: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("trustGuest", \.trustGuest))
}

/// How a port is plugged on the host.
public struct NetworkPortPlug: XMLModel {
    public var type: String?
    public var bridge: String?
    public var dev: String?
    public var mode: String?
    public var macTableManager: String?
    public var managed: Bool?
    public var driver: NetworkForwardDriver?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("bridge", \.bridge), .attribute("dev", \.dev),
        .attribute("mode", \.mode), .attribute("macTableManager", \.macTableManager),
        .attribute("managed", \.managed), .element("driver", \.driver), .element("address", \.address))
}

// MARK: - NWFilter binding

/// The binding of a network filter to a port (`<filterbinding>`).
public struct NWFilterBindingDefinition: XMLDocumentModel {
    public static let rootElement = "filterbinding"
    public var owner: ObjectOwner?
    public var portdev: NameElement?
    public var mac: MACAddress?
    public var filterref: NWFilterReference?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("owner", \.owner), .element("portdev", \.portdev), .element("mac", \.mac),
        .element("filterref", \.filterref))
}

// MARK: - Snapshot

/// A domain snapshot (`<domainsnapshot>`).
public struct DomainSnapshotDefinition: XMLDocumentModel {
    public static let rootElement = "domainsnapshot"
    public var name: String?
    public var description: String?
    public var state: String?
    public var creationTime: Int?
    public var parent: SnapshotParent?
    public var memory: SnapshotMemory?
    public var disks: SnapshotDisks?
    public var active: Int?
    /// The domain's definition when the snapshot was taken.
    public var domain: DomainDefinition? {
        get { domainStorage.value }
        set { domainStorage.value = newValue }
    }
    /// The inactive definition of a running domain when the snapshot was taken.
    public var inactiveDomain: DomainDefinition? {
        get { inactiveDomainStorage.value }
        set { inactiveDomainStorage.value = newValue }
    }
    var domainStorage = Indirect<DomainDefinition?>(nil)
    var inactiveDomainStorage = Indirect<DomainDefinition?>(nil)
    public var cookie: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("name", \.name), .text("description", \.description), .text("state", \.state),
        .text("creationTime", \.creationTime), .element("parent", \.parent), .element("memory", \.memory),
        .element("disks", \.disks), .text("active", \.active), .element("domain", \.domain),
        .element("inactiveDomain", \.inactiveDomain), .element("cookie", \.cookie))
}

/// The parent of a snapshot or checkpoint.
public struct SnapshotParent: XMLModel {
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.text("name", \.name))
}

/// Where a snapshot's memory goes.
public struct SnapshotMemory: XMLModel {
    public var snapshot: String?
    public var file: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("snapshot", \.snapshot), .attribute("file", \.file))
}

/// The disks of a snapshot.
public struct SnapshotDisks: XMLModel {
    public var disks: [SnapshotDisk] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("disk", \.disks))
}

/// How one disk is snapshotted.
public struct SnapshotDisk: XMLModel {
    public var name: String?
    public var snapshot: String?
    public var type: DiskType?
    public var driver: SnapshotDiskDriver?
    public var source: DiskSource?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("snapshot", \.snapshot), .attribute("type", \.type),
        .element("driver", \.driver), .element("source", \.source))
}

/// The format of a snapshot disk.
public struct SnapshotDiskDriver: XMLModel {
    public var type: String?
    public var metadataCache: SnapshotMetadataCache?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("type", \.type), .element("metadata_cache", \.metadataCache))
}

/// The qcow2 metadata cache size.
public struct SnapshotMetadataCache: XMLModel {
    public var maxSize: Size?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("max_size", \.maxSize))
}

// MARK: - Checkpoint

/// A domain checkpoint (`<domaincheckpoint>`).
public struct DomainCheckpointDefinition: XMLDocumentModel {
    public static let rootElement = "domaincheckpoint"
    public var name: String?
    public var description: String?
    public var creationTime: Int?
    public var parent: SnapshotParent?
    public var disks: CheckpointDisks?
    /// The domain's definition when the checkpoint was created.
    public var domain: DomainDefinition? {
        get { domainStorage.value }
        set { domainStorage.value = newValue }
    }
    var domainStorage = Indirect<DomainDefinition?>(nil)
    public var active: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("name", \.name), .text("description", \.description), .text("creationTime", \.creationTime),
        .element("parent", \.parent), .element("disks", \.disks), .element("domain", \.domain),
        .text("active", \.active))
}

/// The disks of a checkpoint.
public struct CheckpointDisks: XMLModel {
    public var disks: [CheckpointDisk] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("disk", \.disks))
}

/// How one disk is checkpointed.
public struct CheckpointDisk: XMLModel {
    public var name: String?
    public var checkpoint: String?
    public var bitmap: String?
    public var size: UInt64?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("checkpoint", \.checkpoint), .attribute("bitmap", \.bitmap),
        .attribute("size", \.size))
}

// MARK: - Backup

/// A backup job (`<domainbackup>`).
public struct DomainBackupDefinition: XMLDocumentModel {
    public static let rootElement = "domainbackup"
    public var mode: String?
    public var incremental: String?
    public var server: BackupServer?
    public var disks: BackupDisks?
    public var privateData: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .text("incremental", \.incremental), .element("server", \.server),
        .element("disks", \.disks), .element("privateData", \.privateData))
}

/// The NBD server of a pull backup.
public struct BackupServer: XMLModel {
    public var transport: String?
    public var name: String?
    public var port: Int?
    public var socket: String?
    public var tls: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("transport", \.transport), .attribute("name", \.name), .attribute("port", \.port),
        .attribute("socket", \.socket), .attribute("tls", \.tls))
}

/// The disks of a backup.
public struct BackupDisks: XMLModel {
    public var disks: [BackupDisk] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("disk", \.disks))
}

/// How one disk is backed up.
public struct BackupDisk: XMLModel {
    public var name: String?
    public var backup: Bool?
    public var state: String?
    public var type: DiskType?
    public var backupmode: String?
    public var incremental: String?
    public var exportname: String?
    public var exportbitmap: String?
    public var index: Int?
    public var target: BackupDiskFile?
    public var driver: TypeElement?
    public var scratch: BackupDiskFile?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("backup", \.backup), .attribute("state", \.state),
        .attribute("type", \.type), .attribute("backupmode", \.backupmode), .attribute("incremental", \.incremental),
        .attribute("exportname", \.exportname), .attribute("exportbitmap", \.exportbitmap),
        .attribute("index", \.index), .element("target", \.target), .element("driver", \.driver),
        .element("scratch", \.scratch))
}

/// The target or scratch file of a backup disk.
public struct BackupDiskFile: XMLModel {
    public var file: String?
    public var dev: String?
    public var encryption: StorageEncryption?
    public var seclabels: [SecurityLabel] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("file", \.file), .attribute("dev", \.dev), .element("encryption", \.encryption),
        .element("seclabel", \.seclabels))
}
