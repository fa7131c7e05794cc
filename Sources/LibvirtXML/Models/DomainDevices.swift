import FoundationEssentials

// MARK: - DomainDefinition devices

/// The devices of a guest, each kind in its own list (their relative order is kept).
public struct DomainDevices: XMLModel {
    public var emulator: String?
    public var disks: [DomainDisk] = []
    public var controllers: [DomainController] = []
    public var leases: [XMLElement] = []
    public var filesystems: [DomainFilesystem] = []
    public var interfaces: [DomainNetworkInterface] = []
    public var inputs: [DomainInput] = []
    public var sounds: [DomainSound] = []
    public var audios: [DomainAudio] = []
    public var hostdevs: [DomainHostdev] = []
    public var graphics: [DomainGraphics] = []
    public var videos: [DomainVideo] = []
    public var consoles: [DomainChardev] = []
    public var serials: [DomainChardev] = []
    public var parallels: [DomainChardev] = []
    public var channels: [DomainChardev] = []
    public var smartcards: [DomainSmartcard] = []
    public var hubs: [DomainHub] = []
    public var redirdevs: [DomainRedirdev] = []
    public var redirfilter: DomainRedirFilter?
    public var rngs: [DomainRNG] = []
    public var tpms: [DomainTPM] = []
    public var shmems: [DomainShmem] = []
    public var memories: [DomainMemoryDevice] = []
    public var watchdogs: [DomainWatchdog] = []
    public var memballoon: DomainMemballoon?
    public var nvrams: [DomainDeviceWithAddress] = []
    public var panics: [DomainPanic] = []
    public var iommu: DomainIOMMU?
    public var vsock: DomainVsock?
    public var crypto: [XMLElement] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("emulator", \.emulator), .element("disk", \.disks), .element("controller", \.controllers),
        .element("lease", \.leases), .element("filesystem", \.filesystems), .element("interface", \.interfaces),
        .element("input", \.inputs), .element("sound", \.sounds), .element("audio", \.audios),
        .element("hostdev", \.hostdevs), .element("graphics", \.graphics), .element("video", \.videos),
        .element("console", \.consoles), .element("serial", \.serials), .element("parallel", \.parallels),
        .element("channel", \.channels), .element("smartcard", \.smartcards), .element("hub", \.hubs),
        .element("redirdev", \.redirdevs), .element("redirfilter", \.redirfilter), .element("rng", \.rngs),
        .element("tpm", \.tpms), .element("shmem", \.shmems), .element("memory", \.memories),
        .element("watchdog", \.watchdogs), .element("memballoon", \.memballoon), .element("nvram", \.nvrams),
        .element("panic", \.panics), .element("iommu", \.iommu), .element("vsock", \.vsock),
        .element("crypto", \.crypto))
}

/// A device alias (`<alias name='ua-disk0'/>`).
public typealias DeviceAlias = NameElement

/// The boot order of a device.
public struct DeviceBoot: XMLModel {
    public var order: Int?
    public var loadparm: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("order", \.order), .attribute("loadparm", \.loadparm))
}

/// A device's option ROM.
public struct DeviceROM: XMLModel {
    public var bar: Bool?
    public var file: String?
    public var enabled: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("bar", \.bar, .onOff), .attribute("file", \.file), .attribute("enabled", \.enabled))
}

/// Driver options of a device (virtio options and the driver's own).
public struct DeviceDriver: XMLModel {
    public var name: String?
    public var type: String?
    public var cache: String?
    public var errorPolicy: String?
    public var rerrorPolicy: String?
    public var io: String?
    public var ioeventfd: Bool?
    public var eventIdx: Bool?
    public var copyOnRead: Bool?
    public var discard: String?
    public var detectZeroes: String?
    public var iothread: Int?
    public var queues: Int?
    public var queueSize: Int?
    public var txmode: String?
    public var rxQueueSize: Int?
    public var txQueueSize: Int?
    public var rss: Bool?
    public var rssHashReport: Bool?
    public var iommu: Bool?
    public var ats: Bool?
    public var packed: Bool?
    public var pagePerVQ: Bool?
    public var model: String?
    public var format: String?
    public var wrpolicy: String?
    public var queue: Int?
    public var cmdPerLun: Int?
    public var maxSectors: Int?
    public var vgaconf: String?
    public var host: DeviceDriverOffloads?
    public var guest: DeviceDriverOffloads?
    public var iothreads: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("type", \.type), .attribute("cache", \.cache),
        .attribute("error_policy", \.errorPolicy), .attribute("rerror_policy", \.rerrorPolicy), .attribute("io", \.io),
        .attribute("ioeventfd", \.ioeventfd, .onOff), .attribute("event_idx", \.eventIdx, .onOff),
        .attribute("copy_on_read", \.copyOnRead, .onOff), .attribute("discard", \.discard),
        .attribute("detect_zeroes", \.detectZeroes), .attribute("iothread", \.iothread), .attribute("queues", \.queues),
        .attribute("queue_size", \.queueSize), .attribute("txmode", \.txmode),
        .attribute("rx_queue_size", \.rxQueueSize), .attribute("tx_queue_size", \.txQueueSize),
        .attribute("rss", \.rss, .onOff), .attribute("rss_hash_report", \.rssHashReport, .onOff),
        .attribute("iommu", \.iommu, .onOff), .attribute("ats", \.ats, .onOff), .attribute("packed", \.packed, .onOff),
        .attribute("page_per_vq", \.pagePerVQ, .onOff), .attribute("model", \.model), .attribute("format", \.format),
        .attribute("wrpolicy", \.wrpolicy), .attribute("queue", \.queue), .attribute("cmd_per_lun", \.cmdPerLun),
        .attribute("max_sectors", \.maxSectors), .attribute("vgaconf", \.vgaconf), .element("host", \.host),
        .element("guest", \.guest), .element("iothreads", \.iothreads))
}

