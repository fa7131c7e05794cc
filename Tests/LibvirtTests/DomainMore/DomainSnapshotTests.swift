import Foundation
import Testing
@testable import Libvirt

@Suite("Domain snapshots")
struct DomainSnapshotTests {
    @Test("create, list, current, parent chain, children, revert and delete on the test driver")
    func snapshotTree() async throws {
        let (connection, domain) = try await DomainMoreFixtures.openTestDomain()
        #expect(try await !domain.hasCurrentSnapshot())
        #expect(await libvirtError { try await domain.currentSnapshot() }?.code == .noDomainSnapshot)

        let first = try await domain.createSnapshot("<domainsnapshot><name>first</name></domainsnapshot>")
        #expect(try await first.name() == "first")
        #expect(try await first.isCurrent())
        #expect(try await first.hasMetadata())
        #expect(try await domain.hasCurrentSnapshot())
        #expect(try await domain.currentSnapshot().name() == "first")
        #expect(try await first.xml().contains("<name>first</name>"))
        #expect(try await first.domain().name() == "test")
        #expect(first.connection === connection)
        #expect(await libvirtError { try await first.parent() }?.code == .noDomainSnapshot)

        // The domain is running in "first"; stop it, take "second" while shut off.
        try await domain.destroy()
        let second = try await domain.createSnapshot("<domainsnapshot><name>second</name></domainsnapshot>")
        #expect(try await second.parent().name() == "first")
        #expect(try await !first.isCurrent())
        #expect(try await second.isCurrent())
        #expect(try await first.childNames() == ["second"])
        #expect(try await first.childCount() == 1)
        #expect(try await first.children().count == 1)
        #expect(try await second.childCount() == 0)
        #expect(try await domain.snapshotCount() == 2)
        #expect(try await Set(domain.snapshotNames()) == ["first", "second"])
        #expect(try await domain.snapshots().count == 2)
        #expect(try await domain.snapshotNames(flags: .roots) == ["first"])
        #expect(try await domain.snapshotNames(flags: .leaves) == ["second"])
        #expect(try await domain.snapshot(named: "second").name() == "second")
        #expect(await libvirtError { try await domain.snapshot(named: "nope") }?.code == .noDomainSnapshot)

        // Reverting to "first" runs the domain again; to "second" stops it.
        #expect(try await domain.state().state == .shutoff)
        try await first.revert()
        #expect(try await domain.state().state == .running)
        #expect(try await domain.currentSnapshot().name() == "first")
        try await second.revert()
        #expect(try await domain.state().state == .shutoff)

        // Deleting a leaf, then a root with its children.
        try await second.delete()
        #expect(try await domain.snapshotNames() == ["first"])
        #expect(await libvirtError { try await domain.snapshot(named: "second") }?.code == .noDomainSnapshot)
        _ = try await domain.createSnapshot("<domainsnapshot><name>third</name></domainsnapshot>")
        try await domain.snapshot(named: "first").revert()
        _ = try await domain.createSnapshot("<domainsnapshot><name>fourth</name></domainsnapshot>")
        #expect(try await first.childCount(flags: .descendants) == 2)
        try await first.delete(flags: .children)
        #expect(try await domain.snapshotCount() == 0)
        #expect(try await !domain.hasCurrentSnapshot())
    }

    @Test("a snapshot with a generated name, and bad XML")
    func generatedNameAndErrors() async throws {
        let (_, domain) = try await DomainMoreFixtures.openTestDomain()
        let snapshot = try await domain.createSnapshot()
        #expect(try await !snapshot.name().isEmpty)
        #expect(try await domain.snapshotNames() == [snapshot.name()])
        let error = await libvirtError { try await domain.createSnapshot("<notasnapshot/>") }
        #expect(error?.function == "virDomainSnapshotCreateXML")
        #expect(error != nil)
        // The test driver has no metadata-only deletion.
        #expect(await libvirtError { try await snapshot.delete(flags: .metadataOnly) }?.code == .invalidArg)
        try await snapshot.delete()
        #expect(try await domain.snapshotCount() == 0)
    }
}

extension DomainSnapshotTests {
    @Test("snapshot and checkpoint handles release their references: closing leaks nothing")
    func referencesReleased() async throws {
        let connection = try await Connection.open(try Fixtures.nodeURI(DomainMoreFixtures.testNode))
        do {
            let domain = try await connection.domain(named: "test")
            let first = try await domain.createSnapshot("<domainsnapshot><name>a</name></domainsnapshot>")
            _ = try await domain.createSnapshot("<domainsnapshot><name>b</name></domainsnapshot>")
            #expect(try await domain.snapshots().count == 2)
            #expect(try await first.children().count == 1)
            #expect(try await first.children()[0].parent().domain().name() == "test")
            try await first.delete(flags: .children)
            let checkpoint = try await domain.createCheckpoint()
            #expect(try await domain.checkpoints().count == 1)
            #expect(try await checkpoint.children().isEmpty)
            #expect(try await checkpoint.domain().name() == "test")
        }
        #expect(try await connection.close() == 0)
    }
}

@Suite("Domain checkpoints")
struct DomainCheckpointTests {
    @Test("create, list, parent, children, lookup, XML and delete on the test driver")
    func checkpointTree() async throws {
        let (_, domain) = try await DomainMoreFixtures.openTestDomain()
        #expect(try await domain.checkpoints().isEmpty)
        let first = try await domain.createCheckpoint("<domaincheckpoint><name>c1</name></domaincheckpoint>")
        #expect(try await first.name() == "c1")
        #expect(try await first.xml().contains("<name>c1</name>"))
        #expect(try await first.domain().name() == "test")
        #expect(await libvirtError { try await first.parent() }?.code == .noDomainCheckpoint)
        let second = try await domain.createCheckpoint("<domaincheckpoint><name>c2</name></domaincheckpoint>")
        #expect(try await second.parent().name() == "c1")
        #expect(try await first.children().count == 1)
        #expect(try await first.children()[0].name() == "c2")
        #expect(try await domain.checkpoints().count == 2)
        #expect(try await domain.checkpoints(flags: .roots).count == 1)
        #expect(try await domain.checkpoint(named: "c2").name() == "c2")
        #expect(await libvirtError { try await domain.checkpoint(named: "c9") }?.code == .noDomainCheckpoint)
        try await second.delete()
        #expect(try await domain.checkpoints().count == 1)
        try await first.delete()
        #expect(try await domain.checkpoints().isEmpty)
        let generated = try await domain.createCheckpoint()
        #expect(try await !generated.name().isEmpty)
        try await generated.delete()
        #expect(try await domain.checkpoints().isEmpty)
    }
}
