import FoundationEssentials

// MARK: - DomainDefinition (formatdomain)

/// The hypervisor type of a domain (`kvm`, `qemu`, `xen`, `lxc`, `test`, ...).
public struct DomainType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let kvm: Self = "kvm"
    public static let qemu: Self = "qemu"
    public static let xen: Self = "xen"
    public static let lxc: Self = "lxc"
    public static let test: Self = "test"
}

/// What happens when a guest powers off, reboots or crashes.
public struct LifecycleAction: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let destroy: Self = "destroy"
    public static let restart: Self = "restart"
    public static let preserve: Self = "preserve"
    public static let renameRestart: Self = "rename-restart"
    public static let coredumpDestroy: Self = "coredump-destroy"
    public static let coredumpRestart: Self = "coredump-restart"
}

/// A guest (`<domain>`).
public struct DomainDefinition: XMLDocumentModel {
    public static let rootElement = "domain"
    public var type: DomainType?
    public var id: Int?
    public var name: String?
    public var uuid: UUID?
    public var genid: String?
    public var title: String?
    public var description: String?
    public var metadata: XMLElement?
    public var maxMemory: DomainMaxMemory?
    public var memory: DomainMemory?
    public var currentMemory: Size?
    public var blkiotune: XMLElement?
    public var memtune: DomainMemoryTune?
    public var memoryBacking: DomainMemoryBacking?
    public var vcpu: DomainVCPU?
    public var vcpus: DomainVCPUs?
    public var iothreads: Int?
    public var iothreadIDs: DomainIOThreadIDs?
    public var cputune: DomainCPUTune?
    public var numatune: DomainNUMATune?
    public var resource: DomainResource?
    public var sysinfo: [DomainSysinfo] = []
    public var bootloader: String?
    public var bootloaderArgs: String?
    public var os: DomainOS?
    public var idmap: DomainIDMap?
    public var features: DomainFeatures?
    public var cpu: DomainCPU?
    public var clock: DomainClock?
    public var onPoweroff: LifecycleAction?
    public var onReboot: LifecycleAction?
    public var onCrash: LifecycleAction?
    public var onLockfailure: String?
    public var pm: DomainPowerManagement?
    public var perf: DomainPerf?
    public var devices: DomainDevices?
    public var seclabels: [SecurityLabel] = []
    public var keywrap: DomainKeyWrap?
    public var launchSecurity: XMLElement?
    public var qemuCommandline: QEMUCommandline?
    public var qemuCapabilities: XMLElement?
    public var qemuOverride: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("id", \.id),
        .text("name", \.name), .text("uuid", \.uuid), .text("genid", \.genid), .text("title", \.title),
        .text("description", \.description), .element("metadata", \.metadata),
        .element("maxMemory", \.maxMemory), .element("memory", \.memory), .element("currentMemory", \.currentMemory),
        .element("blkiotune", \.blkiotune), .element("memtune", \.memtune), .element("memoryBacking", \.memoryBacking),
        .element("vcpu", \.vcpu), .element("vcpus", \.vcpus), .text("iothreads", \.iothreads),
        .element("iothreadids", \.iothreadIDs), .element("cputune", \.cputune), .element("numatune", \.numatune),
        .element("resource", \.resource), .element("sysinfo", \.sysinfo), .text("bootloader", \.bootloader),
        .text("bootloader_args", \.bootloaderArgs), .element("os", \.os), .element("idmap", \.idmap),
        .element("features", \.features), .element("cpu", \.cpu), .element("clock", \.clock),
        .text("on_poweroff", \.onPoweroff), .text("on_reboot", \.onReboot), .text("on_crash", \.onCrash),
        .text("on_lockfailure", \.onLockfailure), .element("pm", \.pm), .element("perf", \.perf),
        .element("devices", \.devices), .element("seclabel", \.seclabels), .element("keywrap", \.keywrap),
        .element("launchSecurity", \.launchSecurity), .element("qemu:commandline", \.qemuCommandline),
        .element("qemu:capabilities", \.qemuCapabilities), .element("qemu:override", \.qemuOverride))
}

// MARK: Memory