/// Offload switches of a network driver (csum, tso4, ...), kept as their attributes.
public struct DeviceDriverOffloads: XMLModel {
    public var csum: Bool?
    public var gso: Bool?
    public var tso4: Bool?
    public var tso6: Bool?
    public var ecn: Bool?
    public var ufo: Bool?
    public var mrgRxbuf: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("csum", \.csum, .onOff), .attribute("gso", \.gso, .onOff), .attribute("tso4", \.tso4, .onOff),
        .attribute("tso6", \.tso6, .onOff), .attribute("ecn", \.ecn, .onOff), .attribute("ufo", \.ufo, .onOff),
        .attribute("mrg_rxbuf", \.mrgRxbuf, .onOff))
}

// MARK: Disk

/// Where a disk's data lives (`file`, `block`, `dir`, `network`, `volume`, `nvme`, `vhostuser`).
public struct DiskType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let file: Self = "file"
    public static let block: Self = "block"
    public static let dir: Self = "dir"
    public static let network: Self = "network"
    public static let volume: Self = "volume"
    public static let nvme: Self = "nvme"
    public static let vhostuser: Self = "vhostuser"
}

/// What a disk looks like to the guest (`disk`, `cdrom`, `floppy`, `lun`).
public struct DiskDevice: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let disk: Self = "disk"
    public static let cdrom: Self = "cdrom"
    public static let floppy: Self = "floppy"
    public static let lun: Self = "lun"
}

/// The bus a disk sits on (`virtio`, `sata`, `scsi`, `ide`, `usb`, `fdc`, ...).
public struct DiskBus: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let virtio: Self = "virtio"
    public static let sata: Self = "sata"
    public static let scsi: Self = "scsi"
    public static let ide: Self = "ide"
    public static let usb: Self = "usb"
    public static let fdc: Self = "fdc"
    public static let xen: Self = "xen"
    public static let sd: Self = "sd"
}

/// A disk, CD-ROM, floppy or LUN.
public struct DomainDisk: XMLModel {
    public var type: DiskType?
    public var device: DiskDevice?
    public var model: String?
    public var rawio: Bool?
    public var sgio: String?
    public var snapshot: String?
    public var driver: DeviceDriver?
    public var auth: StorageAuth?
    public var source: DiskSource?
    public var backingStore: DiskBackingStore?
    public var mirror: DiskMirror?
    public var target: DiskTarget?
    public var iotune: DiskIOTune?
    public var boot: DeviceBoot?
    public var readonly = false
    public var shareable = false
    public var transient: XMLElement?
    public var serial: String?
    public var wwn: String?
    public var vendor: String?
    public var product: String?
    public var encryption: StorageEncryption?
    public var blockio: XMLElement?
    public var geometry: XMLElement?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("device", \.device), .attribute("model", \.model),
        .attribute("rawio", \.rawio), .attribute("sgio", \.sgio), .attribute("snapshot", \.snapshot),
        .element("driver", \.driver), .element("auth", \.auth), .element("source", \.source),
        .element("backingStore", \.backingStore), .element("mirror", \.mirror), .element("target", \.target),
        .element("iotune", \.iotune), .element("boot", \.boot), .flag("readonly", \.readonly),
        .flag("shareable", \.shareable), .element("transient", \.transient), .text("serial", \.serial),
        .text("wwn", \.wwn), .text("vendor", \.vendor), .text("product", \.product),
        .element("encryption", \.encryption), .element("blockio", \.blockio), .element("geometry", \.geometry),
        .element("alias", \.alias), .element("address", \.address))
}

/// The source of a disk: a file, a device, a volume of a pool, or a network protocol's host(s).
public struct DiskSource: XMLModel {
    public var file: String?
    public var dev: String?
    public var dir: String?
    public var type: String?
    public var path: String?
    public var mode: String?
    public var pool: String?
    public var volume: String?
    public var `protocol`: String?
    public var name: String?
    public var query: String?
    public var tls: Bool?
    public var tlsHostname: String?
    public var index: Int?
    public var managed: Bool?
    public var namespace: Int?
    public var startupPolicy: String?
    public var fdgroup: String?
    public var hosts: [StorageSourceHost] = []
    public var auth: StorageAuth?
    public var encryption: StorageEncryption?
    public var seclabels: [SecurityLabel] = []
    public var address: DeviceAddress?
    public var reservations: XMLElement?
    public var initiator: XMLElement?
    public var cookies: XMLElement?
    public var slices: XMLElement?
    public var snapshot: NameElement?
    public var config: PathElement?
    public var ssl: XMLElement?
    public var readahead: XMLElement?
    public var timeout: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("file", \.file), .attribute("dev", \.dev), .attribute("dir", \.dir), .attribute("type", \.type),
        .attribute("path", \.path), .attribute("mode", \.mode), .attribute("pool", \.pool),
        .attribute("volume", \.volume), .attribute("protocol", \.protocol), .attribute("name", \.name),
        .attribute("query", \.query), .attribute("tls", \.tls), .attribute("tlsHostname", \.tlsHostname),
        .attribute("index", \.index), .attribute("managed", \.managed), .attribute("namespace", \.namespace),
        .attribute("startupPolicy", \.startupPolicy), .attribute("fdgroup", \.fdgroup),
        .element("host", \.hosts), .element("auth", \.auth), .element("encryption", \.encryption),
        .element("seclabel", \.seclabels), .element("address", \.address), .element("reservations", \.reservations),
        .element("initiator", \.initiator), .element("cookies", \.cookies), .element("slices", \.slices),
        .element("snapshot", \.snapshot), .element("config", \.config), .element("ssl", \.ssl),
        .element("readahead", \.readahead), .element("timeout", \.timeout))
}

