import FoundationEssentials

// MARK: - Host capabilities (virConnectGetCapabilities)

/// What a hypervisor connection offers (`<capabilities>`): the host (CPU, NUMA topology,
/// caches, security models, migration) and the guest architectures it can run.
public struct HostCapabilities: XMLDocumentModel {
    public static let rootElement = "capabilities"
    public var host: CapabilitiesHost?
    public var guests: [CapabilitiesGuest] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("host", \.host), .element("guest", \.guests))
}

/// The host part of the capabilities.
public struct CapabilitiesHost: XMLModel {
    public var uuid: UUID?
    public var cpu: HostCPU?
    public var powerManagement: HostPowerManagement?
    public var iommu: HostIOMMU?
    public var migrationFeatures: HostMigrationFeatures?
    public var topology: HostTopology?
    public var cache: HostCache?
    public var memoryBandwidth: HostMemoryBandwidth?
    public var netprefix: String?
    public var secmodels: [HostSecurityModel] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("uuid", \.uuid), .element("cpu", \.cpu), .element("power_management", \.powerManagement),
        .element("iommu", \.iommu), .element("migration_features", \.migrationFeatures),
        .element("topology", \.topology), .element("cache", \.cache),
        .element("memory_bandwidth", \.memoryBandwidth), .text("netprefix", \.netprefix),
        .element("secmodel", \.secmodels))
}

/// The host CPU: architecture, model, topology, features and page sizes.
public struct HostCPU: XMLModel {
    public var arch: String?
    public var features: HostCPUFeatureFlags?
    public var model: String?
    public var vendor: String?
    public var microcode: HostCPUMicrocode?
    public var signature: HostCPUSignature?
    public var counter: HostCPUCounter?
    public var topology: DomainCPUTopology?
    public var maxphysaddr: DomainCPUMaxPhysAddr?
    public var cpuFeatures: [NameElement] = []
    public var pages: [HostPageSize] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("arch", \.arch), .element("features", \.features), .text("model", \.model),
        .text("vendor", \.vendor), .element("microcode", \.microcode), .element("signature", \.signature),
        .element("counter", \.counter), .element("topology", \.topology), .element("maxphysaddr", \.maxphysaddr),
        .element("feature", \.cpuFeatures), .element("pages", \.pages))
}

/// Old-style host CPU flags (`<features><pae/></features>`).
public struct HostCPUFeatureFlags: XMLModel {
    public var pae = false
    public var nonpae = false
    public var vmx = false
    public var svm = false
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .flag("pae", \.pae), .flag("nonpae", \.nonpae), .flag("vmx", \.vmx), .flag("svm", \.svm))
}

/// The host CPU's microcode version.
public struct HostCPUMicrocode: XMLModel {
    public var version: UInt64?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("version", \.version))
}

/// The host CPU's family, model and stepping.
public struct HostCPUSignature: XMLModel {
    public var family: Int?
    public var model: Int?
    public var stepping: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("family", \.family), .attribute("model", \.model), .attribute("stepping", \.stepping))
}

/// The host's TSC counter.
public struct HostCPUCounter: XMLModel {
    public var name: String?
    public var frequency: UInt64?
    public var scaling: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("frequency", \.frequency), .attribute("scaling", \.scaling))
}

/// A memory page size the host supports, or (in a NUMA cell) how many pages of it are free.
public struct HostPageSize: XMLModel {
    public var unit: SizeUnit?
    public var size: UInt64?
    public var count: UInt64?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("unit", \.unit), .attribute("size", \.size), .value(\.count))
}

/// Host power management: which suspend targets work.
public struct HostPowerManagement: XMLModel {
    public var suspendMemory = false
    public var suspendDisk = false
    public var suspendHybrid = false
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .flag("suspend_mem", \.suspendMemory), .flag("suspend_disk", \.suspendDisk),
        .flag("suspend_hybrid", \.suspendHybrid))
}

/// Whether the host has an IOMMU.
public struct HostIOMMU: XMLModel {
    public var support: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("support", \.support))
}

/// Migration: live migration and the URI transports.
public struct HostMigrationFeatures: XMLModel {
    public var live = false
    public var uriTransports: HostURITransports?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.flag("live", \.live), .element("uri_transports", \.uriTransports))
}