/// The maximum memory of a guest, with hotplug slots.
public struct DomainMaxMemory: XMLModel {
    public var value: UInt64?
    public var unit: SizeUnit?
    public var slots: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("unit", \.unit), .attribute("slots", \.slots), .value(\.value))
}

/// The initial memory of a guest.
public struct DomainMemory: XMLModel {
    public var value: UInt64?
    public var unit: SizeUnit?
    public var dumpCore: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    /// `value` in `unit`.
    public init(_ value: UInt64, _ unit: SizeUnit) { self.value = value; self.unit = unit }
    public static let schema = XMLSchema<Self>(
        .attribute("unit", \.unit), .attribute("dumpCore", \.dumpCore, .onOff), .value(\.value))
}

/// Memory tuning limits.
public struct DomainMemoryTune: XMLModel {
    public var hardLimit: Size?
    public var softLimit: Size?
    public var swapHardLimit: Size?
    public var minGuarantee: Size?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("hard_limit", \.hardLimit), .element("soft_limit", \.softLimit),
        .element("swap_hard_limit", \.swapHardLimit), .element("min_guarantee", \.minGuarantee))
}

/// How guest memory is backed.
public struct DomainMemoryBacking: XMLModel {
    public var hugepages: DomainHugepages?
    public var nosharepages = false
    public var locked = false
    public var source: TypeElement?
    public var access: ModeElement?
    public var allocation: DomainMemoryAllocation?
    public var discard = false
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("hugepages", \.hugepages), .flag("nosharepages", \.nosharepages), .flag("locked", \.locked),
        .element("source", \.source), .element("access", \.access), .element("allocation", \.allocation),
        .flag("discard", \.discard))
}

/// Huge pages backing guest memory.
public struct DomainHugepages: XMLModel {
    public var pages: [DomainHugepage] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("page", \.pages))
}

/// One huge page size, optionally for some NUMA nodes.
public struct DomainHugepage: XMLModel {
    public var size: UInt64?
    public var unit: SizeUnit?
    public var nodeset: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("size", \.size), .attribute("unit", \.unit), .attribute("nodeset", \.nodeset))
}

/// How memory is allocated.
public struct DomainMemoryAllocation: XMLModel {
    public var mode: String?
    public var threads: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("mode", \.mode), .attribute("threads", \.threads))
}

/// An element with a `type` attribute.
public struct TypeElement: XMLModel {
    public var type: String?
    public var unknown = XMLUnknown()
    public init() {}
    /// `type`.
    public init(_ type: String) { self.type = type }
    public static let schema = XMLSchema<Self>(.attribute("type", \.type))
}

/// An element with a `mode` attribute.
public struct ModeElement: XMLModel {
    public var mode: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("mode", \.mode))
}

// MARK: CPUs

/// The virtual CPU count and placement.
public struct DomainVCPU: XMLModel {
    public var count: Int?
    public var placement: String?
    public var cpuset: String?
    public var current: Int?
    public var unknown = XMLUnknown()
    public init() {}
    /// `count` virtual CPUs.
    public init(_ count: Int) { self.count = count }
    public static let schema = XMLSchema<Self>(
        .attribute("placement", \.placement), .attribute("cpuset", \.cpuset), .attribute("current", \.current),
        .value(\.count))
}

/// The state of each virtual CPU.
public struct DomainVCPUs: XMLModel {
    public var vcpus: [DomainVCPUState] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("vcpu", \.vcpus))
}

/// One virtual CPU's state.
public struct DomainVCPUState: XMLModel {
    public var id: Int?
    public var enabled: Bool?
    public var hotpluggable: Bool?
    public var order: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("enabled", \.enabled), .attribute("hotpluggable", \.hotpluggable),
        .attribute("order", \.order))
}

/// I/O thread ids.
public struct DomainIOThreadIDs: XMLModel {
    public var iothreads: [DomainIOThread] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("iothread", \.iothreads))
}

/// One I/O thread.
public struct DomainIOThread: XMLModel {
    public var id: Int?
    public var threadPoolMin: Int?
    public var threadPoolMax: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("thread_pool_min", \.threadPoolMin),
        .attribute("thread_pool_max", \.threadPoolMax))
}

