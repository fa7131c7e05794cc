import Foundation
import Libvirt
import Testing

/// Hostile arguments: numbers that do not fit the C type or libvirt's limits,
/// and strings with a NUL, are refused with `invalidArg` naming the parameter,
/// before any C call (no trap, no truncation, no huge allocation).
@Suite("Argument checks")
struct ArgumentCheckTests {
    /// One call that must be refused, and the parameter its message must name.
    struct Case: Sendable, CustomStringConvertible {
        let parameter: String
        let function: String
        let call: @Sendable (Connection, Domain, Network) async throws -> Void
        var description: String { "\(function)(\(parameter))" }
    }

    static let numbers: [Case] = [
        Case(parameter: "id", function: "virDomainLookupByID") { c, _, _ in _ = try await c.domain(id: Int.max) },
        Case(parameter: "parentIndex", function: "virNetworkUpdate") { _, _, n in
            try await n.update(.modify, section: .ipDHCPHost, parentIndex: Int(Int32.max) + 1, xml: "<host/>")
        },
        Case(parameter: "parentIndex", function: "virNetworkUpdate") { _, _, n in
            try await n.update(.modify, section: .ipDHCPHost, parentIndex: -2, xml: "<host/>")
        },
        Case(parameter: "cpu", function: "virNodeGetCPUStats") { c, _, _ in _ = try await c.cpuStats(cpu: Int.max) },
        Case(parameter: "cpu", function: "virNodeGetCPUStats") { c, _, _ in _ = try await c.cpuStats(cpu: -1) },
        Case(parameter: "cell", function: "virNodeGetMemoryStats") { c, _, _ in
            _ = try await c.memoryStats(cell: Int.min)
        },
        Case(parameter: "maxCells", function: "virNodeGetCellsFreeMemory") { c, _, _ in
            _ = try await c.cellsFreeMemory(maxCells: Int.max)
        },
        Case(parameter: "maxCells", function: "virNodeGetCellsFreeMemory") { c, _, _ in
            _ = try await c.cellsFreeMemory(maxCells: 1 << 31)
        },
        Case(parameter: "startCell", function: "virNodeGetCellsFreeMemory") { c, _, _ in
            _ = try await c.cellsFreeMemory(startCell: -1)
        },
        Case(parameter: "cellCount", function: "virNodeGetFreePages") { c, _, _ in
            _ = try await c.freePages(sizes: [4, 2048], cellCount: Int.max / 2 + 1)
        },
        Case(parameter: "sizes.count x cellCount", function: "virNodeGetFreePages") { c, _, _ in
            _ = try await c.freePages(sizes: Array(repeating: 4, count: 100), cellCount: 100)
        },
        Case(parameter: "cellCount", function: "virNodeAllocPages") { c, _, _ in
            _ = try await c.allocatePages([4: 1], cellCount: -1)
        },
        Case(parameter: "firstCPU", function: "virDomainGetCPUStats") { _, d, _ in
            _ = try await d.cpuStats(firstCPU: Int.max)
        },
        Case(parameter: "count", function: "virDomainGetCPUStats") { _, d, _ in
            _ = try await d.cpuStats(count: Int.max)
        },
        Case(parameter: "count", function: "virDomainMemoryPeek") { _, d, _ in
            _ = try await d.peekMemory(at: 0, count: -1, flags: .virtual)
        },
        Case(parameter: "count", function: "virDomainMemoryPeek") { _, d, _ in
            _ = try await d.peekMemory(at: 0, count: Int.max, flags: .virtual)
        },
        Case(parameter: "count", function: "virDomainBlockPeek") { _, d, _ in
            _ = try await d.peekBlock("vda", offset: 0, count: Domain.peekLimit + 1)
        },
        Case(parameter: "cpus", function: "virDomainPinVcpu") { _, d, _ in try await d.pinVcpu(0, to: [Int.max]) },
        Case(parameter: "cpus", function: "virDomainPinVcpu") { _, d, _ in try await d.pinVcpu(0, to: [-1]) },
        Case(parameter: "vcpu", function: "virDomainPinVcpu") { _, d, _ in try await d.pinVcpu(-1, to: [0]) },
        Case(parameter: "cpus", function: "virDomainPinEmulator") { _, d, _ in try await d.pinEmulator(to: [1 << 40]) },
        Case(parameter: "cpus", function: "virDomainPinIOThread") { _, d, _ in
            try await d.pinIOThread(1, to: [0, 16_384])
        },
        Case(parameter: "id", function: "virDomainAddIOThread") { _, d, _ in try await d.addIOThread(-1) },
        Case(parameter: "count", function: "virDomainSetVcpus") { _, d, _ in try await d.setVcpus(-1) },
        Case(parameter: "count", function: "virDomainSetVcpus") { _, d, _ in try await d.setVcpus(1 << 32) },
        Case(parameter: "files", function: "virDomainCreateWithFiles") { _, d, _ in try await d.start(files: [-1]) },
        Case(parameter: "keycodes.count", function: "virDomainSendKey") { _, d, _ in
            try await d.sendKey(codeSet: .linux, keycodes: Array(repeating: 30, count: 17))
        },
        Case(parameter: "seconds", function: "virDomainSetMemoryStatsPeriod") { _, d, _ in
            try await d.setMemoryStatsPeriod(Int.max)
        },
        Case(parameter: "interval", function: "virConnectSetKeepAlive") { c, _, _ in
            try await c.setKeepAlive(interval: Int.max, count: 1)
        },
        Case(parameter: "count", function: "virConnectSetKeepAlive") { c, _, _ in
            try await c.setKeepAlive(interval: 5, count: -1)
        },
    ]

