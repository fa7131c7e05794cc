import Foundation
import Libvirt

// MARK: - What a case acts on

/// The objects a case may call: a fresh connection to the node file (its own
/// state) and the objects of `test:///default` in it.
struct Target: Sendable {
    let node: String
    let scratch: String
    let connection: Connection
    let domain: Domain
    let network: Network
    let pool: StoragePool
}

/// One fuzzed call: what it is (for the table and the reproduction line) and the call.
struct FuzzCase {
    let entry: String
    let arguments: String
    let run: @Sendable (Target) async throws -> Void
}

/// A public entry point and how to draw its hostile arguments.
struct Entry: Sendable {
    let name: String
    let make: @Sendable (inout Generator, _ node: String) -> (String, @Sendable (Target) async throws -> Void)
}

// MARK: - Valid documents the XML mutations start from

enum Documents {
    static let domain = """
        <domain type='test'><name>fuzz</name><memory unit='KiB'>8192</memory><currentMemory>8192</currentMemory>\
        <vcpu placement='static' current='1'>2</vcpu><os><type arch='x86_64'>hvm</type></os><devices>\
        <disk type='file' device='disk'><source file='/fuzz/disk.img'/><target dev='vdb' bus='virtio'/></disk>\
        <interface type='network'><source network='default'/><mac address='52:54:00:00:00:01'/></interface>\
        </devices></domain>
        """
    static let network = """
        <network><name>fuzznet</name><bridge name='fuzzbr0'/><forward mode='nat'/>\
        <ip address='192.168.250.1' netmask='255.255.255.0'><dhcp><range start='192.168.250.2' end='192.168.250.254'/>\
        <host mac='52:54:00:00:00:02' name='h' ip='192.168.250.9'/></dhcp></ip></network>
        """
    static let dhcpHost = "<host mac='52:54:00:00:00:03' name='x' ip='192.168.122.77'/>"
    static let pool = """
        <pool type='dir'><name>fuzzpool</name><capacity unit='bytes'>1000000</capacity>\
        <target><path>/fuzz/pool</path></target></pool>
        """
    static let volume = """
        <volume><name>fuzz.img</name><capacity unit='bytes'>1048576</capacity><allocation>0</allocation>\
        <target><format type='raw'/></target></volume>
        """
    static let interface = """
        <interface type='ethernet' name='fuzz0'><start mode='onboot'/><mac address='52:54:00:00:00:04'/>\
        <protocol family='ipv4'><ip address='192.168.251.2' prefix='24'/></protocol></interface>
        """
    static let nodeDevice = """
        <device><name>fuzzdev</name><parent>scsi_host1</parent><capability type='scsi_host'>\
        <capability type='fc_host'><wwnn>2000000000000001</wwnn><wwpn>1000000000000001</wwpn></capability>\
        </capability></device>
        """
    static let secret = "<secret ephemeral='no' private='yes'><usage type='volume'><volume>/fuzz/v</volume></usage></secret>"
    static let filter = "<filter name='fuzzfilter' chain='ipv4'><rule action='drop' direction='in' priority='500'><ip srcipaddr='10.0.0.1'/></rule></filter>"
    static let snapshot = "<domainsnapshot><name>snap1</name><description>d</description></domainsnapshot>"
    static let device = "<disk type='file' device='disk'><source file='/fuzz/extra.img'/><target dev='vdc' bus='virtio'/></disk>"
    static let cpu = "<cpu><arch>x86_64</arch><model>Haswell</model><vendor>Intel</vendor><feature name='vmx'/></cpu>"
}

// MARK: - Entry points

/// Every public entry point that takes XML, names, UUIDs, URIs, numbers or typed parameters.
let entries: [Entry] = xmlEntries + nameEntries + numberEntries + parameterEntries

