import Foundation
import Libvirt
import Testing

/// The host API against real QEMU through the running daemon, for what the
/// test driver does not implement. Skipped when no daemon listens.
@Suite(
    "Host on qemu:///system",
    .enabled(if: FileManager.default.fileExists(atPath: "/run/libvirt/libvirt-sock"), "no libvirtd socket at /run/libvirt/libvirt-sock"))
struct HostDaemonTests {
    static let uri = "qemu:///system"
    static let tiny = """
        <domain type='qemu'><name>host-tests-tiny</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>\
        <os><type arch='x86_64' machine='pc'>hvm</type></os><devices><video><model type='none'/></video>\
        <memballoon model='none'/></devices></domain>
        """

    @Test("node info and capabilities describe the real host")
    func nodeInfo() async throws {
        let connection = try await Connection.open(Self.uri)
        let node = try await connection.nodeInfo()
        #expect(node.cpus == ProcessInfo.processInfo.activeProcessorCount)
        #expect(node.memoryKiB > 0)
        let capabilities = try await connection.capabilities()
        #expect(capabilities.contains("<arch>\(node.model)</arch>"))
        let map = try await connection.cpuMap()
        #expect(map.onlineCount == node.cpus)
        #expect(try await connection.maxVcpus(type: "kvm") > 0)
    }

    @Test("domain capabilities for x86_64")
    func domainCapabilities() async throws {
        let connection = try await Connection.open(Self.uri)
        let xml = try await connection.domainCapabilities(arch: "x86_64", virtualizationType: "qemu")
        #expect(xml.contains("<domainCapabilities>"))
        #expect(xml.contains("<arch>x86_64</arch>"))
        #expect(xml.contains("<domain>qemu</domain>"))
        let bad = await libvirtError { try await connection.domainCapabilities(arch: "no-such-arch") }
        #expect(bad?.code == .invalidArg)
        #expect(bad?.function == "virConnectGetDomainCapabilities")
    }

    @Test("CPU and memory statistics have the documented keys")
    func statistics() async throws {
        let connection = try await Connection.open(Self.uri)
        let cpu = try await connection.cpuStats()
        #expect(cpu.user != nil && cpu.kernel != nil && cpu.idle != nil && cpu.iowait != nil)
        #expect(try await connection.cpuStats(cpu: 0).idle != nil)
        let memory = try await connection.memoryStats()
        let total = try #require(memory.totalKiB)
        #expect(memory.freeKiB != nil && memory.buffersKiB != nil && memory.cachedKiB != nil)
        #expect(try #require(memory.freeKiB) <= total)
        let cell = try await connection.memoryStats(cell: 0)
        #expect(cell.totalKiB != nil)
        let bad = await libvirtError { try await connection.cpuStats(cpu: 10_000) }
        #expect(bad?.code == .invalidArg)
        #expect(bad?.function == "virNodeGetCPUStats")
    }

    @Test("free memory by cell and page")
    func freeMemory() async throws {
        let connection = try await Connection.open(Self.uri)
        #expect(try await connection.freeMemory() > 0)
        let cells = try await connection.cellsFreeMemory()
        #expect(cells.count == (try await connection.nodeInfo().nodes))
        #expect(cells.allSatisfy { $0 > 0 })
        let pages = try await connection.freePages(sizes: [4], startCell: 0, cellCount: 1)
        #expect(pages.count == 1)
        #expect((pages.first?.countsByPageSizeKiB[4] ?? 0) > 0)
        // A 3 KiB page size exists nowhere: refused before anything changes.
        let bad = await libvirtError { try await connection.allocatePages([3: 1], startCell: 0) }
        #expect(bad?.code == .operationFailed)
        #expect(bad?.function == "virNodeAllocPages")
    }