/// A backing image of a disk, possibly with its own backing chain.
public struct DiskBackingStore: XMLModel {
    public var type: DiskType?
    public var index: Int?
    public var format: FormatType?
    public var source: DiskSource?
    public var backingStore: [DiskBackingStore] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("index", \.index), .element("format", \.format),
        .element("source", \.source), .element("backingStore", \.backingStore))
}

/// A block job's mirror of a disk.
public struct DiskMirror: XMLModel {
    public var type: DiskType?
    public var file: String?
    public var format: String?
    public var job: String?
    public var ready: String?
    public var formatElement: FormatType?
    public var source: DiskSource?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("file", \.file), .attribute("format", \.format),
        .attribute("job", \.job), .attribute("ready", \.ready), .element("format", \.formatElement),
        .element("source", \.source))
}

/// The guest-side name and bus of a disk.
public struct DiskTarget: XMLModel {
    public var dev: String?
    public var bus: DiskBus?
    public var tray: String?
    public var removable: Bool?
    public var rotationRate: Int?
    public var unknown = XMLUnknown()
    public init() {}
    /// The disk `dev` on `bus`.
    public init(dev: String, bus: DiskBus? = nil) { self.dev = dev; self.bus = bus }
    public static let schema = XMLSchema<Self>(
        .attribute("dev", \.dev), .attribute("bus", \.bus), .attribute("tray", \.tray),
        .attribute("removable", \.removable, .onOff), .attribute("rotation_rate", \.rotationRate))
}

/// I/O limits of a disk.
public struct DiskIOTune: XMLModel {
    public var totalBytesSec: UInt64?
    public var readBytesSec: UInt64?
    public var writeBytesSec: UInt64?
    public var totalIopsSec: UInt64?
    public var readIopsSec: UInt64?
    public var writeIopsSec: UInt64?
    public var totalBytesSecMax: UInt64?
    public var readBytesSecMax: UInt64?
    public var writeBytesSecMax: UInt64?
    public var totalIopsSecMax: UInt64?
    public var readIopsSecMax: UInt64?
    public var writeIopsSecMax: UInt64?
    public var sizeIopsSec: UInt64?
    public var groupName: String?
    public var totalBytesSecMaxLength: UInt64?
    public var readBytesSecMaxLength: UInt64?
    public var writeBytesSecMaxLength: UInt64?
    public var totalIopsSecMaxLength: UInt64?
    public var readIopsSecMaxLength: UInt64?
    public var writeIopsSecMaxLength: UInt64?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .text("total_bytes_sec", \.totalBytesSec), .text("read_bytes_sec", \.readBytesSec),
        .text("write_bytes_sec", \.writeBytesSec), .text("total_iops_sec", \.totalIopsSec),
        .text("read_iops_sec", \.readIopsSec), .text("write_iops_sec", \.writeIopsSec),
        .text("total_bytes_sec_max", \.totalBytesSecMax), .text("read_bytes_sec_max", \.readBytesSecMax),
        .text("write_bytes_sec_max", \.writeBytesSecMax), .text("total_iops_sec_max", \.totalIopsSecMax),
        .text("read_iops_sec_max", \.readIopsSecMax), .text("write_iops_sec_max", \.writeIopsSecMax),
        .text("size_iops_sec", \.sizeIopsSec), .text("group_name", \.groupName),
        .text("total_bytes_sec_max_length", \.totalBytesSecMaxLength),
        .text("read_bytes_sec_max_length", \.readBytesSecMaxLength),
        .text("write_bytes_sec_max_length", \.writeBytesSecMaxLength),
        .text("total_iops_sec_max_length", \.totalIopsSecMaxLength),
        .text("read_iops_sec_max_length", \.readIopsSecMaxLength),
        .text("write_iops_sec_max_length", \.writeIopsSecMaxLength))
}

// MARK: Controllers, inputs, sound, video, graphics

/// A controller (`pci`, `usb`, `scsi`, `virtio-serial`, `sata`, `ide`, ...).
public struct DomainController: XMLModel {
    public var type: String?
    public var index: Int?
    public var model: String?
    public var ports: Int?
    public var vectors: Int?
    public var maxGrantFrames: Int?
    public var maxEventChannels: Int?
    public var modelElement: NameElement?
    public var target: DomainControllerTarget?
    public var driver: DeviceDriver?
    public var master: DomainControllerMaster?
    public var pcihole64: Size?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("index", \.index), .attribute("model", \.model),
        .attribute("ports", \.ports), .attribute("vectors", \.vectors), .attribute("maxGrantFrames", \.maxGrantFrames),
        .attribute("maxEventChannels", \.maxEventChannels), .element("model", \.modelElement),
        .element("target", \.target), .element("driver", \.driver), .element("master", \.master),
        .element("pcihole64", \.pcihole64), .element("alias", \.alias), .element("address", \.address))
}

/// PCI controller target options.
public struct DomainControllerTarget: XMLModel {
    public var chassisNr: Int?
    public var chassis: Int?
    public var port: String?
    public var busNr: Int?
    public var index: Int?
    public var hotplug: Bool?
    public var node: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("chassisNr", \.chassisNr), .attribute("chassis", \.chassis), .attribute("port", \.port),
        .attribute("busNr", \.busNr), .attribute("index", \.index), .attribute("hotplug", \.hotplug, .onOff),
        .text("node", \.node))
}

