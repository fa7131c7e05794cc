import CLibvirt
import Foundation
import Libvirt
import Testing

@Suite("Typed parameter records")
struct TypedParameterRecordTests {
    // MARK: - Every record, both directions

    /// One filled value of every record type, each field set.
    static let records: [any TypedParameterRecord] = {
        var scheduler = Domain.SchedulerParameters()
        scheduler.cpuShares = 1024
        scheduler.vcpuQuota = .microseconds(-1)
        scheduler.weight = 256
        scheduler.shares = -3
        var blkio = Domain.BlkioParameters()
        blkio.weight = 500
        blkio.deviceWriteBytesPerSecond = "/dev/sda,1000"
        var numa = Domain.NumaParameters()
        numa.mode = .preferred
        numa.nodeset = "0-1"
        var interface = Domain.InterfaceParameters()
        interface.inboundFloorKiBPerSecond = 10
        interface.outboundBurstKiB = 20
        var tune = Domain.BlockIoTune()
        tune.totalIopsPerSecondMax = 900
        tune.readBytesPerSecondMaxLength = .seconds(5)
        tune.groupName = "g"
        var perf = Domain.PerfEvents()
        perf.cacheMisses = true
        perf.cmt = false
        var jobs = Domain.JobStats()
        jobs.operation = .save
        jobs.memoryRemainingBytes = 7
        jobs.autoConvergeThrottle = 30
        jobs.errorMessage = "no space"
        var migration = Domain.MigrationParameters()
        migration.compression = ["mt", "xbzrle"]
        migration.disksPort = 49153
        var info = Domain.LaunchSecurityInfo()
        info.sevMeasurement = "bWVhcw=="
        info.sevPolicy = 3
        var threads = Domain.IOThreadParameters()
        threads.threadPoolMax = 8
        var sev = SEVInfo()
        sev.cBitPosition = 47
        sev.pdh = "cGRo"
        var cpu = Domain.CPUStats()
        cpu.cpuTime = .nanoseconds(1_000_000)
        var block = Domain.BlockStats()
        block.flushTime = .nanoseconds(5)
        block.errors = 0
        var tunables = DomainEvent.Tunables()
        tunables.scheduler = scheduler
        tunables.vcpuPins = [0: "0-1", 1: "2"]
        tunables.ioThreadPins = [1: "3"]
        tunables.emulatorPin = "0"
        tunables.disk = "vda"
        tunables.blockIoTune = tune
        var node = NodeMemoryParameters(pagesToScan: 100, mergeAcrossNodes: true)
        node.fullScans = 12
        return [
            scheduler, Domain.MemoryParameters(hardLimitKiB: 1 << 20, minGuaranteeKiB: 1 << 10), blkio, numa,
            interface, tune, perf, jobs, migration, info,
            Domain.LaunchSecurityState(sevSecretHeader: "aA==", sevSecret: "cw==", sevSecretSetAddress: 1 << 32),
            Domain.SaveParameters(file: "/tmp/saved", xml: "<domain/>"),
            Domain.BlockCopyParameters(bandwidthBytesPerSecond: 1 << 20, granularityBytes: 4096, bufferSizeBytes: 1 << 16),
            threads, guestInfo, node, NetworkPort.Bandwidth(inboundAverageKiBPerSecond: 1, outboundPeakKiBPerSecond: 2), sev,
            ClientIdentity(userName: "alice", processID: -1), cpu, block,
            Domain.GuestVcpus(["vcpus": .string("0-3"), "online": .string("0-2"), "offlinable": .string("1-3")]),
            tunables,
        ]
    }()

    @Test("a domain interface's bandwidth keys are a network port's: one record serves both")
    func interfaceBandwidthKeys() {
        let domain = [
            VIR_DOMAIN_BANDWIDTH_IN_AVERAGE, VIR_DOMAIN_BANDWIDTH_IN_PEAK, VIR_DOMAIN_BANDWIDTH_IN_BURST,
            VIR_DOMAIN_BANDWIDTH_IN_FLOOR, VIR_DOMAIN_BANDWIDTH_OUT_AVERAGE, VIR_DOMAIN_BANDWIDTH_OUT_PEAK,
            VIR_DOMAIN_BANDWIDTH_OUT_BURST,
        ]
        #expect(domain == Domain.InterfaceParameters.fields.map(\.key))
    }