    @Test("KSM memory parameters round-trip, and an unknown one is refused")
    func memoryParameters() async throws {
        let connection = try await Connection.open(Self.uri)
        let parameters = try await connection.memoryParameters()
        let pages = try #require(parameters.pagesToScan)
        #expect(parameters.sleep != nil)
        #expect(parameters.fullScans != nil)
        // Counters read back are not sent: the record read can be set as it is.
        try await connection.setMemoryParameters(NodeMemoryParameters(pagesToScan: pages + 1))
        #expect(try await connection.memoryParameters().pagesToScan == pages + 1)
        try await connection.setMemoryParameters(parameters)
        #expect(try await connection.memoryParameters().pagesToScan == pages)

        var unknown = NodeMemoryParameters()
        unknown.extra["no_such_tunable"] = .uint(1)
        let error = await libvirtError { try await connection.setMemoryParameters(unknown) }
        #expect(error?.code == .argumentUnsupported)
        #expect(error?.function == "virNodeSetMemoryParameters")
    }

    @Test("security model and SEV")
    func security() async throws {
        let connection = try await Connection.open(Self.uri)
        let model = try await connection.securityModel()
        let capabilities = try await connection.capabilities()
        #expect(capabilities.contains("<model>\(model.model)</model>"))
        let sev = await libvirtError { try await connection.sevInfo() }
        #expect(sev?.code == .operationUnsupported)
    }

    @Test("CPU model names, comparison and baselines")
    func cpu() async throws {
        let connection = try await Connection.open(Self.uri)
        let names = try await connection.cpuModelNames(arch: "x86_64")
        #expect(names.contains("qemu64"))
        let qemu64 = "<cpu><arch>x86_64</arch><model>qemu64</model></cpu>"
        let comparison = try await connection.compareCPU(qemu64)
        #expect([CPUComparison.incompatible, .identical, .superset].contains(comparison))
        let hypervisor = try await connection.compareHypervisorCPU(qemu64, arch: "x86_64", virtualizationType: "qemu")
        #expect(hypervisor.isCompatible)
        let baseline = try await connection.baselineHypervisorCPU([qemu64], arch: "x86_64", virtualizationType: "qemu")
        #expect(baseline.contains("<model"))
        let malformed = await libvirtError { try await connection.compareCPU("<cpu><model>") }
        #expect(malformed?.code == .xmlDetail)
        #expect(malformed?.function == "virConnectCompareCPU")
    }

    @Test("a CPU needing AVX-512 is incompatible with TCG, and can be made to throw")
    func incompatibleCPU() async throws {
        let connection = try await Connection.open(Self.uri)
        let avx512 = "<cpu><arch>x86_64</arch><model>qemu64</model><feature policy='require' name='avx512f'/></cpu>"
        let result = try await connection.compareHypervisorCPU(avx512, arch: "x86_64", virtualizationType: "qemu")
        #expect(result == .incompatible)
        let error = await libvirtError {
            try await connection.compareHypervisorCPU(
                avx512, arch: "x86_64", virtualizationType: "qemu", flags: .failIncompatible)
        }
        #expect(error?.code == .cpuIncompatible)
        let invalid = await libvirtError {
            try await connection.compareCPU("<cpu><arch>x86_64</arch><bogus/></cpu>", flags: .validateXML)
        }
        #expect(invalid?.code == .xmlInvalidSchema)
    }

    @Test("domain XML converts to QEMU's command line; QEMU no longer converts back")
    func nativeConfig() async throws {
        let connection = try await Connection.open(Self.uri)
        let argv = try await connection.nativeConfig(format: "qemu-argv", domainXML: Self.tiny)
        #expect(argv.contains("qemu-system-x86_64"))
        #expect(argv.contains("host-tests-tiny"))
        let back = await libvirtError {
            try await connection.domainXML(fromNative: "qemu-argv", config: "/usr/bin/qemu-system-x86_64 -m 64")
        }
        #expect(back?.code == .noSupport)
        let bad = await libvirtError { try await connection.nativeConfig(format: "no-such-format", domainXML: Self.tiny) }
        #expect(bad?.code == .invalidArg)
    }

    @Test("a privileged client sets its identity")
    func setIdentity() async throws {
        let connection = try await Connection.open(Self.uri)
        try await connection.setIdentity(ClientIdentity(userName: "root", unixUserID: 0, groupName: "root", unixGroupID: 0))
        #expect(try await connection.nodeInfo().cpus > 0)
    }
}