/// The USB companion controller's master.
public struct DomainControllerMaster: XMLModel {
    public var startport: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("startport", \.startport))
}

/// An input device (`mouse`, `tablet`, `keyboard`, `passthrough`, `evdev`).
public struct DomainInput: XMLModel {
    public var type: String?
    public var bus: String?
    public var model: String?
    public var source: DomainInputSource?
    public var driver: DeviceDriver?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("bus", \.bus), .attribute("model", \.model),
        .element("source", \.source), .element("driver", \.driver), .element("alias", \.alias),
        .element("address", \.address))
}

/// The host device behind an input device.
public struct DomainInputSource: XMLModel {
    public var dev: String?
    public var evdev: String?
    public var grab: String?
    public var grabToggle: String?
    public var `repeat`: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("dev", \.dev), .attribute("evdev", \.evdev), .attribute("grab", \.grab),
        .attribute("grabToggle", \.grabToggle), .attribute("repeat", \.repeat, .onOff))
}

/// A sound device.
public struct DomainSound: XMLModel {
    public var model: String?
    public var codecs: [TypeElement] = []
    public var audio: DomainAudioReference?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .element("codec", \.codecs), .element("audio", \.audio),
        .element("alias", \.alias), .element("address", \.address))
}

/// A reference to an audio backend.
public struct DomainAudioReference: XMLModel {
    public var id: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id))
}

/// An audio backend.
public struct DomainAudio: XMLModel {
    public var id: Int?
    public var type: String?
    public var timerPeriod: Int?
    public var driver: String?
    public var path: String?
    public var serverName: String?
    public var tryMMap: Bool?
    public var exclusive: Bool?
    public var dspPolicy: Int?
    public var input: DomainAudioStream?
    public var output: DomainAudioStream?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("id", \.id), .attribute("type", \.type), .attribute("timerPeriod", \.timerPeriod),
        .attribute("driver", \.driver), .attribute("path", \.path), .attribute("serverName", \.serverName),
        .attribute("tryMMap", \.tryMMap), .attribute("exclusive", \.exclusive), .attribute("dspPolicy", \.dspPolicy),
        .element("input", \.input), .element("output", \.output))
}

/// One direction of an audio backend.
public struct DomainAudioStream: XMLModel {
    public var mixingEngine: Bool?
    public var fixedSettings: Bool?
    public var voices: Int?
    public var bufferLength: Int?
    public var bufferCount: Int?
    public var tryPoll: Bool?
    public var dev: String?
    public var name: String?
    public var streamName: String?
    public var latency: Int?
    public var serverName: String?
    public var clientName: String?
    public var connectPorts: String?
    public var settings: DomainAudioSettings?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mixingEngine", \.mixingEngine), .attribute("fixedSettings", \.fixedSettings),
        .attribute("voices", \.voices), .attribute("bufferLength", \.bufferLength),
        .attribute("bufferCount", \.bufferCount), .attribute("tryPoll", \.tryPoll), .attribute("dev", \.dev),
        .attribute("name", \.name), .attribute("streamName", \.streamName), .attribute("latency", \.latency),
        .attribute("serverName", \.serverName), .attribute("clientName", \.clientName),
        .attribute("connectPorts", \.connectPorts), .element("settings", \.settings))
}

/// Fixed audio settings.
public struct DomainAudioSettings: XMLModel {
    public var frequency: Int?
    public var channels: Int?
    public var format: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("frequency", \.frequency), .attribute("channels", \.channels), .attribute("format", \.format))
}

/// A video device.
public struct DomainVideo: XMLModel {
    public var model: DomainVideoModel?
    public var driver: DeviceDriver?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("model", \.model), .element("driver", \.driver), .element("alias", \.alias),
        .element("address", \.address))
}

/// A video model and its memory.
public struct DomainVideoModel: XMLModel {
    public var type: String?
    public var ram: UInt64?
    public var vram: UInt64?
    public var vram64: UInt64?
    public var vgamem: UInt64?
    public var heads: Int?
    public var primary: Bool?
    public var blob: Bool?
    public var acceleration: DomainVideoAcceleration?
    public var resolution: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("ram", \.ram), .attribute("vram", \.vram),
        .attribute("vram64", \.vram64), .attribute("vgamem", \.vgamem), .attribute("heads", \.heads),
        .attribute("primary", \.primary), .attribute("blob", \.blob, .onOff),
        .element("acceleration", \.acceleration), .element("resolution", \.resolution))
}

/// Video acceleration.
public struct DomainVideoAcceleration: XMLModel {
    public var accel2d: Bool?
    public var accel3d: Bool?
    public var rendernode: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("accel2d", \.accel2d), .attribute("accel3d", \.accel3d), .attribute("rendernode", \.rendernode))
}

