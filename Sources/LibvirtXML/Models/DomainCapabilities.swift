import FoundationEssentials

// MARK: - Domain capabilities (virConnectGetDomainCapabilities)

/// What one emulator, machine type and domain type support for a guest
/// (`<domainCapabilities>`): firmware, CPU modes, devices and features, each with the values
/// its attributes may take.
public struct DomainCapabilities: XMLDocumentModel {
    public static let rootElement = "domainCapabilities"
    public var path: String?
    public var domain: DomainType?
    public var machine: String?
    public var arch: String?
    public var vcpu: DomainCapabilitiesVCPU?
    public var iothreads: CapabilitySupport?
    public var os: DomainCapabilitiesOS?
    public var cpu: DomainCapabilitiesCPU?
    public var memoryBacking: CapabilitySupport?
    public var devices: DomainCapabilitiesDevices?
    public var features: DomainCapabilitiesFeatures?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("path", \.path), .text("domain", \.domain), .text("machine", \.machine), .text("arch", \.arch),
        .element("vcpu", \.vcpu), .element("iothreads", \.iothreads), .element("os", \.os), .element("cpu", \.cpu),
        .element("memoryBacking", \.memoryBacking), .element("devices", \.devices),
        .element("features", \.features))
}

/// Whether something is supported, and the values each of its attributes may take
/// (`<disk supported='yes'><enum name='bus'><value>virtio</value>...</enum></disk>`).
public struct CapabilitySupport: XMLModel {
    public var supported: Bool?
    public var enums: [CapabilityEnum] = []
    public var unknown = XMLUnknown()
    public init() {}
    /// The values of the enum named `name`, or nil when there is none.
    public func values(of name: String) -> [String]? { enums.first { $0.name == name }?.values }
    public static let schema = XMLSchema<Self>(.attribute("supported", \.supported), .element("enum", \.enums))
}

/// The values an attribute may take.
public struct CapabilityEnum: XMLModel {
    public var name: String?
    public var values: [String] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .text("value", \.values))
}

/// The most vCPUs a guest may have.
public struct DomainCapabilitiesVCPU: XMLModel {
    public var max: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("max", \.max))
}

/// Firmware: the OS's enums and the loader's.
public struct DomainCapabilitiesOS: XMLModel {
    public var supported: Bool?
    public var enums: [CapabilityEnum] = []
    public var loader: DomainCapabilitiesLoader?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("supported", \.supported), .element("enum", \.enums), .element("loader", \.loader))
}

/// Firmware loaders: their paths and enums.
public struct DomainCapabilitiesLoader: XMLModel {
    public var supported: Bool?
    public var paths: [String] = []
    public var enums: [CapabilityEnum] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("supported", \.supported), .text("value", \.paths), .element("enum", \.enums))
}

/// The CPU modes a guest may use.
public struct DomainCapabilitiesCPU: XMLModel {
    public var modes: [DomainCapabilitiesCPUMode] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("mode", \.modes))
}

/// One CPU mode (`host-passthrough`, `maximum`, `host-model`, `custom`): whether it is
/// supported, and for host-model and custom the models and features.
public struct DomainCapabilitiesCPUMode: XMLModel {
    public var name: String?
    public var supported: Bool?
    public var enums: [CapabilityEnum] = []
    public var models: [DomainCapabilitiesCPUModel] = []
    public var vendor: String?
    public var features: [DomainCPUFeature] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("supported", \.supported), .element("enum", \.enums),
        .element("model", \.models), .text("vendor", \.vendor), .element("feature", \.features))
}

/// A CPU model and whether it is usable on this host.
public struct DomainCapabilitiesCPUModel: XMLModel {
    public var name: String?
    public var usable: String?
    public var vendor: String?
    public var fallback: String?
    public var deprecated: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("usable", \.usable), .attribute("vendor", \.vendor), .attribute("fallback", \.fallback),
        .attribute("deprecated", \.deprecated), .value(\.name))
}

