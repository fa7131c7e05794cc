import Foundation
import Libvirt
import Testing

@Suite("Domain core: lookups and listing")
struct DomainLookupTests {
    @Test("the default node's domain is found by name, UUID and UUID string")
    func lookups() async throws {
        let connection = try await Fixtures.openDefault()
        let byName = try await connection.domain(named: "test")
        #expect(try await byName.name() == "test")
        let uuid = try await byName.uuid()
        #expect(uuid == UUID(uuidString: "6695eb01-f6a4-8304-79aa-97f2502e193f"))
        #expect(try await byName.uuidString() == "6695eb01-f6a4-8304-79aa-97f2502e193f")
        #expect(try await connection.domain(uuid: uuid).name() == "test")
        #expect(try await connection.domain(uuidString: "6695eb01-f6a4-8304-79aa-97f2502e193f").name() == "test")
    }

    @Test("IDs of a node's running domains count from 1")
    func ids() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.hypervisorID() == 1)
        #expect(try await connection.domain(id: 1).uuidString() == "6695eb01-f6a4-8304-79aa-97f2502e193f")
        try await domain.destroy()
        #expect(try await domain.hypervisorID() == nil)
        #expect(await libvirtError { try await connection.domain(id: 1) }?.code == .noDomain)
    }

    @Test("a missing domain throws noDomain")
    func missing() async throws {
        let connection = try await Fixtures.openDefault()
        #expect(await libvirtError { try await connection.domain(named: "nope") }?.code == .noDomain)
        #expect(await libvirtError { try await connection.domain(id: 4711) }?.code == .noDomain)
        #expect(await libvirtError { try await connection.domain(uuid: UUID()) }?.code == .noDomain)
        #expect(await libvirtError { try await connection.domain(uuidString: "not-a-uuid") }?.code == .invalidArg)
    }

    @Test("listing a custom node by state, with IDs, names and counts")
    func listing() async throws {
        let connection = try await Connection.open(try Fixtures.nodeURI(DomainFixtures.node))
        func names(_ flags: Domain.ListFlags) async throws -> [String] {
            var names: [String] = []
            for domain in try await connection.domains(flags: flags) { names.append(try await domain.name()) }
            return names.sorted()
        }
        #expect(try await names([]) == ["alpha", "beta", "delta", "epsilon", "gamma"])
        #expect(try await names(.active) == ["alpha", "delta", "gamma"])
        #expect(try await names(.inactive) == ["beta", "epsilon"])
        #expect(try await names(.running) == ["alpha", "gamma"])
        #expect(try await names(.paused) == ["delta"])
        #expect(try await names(.shutoff) == ["beta", "epsilon"])
        #expect(try await names(.persistent) == ["alpha", "beta", "delta", "epsilon", "gamma"])
        #expect(try await names(.transient) == [])
        #expect(try await connection.definedDomainNames().sorted() == ["beta", "epsilon"])
        #expect(try await connection.definedDomainCount() == 2)
        #expect(try await connection.activeDomainCount() == 3)
        let ids = try await connection.activeDomainIDs()
        #expect(ids.count == 3)
        var idNames: [String] = []
        for id in ids { idNames.append(try await connection.domain(id: id).name()) }
        #expect(idNames.sorted() == ["alpha", "delta", "gamma"])
        #expect(try await connection.domain(named: "beta").hypervisorID() == nil)
        #expect(try await connection.close() == 0)
    }

    @Test("an inactive node lists nothing running")
    func emptyLists() async throws {
        let node = "<node>\(DomainFixtures.testDomain("only", runstate: 5))</node>"
        let connection = try await Connection.open(try Fixtures.nodeURI(node))
        #expect(try await connection.activeDomainIDs() == [])
        #expect(try await connection.domains(flags: .active).isEmpty)
        #expect(try await connection.definedDomainNames() == ["only"])
    }
}