/// A graphical console (`vnc`, `spice`, `sdl`, `rdp`, `desktop`, `egl-headless`, `dbus`).
public struct DomainGraphics: XMLModel {
    public var type: String?
    public var port: Int?
    public var tlsPort: Int?
    public var autoport: Bool?
    public var websocket: Int?
    public var listen: String?
    public var socket: String?
    public var passwd: String?
    public var passwdValidTo: String?
    public var connected: String?
    public var keymap: String?
    public var sharePolicy: String?
    public var defaultMode: String?
    public var display: String?
    public var xauth: String?
    public var fullscreen: Bool?
    public var powerControl: Bool?
    public var p2p: Bool?
    public var listens: [DomainGraphicsListen] = []
    public var channels: [DomainGraphicsChannel] = []
    public var image: XMLElement?
    public var streaming: XMLElement?
    public var clipboard: XMLElement?
    public var mouse: XMLElement?
    public var filetransfer: XMLElement?
    public var gl: DomainGraphicsGL?
    public var audio: DomainAudioReference?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("port", \.port), .attribute("tlsPort", \.tlsPort),
        .attribute("autoport", \.autoport), .attribute("websocket", \.websocket), .attribute("listen", \.listen),
        .attribute("socket", \.socket), .attribute("passwd", \.passwd), .attribute("passwdValidTo", \.passwdValidTo),
        .attribute("connected", \.connected), .attribute("keymap", \.keymap), .attribute("sharePolicy", \.sharePolicy),
        .attribute("defaultMode", \.defaultMode), .attribute("display", \.display), .attribute("xauth", \.xauth),
        .attribute("fullscreen", \.fullscreen), .attribute("powerControl", \.powerControl), .attribute("p2p", \.p2p),
        .element("listen", \.listens), .element("channel", \.channels), .element("image", \.image),
        .element("streaming", \.streaming), .element("clipboard", \.clipboard), .element("mouse", \.mouse),
        .element("filetransfer", \.filetransfer), .element("gl", \.gl), .element("audio", \.audio))
}

/// Where a graphical console listens.
public struct DomainGraphicsListen: XMLModel {
    public var type: String?
    public var address: String?
    public var network: String?
    public var socket: String?
    public var autoGenerated: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("address", \.address), .attribute("network", \.network),
        .attribute("socket", \.socket), .attribute("fromConfig", \.autoGenerated))
}

/// A SPICE channel's mode.
public struct DomainGraphicsChannel: XMLModel {
    public var name: String?
    public var mode: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("mode", \.mode))
}

/// OpenGL of a graphical console.
public struct DomainGraphicsGL: XMLModel {
    public var enable: Bool?
    public var rendernode: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("enable", \.enable), .attribute("rendernode", \.rendernode))
}

// MARK: NetworkDefinition interfaces

/// How a NIC connects (`network`, `bridge`, `direct`, `user`, `ethernet`, `hostdev`, `vhostuser`, ...).
public struct InterfaceType: XMLToken {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let network: Self = "network"
    public static let bridge: Self = "bridge"
    public static let direct: Self = "direct"
    public static let user: Self = "user"
    public static let ethernet: Self = "ethernet"
    public static let hostdev: Self = "hostdev"
    public static let vhostuser: Self = "vhostuser"
    public static let vdpa: Self = "vdpa"
}

/// A network interface of a guest.
public struct DomainNetworkInterface: XMLModel {
    public var type: InterfaceType?
    public var managed: Bool?
    public var trustGuestRxFilters: Bool?
    public var source: DomainNetworkInterfaceSource?
    public var ips: [DomainNetworkInterfaceIP] = []
    public var routes: [NetworkRoute] = []
    public var mac: MACAddress?
    public var virtualPort: VirtualPort?
    public var target: DomainNetworkInterfaceTarget?
    public var guest: DomainNetworkInterfaceTarget?
    public var model: TypeElement?
    public var driver: DeviceDriver?
    public var backend: DomainNetworkInterfaceBackend?
    public var script: PathElement?
    public var downscript: PathElement?
    public var bandwidth: Bandwidth?
    public var vlan: VLAN?
    public var link: DomainNetworkInterfaceLink?
    public var mtu: NetworkMTU?
    public var coalesce: XMLElement?
    public var filterref: NWFilterReference?
    public var tune: XMLElement?
    public var teaming: DomainNetworkInterfaceTeaming?
    public var portOptions: NetworkPortIsolation?
    public var portForwards: [XMLElement] = []
    public var rom: DeviceROM?
    public var boot: DeviceBoot?
    public var acpi: XMLElement?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("managed", \.managed),
        .attribute("trustGuestRxFilters", \.trustGuestRxFilters), .element("source", \.source),
        .element("ip", \.ips), .element("route", \.routes), .element("mac", \.mac),
        .element("virtualport", \.virtualPort), .element("target", \.target), .element("guest", \.guest),
        .element("model", \.model), .element("driver", \.driver), .element("backend", \.backend),
        .element("script", \.script), .element("downscript", \.downscript), .element("bandwidth", \.bandwidth),
        .element("vlan", \.vlan), .element("link", \.link), .element("mtu", \.mtu), .element("coalesce", \.coalesce),
        .element("filterref", \.filterref), .element("tune", \.tune), .element("teaming", \.teaming),
        .element("port", \.portOptions), .element("portForward", \.portForwards), .element("rom", \.rom),
        .element("boot", \.boot), .element("acpi", \.acpi), .element("alias", \.alias),
        .element("address", \.address))
}

/// What a NIC connects to.
public struct DomainNetworkInterfaceSource: XMLModel {
    public var network: String?
    public var portgroup: String?
    public var portid: String?
    public var bridge: String?
    public var dev: String?
    public var mode: String?
    public var type: String?
    public var path: String?
    public var address: String?
    public var port: Int?
    public var portgroupid: String?
    public var switchid: String?
    public var connectionid: String?
    public var local: XMLElement?
    public var pciAddress: DeviceAddress?
    public var reconnect: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("network", \.network), .attribute("portgroup", \.portgroup), .attribute("portid", \.portid),
        .attribute("bridge", \.bridge), .attribute("dev", \.dev), .attribute("mode", \.mode),
        .attribute("type", \.type), .attribute("path", \.path), .attribute("address", \.address),
        .attribute("port", \.port), .attribute("portgroupid", \.portgroupid), .attribute("switchid", \.switchid),
        .attribute("connectionid", \.connectionid), .element("local", \.local), .element("address", \.pciAddress),
        .element("reconnect", \.reconnect))
}