    @Test("every record converts to typed parameters and back unchanged")
    func typedParameterRoundTrip() throws {
        for record in Self.records {
            #expect(try roundTrip(record), "\(record)")
        }
    }

    @Test("every record encodes to JSON and decodes unchanged")
    func codableRoundTrip() throws {
        for record in Self.records {
            #expect(try jsonRoundTrip(record), "\(record)")
        }
        var scheduler = Domain.SchedulerParameters()
        scheduler.cpuShares = 5
        scheduler.extra["future"] = .uint(1)
        let json = String(decoding: try JSONEncoder().encode(scheduler), as: UTF8.self)
        #expect(json.contains(#""cpuShares":5"#), "\(json)")
        #expect(json.contains(#""future""#) && json.contains(#""uint":1"#), "\(json)")
    }

    @Test("a record prints its present keys and values")
    func description() {
        var scheduler = Domain.SchedulerParameters()
        scheduler.cpuShares = 512
        scheduler.vcpuQuota = .microseconds(-1)
        scheduler.extra["future"] = .boolean(true)
        #expect(scheduler.description == "SchedulerParameters(cpu_shares: 512, vcpu_quota: -1 µs, future: yes)")
        #expect(Domain.MemoryParameters().description == "MemoryParameters()")
        let disks = Self.guestInfo.fileSystems?.first?.description
        #expect(disks == "GuestFileSystem(mountpoint: /, name: vda1, fstype: ext4, total-bytes: 10737418240, "
            + "used-bytes: 1073741824, disk: [GuestFileSystemDisk(alias: vda, serial: S1)])")
    }

    // MARK: - C types

    @Test("each key gets the C type libvirt expects, whatever the caller's value")
    func cTypes() throws {
        var scheduler = Domain.SchedulerParameters()
        scheduler.weight = 20
        scheduler.cpuShares = 20
        scheduler.vcpuQuota = .microseconds(20)
        scheduler.shares = 20
        #expect(try scheduler.typedParameters() == [
            "cpu_shares": .unsignedLongLong(20), "vcpu_quota": .longLong(20), "weight": .uint(20), "shares": .int(20),
        ])
        let node = try NodeMemoryParameters(mergeAcrossNodes: true).typedParameters()
        #expect(node == ["shm_merge_across_nodes": .uint(1)])
        var perf = Domain.PerfEvents()
        perf.cpuClock = false
        #expect(try perf.typedParameters() == ["cpu_clock": .boolean(false)])
    }

    @Test("reading takes any integer C type whose value fits the field, and keeps the rest apart")
    func lenientReading() {
        let scheduler = Domain.SchedulerParameters([
            "weight": .unsignedLongLong(30), "cpu_shares": .uint(2), "vcpu_quota": .int(-1),
            "cap": .longLong(-5), "new_key": .string("x"),
        ])
        #expect(scheduler.weight == 30)
        #expect(scheduler.cpuShares == 2)
        #expect(scheduler.vcpuQuota == .microseconds(-1))
        #expect(scheduler.cap == nil)  // -5 is no unsigned int: kept as libvirt sent it
        #expect(scheduler.extra == ["cap": .longLong(-5), "new_key": .string("x")])
        let numa = Domain.NumaParameters(["numa_mode": .int(Domain.NumaMode.interleave.rawValue)])
        #expect(numa.mode == .interleave)
    }

    @Test("a value its C type cannot hold, or a string with a NUL, is refused naming the key")
    func refusals() async throws {
        var migration = Domain.MigrationParameters()
        migration.compressionMTThreads = -1 << 40
        let wide = await libvirtError { try migration.typedParameters() }
        #expect(wide?.code == .invalidArg)
        #expect(wide?.message.contains("compression.mt.threads") == true)
        let nul = await libvirtError { try Domain.SaveParameters(file: "/tmp/a\u{0}b").typedParameters() }
        #expect(nul?.code == .invalidArg)
        #expect(nul?.message.contains("file") == true)
    }

    @Test("a time span goes to libvirt in the key's unit; a span that is not a whole number of it is refused")
    func durations() async throws {
        var scheduler = Domain.SchedulerParameters()
        scheduler.vcpuPeriod = .milliseconds(100)
        scheduler.vcpuQuota = .microseconds(-1)
        #expect(try scheduler.typedParameters() == ["vcpu_period": .unsignedLongLong(100_000), "vcpu_quota": .longLong(-1)])
        #expect(Domain.SchedulerParameters(try scheduler.typedParameters()) == scheduler)
        var memory = NodeMemoryParameters()
        memory.sleep = .seconds(2)
        #expect(try memory.typedParameters() == ["shm_sleep_millisecs": .uint(2000)])
        memory.sleep = .nanoseconds(1_500_000)
        let fraction = await libvirtError { try memory.typedParameters() }
        #expect(fraction?.code == .invalidArg)
        #expect(fraction?.message.contains("shm_sleep_millisecs") == true)
        memory.sleep = .seconds(1 << 40)
        #expect(await libvirtError { try memory.typedParameters() }?.code == .invalidArg)
        let negative = await libvirtError {
            var period = Domain.SchedulerParameters()
            period.vcpuPeriod = .microseconds(-5)
            return try period.typedParameters()
        }
        #expect(negative?.code == .invalidArg)
        #expect(Domain.JobStats(["time_elapsed": .unsignedLongLong(1500)]).timeElapsed == .milliseconds(1500))
        // libvirt's largest unsigned count of seconds is a span longer than
        // Int64.max seconds: it decodes, prints, and is refused, never a trap.
        let tune = Domain.BlockIoTune(["total_bytes_sec_max_length": .unsignedLongLong(.max)])
        #expect(tune.totalBytesPerSecondMaxLength == .seconds(UInt64.max))
        #expect(String(describing: tune).contains("total_bytes_sec_max_length"))
        #expect(await libvirtError { try tune.typedParameters() }?.code == .invalidArg)
    }

    @Test("a tunable event's parameters decode into CPU tuning, pins and a disk's I/O limits")
    func tunables() throws {
        let parameters: TypedParameters = [
            "cputune.cpu_shares": .unsignedLongLong(2048), "cputune.vcpu_quota": .longLong(-1),
            "cputune.vcpupin0": .string("0-1"), "cputune.vcpupin12": .string("3"), "cputune.emulatorpin": .string("0-3"),
            "cputune.iothreadpin1": .string("2"), "blkdeviotune.disk": .string("vda"),
            "blkdeviotune.total_bytes_sec": .unsignedLongLong(1 << 20), "blkdeviotune.group_name": .string("g"),
            "blkdeviotune.total_bytes_sec_max_length": .unsignedLongLong(4), "future.key": .int(1),
        ]
        let tunables = DomainEvent.Tunables(parameters)
        #expect(tunables.scheduler?.cpuShares == 2048 && tunables.scheduler?.vcpuQuota == .microseconds(-1))
        #expect(tunables.scheduler?.extra.isEmpty == true)
        #expect(tunables.vcpuPins == [0: "0-1", 12: "3"] && tunables.ioThreadPins == [1: "2"])
        #expect(tunables.emulatorPin == "0-3" && tunables.disk == "vda")
        #expect(tunables.blockIoTune?.totalBytesPerSecond == 1 << 20 && tunables.blockIoTune?.groupName == "g")
        #expect(tunables.blockIoTune?.totalBytesPerSecondMaxLength == .seconds(4))
        #expect(tunables.blockIoTune?.extra.isEmpty == true)
        #expect(tunables.extra == ["future.key": .int(1)])
        #expect(Set(try tunables.typedParameters().map(\.name)) == Set(parameters.map(\.name)))
    }

    @Test("counters libvirt only reports are left out of what a setter sends")
    func settableOnly() throws {
        let read = NodeMemoryParameters([
            "shm_pages_to_scan": .uint(100), "shm_full_scans": .unsignedLongLong(4), "shm_pages_shared": .unsignedLongLong(9),
        ])
        #expect(read.fullScans == 4)
        #expect(try read.typedParameters(settableOnly: true) == ["shm_pages_to_scan": .uint(100)])
        #expect(try read.typedParameters().count == 3)
    }

    // MARK: - Nested numbered records

    /// Guest information as the QEMU driver lays it out.
    static let guestParameters: TypedParameters = [
        "user.count": .uint(1), "user.0.name": .string("root"), "user.0.login-time": .unsignedLongLong(1_700_000_000_000),
        "os.id": .string("debian"), "os.kernel-release": .string("6.1.0"),
        "timezone.name": .string("UTC"), "timezone.offset": .int(0), "hostname": .string("guest"),
        "fs.count": .uint(1), "fs.0.mountpoint": .string("/"), "fs.0.name": .string("vda1"),
        "fs.0.fstype": .string("ext4"), "fs.0.total-bytes": .unsignedLongLong(10 << 30),
        "fs.0.used-bytes": .unsignedLongLong(1 << 30), "fs.0.disk.count": .uint(1),
        "fs.0.disk.0.alias": .string("vda"), "fs.0.disk.0.serial": .string("S1"),
        "disk.count": .uint(2), "disk.0.name": .string("/dev/vda"), "disk.0.partition": .boolean(false),
        "disk.1.name": .string("/dev/vda1"), "disk.1.partition": .boolean(true),
        "disk.1.dependency.count": .uint(1), "disk.1.dependency.0.name": .string("/dev/vda"),
        "if.count": .uint(1), "if.0.name": .string("eth0"), "if.0.hwaddr": .string("52:54:00:00:00:01"),
        "if.0.addr.count": .uint(2), "if.0.addr.0.type": .string("ipv4"), "if.0.addr.0.addr": .string("10.0.0.2"),
        "if.0.addr.0.prefix": .uint(24), "if.0.addr.1.type": .string("ipv6"), "if.0.addr.1.addr": .string("fe80::1"),
        "if.0.addr.1.prefix": .uint(64),
    ]

    static let guestInfo = Domain.GuestInfo(guestParameters)

    @Test("guest information decodes its numbered users, file systems, disks and interfaces")
    func guestInformation() throws {
        let info = Self.guestInfo
        #expect(info.hostname == "guest" && info.osID == "debian" && info.osKernelRelease == "6.1.0")
        #expect(info.timezoneName == "UTC" && info.timezoneOffsetSeconds == 0)
        #expect(info.users?.map(\.name) == ["root"])
        #expect(info.users?.first?.loginTimeMilliseconds == 1_700_000_000_000)
        let fileSystem = try #require(info.fileSystems?.first)
        #expect(fileSystem.type == "ext4" && fileSystem.usedBytes == 1 << 30)
        #expect(fileSystem.disks?.map(\.alias) == ["vda"])
        #expect(info.disks?.map(\.isPartition) == [false, true])
        #expect(info.disks?[1].dependencies?.map(\.name) == ["/dev/vda"])
        #expect(info.disks?[0].dependencies == nil)
        let interface = try #require(info.interfaces?.first)
        #expect(interface.hardwareAddress == "52:54:00:00:00:01")
        #expect(interface.addresses?.map(\.address) == ["10.0.0.2", "fe80::1"])
        #expect(interface.addresses?.map(\.prefix) == [24, 64])
        #expect(info.extra.isEmpty)
        // Encoding gives libvirt's own parameters back (in the table's order).
        #expect(Set(try info.typedParameters()) == Set(Self.guestParameters))
        // A number beyond the count is passed over.
        let odd = Domain.GuestInfo(["user.count": .uint(0), "user.3.name": .string("ghost")])
        #expect(odd.users == [])
        // A garbled count allocates no more records than there are parameters.
        let garbled = Domain.GuestInfo(["user.count": .unsignedLongLong(.max)])
        #expect(garbled.users == [Domain.GuestUser()])
    }
}

/// Whether `record` survives conversion to typed parameters and back.
private func roundTrip<Record: TypedParameterRecord>(_ record: Record) throws -> Bool {
    Record(try record.typedParameters()) == record
}

/// Whether `record` survives JSON encoding and decoding.
private func jsonRoundTrip<Record: TypedParameterRecord>(_ record: Record) throws -> Bool {
    try JSONDecoder().decode(Record.self, from: JSONEncoder().encode(record)) == record
}