/// CPU tuning: shares, bandwidth, pinning, scheduling, cache and memory bandwidth.
public struct DomainCPUTune: XMLModel {
    public var shares: UInt64?
    public var period: UInt64?
    public var quota: Int?
    public var globalPeriod: UInt64?
    public var globalQuota: Int?
    public var emulatorPeriod: UInt64?
    public var emulatorQuota: Int?
    public var iothreadPeriod: UInt64?
    public var iothreadQuota: Int?
    public var vcpupins: [DomainCPUPin] = []
    public var emulatorpin: DomainCPUPin?
    public var iothreadpins: [DomainCPUPin] = []
    public var vcpuscheds: [DomainScheduler] = []
    public var iothreadscheds: [DomainScheduler] = []
    public var emulatorsched: DomainScheduler?
    public var cachetunes: [DomainCacheTune] = []
    public var memorytunes: [DomainMemoryBandwidthTune] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("shares", \.shares), .text("period", \.period), .text("quota", \.quota),
        .text("global_period", \.globalPeriod), .text("global_quota", \.globalQuota),
        .text("emulator_period", \.emulatorPeriod), .text("emulator_quota", \.emulatorQuota),
        .text("iothread_period", \.iothreadPeriod), .text("iothread_quota", \.iothreadQuota),
        .element("vcpupin", \.vcpupins), .element("emulatorpin", \.emulatorpin), .element("iothreadpin", \.iothreadpins),
        .element("vcpusched", \.vcpuscheds), .element("iothreadsched", \.iothreadscheds),
        .element("emulatorsched", \.emulatorsched), .element("cachetune", \.cachetunes),
        .element("memorytune", \.memorytunes))
}

/// Pinning of a vCPU, the emulator or an I/O thread to host CPUs.
public struct DomainCPUPin: XMLModel {
    public var vcpu: Int?
    public var iothread: Int?
    public var cpuset: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("vcpu", \.vcpu), .attribute("iothread", \.iothread), .attribute("cpuset", \.cpuset))
}

/// A scheduler for vCPUs, I/O threads or the emulator.
public struct DomainScheduler: XMLModel {
    public var vcpus: String?
    public var iothreads: String?
    public var scheduler: String?
    public var priority: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("vcpus", \.vcpus), .attribute("iothreads", \.iothreads), .attribute("scheduler", \.scheduler),
        .attribute("priority", \.priority))
}

/// Cache allocation for some vCPUs.
public struct DomainCacheTune: XMLModel {
    public var id: String?
    public var vcpus: String?
    public var caches: [DomainCacheAllocation] = []
    public var monitors: [DomainMonitor] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("vcpus", \.vcpus), .element("cache", \.caches),
        .element("monitor", \.monitors))
}

/// One cache allocation.
public struct DomainCacheAllocation: XMLModel {
    public var id: Int?
    public var level: Int?
    public var type: String?
    public var size: UInt64?
    public var unit: SizeUnit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("level", \.level), .attribute("type", \.type),
        .attribute("size", \.size), .attribute("unit", \.unit))
}

/// A cache or memory bandwidth monitor.
public struct DomainMonitor: XMLModel {
    public var level: Int?
    public var vcpus: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("level", \.level), .attribute("vcpus", \.vcpus))
}

/// Memory bandwidth allocation for some vCPUs.
public struct DomainMemoryBandwidthTune: XMLModel {
    public var vcpus: String?
    public var nodes: [DomainMemoryBandwidthNode] = []
    public var monitors: [DomainMonitor] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("vcpus", \.vcpus), .element("node", \.nodes), .element("monitor", \.monitors))
}

/// Memory bandwidth of one host node.
public struct DomainMemoryBandwidthNode: XMLModel {
    public var id: Int?
    public var bandwidth: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id), .attribute("bandwidth", \.bandwidth))
}

/// NUMA memory placement.
public struct DomainNUMATune: XMLModel {
    public var memory: DomainNUMAMemory?
    public var memnodes: [DomainNUMAMemory] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("memory", \.memory), .element("memnode", \.memnodes))
}

/// Memory placement of the guest or of one guest node.
public struct DomainNUMAMemory: XMLModel {
    public var cellID: Int?
    public var mode: String?
    public var nodeset: String?
    public var placement: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("cellid", \.cellID), .attribute("mode", \.mode), .attribute("nodeset", \.nodeset),
        .attribute("placement", \.placement))
}