/// An IP address of a NIC.
public struct DomainNetworkInterfaceIP: XMLModel {
    public var address: String?
    public var family: String?
    public var prefix: Int?
    public var peer: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("address", \.address), .attribute("family", \.family), .attribute("prefix", \.prefix),
        .attribute("peer", \.peer))
}

/// The host-side (or guest-side) device name of a NIC.
public struct DomainNetworkInterfaceTarget: XMLModel {
    public var dev: String?
    public var managed: Bool?
    public var actual: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("dev", \.dev), .attribute("managed", \.managed), .attribute("actual", \.actual))
}

/// The backend of a NIC.
public struct DomainNetworkInterfaceBackend: XMLModel {
    public var type: String?
    public var tap: String?
    public var vhost: String?
    public var logFile: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("tap", \.tap), .attribute("vhost", \.vhost),
        .attribute("logFile", \.logFile))
}

/// The link state of a NIC.
public struct DomainNetworkInterfaceLink: XMLModel {
    public var state: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("state", \.state))
}

/// Failover teaming of NICs.
public struct DomainNetworkInterfaceTeaming: XMLModel {
    public var type: String?
    public var persistent: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("type", \.type), .attribute("persistent", \.persistent))
}

/// A reference to a network filter, with parameters.
public struct NWFilterReference: XMLModel {
    public var filter: String?
    public var priority: Int?
    public var parameters: [NWFilterParameter] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("filter", \.filter), .attribute("priority", \.priority), .element("parameter", \.parameters))
}

/// A filter parameter.
public struct NWFilterParameter: XMLModel {
    public var name: String?
    public var value: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("name", \.name), .attribute("value", \.value))
}

// MARK: Host devices, filesystems

/// A host device given to the guest (PCI, USB, SCSI, mdev, ...).
public struct DomainHostdev: XMLModel {
    public var mode: String?
    public var type: String?
    public var managed: Bool?
    public var model: String?
    public var display: Bool?
    public var ramfb: Bool?
    public var sgio: String?
    public var rawio: Bool?
    public var source: DomainHostdevSource?
    public var driver: DeviceDriver?
    public var readonly = false
    public var shareable = false
    public var rom: DeviceROM?
    public var boot: DeviceBoot?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var acpi: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .attribute("type", \.type), .attribute("managed", \.managed),
        .attribute("model", \.model), .attribute("display", \.display, .onOff), .attribute("ramfb", \.ramfb, .onOff),
        .attribute("sgio", \.sgio), .attribute("rawio", \.rawio), .element("source", \.source),
        .element("driver", \.driver), .flag("readonly", \.readonly), .flag("shareable", \.shareable),
        .element("rom", \.rom), .element("boot", \.boot), .element("alias", \.alias), .element("address", \.address),
        .element("acpi", \.acpi))
}

/// The host side of a host device.
public struct DomainHostdevSource: XMLModel {
    public var startupPolicy: String?
    public var guestReset: String?
    public var writeFiltering: Bool?
    public var `protocol`: String?
    public var name: String?
    public var wwpn: String?
    public var address: DomainHostdevAddress?
    public var vendor: DomainHostdevID?
    public var product: DomainHostdevID?
    public var adapter: NameElement?
    public var hosts: [StorageSourceHost] = []
    public var auth: StorageAuth?
    public var initiator: XMLElement?
    public var block: String?
    public var char: String?
    public var interface: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("startupPolicy", \.startupPolicy), .attribute("guestReset", \.guestReset),
        .attribute("writeFiltering", \.writeFiltering), .attribute("protocol", \.protocol),
        .attribute("name", \.name), .attribute("wwpn", \.wwpn), .element("address", \.address),
        .element("vendor", \.vendor), .element("product", \.product), .element("adapter", \.adapter),
        .element("host", \.hosts), .element("auth", \.auth), .element("initiator", \.initiator),
        .text("block", \.block), .text("char", \.char), .text("interface", \.interface))
}

/// The host address of a host device (PCI, USB, SCSI, mdev UUID).
public struct DomainHostdevAddress: XMLModel {
    public var domain: String?
    public var bus: String?
    public var slot: String?
    public var function: String?
    public var device: String?
    public var target: String?
    public var unit: String?
    public var uuid: String?
    public var type: String?
    public var zpci: ZPCIAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("domain", \.domain), .attribute("bus", \.bus), .attribute("slot", \.slot),
        .attribute("function", \.function), .attribute("device", \.device), .attribute("target", \.target),
        .attribute("unit", \.unit), .attribute("uuid", \.uuid), .attribute("type", \.type), .element("zpci", \.zpci))
}

/// A USB vendor or product id.
public struct DomainHostdevID: XMLModel {
    public var id: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("id", \.id))
}

/// A filesystem shared with the guest.
public struct DomainFilesystem: XMLModel {
    public var type: String?
    public var accessmode: String?
    public var model: String?
    public var multidevs: String?
    public var fmode: String?
    public var dmode: String?
    public var driver: DeviceDriver?
    public var binary: XMLElement?
    public var idmap: DomainIDMap?
    public var source: DomainFilesystemSource?
    public var target: DomainFilesystemTarget?
    public var readonly = false
    public var spaceHardLimit: Size?
    public var spaceSoftLimit: Size?
    public var boot: DeviceBoot?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("accessmode", \.accessmode), .attribute("model", \.model),
        .attribute("multidevs", \.multidevs), .attribute("fmode", \.fmode), .attribute("dmode", \.dmode),
        .element("driver", \.driver), .element("binary", \.binary), .element("idmap", \.idmap),
        .element("source", \.source), .element("target", \.target), .flag("readonly", \.readonly),
        .element("space_hard_limit", \.spaceHardLimit), .element("space_soft_limit", \.spaceSoftLimit),
        .element("boot", \.boot), .element("alias", \.alias), .element("address", \.address))
}