private let domainNames = ["test", "fuzz"]
private let memoryKeys = ["hard_limit", "soft_limit", "swap_hard_limit", "min_guarantee"]
private let schedulerKeys = ["cpu_shares", "vcpu_period", "vcpu_quota", "weight", "cap"]
private let blkioKeys = ["weight", "device_weight", "device_read_iops_sec"]
private let numaKeys = ["numa_mode", "numa_nodeset"]
private let interfaceKeys = ["inbound.average", "inbound.peak", "outbound.average", "outbound.burst"]
private let tuneKeys = ["total_bytes_sec", "read_iops_sec", "group_name", "total_iops_sec_max_length"]
private let nodeMemoryKeys = ["shm_pages_to_scan", "shm_sleep_millisecs", "shm_merge_across_nodes"]

private let xmlEntries: [Entry] = [
    Entry(name: "Connection.defineDomain(xml:)") { g, _ in
        let xml = g.xml(Documents.domain)
        return (xml.shown(), { t in _ = try await t.connection.defineDomain(xml: xml) })
    },
    Entry(name: "Connection.createDomain(xml:)") { g, _ in
        let xml = g.xml(Documents.domain)
        return (xml.shown(), { t in _ = try await t.connection.createDomain(xml: xml) })
    },
    Entry(name: "Connection.defineNetwork(xml:)") { g, _ in
        let xml = g.xml(Documents.network)
        return (xml.shown(), { t in _ = try await t.connection.defineNetwork(xml: xml) })
    },
    Entry(name: "Connection.createNetwork(xml:)") { g, _ in
        let xml = g.xml(Documents.network)
        return (xml.shown(), { t in _ = try await t.connection.createNetwork(xml: xml) })
    },
    Entry(name: "Connection.defineStoragePool(xml:)") { g, _ in
        let xml = g.xml(Documents.pool)
        return (xml.shown(), { t in _ = try await t.connection.defineStoragePool(xml: xml) })
    },
    Entry(name: "StoragePool.createVolume(xml:)") { g, _ in
        let xml = g.xml(Documents.volume)
        return (xml.shown(), { t in _ = try await t.pool.createVolume(xml: xml) })
    },
    Entry(name: "Connection.defineInterface(xml:)") { g, _ in
        let xml = g.xml(Documents.interface)
        return (xml.shown(), { t in _ = try await t.connection.defineInterface(xml: xml) })
    },
    Entry(name: "Connection.createNodeDevice(xml:)") { g, _ in
        let xml = g.xml(Documents.nodeDevice)
        return (xml.shown(), { t in _ = try await t.connection.createNodeDevice(xml: xml) })
    },
    Entry(name: "Connection.defineSecret(xml:)") { g, _ in
        let xml = g.xml(Documents.secret)
        return (xml.shown(), { t in _ = try await t.connection.defineSecret(xml: xml) })
    },
    Entry(name: "Connection.defineNWFilter(xml:)") { g, _ in
        let xml = g.xml(Documents.filter)
        return (xml.shown(), { t in _ = try await t.connection.defineNWFilter(xml: xml) })
    },
    Entry(name: "Domain.createSnapshot(_:)") { g, _ in
        let xml = g.xml(Documents.snapshot)
        return (xml.shown(), { t in _ = try await t.domain.createSnapshot(xml) })
    },
    Entry(name: "Domain.attachDevice(_:)") { g, _ in
        let xml = g.xml(Documents.device)
        return (xml.shown(), { t in try await t.domain.attachDevice(xml) })
    },
    Entry(name: "Domain.updateDevice(_:)") { g, _ in
        let xml = g.xml(Documents.device)
        return (xml.shown(), { t in try await t.domain.updateDevice(xml) })
    },
    Entry(name: "Domain.detachDevice(_:)") { g, _ in
        let xml = g.xml(Documents.device)
        return (xml.shown(), { t in try await t.domain.detachDevice(xml) })
    },
    Entry(name: "Domain.setMetadata(.element,key:uri:)") { g, _ in
        let xml = g.xml("<fuzz><a b='1'>text</a></fuzz>"), key = g.string(plausible: ["fz"])
        let uri = g.string(plausible: ["http://example.org/fuzz"])
        return ("\(xml.shown()) key \(key.shown()) uri \(uri.shown())", { t in
            try await t.domain.setMetadata(.element, xml, key: key, uri: uri)
        })
    },
    Entry(name: "Network.update(_:section:parentIndex:xml:)") { g, _ in
        let xml = g.xml(Documents.dhcpHost), index = g.chance(50) ? -1 : g.int()
        let command = g.pick([Network.UpdateCommand.addLast, .addFirst, .modify, .delete])
        return ("parentIndex \(index) \(xml.shown())", { t in
            try await t.network.update(command, section: .ipDHCPHost, parentIndex: index, xml: xml)
        })
    },
    Entry(name: "Connection.compareCPU(_:)") { g, _ in
        let xml = g.xml(Documents.cpu)
        return (xml.shown(), { t in _ = try await t.connection.compareCPU(xml) })
    },
    Entry(name: "Connection.baselineCPU(_:)") { g, _ in
        let xmls = (0..<Int.random(in: 0...3, using: &g.rng)).map { _ in g.xml(Documents.cpu) }
        return (xmls.map { $0.shown(limit: 60) }.joined(separator: ", "), { t in
            _ = try await t.connection.baselineCPU(xmls)
        })
    },
]