/// The resource partition of a guest.
public struct DomainResource: XMLModel {
    public var partition: String?
    public var fibreChannel: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.text("partition", \.partition), .element("fibrechannel", \.fibreChannel))
}

// MARK: Sysinfo

/// SMBIOS or firmware information shown to the guest.
public struct DomainSysinfo: XMLModel {
    public var type: String?
    public var bios: DomainSysinfoBlock?
    public var system: DomainSysinfoBlock?
    public var baseBoards: [DomainSysinfoBlock] = []
    public var chassis: DomainSysinfoBlock?
    public var processors: [DomainSysinfoBlock] = []
    public var memories: [DomainSysinfoBlock] = []
    public var oemStrings: DomainSysinfoOEMStrings?
    public var entries: [DomainSysinfoEntry] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .element("bios", \.bios), .element("system", \.system),
        .element("baseBoard", \.baseBoards), .element("chassis", \.chassis), .element("processor", \.processors),
        .element("memory_device", \.memories), .element("oemStrings", \.oemStrings), .element("entry", \.entries))
}

/// A block of sysinfo entries.
public struct DomainSysinfoBlock: XMLModel {
    public var entries: [DomainSysinfoEntry] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("entry", \.entries))
}

/// One sysinfo entry.
public struct DomainSysinfoEntry: XMLModel {
    public var name: String?
    public var file: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("file", \.file), .value(\.value))
}

/// OEM strings.
public struct DomainSysinfoOEMStrings: XMLModel {
    public var entries: [String] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.text("entry", \.entries))
}

// MARK: OS

/// How the guest boots.
public struct DomainOS: XMLModel {
    public var firmware: String?
    public var type: DomainOSType?
    public var firmwareInfo: DomainFirmwareInfo?
    public var loader: DomainLoader?
    public var nvram: DomainNVRAM?
    public var kernel: String?
    public var initrd: String?
    public var cmdline: String?
    public var dtb: String?
    public var shim: String?
    public var initPath: String?
    public var initArgs: [String] = []
    public var initEnvs: [DomainInitEnv] = []
    public var initDir: String?
    public var initUser: String?
    public var initGroup: String?
    public var boots: [DomainBootDevice] = []
    public var bootmenu: DomainBootMenu?
    public var smbios: ModeElement?
    public var bios: DomainBIOS?
    public var acpi: DomainOSACPI?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("firmware", \.firmware), .element("type", \.type), .element("firmware", \.firmwareInfo),
        .element("loader", \.loader), .element("nvram", \.nvram), .text("kernel", \.kernel), .text("initrd", \.initrd),
        .text("cmdline", \.cmdline), .text("dtb", \.dtb), .text("shim", \.shim), .text("init", \.initPath),
        .text("initarg", \.initArgs), .element("initenv", \.initEnvs), .text("initdir", \.initDir),
        .text("inituser", \.initUser), .text("initgroup", \.initGroup), .element("boot", \.boots),
        .element("bootmenu", \.bootmenu), .element("smbios", \.smbios), .element("bios", \.bios),
        .element("acpi", \.acpi))
}

/// The guest's OS type, architecture and machine (`<type arch='x86_64' machine='q35'>hvm</type>`).
public struct DomainOSType: XMLModel {
    public var arch: String?
    public var machine: String?
    public var type: String?
    public var unknown = XMLUnknown()
    public init() {}
    /// `type` (`hvm`, `linux`, `exe`, `xen`) on `arch` and `machine`.
    public init(_ type: String, arch: String? = nil, machine: String? = nil) {
        self.type = type; self.arch = arch; self.machine = machine
    }
    public static let schema = XMLSchema<Self>(.attribute("arch", \.arch), .attribute("machine", \.machine), .value(\.type))
}

/// Firmware features asked for in automatic firmware selection.
public struct DomainFirmwareInfo: XMLModel {
    public var features: [DomainFirmwareFeature] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("feature", \.features))
}

/// One firmware feature.
public struct DomainFirmwareFeature: XMLModel {
    public var enabled: Bool?
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("enabled", \.enabled), .attribute("name", \.name))
}