/// The host side of a shared filesystem.
public struct DomainFilesystemSource: XMLModel {
    public var dir: String?
    public var file: String?
    public var dev: String?
    public var name: String?
    public var socket: String?
    public var usage: UInt64?
    public var units: SizeUnit?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("dir", \.dir), .attribute("file", \.file), .attribute("dev", \.dev), .attribute("name", \.name),
        .attribute("socket", \.socket), .attribute("usage", \.usage), .attribute("units", \.units))
}

/// The guest side of a shared filesystem.
public struct DomainFilesystemTarget: XMLModel {
    public var dir: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("dir", \.dir))
}

// MARK: Character devices

/// A serial port, console, parallel port or channel.
public struct DomainChardev: XMLModel {
    public var type: String?
    public var tty: String?
    public var sources: [DomainChardevSource] = []
    public var `protocol`: TypeElement?
    public var log: DomainChardevLog?
    public var target: DomainChardevTarget?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("tty", \.tty), .element("source", \.sources),
        .element("protocol", \.protocol), .element("log", \.log), .element("target", \.target),
        .element("alias", \.alias), .element("address", \.address))
}

/// The host side of a character device.
public struct DomainChardevSource: XMLModel {
    public var mode: String?
    public var path: String?
    public var host: String?
    public var service: String?
    public var channel: String?
    public var master: String?
    public var slave: String?
    public var append: Bool?
    public var tls: Bool?
    public var wiremode: String?
    public var reconnect: DomainReconnect?
    public var seclabels: [SecurityLabel] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .attribute("path", \.path), .attribute("host", \.host),
        .attribute("service", \.service), .attribute("channel", \.channel), .attribute("master", \.master),
        .attribute("slave", \.slave), .attribute("append", \.append, .onOff), .attribute("tls", \.tls),
        .attribute("wiremode", \.wiremode), .element("reconnect", \.reconnect), .element("seclabel", \.seclabels))
}

/// Reconnection of a client socket.
public struct DomainReconnect: XMLModel {
    public var enabled: Bool?
    public var timeout: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("enabled", \.enabled), .attribute("timeout", \.timeout))
}

/// The log file of a character device.
public struct DomainChardevLog: XMLModel {
    public var file: String?
    public var append: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("file", \.file), .attribute("append", \.append, .onOff))
}

/// The guest side of a character device.
public struct DomainChardevTarget: XMLModel {
    public var type: String?
    public var port: Int?
    public var name: String?
    public var address: String?
    public var state: String?
    public var model: NameElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("port", \.port), .attribute("name", \.name),
        .attribute("address", \.address), .attribute("state", \.state), .element("model", \.model))
}

// MARK: Other devices

/// A smartcard reader.
public struct DomainSmartcard: XMLModel {
    public var mode: String?
    public var type: String?
    public var certificates: [String] = []
    public var database: String?
    public var sources: [DomainChardevSource] = []
    public var `protocol`: TypeElement?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("mode", \.mode), .attribute("type", \.type), .text("certificate", \.certificates),
        .text("database", \.database), .element("source", \.sources), .element("protocol", \.protocol),
        .element("alias", \.alias), .element("address", \.address))
}

/// A USB hub.
public struct DomainHub: XMLModel {
    public var type: String?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .element("alias", \.alias), .element("address", \.address))
}

/// A redirected USB device.
public struct DomainRedirdev: XMLModel {
    public var bus: String?
    public var type: String?
    public var sources: [DomainChardevSource] = []
    public var `protocol`: TypeElement?
    public var boot: DeviceBoot?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("bus", \.bus), .attribute("type", \.type), .element("source", \.sources),
        .element("protocol", \.protocol), .element("boot", \.boot), .element("alias", \.alias),
        .element("address", \.address))
}

/// Filter rules for redirected USB devices.
public struct DomainRedirFilter: XMLModel {
    public var usbdevs: [DomainRedirFilterRule] = []
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("usbdev", \.usbdevs))
}

/// One USB redirection rule.
public struct DomainRedirFilterRule: XMLModel {
    public var `class`: String?
    public var vendor: String?
    public var product: String?
    public var version: String?
    public var allow: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("class", \.class), .attribute("vendor", \.vendor), .attribute("product", \.product),
        .attribute("version", \.version), .attribute("allow", \.allow))
}

/// A random number generator.
public struct DomainRNG: XMLModel {
    public var model: String?
    public var rate: DomainRNGRate?
    public var backend: DomainRNGBackend?
    public var driver: DeviceDriver?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .element("rate", \.rate), .element("backend", \.backend),
        .element("driver", \.driver), .element("alias", \.alias), .element("address", \.address))
}

/// The rate limit of an RNG.
public struct DomainRNGRate: XMLModel {
    public var bytes: Int?
    public var period: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("bytes", \.bytes), .attribute("period", \.period))
}

/// The source of an RNG.
public struct DomainRNGBackend: XMLModel {
    public var model: String?
    public var type: String?
    public var path: String?
    public var sources: [DomainChardevSource] = []
    public var `protocol`: TypeElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .attribute("type", \.type), .element("source", \.sources),
        .element("protocol", \.protocol), .value(\.path))
}

/// A TPM.
public struct DomainTPM: XMLModel {
    public var model: String?
    public var backend: DomainTPMBackend?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .element("backend", \.backend), .element("alias", \.alias),
        .element("address", \.address))
}