private let nameEntries: [Entry] = [
    Entry(name: "Connection.open(_:)") { g, node in
        let uri = g.uri(node: node)
        return (uri.shown(), { _ in _ = try await Connection.open(uri, executors: 1).close() })
    },
    Entry(name: "Connection.domain(named:)") { g, _ in
        let name = g.string(plausible: domainNames)
        return (name.shown(), { t in _ = try await t.connection.domain(named: name) })
    },
    Entry(name: "Connection.domain(uuidString:)") { g, _ in
        let uuid = g.uuidString()
        return (uuid.shown(), { t in _ = try await t.connection.domain(uuidString: uuid) })
    },
    Entry(name: "Connection.network(named:)") { g, _ in
        let name = g.string(plausible: ["default"])
        return (name.shown(), { t in _ = try await t.connection.network(named: name) })
    },
    Entry(name: "Connection.network(uuidString:)") { g, _ in
        let uuid = g.uuidString()
        return (uuid.shown(), { t in _ = try await t.connection.network(uuidString: uuid) })
    },
    Entry(name: "Connection.storagePool(named:)") { g, _ in
        let name = g.string(plausible: ["default-pool"])
        return (name.shown(), { t in _ = try await t.connection.storagePool(named: name) })
    },
    Entry(name: "Connection.storagePool(uuidString:)") { g, _ in
        let uuid = g.uuidString()
        return (uuid.shown(), { t in _ = try await t.connection.storagePool(uuidString: uuid) })
    },
    Entry(name: "Connection.storageVolume(path:)") { g, _ in
        let path = g.string(plausible: ["/default-pool/x"])
        return (path.shown(), { t in _ = try await t.connection.storageVolume(path: path) })
    },
    Entry(name: "Connection.storageVolume(key:)") { g, _ in
        let key = g.string(plausible: ["/default-pool/x"])
        return (key.shown(), { t in _ = try await t.connection.storageVolume(key: key) })
    },
    Entry(name: "StoragePool.volume(named:)") { g, _ in
        let name = g.string(plausible: ["x"])
        return (name.shown(), { t in _ = try await t.pool.volume(named: name) })
    },
    Entry(name: "Connection.interface(named:)") { g, _ in
        let name = g.string(plausible: ["eth1"])
        return (name.shown(), { t in _ = try await t.connection.interface(named: name) })
    },
    Entry(name: "Connection.interface(macAddress:)") { g, _ in
        let mac = g.string(plausible: ["aa:bb:cc:dd:ee:ff"])
        return (mac.shown(), { t in _ = try await t.connection.interface(macAddress: mac) })
    },
    Entry(name: "Connection.nodeDevice(named:)") { g, _ in
        let name = g.string(plausible: ["computer", "scsi_host1"])
        return (name.shown(), { t in _ = try await t.connection.nodeDevice(named: name) })
    },
    Entry(name: "Connection.nodeDeviceNames(capability:)") { g, _ in
        let capability = g.string(plausible: ["scsi_host", "net"])
        return (capability.shown(), { t in _ = try await t.connection.nodeDeviceNames(capability: capability) })
    },
    Entry(name: "Connection.nwFilter(named:)") { g, _ in
        let name = g.string(plausible: ["clean-traffic"])
        return (name.shown(), { t in _ = try await t.connection.nwFilter(named: name) })
    },
    Entry(name: "Connection.secret(usageType:usageID:)") { g, _ in
        let id = g.string(plausible: ["/fuzz/v"])
        return (id.shown(), { t in _ = try await t.connection.secret(usageType: .volume, usageID: id) })
    },
    Entry(name: "Connection.secret(uuidString:)") { g, _ in
        let uuid = g.uuidString()
        return (uuid.shown(), { t in _ = try await t.connection.secret(uuidString: uuid) })
    },
    Entry(name: "Domain.snapshot(named:)") { g, _ in
        let name = g.string(plausible: ["snap1"])
        return (name.shown(), { t in _ = try await t.domain.snapshot(named: name) })
    },
    Entry(name: "Domain.rename(to:)") { g, _ in
        let name = g.string(plausible: domainNames)
        return (name.shown(), { t in try await t.domain.rename(to: name) })
    },
    Entry(name: "Domain.blockStats(_:)") { g, _ in
        let disk = g.string(plausible: ["vda", "/guest/diskimage1"])
        return (disk.shown(), { t in _ = try await t.domain.blockStats(disk) })
    },
    Entry(name: "Domain.interfaceStats(_:)") { g, _ in
        let device = g.string(plausible: ["vnet0", "aa:bb:cc:dd:ee:ff"])
        return (device.shown(), { t in _ = try await t.domain.interfaceStats(device) })
    },
    Entry(name: "Domain.metadata(_:uri:)") { g, _ in
        let uri = g.string(plausible: ["http://example.org/fuzz"])
        return (uri.shown(), { t in _ = try await t.domain.metadata(.element, uri: uri) })
    },
    Entry(name: "Domain.setUserPassword(user:password:)") { g, _ in
        let user = g.string(plausible: ["root"]), password = g.string()
        return ("\(user.shown()) \(password.shown())", { t in try await t.domain.setUserPassword(user: user, password: password) })
    },
    Entry(name: "Domain.save(to:)") { g, _ in
        let name = g.string(plausible: ["saved"])
        return (name.shown(), { t in
            // Inside the case's scratch folder only: the test driver writes the file.
            try await t.domain.save(to: t.scratch + "/" + name.replacingOccurrences(of: "/", with: "_"))
        })
    },
    Entry(name: "Connection.domainCapabilities(...)") { g, _ in
        let arch = g.string(plausible: ["x86_64", "i686"]), type = g.string(plausible: ["test", "kvm"])
        return ("arch \(arch.shown()) type \(type.shown())", { t in
            _ = try await t.connection.domainCapabilities(arch: arch, virtualizationType: type)
        })
    },
    Entry(name: "Connection.cpuModelNames(arch:)") { g, _ in
        let arch = g.string(plausible: ["x86_64"])
        return (arch.shown(), { t in _ = try await t.connection.cpuModelNames(arch: arch) })
    },
]

