import Foundation
import Libvirt
import Testing

/// The host API on the in-process test driver, whose node is fixed: libvirt's
/// test driver reports the same hardware on every machine.
@Suite("Host")
struct HostTests {
    /// Opens the test driver's built-in node, whose host (node info, cells,
    /// CPU counters) is fixed; these tests only read it.
    static func open() async throws -> Connection {
        try await Connection.open(Fixtures.defaultURI)
    }

    // MARK: - Hardware

    @Test("node info is the test driver's fixed node")
    func nodeInfo() async throws {
        let connection = try await Self.open()
        let node = try await connection.nodeInfo()
        #expect(node.model == "i686")
        #expect(node.memoryKiB == 3_145_728)
        #expect(node.cpus == 16)
        #expect(node.mhz == 1400)
        #expect(node.nodes == 2)
        #expect(node.sockets == 2)
        #expect(node.cores == 2)
        #expect(node.threads == 2)
        #expect(node.maximumCPUs == 16)
    }

    @Test("the CPU map lists 8 CPUs, 0, 2 and 4 online")
    func cpuMap() async throws {
        let connection = try await Self.open()
        let map = try await connection.cpuMap()
        #expect(map.count == 8)
        #expect(map.onlineCount == 3)
        #expect(map.online == [0, 2, 4])
        #expect(map[0] && !map[1] && map[2])
        #expect(map.filter { $0 }.count == map.onlineCount)
    }

    @Test("capabilities describe the host and its i686 CPU")
    func capabilities() async throws {
        let connection = try await Self.open()
        let xml = try await connection.capabilities()
        #expect(xml.contains("<capabilities>"))
        #expect(xml.contains("<host>"))
        #expect(xml.contains("<arch>i686</arch>"))
        #expect(xml.contains("<cells num='2'>"))
    }

    @Test("sysinfo is SMBIOS XML")
    func sysinfo() async throws {
        let connection = try await Self.open()
        let xml = try await connection.sysinfo()
        #expect(xml.contains("<sysinfo type='smbios'>"))
        #expect(xml.contains("<bios>"))
    }

    @Test("the test driver allows 32 virtual CPUs, whatever the type named")
    func maxVcpus() async throws {
        let connection = try await Self.open()
        #expect(try await connection.maxVcpus() == 32)
        #expect(try await connection.maxVcpus(type: "test") == 32)
    }