/// The firmware loader.
public struct DomainLoader: XMLModel {
    public var readonly: Bool?
    public var secure: Bool?
    public var stateless: Bool?
    public var type: String?
    public var format: String?
    public var path: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("readonly", \.readonly), .attribute("secure", \.secure), .attribute("stateless", \.stateless),
        .attribute("type", \.type), .attribute("format", \.format), .value(\.path))
}

/// The NVRAM store of UEFI variables.
public struct DomainNVRAM: XMLModel {
    public var template: String?
    public var type: String?
    public var format: String?
    public var path: String?
    public var source: DiskSource?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("template", \.template), .attribute("type", \.type), .attribute("format", \.format),
        .element("source", \.source), .value(\.path))
}

/// An environment variable of a container's init.
public struct DomainInitEnv: XMLModel {
    public var name: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .value(\.value))
}

/// A boot device (`hd`, `cdrom`, `network`, `fd`).
public struct DomainBootDevice: XMLModel {
    public var dev: String?
    public var unknown = XMLUnknown()
    public init() {}
    /// Boot from `dev`.
    public init(_ dev: String) { self.dev = dev }
    public static let schema = XMLSchema<Self>(.attribute("dev", \.dev))
}

/// The boot menu.
public struct DomainBootMenu: XMLModel {
    public var enable: Bool?
    public var timeout: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("enable", \.enable), .attribute("timeout", \.timeout))
}

/// BIOS options.
public struct DomainBIOS: XMLModel {
    public var useserial: Bool?
    public var rebootTimeout: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("useserial", \.useserial), .attribute("rebootTimeout", \.rebootTimeout))
}

/// ACPI tables given to the guest.
public struct DomainOSACPI: XMLModel {
    public var tables: [DomainACPITable] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("table", \.tables))
}

/// One ACPI table.
public struct DomainACPITable: XMLModel {
    public var type: String?
    public var path: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("type", \.type), .value(\.path))
}

/// User and group id maps of a container.
public struct DomainIDMap: XMLModel {
    public var uids: [DomainIDRange] = []
    public var gids: [DomainIDRange] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("uid", \.uids), .element("gid", \.gids))
}

/// One id range.
public struct DomainIDRange: XMLModel {
    public var start: Int?
    public var target: Int?
    public var count: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("start", \.start), .attribute("target", \.target), .attribute("count", \.count))
}

// MARK: Features

/// Hypervisor features.
public struct DomainFeatures: XMLModel {
    public var pae = false
    public var acpi = false
    public var apic: DomainFeature?
    public var hap: DomainFeature?
    public var viridian = false
    public var privnet = false
    public var hyperv: DomainHyperV?
    public var kvm: DomainFeatureSet?
    public var xen: XMLElement?
    public var pvspinlock: DomainFeature?
    public var capabilities: DomainCapabilitiesFeature?
    public var pmu: DomainFeature?
    public var vmport: DomainFeature?
    public var gic: DomainFeature?
    public var smm: DomainSMM?
    public var ioapic: DomainFeature?
    public var hpt: XMLElement?
    public var vmcoreinfo: DomainFeature?
    public var htm: DomainFeature?
    public var nestedHV: DomainFeature?
    public var ccfAssist: DomainFeature?
    public var msrs: DomainFeature?
    public var cfpc: DomainFeature?
    public var sbbc: DomainFeature?
    public var ibs: DomainFeature?
    public var tcg: XMLElement?
    public var asyncTeardown: DomainFeature?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .flag("pae", \.pae), .flag("acpi", \.acpi), .element("apic", \.apic), .element("hap", \.hap),
        .flag("viridian", \.viridian), .flag("privnet", \.privnet), .element("hyperv", \.hyperv),
        .element("kvm", \.kvm), .element("xen", \.xen), .element("pvspinlock", \.pvspinlock),
        .element("capabilities", \.capabilities), .element("pmu", \.pmu), .element("vmport", \.vmport),
        .element("gic", \.gic), .element("smm", \.smm), .element("ioapic", \.ioapic), .element("hpt", \.hpt),
        .element("vmcoreinfo", \.vmcoreinfo), .element("htm", \.htm), .element("nested-hv", \.nestedHV),
        .element("ccf-assist", \.ccfAssist), .element("msrs", \.msrs), .element("cfpc", \.cfpc),
        .element("sbbc", \.sbbc), .element("ibs", \.ibs), .element("tcg", \.tcg),
        .element("async-teardown", \.asyncTeardown))
}