private let numberEntries: [Entry] = [
    Entry(name: "Connection.domain(id:)") { g, _ in
        let id = g.int()
        return ("\(id)", { t in _ = try await t.connection.domain(id: id) })
    },
    Entry(name: "Connection.cpuStats(cpu:)") { g, _ in
        let cpu = g.int()
        return ("\(cpu)", { t in _ = try await t.connection.cpuStats(cpu: cpu) })
    },
    Entry(name: "Connection.memoryStats(cell:)") { g, _ in
        let cell = g.int()
        return ("\(cell)", { t in _ = try await t.connection.memoryStats(cell: cell) })
    },
    Entry(name: "Connection.cellsFreeMemory(startCell:maxCells:)") { g, _ in
        let start = g.chance(30) ? 0 : g.int(), cells = g.chance(20) ? nil : g.int()
        return ("\(start) \(String(describing: cells))", { t in
            _ = try await t.connection.cellsFreeMemory(startCell: start, maxCells: cells)
        })
    },
    Entry(name: "Connection.freePages(sizes:startCell:cellCount:)") { g, _ in
        let sizes = (0..<g.pick([0, 1, 2, 100, 2000])).map { _ in UInt32(truncatingIfNeeded: g.int()) }
        let start = g.int(), count = g.int()
        return ("\(sizes.count) sizes \(start) \(count)", { t in
            _ = try await t.connection.freePages(sizes: sizes, startCell: start, cellCount: count)
        })
    },
    Entry(name: "Connection.allocatePages(_:startCell:cellCount:)") { g, _ in
        let start = g.chance(30) ? nil : g.int(), count = g.int(), pages = g.uint64()
        return ("\(String(describing: start)) \(count) \(pages)", { t in
            _ = try await t.connection.allocatePages([4: pages], startCell: start, cellCount: count)
        })
    },
    Entry(name: "Connection.setKeepAlive(interval:count:)") { g, _ in
        let interval = g.int(), count = g.int()
        return ("\(interval) \(count)", { t in _ = try await t.connection.setKeepAlive(interval: interval, count: count) })
    },
    Entry(name: "Domain.cpuStats(firstCPU:count:)") { g, _ in
        let first = g.chance(30) ? 0 : g.int(), count = g.chance(20) ? nil : g.int()
        return ("\(first) \(String(describing: count))", { t in _ = try await t.domain.cpuStats(firstCPU: first, count: count) })
    },
    Entry(name: "Domain.peekMemory(at:count:flags:)") { g, _ in
        let address = g.uint64(), count = g.int()
        return ("\(address) \(count)", { t in _ = try await t.domain.peekMemory(at: address, count: count, flags: .virtual) })
    },
    Entry(name: "Domain.peekBlock(_:offset:count:)") { g, _ in
        let disk = g.string(plausible: ["vda"]), offset = g.uint64(), count = g.int()
        return ("\(disk.shown()) \(offset) \(count)", { t in _ = try await t.domain.peekBlock(disk, offset: offset, count: count) })
    },
    Entry(name: "Domain.pinVcpu(_:to:)") { g, _ in
        let vcpu = g.chance(50) ? 0 : g.int(), cpus = g.smallSet()
        return ("\(vcpu) \(cpus.sorted())", { t in try await t.domain.pinVcpu(vcpu, to: cpus) })
    },
    Entry(name: "Domain.pinEmulator(to:)") { g, _ in
        let cpus = g.smallSet()
        return ("\(cpus.sorted())", { t in try await t.domain.pinEmulator(to: cpus) })
    },
    Entry(name: "Domain.pinIOThread(_:to:)") { g, _ in
        let id = g.int(), cpus = g.smallSet()
        return ("\(id) \(cpus.sorted())", { t in try await t.domain.pinIOThread(id, to: cpus) })
    },
    Entry(name: "Domain.addIOThread(_:)") { g, _ in
        let id = g.int()
        return ("\(id)", { t in try await t.domain.addIOThread(id) })
    },
    Entry(name: "Domain.setVcpus(_:)") { g, _ in
        let count = g.int()
        return ("\(count)", { t in try await t.domain.setVcpus(count) })
    },
    Entry(name: "Domain.setMemory(_:)") { g, _ in
        let memory = g.uint64()
        return ("\(memory)", { t in try await t.domain.setMemory(memory) })
    },
    Entry(name: "Domain.setMaxMemory(_:)") { g, _ in
        let memory = g.uint64()
        return ("\(memory)", { t in try await t.domain.setMaxMemory(memory) })
    },
    Entry(name: "Domain.setMemoryStatsPeriod(_:)") { g, _ in
        let seconds = g.int()
        return ("\(seconds)", { t in try await t.domain.setMemoryStatsPeriod(seconds) })
    },
    Entry(name: "Domain.sendKey(codeSet:holdTime:keycodes:)") { g, _ in
        let hold = g.int(), codes = (0..<g.pick([0, 1, 16, 17, 1000])).map { _ in UInt32(truncatingIfNeeded: g.int()) }
        return ("\(hold) \(codes.count) codes", { t in try await t.domain.sendKey(codeSet: .linux, holdTime: hold, keycodes: codes) })
    },
    Entry(name: "Domain.startDirtyRateCalculation(seconds:)") { g, _ in
        let seconds = g.int()
        return ("\(seconds)", { t in try await t.domain.startDirtyRateCalculation(seconds: seconds) })
    },
    Entry(name: "Domain.start(files:)") { g, _ in
        let files = (0..<g.pick([0, 1, 3])).map { _ in g.int() }
        return ("\(files)", { t in try await t.domain.start(files: files) })
    },
    Entry(name: "Domain.screenshot(stream:screen:)") { g, _ in
        let screen = g.int()
        return ("\(screen)", { t in
            let stream = try await t.connection.makeStream()
            _ = try await t.domain.screenshot(stream: stream, screen: screen)
        })
    },
]