/// The device kinds and the values of their attributes.
public struct DomainCapabilitiesDevices: XMLModel {
    public var disk: CapabilitySupport?
    public var graphics: CapabilitySupport?
    public var video: CapabilitySupport?
    public var hostdev: CapabilitySupport?
    public var rng: CapabilitySupport?
    public var filesystem: CapabilitySupport?
    public var tpm: CapabilitySupport?
    public var redirdev: CapabilitySupport?
    public var channel: CapabilitySupport?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("disk", \.disk), .element("graphics", \.graphics), .element("video", \.video),
        .element("hostdev", \.hostdev), .element("rng", \.rng), .element("filesystem", \.filesystem),
        .element("tpm", \.tpm), .element("redirdev", \.redirdev), .element("channel", \.channel))
}

/// Guest features the hypervisor supports.
public struct DomainCapabilitiesFeatures: XMLModel {
    public var gic: CapabilitySupport?
    public var vmcoreinfo: CapabilitySupport?
    public var genid: CapabilitySupport?
    public var backingStoreInput: CapabilitySupport?
    public var backup: CapabilitySupport?
    public var asyncTeardown: CapabilitySupport?
    public var s390PV: CapabilitySupport?
    public var sev: DomainCapabilitiesSEV?
    public var sgx: DomainCapabilitiesSGX?
    public var hyperv: CapabilitySupport?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("gic", \.gic), .element("vmcoreinfo", \.vmcoreinfo), .element("genid", \.genid),
        .element("backingStoreInput", \.backingStoreInput), .element("backup", \.backup),
        .element("async-teardown", \.asyncTeardown), .element("s390-pv", \.s390PV), .element("sev", \.sev),
        .element("sgx", \.sgx), .element("hyperv", \.hyperv))
}

/// AMD SEV: whether it is supported and its parameters.
public struct DomainCapabilitiesSEV: XMLModel {
    public var supported: Bool?
    public var cbitpos: Int?
    public var reducedPhysBits: Int?
    public var maxGuests: Int?
    public var maxESGuests: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("supported", \.supported), .text("cbitpos", \.cbitpos),
        .text("reducedPhysBits", \.reducedPhysBits), .text("maxGuests", \.maxGuests),
        .text("maxESGuests", \.maxESGuests))
}

/// Intel SGX: whether it is supported, its flavours and EPC sections.
public struct DomainCapabilitiesSGX: XMLModel {
    public var supported: Bool?
    public var flc: Bool?
    public var sgx1: Bool?
    public var sgx2: Bool?
    public var sectionSize: Size?
    public var sections: DomainCapabilitiesSGXSections?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("supported", \.supported), .text("flc", \.flc), .text("sgx1", \.sgx1), .text("sgx2", \.sgx2),
        .element("section_size", \.sectionSize), .element("sections", \.sections))
}

/// The SGX EPC sections.
public struct DomainCapabilitiesSGXSections: XMLModel {
    public var sections: [DomainCapabilitiesSGXSection] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("section", \.sections))
}

/// One SGX EPC section: its NUMA node and size.
public struct DomainCapabilitiesSGXSection: XMLModel {
    public var node: Int?
    public var size: UInt64?
    public var unit: SizeUnit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("node", \.node), .attribute("size", \.size), .attribute("unit", \.unit))
}

// MARK: - Storage pool capabilities (virConnectGetStoragePoolCapabilities)

/// The storage pool types a connection supports, with their pool and volume formats
/// (`<storagepoolCapabilities>`).
public struct StoragePoolCapabilities: XMLDocumentModel {
    public static let rootElement = "storagepoolCapabilities"
    public var pools: [StoragePoolTypeCapabilities] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("pool", \.pools))
}

/// One pool type: whether it is supported, and its pool and volume format options.
public struct StoragePoolTypeCapabilities: XMLModel {
    public var type: String?
    public var supported: Bool?
    public var poolOptions: StorageFormatOptions?
    public var volumeOptions: StorageFormatOptions?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("supported", \.supported), .element("poolOptions", \.poolOptions),
        .element("volOptions", \.volumeOptions))
}

/// The formats a pool or its volumes may have, and the default one.
public struct StorageFormatOptions: XMLModel {
    public var defaultFormat: TypeElement?
    public var enums: [CapabilityEnum] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("defaultFormat", \.defaultFormat), .element("enum", \.enums))
}