/// A feature switch with its optional settings.
public struct DomainFeature: XMLModel {
    public var state: Bool?
    public var eoi: Bool?
    public var version: String?
    public var driver: String?
    public var unknownMSR: String?
    public var value: String?
    public var retries: Int?
    public var enabled: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("state", \.state, .onOff), .attribute("eoi", \.eoi, .onOff), .attribute("version", \.version),
        .attribute("driver", \.driver), .attribute("unknown", \.unknownMSR), .attribute("value", \.value),
        .attribute("retries", \.retries), .attribute("enabled", \.enabled))
}

/// Hyper-V enlightenments.
public struct DomainHyperV: XMLModel {
    public var mode: String?
    public var relaxed: DomainFeature?
    public var vapic: DomainFeature?
    public var spinlocks: DomainFeature?
    public var vpindex: DomainFeature?
    public var runtime: DomainFeature?
    public var synic: DomainFeature?
    public var stimer: DomainHyperVTimer?
    public var reset: DomainFeature?
    public var vendorID: DomainFeature?
    public var frequencies: DomainFeature?
    public var reenlightenment: DomainFeature?
    public var tlbflush: DomainFeature?
    public var ipi: DomainFeature?
    public var evmcs: DomainFeature?
    public var avic: DomainFeature?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .element("relaxed", \.relaxed), .element("vapic", \.vapic),
        .element("spinlocks", \.spinlocks), .element("vpindex", \.vpindex), .element("runtime", \.runtime),
        .element("synic", \.synic), .element("stimer", \.stimer), .element("reset", \.reset),
        .element("vendor_id", \.vendorID), .element("frequencies", \.frequencies),
        .element("reenlightenment", \.reenlightenment), .element("tlbflush", \.tlbflush), .element("ipi", \.ipi),
        .element("evmcs", \.evmcs), .element("avic", \.avic))
}

/// The Hyper-V synthetic timer.
public struct DomainHyperVTimer: XMLModel {
    public var state: Bool?
    public var direct: DomainFeature?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("state", \.state, .onOff), .element("direct", \.direct))
}

/// KVM features.
public struct DomainFeatureSet: XMLModel {
    public var hidden: DomainFeature?
    public var hintDedicated: DomainFeature?
    public var pollControl: DomainFeature?
    public var pvipi: DomainFeature?
    public var dirtyRing: DomainDirtyRing?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("hidden", \.hidden), .element("hint-dedicated", \.hintDedicated),
        .element("poll-control", \.pollControl), .element("pv-ipi", \.pvipi), .element("dirty-ring", \.dirtyRing))
}

/// The KVM dirty ring.
public struct DomainDirtyRing: XMLModel {
    public var state: Bool?
    public var size: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("state", \.state, .onOff), .attribute("size", \.size))
}

/// System management mode.
public struct DomainSMM: XMLModel {
    public var state: Bool?
    public var tseg: Size?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("state", \.state, .onOff), .element("tseg", \.tseg))
}

/// Container capabilities.
public struct DomainCapabilitiesFeature: XMLModel {
    public var policy: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("policy", \.policy))
}

// MARK: CPU model

/// The guest CPU model, topology, features and NUMA cells.
public struct DomainCPU: XMLModel {
    public var mode: String?
    public var match: String?
    public var check: String?
    public var migratable: Bool?
    public var model: DomainCPUModel?
    public var vendor: String?
    public var topology: DomainCPUTopology?
    public var cache: DomainCPUCache?
    public var maxphysaddr: DomainCPUMaxPhysAddr?
    public var features: [DomainCPUFeature] = []
    public var numa: DomainNUMA?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .attribute("match", \.match), .attribute("check", \.check),
        .attribute("migratable", \.migratable, .onOff), .element("model", \.model), .text("vendor", \.vendor),
        .element("topology", \.topology), .element("cache", \.cache), .element("maxphysaddr", \.maxphysaddr),
        .element("feature", \.features), .element("numa", \.numa))
}

/// A CPU model name.
public struct DomainCPUModel: XMLModel {
    public var fallback: String?
    public var vendorID: String?
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("fallback", \.fallback), .attribute("vendor_id", \.vendorID), .value(\.name))
}

