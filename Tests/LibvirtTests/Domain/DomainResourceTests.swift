import Foundation
import Libvirt
import Testing

@Suite("Domain core: resources on the test driver")
struct DomainResourceTests {
    @Test("memory sizes, statistics and tunables")
    func memory() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.maxMemory() == 8_388_608)
        try await domain.setMemory(1_048_576)
        #expect(try await domain.info().memory == 1_048_576)
        try await domain.setMemory(1_572_864, flags: .live)
        #expect(try await domain.info().memory == 1_572_864)
        #expect(await libvirtError { try await domain.setMemory(16_777_216) }?.code == .invalidArg)

        // The test driver derives its statistics from the current memory.
        let stats = try await domain.memoryStats()
        #expect(stats.actualBalloon == 1_572_864)
        #expect(stats.available == 1_572_864)
        #expect(stats.rss == 786_432)
        #expect(stats.unused == 786_432)
        #expect(stats.swapIn == 0)
        #expect(stats.lastUpdate != nil)
        #expect(stats.raw.count >= 10)

        let tunables = try await domain.memoryParameters()
        #expect(tunables.hardLimit == Domain.MemoryParameters.unlimited)
        #expect(tunables.softLimit == Domain.MemoryParameters.unlimited)
        #expect(tunables.swapHardLimit == Domain.MemoryParameters.unlimited)
        #expect(tunables.raw.names.contains("hard_limit"))
        try await domain.setMemoryParameters(Domain.MemoryParameters(hardLimit: 4_194_304, softLimit: 2_097_152))
        let changed = try await domain.memoryParameters()
        #expect(changed.hardLimit == 4_194_304)
        #expect(changed.softLimit == 2_097_152)
        try await domain.setMemoryParameters(["swap_hard_limit": .unsignedLongLong(6_291_456)])
        #expect(try await domain.memoryParameters().swapHardLimit == 6_291_456)
        try await domain.setMemoryStatsPeriod(5)
        try await domain.setMemoryStatsPeriod(0, impact: .live)

        let inactive = try await connection.defineDomain(xml: DomainFixtures.definable("small"))
        try await inactive.setMaxMemory(524_288)
        #expect(try await inactive.maxMemory() == 524_288)
    }

    @Test("virtual CPU counts, information and pinning")
    func vcpus() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.vcpuCount() == 2)
        #expect(try await domain.vcpuCount(flags: [.live, .maximum]) == 2)
        #expect(try await domain.maxVcpus() == 2)
        let vcpus = try await domain.vcpus()
        #expect(vcpus.map(\.number) == [0, 1])
        #expect(vcpus.allSatisfy { $0.state == .running && $0.cpuTime > 0 && $0.cpu != nil })
        #expect(vcpus[0].affinity == Set(0..<8))
        #expect(try await domain.vcpuPinning() == [Set(0..<8), Set(0..<8)])

        try await domain.pinVcpu(1, to: [2, 3])
        #expect(try await domain.vcpus()[1].affinity == [2, 3])
        try await domain.pinVcpu(0, to: [5], impact: [])
        #expect(try await domain.vcpuPinning()[0] == [5])
        #expect(try await domain.emulatorPinning() == Set(0..<8))

        try await domain.pinEmulator(to: [0, 1])
        #expect(try await domain.emulatorPinning() == [0, 1])

        try await domain.setVcpus(1, flags: .live)
        #expect(try await domain.vcpuCount() == 1)
        try await domain.setVcpus(2)
        #expect(try await domain.vcpuCount() == 2)
    }

    @Test("scheduler type and parameters")
    func scheduler() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let type = try await domain.schedulerType()
        #expect(type.name == "fair")
        #expect(type.parameterCount == 1)
        #expect(try await domain.schedulerParameters().weight == 50)

        // The test driver checks what it is given, and keeps its fixed weight.
        try await domain.setSchedulerParameters(["weight": .uint(80)])
        try await domain.setSchedulerParameters(["weight": .uint(90)], impact: [])
        #expect(await libvirtError { try await domain.setSchedulerParameters(["weight": .uint(90)], impact: .live) }?.code == .invalidArg)
        let parameters = try await domain.schedulerParameters()
        #expect(parameters.weight == 50)
        #expect(parameters.raw["weight"] == .uint(50))
        #expect(parameters.cpuShares == nil)
    }

    @Test("block I/O, NUMA and perf tunables")
    func tunables() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let blkio = try await domain.blkioParameters()
        #expect(blkio.weight == 0)
        #expect(blkio.deviceWeight == "")
        let numa = try await domain.numaParameters()
        #expect(numa.mode == .strict)
        #expect(numa.nodeset == "")
        try await domain.setBlkioParameters(["weight": .uint(500)])
        #expect(try await domain.blkioParameters().weight == 500)
        try await domain.setNumaParameters(["numa_nodeset": .string("0"), "numa_mode": .int(Domain.NumaMode.interleave.rawValue)])
        let placed = try await domain.numaParameters()
        #expect(placed.nodeset == "0")
        #expect(placed.mode == .interleave)

        let bandwidth = try await domain.interfaceParameters("testnet0")
        #expect(bandwidth.inboundAverage == 0)
        try await domain.setInterfaceParameters("testnet0", ["inbound.average": .uint(1000), "outbound.average": .uint(1500), "outbound.peak": .uint(2000)])
        let limited = try await domain.interfaceParameters("aa:bb:cc:dd:ee:ff")
        #expect(limited.inboundAverage == 1000)
        #expect(limited.outboundAverage == 1500)
        #expect(limited.outboundPeak == 2000)

        let throttle = try await domain.blockIoTune("vda")
        #expect(throttle.totalBytesSec == 0)
        #expect(throttle.raw.names.contains("total_iops_sec"))
        let tooHigh = await libvirtError {
            try await domain.setBlockIoTune("vda", ["total_bytes_sec": .unsignedLongLong(1_000_000)])
        }
        #expect(tooHigh?.code == .invalidArg)
        try await domain.setBlockIoTune(
            "vda", ["total_bytes_sec": .unsignedLongLong(1_000_000), "total_bytes_sec_max": .unsignedLongLong(2_000_000)],
            impact: .live)
        let throttled = try await domain.blockIoTune("vda")
        #expect(throttled.totalBytesSec == 1_000_000)
        #expect(throttled.totalBytesSecMax == 2_000_000)
        #expect(throttled.groupName == "")

        let perf = try await domain.perfEvents()
        #expect(perf["cmt"] == false)
        #expect(perf.count >= 20)
        try await domain.setPerfEvents(["cmt": true, "cpu_cycles": true])
        let updated = try await domain.perfEvents()
        #expect(updated["cmt"] == true)
        #expect(updated["cpu_cycles"] == true)
        #expect(updated["instructions"] == false)
    }

    @Test("IOThreads added, pinned, tuned and removed")
    func ioThreads() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.ioThreads().isEmpty)
        #expect(await libvirtError { try await domain.pinIOThread(1, to: [0]) }?.code == .invalidArg)
        try await domain.addIOThread(1)
        try await domain.addIOThread(3)
        let threads = try await domain.ioThreads()
        #expect(threads.map(\.id) == [1, 3])
        #expect(threads.first?.affinity.isEmpty == false)
        try await domain.pinIOThread(3, to: [1])
        #expect(try await domain.ioThreads().last?.affinity == [1])
        try await domain.setIOThreadParameters(3, ["poll_max_ns": .unsignedLongLong(1000)])
        try await domain.removeIOThread(1)
        #expect(try await domain.ioThreads().map(\.id) == [3])
    }

    @Test("guest file systems, freeze, thaw and trim")
    func fileSystems() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let systems = try await domain.fileSystems()
        #expect(systems.map(\.mountPoint) == ["/", "/boot"])
        #expect(systems.map(\.name) == ["vda1", "vda2"])
        #expect(systems.allSatisfy { $0.type == "ext4" && $0.deviceAliases == ["vda"] })
        #expect(try await domain.freezeFileSystems() == 2)
        #expect(try await domain.thawFileSystems() == 2)
        #expect(try await domain.freezeFileSystems(mountPoints: ["/"]) == 1)
        #expect(try await domain.thawFileSystems(mountPoints: ["/"]) == 1)
        try await domain.trimFileSystem()
        try await domain.trimFileSystem(mountPoint: "/", minimum: 4096)
    }

    @Test("guest interface addresses")
    func interfaceAddresses() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let interfaces = try await domain.interfaceAddresses()
        #expect(interfaces.count == 1)
        let interface = try #require(interfaces.first)
        #expect(interface.name == "testnet0")
        #expect(interface.hardwareAddress == "aa:bb:cc:dd:ee:ff")
        #expect(interface.addresses == [DomainInterface.Address(type: .ipv4, address: "192.168.122.3", prefix: 24)])
        let agent = try await domain.interfaceAddresses(source: .arp)
        #expect(agent.first?.name == "testnet0")
    }

    @Test("security labels")
    func securityLabels() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let label = try await domain.securityLabel()
        #expect(label.label == "libvirt-test")
        #expect(label.isEnforcing)
        #expect(await libvirtError { try await domain.securityLabels() }?.code == .noSupport)
    }

    @Test("CPU statistics per CPU and in total")
    func cpuStats() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let perCPU = try await domain.cpuStats()
        #expect(perCPU.count == 2)
        #expect(perCPU.allSatisfy { ($0.cpuTime ?? 0) > 0 && $0.vcpuTime != nil })
        let second = try await domain.cpuStats(firstCPU: 1, count: 1)
        #expect(second.count == 1)
        #expect(second.first?.cpuTime == perCPU[1].cpuTime)
        let total = try await domain.totalCPUStats()
        #expect(total.cpuTime == perCPU.compactMap(\.cpuTime).reduce(0, +))
        #expect(total.userTime != nil)
        #expect(total.systemTime != nil)
    }
}
