import CLibvirt
import Foundation
import Testing
@testable import Libvirt

@Suite("Domain stats")
struct DomainStatsTests {
    @Test("state.state and state.reason of each domain of a 5-domain node, named correctly")
    func statesOfFiveDomains() async throws {
        let runstates = [1, 3, 5, 1, 5]
        let connection = try await Connection.open(try Fixtures.nodeURI(DomainMoreFixtures.node(count: 5, runstates: runstates)))
        let records = try await connection.allDomainStats(.state)
        #expect(records.count == 5)
        #expect(Set(records.map(\.name)) == Set((0..<5).map { "dom-\($0)" }))
        for record in records {
            let index = Int(record.name.dropFirst(4))!
            let domain = try #require(record.domain)
            #expect(try await domain.name() == record.name)
            let state = try await domain.state()
            #expect(record.uuid == domain.id)
            #expect(try await domain.uuid() == record.uuid)
            #expect(record.state?.state == Domain.State(rawValue: Int32(runstates[index])))
            #expect(record.state?.state == state.state)
            #expect(record.state?.rawReason == state.rawReason)
            #expect(record.state == state)
            #expect(record.parameters.names == ["state.state", "state.reason"])
            #expect(record.cpu == nil && record.blocks == nil && record.vcpu == nil)
        }
    }

    @Test("selecting flags filter domains; records without handles still carry names")
    func flagsAndNamesOnly() async throws {
        let connection = try await Connection.open(
            try Fixtures.nodeURI(DomainMoreFixtures.node(count: 5, runstates: [1, 3, 5, 1, 5])))
        let running = try await connection.allDomainStats(.state, flags: .running)
        #expect(Set(running.map(\.name)) == ["dom-0", "dom-3"])
        #expect(running.allSatisfy { $0.state?.state == .running })
        let inactive = try await connection.allDomainStats(.state, flags: .inactive)
        #expect(Set(inactive.map(\.name)) == ["dom-2", "dom-4"])
        let paused = try await connection.allDomainStats(.state, flags: .paused, domainHandles: false)
        #expect(paused.map(\.name) == ["dom-1"])
        #expect(paused[0].domain == nil)
        #expect(paused[0].uuid == (try await connection.domain(named: "dom-1")).id)
        #expect(paused[0].state?.state == .paused)
        // Every group the driver has: only state on the test driver.
        let all = try await connection.allDomainStats()
        #expect(all.count == 5 && all.allSatisfy { $0.state != nil })
    }

    @Test("records without handles read each domain's UUID and parameters when asked, from any task; copies and JSON keep them")
    func uuidsWithoutHandles() async throws {
        let connection = try await Connection.open(
            try Fixtures.nodeURI(DomainMoreFixtures.node(count: 5, runstates: [1, 3, 5, 1, 5])))
        do {
            let records = try await connection.allDomainStats(.state, domainHandles: false)
            #expect(records.count == 5 && records.allSatisfy { $0.domain == nil })
            // Read on the cooperative pool, after the call returned.
            let uuids = await Task.detached { records.map { ($0.name, $0.uuid) } }.value
            for (name, uuid) in uuids {
                #expect(uuid == (try await connection.domain(named: name)).id)
            }
            #expect(Set(uuids.map(\.1)).count == 5)
            // Parameters are copied from the shared C list on first read, once, from any task.
            let copies = await withTaskGroup(of: [TypedParameters].self) { group in
                for _ in 0..<8 { group.addTask { records.map(\.parameters) } }
                return await group.reduce(into: []) { $0.append(contentsOf: $1) }
            }
            #expect(copies.count == 40 && copies.allSatisfy { $0.names == ["state.state", "state.reason"] })
            #expect(Set(copies).count == Set(records.map(\.parameters)).count)
            let copy = try JSONDecoder().decode(DomainStatsRecord.self, from: JSONEncoder().encode(records[2]))
            #expect(copy.uuid == records[2].uuid && copy == records[2] && copy.hashValue == records[2].hashValue)
        }
        // The records held the domains' references until the last of them went.
        #expect(try await connection.close() == 0)
    }