/// The URI transports of migration (`tcp`, `rdma`, ...).
public struct HostURITransports: XMLModel {
    public var transports: [String] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.text("uri_transport", \.transports))
}

/// A security model of the host, with its base labels per domain type.
public struct HostSecurityModel: XMLModel {
    public var model: String?
    public var doi: String?
    public var baselabels: [HostBaseLabel] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("model", \.model), .text("doi", \.doi), .element("baselabel", \.baselabels))
}

/// The base security label of one domain type.
public struct HostBaseLabel: XMLModel {
    public var type: DomainType?
    public var label: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("type", \.type), .value(\.label))
}

// MARK: Host NUMA topology

/// The host's NUMA cells and the bandwidth and latency between them.
public struct HostTopology: XMLModel {
    public var cells: HostCells?
    public var interconnects: HostInterconnects?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("cells", \.cells), .element("interconnects", \.interconnects))
}

/// The NUMA cells.
public struct HostCells: XMLModel {
    public var num: Int?
    public var cells: [HostCell] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("num", \.num), .element("cell", \.cells))
}

/// One NUMA cell: its memory, free pages, distances, caches and CPUs.
public struct HostCell: XMLModel {
    public var id: Int?
    public var memory: Size?
    public var pages: [HostPageSize] = []
    public var distances: HostCellDistances?
    public var caches: [HostCellCache] = []
    public var cpus: HostCellCPUs?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .element("memory", \.memory), .element("pages", \.pages),
        .element("distances", \.distances), .element("cache", \.caches), .element("cpus", \.cpus))
}

/// The distances from a NUMA cell to the others.
public struct HostCellDistances: XMLModel {
    public var siblings: [HostCellSibling] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("sibling", \.siblings))
}

/// The distance to one NUMA cell.
public struct HostCellSibling: XMLModel {
    public var id: Int?
    public var value: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id), .attribute("value", \.value))
}

/// A memory-side cache of a NUMA cell.
public struct HostCellCache: XMLModel {
    public var level: Int?
    public var associativity: String?
    public var policy: String?
    public var size: HostValueWithUnit?
    public var line: HostValueWithUnit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("level", \.level), .attribute("associativity", \.associativity),
        .attribute("policy", \.policy), .element("size", \.size), .element("line", \.line))
}

/// A size given as `value` and `unit` attributes.
public struct HostValueWithUnit: XMLModel {
    public var value: UInt64?
    public var unit: SizeUnit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("value", \.value), .attribute("unit", \.unit))
}

/// The CPUs of a NUMA cell.
public struct HostCellCPUs: XMLModel {
    public var num: Int?
    public var cpus: [HostCellCPU] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("num", \.num), .element("cpu", \.cpus))
}

/// One host CPU and where it sits.
public struct HostCellCPU: XMLModel {
    public var id: Int?
    public var socketID: Int?
    public var dieID: Int?
    public var coreID: Int?
    public var siblings: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("socket_id", \.socketID), .attribute("die_id", \.dieID),
        .attribute("core_id", \.coreID), .attribute("siblings", \.siblings))
}

/// Bandwidth and latency between NUMA initiators and targets (HMAT).
public struct HostInterconnects: XMLModel {
    public var latencies: [HostInterconnect] = []
    public var bandwidths: [HostInterconnect] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("latency", \.latencies), .element("bandwidth", \.bandwidths))
}

/// One latency or bandwidth figure between an initiator and a target cell.
public struct HostInterconnect: XMLModel {
    public var initiator: Int?
    public var target: Int?
    public var cache: Int?
    public var type: String?
    public var value: UInt64?
    public var unit: SizeUnit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("initiator", \.initiator), .attribute("target", \.target), .attribute("cache", \.cache),
        .attribute("type", \.type), .attribute("value", \.value), .attribute("unit", \.unit))
}

// MARK: Host caches and memory bandwidth (resctrl)

/// The host's CPU caches and their allocation controls.
public struct HostCache: XMLModel {
    public var banks: [HostCacheBank] = []
    public var monitor: HostResourceMonitor?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("bank", \.banks), .element("monitor", \.monitor))
}

