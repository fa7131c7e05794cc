import Foundation
import Testing
@testable import Libvirt

@Suite("Domain jobs and migration")
struct DomainJobsTests {
    @Test("jobs, migration and its tunables fail with the test driver's error")
    func unsupported() async throws {
        let (_, domain) = try await DomainMoreFixtures.openTestDomain()
        let destination = try await Connection.open(try Fixtures.nodeURI(DomainMoreFixtures.testNode))
        var parameters = Domain.MigrationParameters()
        parameters.destinationName = "moved"
        let calls: [(String, () async throws -> Void)] = [
            ("virDomainGetJobInfo", { _ = try await domain.jobInfo() }),
            ("virDomainGetJobStats", { _ = try await domain.jobStats() }),
            ("virDomainAbortJob", { try await domain.abortJob() }),
            ("virDomainAbortJobFlags", { try await domain.abortJob(flags: .postCopy) }),
            ("virDomainMigrateGetMaxSpeed", { _ = try await domain.migrationMaxSpeed() }),
            ("virDomainMigrateSetMaxSpeed", { try await domain.setMigrationMaxSpeed(100) }),
            ("virDomainMigrateGetMaxDowntime", { _ = try await domain.migrationMaxDowntime() }),
            ("virDomainMigrateSetMaxDowntime", { try await domain.setMigrationMaxDowntime(300) }),
            ("virDomainMigrateGetCompressionCache", { _ = try await domain.migrationCompressionCacheSize() }),
            ("virDomainMigrateSetCompressionCache", { try await domain.setMigrationCompressionCacheSize(1 << 20) }),
            ("virDomainMigrateStartPostCopy", { try await domain.startPostCopyMigration() }),
            ("virDomainBackupBegin", { try await domain.beginBackup("<domainbackup mode='pull'/>") }),
            ("virDomainBackupGetXMLDesc", { _ = try await domain.backupXML() }),
            ("virDomainMigrate", { _ = try await domain.migrate(to: destination, flags: .live) }),
            ("virDomainMigrate2", { _ = try await domain.migrate(to: destination, xml: nil, flags: .live) }),
            ("virDomainMigrate3", { _ = try await domain.migrate(to: destination, parameters: parameters) }),
        ]
        for (function, call) in calls {
            let error = await libvirtError { try await call() }
            #expect(error?.function == function)
            #expect(error?.code == .noSupport, "\(function): \(String(describing: error))")
        }
        // Migration to a URI is refused by libvirt itself: the test driver has
        // neither peer-to-peer nor direct migration.
        let toURI: [(String, () async throws -> Void)] = [
            ("virDomainMigrateToURI", { try await domain.migrate(toURI: "test:///default", flags: .peerToPeer) }),
            ("virDomainMigrateToURI2", {
                try await domain.migrate(toURI: "test:///default", migrationURI: nil, xml: nil, flags: .peerToPeer)
            }),
            ("virDomainMigrateToURI3", { try await domain.migrate(toURI: "tcp://localhost", parameters: parameters) }),
        ]
        for (function, call) in toURI {
            let error = await libvirtError { try await call() }
            #expect(error?.function == function)
            #expect(error?.code == .argumentUnsupported, "\(function): \(String(describing: error))")
        }
        // The destination is still usable: migration took and released a reference.
        #expect(try await destination.isAlive())
        try await destination.close()
        #expect(await libvirtError { _ = try await domain.migrate(to: destination) }?.code == .invalidConn)
    }

    @Test("migration parameters become libvirt's typed parameters, of the C type of each key")
    func migrationParameters() async throws {
        var parameters = Domain.MigrationParameters()
        parameters.extra = ["custom": .int(3)]
        parameters.uri = "tcp://10.0.0.2:49152"
        parameters.bandwidthMiBPerSecond = 100
        parameters.migrateDisks = ["vda", "vdb"]
        parameters.parallelConnections = 4
        let typed = try parameters.typedParameters()
        #expect(typed["migrate_uri"] == .string("tcp://10.0.0.2:49152"))
        #expect(typed[Domain.MigrationParameters.Key.bandwidth] == .unsignedLongLong(100))
        #expect(typed.values(named: "migrate_disks") == [.string("vda"), .string("vdb")])
        #expect(typed["parallel.connections"] == .int(4))
        #expect(typed["custom"] == .int(3))
        #expect(typed["destination_name"] == nil)
        #expect(Domain.MigrationParameters(typed) == parameters)

        parameters.parallelConnections = Int(Int32.max) + 1
        let tooMany = await libvirtError { try parameters.typedParameters() }
        #expect(tooMany?.code == .invalidArg)
        #expect(tooMany?.message.contains("parallel.connections") == true)
    }

    @Test("job stats decode libvirt's keys")
    func jobStatsDecoding() {
        let stats = Domain.JobStats([
            "operation": .int(Domain.JobOperation.migrationOut.rawValue), "time_elapsed": .unsignedLongLong(1500),
            "downtime": .unsignedLongLong(20), "memory_total": .unsignedLongLong(1 << 26),
            "memory_bps": .unsignedLongLong(1 << 20), "auto_converge_throttle": .int(10),
            "success": .boolean(true), "future_counter": .unsignedLongLong(9),
        ])
        #expect(stats.type == nil && stats.operation == .migrationOut)
        #expect(stats.timeElapsed == .milliseconds(1500) && stats.downtime == .milliseconds(20) && stats.memoryTotalBytes == 1 << 26)
        #expect(stats.memoryBytesPerSecond == 1 << 20 && stats.autoConvergeThrottle == 10)
        #expect(stats.success == true && stats.errorMessage == nil && stats.diskTotalBytes == nil)
        #expect(stats.extra == ["future_counter": .unsignedLongLong(9)])
    }
}

@Suite("Domain consoles")
struct DomainConsoleTests {
    @Test("a screenshot of the test domain is a PNG read from the stream")
    func screenshot() async throws {
        let (connection, domain) = try await DomainMoreFixtures.openTestDomain()
        let stream = try await connection.makeStream()
        let type = try await domain.screenshot(stream: stream)
        #expect(type == "image/png")
        let image = try await stream.receiveAll()
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("consoles, channels and graphics fail with the test driver's error")
    func unsupported() async throws {
        let (connection, domain) = try await DomainMoreFixtures.openTestDomain()
        let stream = try await connection.makeStream()
        var sockets: [Int32] = [-1, -1]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &sockets) == 0)
        defer { sockets.forEach { close($0) } }
        let calls: [(String, () async throws -> Void)] = [
            ("virDomainOpenConsole", { try await domain.openConsole(stream: stream, flags: .force) }),
            ("virDomainOpenChannel", { try await domain.openChannel("org.qemu.guest_agent.0", stream: stream) }),
            ("virDomainOpenGraphics", { try await domain.openGraphics(fileDescriptor: Int(sockets[0])) }),
            ("virDomainOpenGraphicsFD", { _ = try await domain.openGraphicsFileDescriptor() }),
        ]
        for (function, call) in calls {
            let error = await libvirtError { try await call() }
            #expect(error?.function == function)
            #expect(error?.code == .noSupport, "\(function): \(String(describing: error))")
        }
    }
}