    static let strings: [Case] = [
        Case(parameter: "name", function: "virDomainLookupByName") { c, _, _ in
            _ = try await c.domain(named: "test\0evil")
        },
        Case(parameter: "uuidString", function: "virDomainLookupByUUIDString") { c, _, _ in
            _ = try await c.domain(uuidString: "6695eb01-f6a4-8304-79aa-97f2502e193f\0x")
        },
        Case(parameter: "xml", function: "virDomainDefineXML") { c, _, _ in
            _ = try await c.defineDomain(xml: "<domain type='test'><name>a</name>\0</domain>")
        },
        Case(parameter: "name", function: "virNetworkLookupByName") { c, _, _ in
            _ = try await c.network(named: "default\0")
        },
        Case(parameter: "name", function: "virStoragePoolLookupByName") { c, _, _ in
            _ = try await c.storagePool(named: "default-pool\0x")
        },
        Case(parameter: "xml", function: "virNetworkUpdate") { _, _, n in
            try await n.update(.modify, section: .ipDHCPHost, xml: "<host/>\0<x/>")
        },
        Case(parameter: "typed parameter name", function: "virTypedParamsAdd") { _, d, _ in
            try await d.setMemoryParameters(Domain.MemoryParameters(["hard_limit\0x": .unsignedLongLong(1)]))
        },
        Case(parameter: "typed parameter weight", function: "virTypedParamsAddString") { _, d, _ in
            try await d.setMemoryParameters(Domain.MemoryParameters(["weight": .string("1\02")]))
        },
        Case(parameter: "keys", function: "virDomainAuthorizedSSHKeysSet") { _, d, _ in
            try await d.setAuthorizedSSHKeys(["ssh-ed25519 AAAA\0"], user: "root")
        },
    ]

    @Test("out-of-range numbers throw invalidArg naming the parameter", arguments: numbers)
    func number(_ check: Case) async throws {
        try await refused(check)
    }

    @Test("strings with a NUL throw invalidArg naming the parameter", arguments: strings)
    func string(_ check: Case) async throws {
        try await refused(check)
    }

    @Test("a URI with a NUL is refused, not opened truncated")
    func uriWithNUL() async throws {
        let error = try #require(await libvirtError { try await Connection.open("test:///default\0junk") })
        #expect(error.code == .invalidArg)
        #expect(error.message.contains("uri"))
    }

    @Test("values at the limits still reach libvirt")
    func limitsPass() async throws {
        let connection = try await Fixtures.openDefault()
        let domain = try await connection.domain(named: "test")
        // Within range: libvirt answers (the test driver's own result or error, never invalidArg from the SDK).
        let builtIn = try await Connection.open(Fixtures.defaultURI)  // the node with two NUMA cells
        #expect(try await builtIn.cellsFreeMemory(startCell: 1, maxCells: 1) == [4_194_304])
        let id = try #require(try await domain.id())
        #expect(try await connection.domain(id: id).name() == "test")
        try await domain.pinVcpu(0, to: [0])
        let peek = await libvirtError { try await domain.peekMemory(at: 0, count: Domain.peekLimit, flags: .virtual) }
        #expect(peek?.message.contains("must be in") != true, "\(String(describing: peek))")
    }

    private func refused(_ check: Case) async throws {
        let connection = try await Fixtures.openDefault()
        let domain = try await connection.domain(named: "test")
        let network = try await connection.network(named: "default")
        let error = try #require(await libvirtError { try await check.call(connection, domain, network) })
        #expect(error.code == .invalidArg, "\(error)")
        #expect(error.function == check.function, "\(error)")
        #expect(error.message.contains(check.parameter), "\(error)")
    }
}