    @Test("stats of chosen domains")
    func listedDomains() async throws {
        let connection = try await Connection.open(
            try Fixtures.nodeURI(DomainMoreFixtures.node(count: 5, runstates: [1, 3, 5, 1, 5])))
        let chosen = [try await connection.domain(named: "dom-1"), try await connection.domain(named: "dom-4")]
        let records = try await connection.domainStats(for: chosen, groups: .state)
        #expect(records.map(\.name) == ["dom-1", "dom-4"])
        #expect(records.map { $0.state?.state } == [.paused, .shutoff])
        let named = try await connection.domainStats(for: chosen, domainHandles: false)
        #expect(named.map(\.name) == ["dom-1", "dom-4"] && named.allSatisfy { $0.domain == nil })
        #expect(await libvirtError { try await connection.domainStats(for: []) }?.code == .invalidArg)
    }

    @Test("records hand each domain reference to exactly one owner: closing leaks nothing")
    func referencesReleased() async throws {
        let connection = try await Connection.open(
            try Fixtures.nodeURI(DomainMoreFixtures.node(count: 5, runstates: [1, 3, 5, 1, 5])))
        do {
            let withHandles = try await connection.allDomainStats(.state)
            let namesOnly = try await connection.allDomainStats(.state, domainHandles: false)
            #expect(withHandles.count == 5 && namesOnly.count == 5)
            let domains = withHandles.compactMap(\.domain)
            #expect(domains.count == 5)
            for domain in domains { _ = try await domain.name() }
            let again = try await connection.domainStats(for: domains)
            #expect(again.map(\.name) == withHandles.map(\.name))
        }
        #expect(try await connection.close() == 0)
    }

    @Test("a group the test driver lacks is refused with enforceStats")
    func enforced() async throws {
        let (connection, _) = try await DomainMoreFixtures.openTestDomain()
        let error = await libvirtError { try await connection.allDomainStats(.cpuTotal, flags: .enforceStats) }
        #expect(error?.function == "virConnectGetAllDomainStats")
        #expect(error?.code == .noSupport || error?.code == .invalidArg || error?.code == .argumentUnsupported)
    }