/// CPU topology.
public struct DomainCPUTopology: XMLModel {
    public var sockets: Int?
    public var dies: Int?
    public var cores: Int?
    public var threads: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("sockets", \.sockets), .attribute("dies", \.dies), .attribute("cores", \.cores),
        .attribute("threads", \.threads))
}

/// CPU cache emulation.
public struct DomainCPUCache: XMLModel {
    public var level: Int?
    public var mode: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("level", \.level), .attribute("mode", \.mode))
}

/// Physical address bits.
public struct DomainCPUMaxPhysAddr: XMLModel {
    public var mode: String?
    public var bits: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("mode", \.mode), .attribute("bits", \.bits))
}

/// A CPU feature and its policy.
public struct DomainCPUFeature: XMLModel {
    public var policy: String?
    public var name: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("policy", \.policy), .attribute("name", \.name))
}

/// Guest NUMA topology.
public struct DomainNUMA: XMLModel {
    public var cells: [DomainNUMACell] = []
    public var interconnects: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("cell", \.cells), .element("interconnects", \.interconnects))
}

/// One guest NUMA cell.
public struct DomainNUMACell: XMLModel {
    public var id: Int?
    public var cpus: String?
    public var memory: UInt64?
    public var unit: SizeUnit?
    public var memAccess: String?
    public var discard: Bool?
    public var distances: DomainNUMADistances?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("cpus", \.cpus), .attribute("memory", \.memory),
        .attribute("unit", \.unit), .attribute("memAccess", \.memAccess), .attribute("discard", \.discard),
        .element("distances", \.distances))
}

/// Distances from a NUMA cell to the others.
public struct DomainNUMADistances: XMLModel {
    public var siblings: [DomainNUMASibling] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("sibling", \.siblings))
}

/// The distance to one NUMA cell.
public struct DomainNUMASibling: XMLModel {
    public var id: Int?
    public var value: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id), .attribute("value", \.value))
}

// MARK: Clock, power, perf, keywrap

/// The guest clock and its timers.
public struct DomainClock: XMLModel {
    public var offset: String?
    public var timezone: String?
    public var adjustment: String?
    public var basis: String?
    public var start: String?
    public var timers: [DomainTimer] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("offset", \.offset), .attribute("timezone", \.timezone), .attribute("adjustment", \.adjustment),
        .attribute("basis", \.basis), .attribute("start", \.start), .element("timer", \.timers))
}

/// One timer.
public struct DomainTimer: XMLModel {
    public var name: String?
    public var present: Bool?
    public var tickpolicy: String?
    public var track: String?
    public var frequency: UInt64?
    public var mode: String?
    public var catchup: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("present", \.present), .attribute("tickpolicy", \.tickpolicy),
        .attribute("track", \.track), .attribute("frequency", \.frequency), .attribute("mode", \.mode),
        .element("catchup", \.catchup))
}

/// Power management (suspend to memory or disk).
public struct DomainPowerManagement: XMLModel {
    public var suspendToMem: DomainFeature?
    public var suspendToDisk: DomainFeature?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("suspend-to-mem", \.suspendToMem), .element("suspend-to-disk", \.suspendToDisk))
}

/// Perf events.
public struct DomainPerf: XMLModel {
    public var events: [DomainPerfEvent] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("event", \.events))
}

/// One perf event.
public struct DomainPerfEvent: XMLModel {
    public var name: String?
    public var enabled: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("enabled", \.enabled))
}

/// s390 key wrapping.
public struct DomainKeyWrap: XMLModel {
    public var ciphers: [DomainKeyWrapCipher] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("cipher", \.ciphers))
}

/// One key-wrapping cipher.
public struct DomainKeyWrapCipher: XMLModel {
    public var name: String?
    public var state: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("state", \.state, .onOff))
}

/// Extra QEMU arguments and environment (`<qemu:commandline>`).
public struct QEMUCommandline: XMLModel {
    public var args: [QEMUValue] = []
    public var envs: [QEMUValue] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("qemu:arg", \.args), .element("qemu:env", \.envs))
}

/// A QEMU argument or environment variable.
public struct QEMUValue: XMLModel {
    public var name: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("value", \.value))
}