/// The backend of a TPM.
public struct DomainTPMBackend: XMLModel {
    public var type: String?
    public var version: String?
    public var persistentState: Bool?
    public var device: PathElement?
    public var encryption: SecretReference?
    public var activePCRBanks: XMLElement?
    public var source: XMLElement?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("type", \.type), .attribute("version", \.version), .attribute("persistent_state", \.persistentState),
        .element("device", \.device), .element("encryption", \.encryption),
        .element("active_pcr_banks", \.activePCRBanks), .element("source", \.source))
}

/// A shared memory device.
public struct DomainShmem: XMLModel {
    public var name: String?
    public var role: String?
    public var model: TypeElement?
    public var size: Size?
    public var server: PathElement?
    public var msi: DomainShmemMSI?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("name", \.name), .attribute("role", \.role), .element("model", \.model), .element("size", \.size),
        .element("server", \.server), .element("msi", \.msi), .element("alias", \.alias),
        .element("address", \.address))
}

/// MSI options of shared memory.
public struct DomainShmemMSI: XMLModel {
    public var vectors: Int?
    public var ioeventfd: Bool?
    public var enabled: Bool?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("vectors", \.vectors), .attribute("ioeventfd", \.ioeventfd, .onOff),
        .attribute("enabled", \.enabled, .onOff))
}

/// A memory device (DIMM, NVDIMM, virtio-mem, virtio-pmem, SGX EPC).
public struct DomainMemoryDevice: XMLModel {
    public var model: String?
    public var access: String?
    public var discard: Bool?
    public var uuid: UUID?
    public var source: DomainMemorySource?
    public var target: DomainMemoryTarget?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .attribute("access", \.access), .attribute("discard", \.discard),
        .text("uuid", \.uuid), .element("source", \.source), .element("target", \.target),
        .element("alias", \.alias), .element("address", \.address))
}

/// The host side of a memory device.
public struct DomainMemorySource: XMLModel {
    public var pagesize: Size?
    public var nodemask: String?
    public var path: String?
    public var alignsize: Size?
    public var pmem = false
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .element("pagesize", \.pagesize), .text("nodemask", \.nodemask), .text("path", \.path),
        .element("alignsize", \.alignsize), .flag("pmem", \.pmem))
}

/// The guest side of a memory device.
public struct DomainMemoryTarget: XMLModel {
    public var dynamicMemslots: Bool?
    public var size: Size?
    public var node: Int?
    public var label: DomainMemoryLabel?
    public var block: Size?
    public var requested: Size?
    public var current: Size?
    public var address: DomainMemoryTargetAddress?
    public var readonly = false
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("dynamicMemslots", \.dynamicMemslots), .element("size", \.size), .text("node", \.node),
        .element("label", \.label), .element("block", \.block), .element("requested", \.requested),
        .element("current", \.current), .element("address", \.address), .flag("readonly", \.readonly))
}

/// The label area of an NVDIMM.
public struct DomainMemoryLabel: XMLModel {
    public var size: Size?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("size", \.size))
}

/// The guest address of a virtio-mem device.
public struct DomainMemoryTargetAddress: XMLModel {
    public var base: String?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("base", \.base))
}

/// A watchdog.
public struct DomainWatchdog: XMLModel {
    public var model: String?
    public var action: String?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .attribute("action", \.action), .element("alias", \.alias),
        .element("address", \.address))
}

/// The memory balloon.
public struct DomainMemballoon: XMLModel {
    public var model: String?
    public var autodeflate: Bool?
    public var freePageReporting: Bool?
    public var stats: DomainMemballoonStats?
    public var driver: DeviceDriver?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    /// A balloon of `model` (`virtio`, `none`, ...).
    public init(model: String) { self.model = model }
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .attribute("autodeflate", \.autodeflate, .onOff),
        .attribute("freePageReporting", \.freePageReporting, .onOff), .element("stats", \.stats),
        .element("driver", \.driver), .element("alias", \.alias), .element("address", \.address))
}

/// The statistics period of the balloon.
public struct DomainMemballoonStats: XMLModel {
    public var period: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("period", \.period))
}

/// A device described only by its alias and address (`<nvram>` on pSeries).
public struct DomainDeviceWithAddress: XMLModel {
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.element("alias", \.alias), .element("address", \.address))
}

/// A panic device.
public struct DomainPanic: XMLModel {
    public var model: String?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .element("alias", \.alias), .element("address", \.address))
}

/// An IOMMU.
public struct DomainIOMMU: XMLModel {
    public var model: String?
    public var driver: DomainIOMMUDriver?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .element("driver", \.driver), .element("alias", \.alias),
        .element("address", \.address))
}

/// IOMMU options.
public struct DomainIOMMUDriver: XMLModel {
    public var intremap: Bool?
    public var cachingMode: Bool?
    public var eim: Bool?
    public var iotlb: Bool?
    public var awBits: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("intremap", \.intremap, .onOff), .attribute("caching_mode", \.cachingMode, .onOff),
        .attribute("eim", \.eim, .onOff), .attribute("iotlb", \.iotlb, .onOff), .attribute("aw_bits", \.awBits))
}

/// A vsock device.
public struct DomainVsock: XMLModel {
    public var model: String?
    public var cid: DomainVsockCID?
    public var driver: DeviceDriver?
    public var alias: DeviceAlias?
    public var address: DeviceAddress?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(
        .attribute("model", \.model), .element("cid", \.cid), .element("driver", \.driver),
        .element("alias", \.alias), .element("address", \.address))
}

/// The context id of a vsock.
public struct DomainVsockCID: XMLModel {
    public var auto: Bool?
    public var address: Int?
    public var unknown = XMLUnknown()
    public init() {}
    public static let schema = XMLSchema<Self>(.attribute("auto", \.auto), .attribute("address", \.address))
}