private let parameterEntries: [Entry] = [
    Entry(name: "Domain.setMemoryParameters(_:)") { g, _ in
        let parameters = g.typedParameters(known: memoryKeys)
        return ("\(parameters.names)", { t in try await t.domain.setMemoryParameters(Domain.MemoryParameters(parameters)) })
    },
    Entry(name: "Domain.setSchedulerParameters(_:)") { g, _ in
        let parameters = g.typedParameters(known: schedulerKeys)
        return ("\(parameters.names)", { t in try await t.domain.setSchedulerParameters(Domain.SchedulerParameters(parameters)) })
    },
    Entry(name: "Domain.setBlkioParameters(_:)") { g, _ in
        let parameters = g.typedParameters(known: blkioKeys)
        return ("\(parameters.names)", { t in try await t.domain.setBlkioParameters(Domain.BlkioParameters(parameters)) })
    },
    Entry(name: "Domain.setNumaParameters(_:)") { g, _ in
        let parameters = g.typedParameters(known: numaKeys)
        return ("\(parameters.names)", { t in try await t.domain.setNumaParameters(Domain.NumaParameters(parameters)) })
    },
    Entry(name: "Domain.setInterfaceParameters(_:_:)") { g, _ in
        let device = g.string(plausible: ["vnet0"]), parameters = g.typedParameters(known: interfaceKeys)
        return ("\(device.shown()) \(parameters.names)", { t in try await t.domain.setInterfaceParameters(device, Domain.InterfaceParameters(parameters)) })
    },
    Entry(name: "Domain.setBlockIoTune(_:_:)") { g, _ in
        let disk = g.string(plausible: ["vda"]), parameters = g.typedParameters(known: tuneKeys)
        return ("\(disk.shown()) \(parameters.names)", { t in try await t.domain.setBlockIoTune(disk, Domain.BlockIoTune(parameters)) })
    },
    Entry(name: "Domain.setIOThreadParameters(_:_:)") { g, _ in
        let id = g.int(), parameters = g.typedParameters(known: ["poll_max_ns", "poll_grow"])
        return ("\(id) \(parameters.names)", { t in try await t.domain.setIOThreadParameters(id, Domain.IOThreadParameters(parameters)) })
    },
    Entry(name: "Domain.setPerfEvents(_:)") { g, _ in
        let parameters = g.typedParameters(known: ["cmt", "mbmt", "mbml", "cpu_cycles"])
        return ("\(parameters.names)", { t in try await t.domain.setPerfEvents(Domain.PerfEvents(parameters)) })
    },
    Entry(name: "Connection.setMemoryParameters(_:)") { g, _ in
        let parameters = g.typedParameters(known: nodeMemoryKeys)
        return ("\(parameters.names)", { t in try await t.connection.setMemoryParameters(NodeMemoryParameters(parameters)) })
    },
]