    @Test("domain capabilities are not supported by the test driver")
    func domainCapabilities() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.domainCapabilities(arch: "x86_64") }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virConnectGetDomainCapabilities")
    }

    @Test("a closed connection refuses host calls")
    func closed() async throws {
        let connection = try await Self.open()
        try await connection.close()
        let error = await libvirtError { try await connection.nodeInfo() }
        #expect(error?.code == .invalidConn)
        #expect(error?.function == "virNodeGetInfo")
    }

    // MARK: - Statistics

    @Test("CPU stats are the test driver's fixed counters, for all CPUs or one")
    func cpuStats() async throws {
        let connection = try await Self.open()
        for cpu in [nil, 0] as [Int?] {
            let stats = try await connection.cpuStats(cpu: cpu)
            #expect(stats.user == .nanoseconds(9_797_400_000))
            #expect(stats.kernel == .nanoseconds(34_678_723_400_000))
            #expect(stats.idle == .nanoseconds(87_264_900_000))
            #expect(stats.iowait == .nanoseconds(763_600_000))
            #expect(stats.interrupt == nil)
            #expect(stats.values.count == 4)
        }
    }

    @Test("memory stats are not supported by the test driver")
    func memoryStats() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.memoryStats() }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virNodeGetMemoryStats")
    }

    // MARK: - Memory

    @Test("free memory is the sum the test driver reports, cells one by one")
    func freeMemory() async throws {
        let connection = try await Self.open()
        let cells = try await connection.cellsFreeMemory()
        #expect(cells == [2_097_152, 4_194_304])
        #expect(try await connection.cellsFreeMemory(startCell: 1) == [4_194_304])
        #expect(try await connection.cellsFreeMemory(startCell: 0, maxCells: 1) == [2_097_152])
        #expect(try await connection.freeMemory() == 3_145_728)
    }

    @Test("a cell beyond the node's is refused")
    func freeMemoryBadCell() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.cellsFreeMemory(startCell: 5, maxCells: 1) }
        #expect(error?.code == .invalidArg)
    }

    @Test("free pages are counted per cell and page size")
    func freePages() async throws {
        let connection = try await Self.open()
        // The test driver fills the counts, cell after cell, from a fixed
        // sequence (19, 45, 97, 201, 409, ...), whatever the sizes asked.
        let cells = try await connection.freePages(sizes: [4, 8, 2048, 1_048_576], startCell: 0, cellCount: 2)
        #expect(cells.map(\.cell) == [0, 1])
        #expect(cells.first?.countsByPageSizeKiB == [4: 19, 8: 45, 2048: 97, 1_048_576: 201])
        #expect(cells.last?.countsByPageSizeKiB == [4: 409, 8: 825, 2048: 1657, 1_048_576: 3321])
        let second = try await connection.freePages(sizes: [2048], startCell: 1, cellCount: 1)
        #expect(second.map(\.cell) == [1])
        #expect(second.first?.countsByPageSizeKiB.keys.first == 2048)
        #expect(try await connection.freePages(sizes: []).isEmpty)
    }

    @Test("page allocation is not supported by the test driver")
    func allocatePages() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.allocatePages([2048: 1], startCell: 0, flags: .set) }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virNodeAllocPages")
    }

    @Test("memory parameters, get and set, are not supported by the test driver")
    func memoryParameters() async throws {
        let connection = try await Self.open()
        let get = await libvirtError { try await connection.memoryParameters() }
        #expect(get?.code == .noSupport)
        #expect(get?.function == "virNodeGetMemoryParameters")
        let set = await libvirtError {
            try await connection.setMemoryParameters(NodeMemoryParameters(pagesToScan: 100))
        }
        #expect(set?.code == .noSupport)
        #expect(set?.function == "virNodeSetMemoryParameters")
    }

    @Test("settable memory parameters become unsigned ints; counters are not sent")
    func memoryParameterEncoding() throws {
        var parameters = NodeMemoryParameters(pagesToScan: 200, mergeAcrossNodes: false)
        parameters.pagesShared = 5
        let raw = try parameters.typedParameters(settableOnly: true)
        #expect(try parameters.typedParameters()["shm_pages_shared"] == .unsignedLongLong(5))
        #expect(raw["shm_pages_to_scan"] == .uint(200))
        #expect(raw["shm_merge_across_nodes"] == .uint(0))
        #expect(raw["shm_sleep_millisecs"] == nil)
        #expect(raw.names == ["shm_pages_to_scan", "shm_merge_across_nodes"])
        let read = NodeMemoryParameters(["shm_pages_shared": .unsignedLongLong(7), "shm_merge_across_nodes": .uint(1)])
        #expect(read.pagesShared == 7)
        #expect(read.mergeAcrossNodes == true)
        #expect(read.pagesToScan == nil)
    }

    // MARK: - Security, power, identity

    @Test("the test driver's security model is testSecurity, with no DOI")
    func securityModel() async throws {
        let connection = try await Self.open()
        let model = try await connection.securityModel()
        #expect(model.model == "testSecurity")
        #expect(model.doi == "")
    }

    @Test("SEV info is not supported by the test driver")
    func sevInfo() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.sevInfo() }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virNodeGetSEVInfo")
    }

    @Test("suspending the host is not supported by the test driver")
    func suspend() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.suspendNode(target: .memory, duration: 60) }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virNodeSuspendForDuration")
    }

    @Test("setting an identity is not supported by the test driver")
    func setIdentity() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.setIdentity(ClientIdentity(userName: "alice")) }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virConnectSetIdentity")
    }

    @Test("an identity becomes typed parameters of libvirt's documented types")
    func identityEncoding() throws {
        let identity = ClientIdentity(
            userName: "alice", unixUserID: 1000, groupName: "staff", unixGroupID: 50, processID: 42,
            processTime: 7, saslUserName: "a", x509DistinguishedName: "CN=a", selinuxContext: "u:r:t")
        let raw = try identity.typedParameters()
        #expect(raw.count == 9)
        #expect(raw["user-name"] == .string("alice"))
        #expect(raw["unix-user-id"] == .unsignedLongLong(1000))
        #expect(raw["unix-group-id"] == .unsignedLongLong(50))
        #expect(raw["process-id"] == .longLong(42))
        #expect(raw["process-time"] == .unsignedLongLong(7))
        #expect(raw["selinux-context"] == .string("u:r:t"))
        #expect(try ClientIdentity().typedParameters().isEmpty)
        #expect(ClientIdentity(raw) == identity)
    }
}