/// One cache bank.
public struct HostCacheBank: XMLModel {
    public var id: Int?
    public var level: Int?
    public var type: String?
    public var size: UInt64?
    public var unit: SizeUnit?
    public var cpus: String?
    public var controls: [HostCacheControl] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("level", \.level), .attribute("type", \.type),
        .attribute("size", \.size), .attribute("unit", \.unit), .attribute("cpus", \.cpus),
        .element("control", \.controls))
}

/// How a cache bank (or memory bandwidth) can be allocated.
public struct HostCacheControl: XMLModel {
    public var granularity: UInt64?
    public var min: UInt64?
    public var unit: SizeUnit?
    public var type: String?
    public var maxAllocs: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("granularity", \.granularity), .attribute("min", \.min), .attribute("unit", \.unit),
        .attribute("type", \.type), .attribute("maxAllocs", \.maxAllocs))
}

/// A resource monitor (cache occupancy, memory bandwidth).
public struct HostResourceMonitor: XMLModel {
    public var level: Int?
    public var reuseThreshold: UInt64?
    public var maxMonitors: Int?
    public var features: [NameElement] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("level", \.level), .attribute("reuseThreshold", \.reuseThreshold),
        .attribute("maxMonitors", \.maxMonitors), .element("feature", \.features))
}

/// Memory bandwidth allocation per node.
public struct HostMemoryBandwidth: XMLModel {
    public var nodes: [HostMemoryBandwidthNode] = []
    public var monitor: HostResourceMonitor?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("node", \.nodes), .element("monitor", \.monitor))
}

/// The memory bandwidth controls of one node.
public struct HostMemoryBandwidthNode: XMLModel {
    public var id: Int?
    public var cpus: String?
    public var control: HostCacheControl?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("cpus", \.cpus), .element("control", \.control))
}

// MARK: Guests

/// A kind of guest the hypervisor runs: an OS type on an architecture.
public struct CapabilitiesGuest: XMLModel {
    public var osType: String?
    public var arch: CapabilitiesGuestArch?
    public var features: CapabilitiesGuestFeatures?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("os_type", \.osType), .element("arch", \.arch), .element("features", \.features))
}

/// A guest architecture: word size, emulator, machine types and domain types.
public struct CapabilitiesGuestArch: XMLModel {
    public var name: String?
    public var wordsize: Int?
    public var emulator: String?
    public var loader: String?
    public var machines: [CapabilitiesMachine] = []
    public var domains: [CapabilitiesGuestDomain] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .text("wordsize", \.wordsize), .text("emulator", \.emulator),
        .text("loader", \.loader), .element("machine", \.machines), .element("domain", \.domains))
}

/// A machine type (`pc-q35-7.2`), with its canonical name and CPU limit.
public struct CapabilitiesMachine: XMLModel {
    public var name: String?
    public var maxCpus: Int?
    public var canonical: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("maxCpus", \.maxCpus), .attribute("canonical", \.canonical), .value(\.name))
}

/// A domain type (`kvm`, `qemu`) of a guest architecture, with its own emulator and machines.
public struct CapabilitiesGuestDomain: XMLModel {
    public var type: DomainType?
    public var emulator: String?
    public var loader: String?
    public var machines: [CapabilitiesMachine] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .text("emulator", \.emulator), .text("loader", \.loader),
        .element("machine", \.machines))
}

/// Guest features (old style): which are available, on by default, and switchable.
public struct CapabilitiesGuestFeatures: XMLModel {
    public var pae = false
    public var nonpae = false
    public var ia64BE = false
    public var cpuselection = false
    public var deviceboot = false
    public var acpi: CapabilitiesGuestFeature?
    public var apic: CapabilitiesGuestFeature?
    public var hap: CapabilitiesGuestFeature?
    public var disksnapshot: CapabilitiesGuestFeature?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .flag("pae", \.pae), .flag("nonpae", \.nonpae), .flag("ia64_be", \.ia64BE),
        .flag("cpuselection", \.cpuselection), .flag("deviceboot", \.deviceboot), .element("acpi", \.acpi),
        .element("apic", \.apic), .element("hap", \.hap), .element("disksnapshot", \.disksnapshot))
}

/// A guest feature's default state and whether it can be toggled.
public struct CapabilitiesGuestFeature: XMLModel {
    public var isOnByDefault: Bool?
    public var toggle: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("default", \.isOnByDefault, .onOff), .attribute("toggle", \.toggle))
}