    @Test("every documented group decodes from its keys, from Swift values and from a C record", arguments: [false, true])
    func decodingGroups(fromC: Bool) async throws {
        let parameters: TypedParameters = [
            "state.state": .int(1), "state.reason": .int(2),
            "cpu.time": .unsignedLongLong(10), "cpu.user": .unsignedLongLong(4), "cpu.system": .unsignedLongLong(5),
            "balloon.current": .unsignedLongLong(65536), "balloon.maximum": .unsignedLongLong(131072),
            "balloon.rss": .unsignedLongLong(4000), "balloon.last-update": .unsignedLongLong(99),
            "vcpu.current": .uint(2), "vcpu.maximum": .uint(4),
            "vcpu.0.state": .int(1), "vcpu.0.time": .unsignedLongLong(7), "vcpu.0.halted": .boolean(true),
            "vcpu.1.state": .int(2), "vcpu.1.wait": .unsignedLongLong(3),
            "net.count": .uint(1), "net.0.name": .string("vnet0"), "net.0.rx.bytes": .unsignedLongLong(100),
            "net.0.rx.pkts": .unsignedLongLong(2), "net.0.tx.drop": .unsignedLongLong(1),
            "block.count": .uint(2), "block.0.name": .string("vda"), "block.0.path": .string("/a.qcow2"),
            "block.0.rd.reqs": .unsignedLongLong(11), "block.0.wr.bytes": .unsignedLongLong(4096),
            "block.0.capacity": .unsignedLongLong(16 << 20), "block.0.threshold": .unsignedLongLong(8 << 20),
            "block.1.name": .string("vda"), "block.1.backingIndex": .uint(1), "block.1.fl.times": .unsignedLongLong(9),
            "perf.cpu_cycles": .unsignedLongLong(123), "perf.instructions": .unsignedLongLong(456),
            "iothread.count": .uint(1), "iothread.1.poll-max-ns": .unsignedLongLong(32768),
            "dirtyrate.calc_status": .int(2), "dirtyrate.megabytes_per_second": .longLong(5),
            "dirtyrate.calc_mode": .string("page-sampling"), "dirtyrate.vcpu.0.megabytes_per_second": .longLong(3),
            "memory.bandwidth.monitor.count": .uint(0), "vm.custom.counter": .unsignedLongLong(1),
            "unknown.key": .int(5),
        ]
        let connection = try await Connection.open("test:///default")
        let record = fromC
            ? try Self.decodedFromC(parameters, connection: connection)
            : DomainStatsRecord(name: "x", uuid: UUID(), parameters: parameters)
        #expect(record.name == "x")
        #expect(record.state == .running(.migrated))
        #expect(record.cpu?.time == .nanoseconds(10) && record.cpu?.user == .nanoseconds(4) && record.cpu?.system == .nanoseconds(5))
        #expect(record.balloon?.currentKiB == 65536 && record.balloon?.maximumKiB == 131072)
        #expect(record.balloon?.rssKiB == 4000 && record.balloon?.lastUpdateSeconds == 99 && record.balloon?.swapInKiB == nil)
        #expect(record.vcpu?.current == 2 && record.vcpu?.maximum == 4)
        #expect(record.vcpu?.cpus.map(\.number) == [0, 1])
        #expect(record.vcpu?.cpus[0].halted == true && record.vcpu?.cpus[0].time == .nanoseconds(7))
        #expect(record.vcpu?.cpus[1].state == .blocked && record.vcpu?.cpus[1].wait == .nanoseconds(3))
        #expect(record.interfaces?.count == 1)
        #expect(record.interfaces?.devices.first?.name == "vnet0")
        #expect(record.interfaces?.devices.first?.rxBytes == 100)
        #expect(record.interfaces?.devices.first?.rxPackets == 2)
        #expect(record.interfaces?.devices.first?.txDrops == 1)
        #expect(record.blocks?.count == 2)
        #expect(record.blocks?.devices.map(\.index) == [0, 1])
        #expect(record.blocks?.devices[0].path == "/a.qcow2" && record.blocks?.devices[0].readRequests == 11)
        #expect(record.blocks?.devices[0].writeBytes == 4096 && record.blocks?.devices[0].capacityBytes == 16 << 20)
        #expect(record.blocks?.devices[0].thresholdBytes == 8 << 20)
        #expect(record.blocks?.devices[1].backingIndex == 1 && record.blocks?.devices[1].flushTime == .nanoseconds(9))
        #expect(record.perf == ["cpu_cycles": 123, "instructions": 456])
        #expect(record.ioThreads?.count == 1 && record.ioThreads?.threads.first?.id == 1)
        #expect(record.ioThreads?.threads.first?.pollMax == .nanoseconds(32768))
        #expect(record.dirtyRate?.calculationStatus == .measured && record.dirtyRate?.megabytesPerSecond == 5)
        #expect(record.dirtyRate?.calculationMode == "page-sampling")
        #expect(record.dirtyRate?.vcpuMegabytesPerSecond == [0: 3])
        #expect(record.memory?.names == ["memory.bandwidth.monitor.count"])
        #expect(record.vm?.uint64("vm.custom.counter") == 1)
        #expect(record.parameters.int64("unknown.key") == 5)
        #expect(record.parameters.count == parameters.count)
        #expect(record.parameters == parameters)
        #expect(try await connection.close() == 0)
    }

    /// A record decoded from a C list holding `parameters`, as libvirt hands one over
    /// (without a domain: its name is given, as for a record whose domain was handed
    /// to a ``Domain``).
    static func decodedFromC(_ parameters: TypedParameters, connection: Connection) throws -> DomainStatsRecord {
        let list = try #require(calloc(2, MemoryLayout<virDomainStatsRecordPtr?>.stride))
            .bindMemory(to: virDomainStatsRecordPtr?.self, capacity: 2)
        let record = try #require(calloc(1, MemoryLayout<virDomainStatsRecord>.stride))
            .bindMemory(to: virDomainStatsRecord.self, capacity: 1)
        (record.pointee.params, record.pointee.nparams) = try parameters.makeCParameters()
        list[0] = record
        return DomainStatsRecord(domain: nil, list: StatsRecordList(list, connection: connection), index: 0, name: "x")
    }
}
