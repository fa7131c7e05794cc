import Foundation
import Testing
@testable import Libvirt

/// A throwaway QEMU guest: a 16 MiB qcow2 disk `vda`, a tap interface, a serial
/// console, a VGA display and a virtio balloon; it boots into SeaBIOS and idles.
struct QEMUGuest {
    let connection: Connection
    let domain: Domain
    let name: String
    let tap: String
    let disk: String
    /// A 1 MiB raw disk `vdb` whose first bytes are ``rawPattern``.
    let rawDisk: String

    static let rawPattern = Array("swift-libvirt".utf8)

    static let available =
        FileManager.default.fileExists(atPath: "/run/libvirt/libvirt-sock")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/qemu-img")

    /// Creates and starts a guest, runs `body`, and always removes the guest and its files.
    /// - Parameter withRawDisk: whether the guest has the raw disk `vdb` (internal
    ///   snapshots with memory need every disk to be qcow2).
    static func with(withRawDisk: Bool = true, _ body: (QEMUGuest) async throws -> Void) async throws {
        let id = UUID().uuidString.prefix(8).lowercased()
        let name = "dm-\(id)"
        let tap = "dm\(id)"
        let disk = "/tmp/\(name).qcow2"
        let rawDisk = "/tmp/\(name).img"
        var rawContents = Data(rawPattern)
        rawContents.append(Data(count: (1 << 20) - rawPattern.count))
        #expect(FileManager.default.createFile(atPath: rawDisk, contents: rawContents))
        let qemuImg = Process()
        qemuImg.executableURL = URL(fileURLWithPath: "/usr/bin/qemu-img")
        qemuImg.arguments = ["create", "-q", "-f", "qcow2", disk, "16M"]
        try qemuImg.run()
        qemuImg.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(atPath: disk)
            try? FileManager.default.removeItem(atPath: rawDisk)
            try? FileManager.default.removeItem(atPath: "/tmp/\(name)-extra.qcow2")
        }
        #expect(qemuImg.terminationStatus == 0)
        let connection = try await Connection.open("qemu:///system")
        let xml = """
            <domain type='qemu'>
              <name>\(name)</name>
              <memory unit='MiB'>64</memory>
              <vcpu>1</vcpu>
              <os><type arch='x86_64' machine='pc'>hvm</type></os>
              <devices>
                <disk type='file' device='disk'>
                  <driver name='qemu' type='qcow2'/><source file='\(disk)'/><target dev='vda' bus='virtio'/>
                </disk>
                \(withRawDisk ? """
                <disk type='file' device='disk'>
                  <driver name='qemu' type='raw'/><source file='\(rawDisk)'/><target dev='vdb' bus='virtio'/>
                </disk>
                """ : "")
                <interface type='ethernet'><target dev='\(tap)'/><model type='virtio'/></interface>
                <serial type='pty'/><console type='pty'/>
                <video><model type='vga'/></video>
                <memballoon model='virtio'/>
              </devices>
            </domain>
            """
        let domain = try await connection.defineDomain(xml: xml)
        do {
            try await domain.start()
            try await body(QEMUGuest(
                connection: connection, domain: domain, name: name, tap: tap, disk: disk, rawDisk: rawDisk))
        } catch {
            await domain.removeForTests()
            throw error
        }
        await domain.removeForTests()
    }
}

@Suite(
    "Domain devices and stats on QEMU", .serialized,
    .enabled(if: QEMUGuest.available, "no libvirtd at /run/libvirt/libvirt-sock, or no qemu-img: QEMU tests skipped"))
struct DomainMoreQEMUTests {
    @Test("a dirty rate calculation's period and status read back typed from the dirtyrate group")
    func dirtyRate() async throws {
        try await QEMUGuest.with { guest in
            try await guest.domain.startDirtyRateCalculation(seconds: 1)
            // The calculation takes its second; wait for QEMU to report it measured.
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(30)
            var rate: DomainStatsRecord.DirtyRate?
            while clock.now < deadline {
                let records = try await guest.connection.domainStats(for: [guest.domain], groups: .dirtyRate)
                rate = records.first?.dirtyRate
                if rate?.calculationStatus == .measured { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(rate?.calculationStatus == .measured, "\(String(describing: rate))")
            #expect(rate?.calculationPeriod == .seconds(1))
            #expect(rate?.calculationStartSeconds != nil && rate?.megabytesPerSecond != nil)
        }
    }

    @Test("typed stats of a running guest: state, cpu, balloon, vcpu, net, block")
    func stats() async throws {
        try await QEMUGuest.with { guest in
            try await guest.domain.setBlockThreshold("vda", threshold: 8 << 20)
            // Only this guest: other suites start and destroy guests on the same
            // daemon meanwhile, and a guest going away mid-call fails a call over all of them.
            let records = try await guest.connection.domainStats(for: [guest.domain])
            let record = try #require(records.first { $0.name == guest.name })
            #expect(try await record.domain?.name() == guest.name)
            #expect(record.state == .running(.booted))
            #expect(try #require(record.cpu?.time) > .zero)
            #expect(record.cpu?.user != nil && record.cpu?.system != nil)
            #expect(record.balloon?.currentKiB == 65536)
            #expect(record.balloon?.maximumKiB == 65536)
            #expect(try #require(record.balloon?.rssKiB) > 0)
            #expect(record.vcpu?.current == 1 && record.vcpu?.maximum == 1)
            #expect(record.vcpu?.cpus.map(\.number) == [0])
            #expect(record.vcpu?.cpus.first?.state == .running)
            #expect(record.vcpu?.cpus.first?.time != nil)  // may still be 0 right after boot
            #expect(record.interfaces?.count == 1)
            #expect(record.interfaces?.devices.first?.name == guest.tap)
            #expect(record.interfaces?.devices.first?.rxBytes != nil)
            #expect(record.interfaces?.devices.first?.txPackets != nil)
            #expect(record.blocks?.count == 2)
            #expect(record.blocks?.devices.map(\.name) == ["vda", "vdb"])
            #expect(record.blocks?.devices.last?.capacityBytes == 1 << 20)
            let block = try #require(record.blocks?.devices.first)
            #expect(block.name == "vda" && block.path == guest.disk)
            #expect(block.capacityBytes == 16 << 20)
            #expect(block.thresholdBytes == 8 << 20)
            #expect(block.readRequests != nil && block.readBytes != nil)
            #expect(block.writeBytes != nil && block.flushRequests != nil)
            #expect(record.parameters.uint64("block.0.capacity") == 16 << 20)

            let chosen = try await guest.connection.domainStats(
                for: [guest.domain], groups: [.block, .interface], domainHandles: false)
            #expect(chosen.count == 1 && chosen[0].name == guest.name && chosen[0].domain == nil)
            #expect(chosen[0].state == nil && chosen[0].blocks?.count == 2 && chosen[0].interfaces?.count == 1)
        }
    }

    @Test("block and interface statistics, block info, peeks, resize and disk errors")
    func blockDevices() async throws {
        try await QEMUGuest.with { guest in
            let domain = guest.domain
            let stats = try await domain.blockStats("vda")
            #expect(stats.readRequests != nil && stats.readBytes != nil && stats.writeRequests != nil)
            let detailed = try await domain.detailedBlockStats("vda")
            #expect(try #require(detailed.readRequests) >= #require(stats.readRequests))
            #expect(detailed.readTime != nil && detailed.flushRequests != nil && detailed.extra.isEmpty)
            let interface = try await domain.interfaceStats(guest.tap)
            #expect(interface.rxBytes != nil && interface.txBytes != nil && interface.rxDrops != nil)
            #expect(try await domain.blockInfo("vda").capacityBytes == 16 << 20)
            // Peeking reads what the host file holds; QEMU only peeks raw images.
            #expect(try await domain.peekBlock("vdb", offset: 0, count: 13) == QEMUGuest.rawPattern)
            #expect(try await domain.peekBlock("vdb", offset: 6, count: 7) == Array("libvirt".utf8))
            let qcow2 = await libvirtError { try await domain.peekBlock("vda", offset: 0, count: 4) }
            #expect(qcow2?.code == .operationUnsupported)
            // The BIOS reset vector at 0xFFFF0 starts with a far jump (0xEA).
            let reset = try await resetVector(of: domain)
            #expect(reset.count == 16 && reset.first == 0xEA, "\(reset)")
            try await domain.blockResize("vda", size: 32 << 20, flags: .bytes)
            #expect(try await domain.blockInfo("vda").capacityBytes == 32 << 20)
            #expect(try await domain.diskErrors().isEmpty)
            #expect(try await domain.blockJobInfo("vda") == nil)
            let commit = await libvirtError { try await domain.blockCommit("vda") }
            #expect(commit?.function == "virDomainBlockCommit")
            let abort = await libvirtError { try await domain.abortBlockJob("vda") }
            #expect(abort?.function == "virDomainBlockJobAbort")
            #expect(abort?.code == .invalidArg)  // no active block job on vda
        }
    }

    @Test("block jobs: a copy with its progress, bandwidth and abort; a pull and a rebase")
    func blockJobs() async throws {
        try await QEMUGuest.with { guest in
            let domain = guest.domain
            let copy = "/tmp/\(guest.name)-copy.qcow2"
            defer { try? FileManager.default.removeItem(atPath: copy) }
            try await domain.blockCopy(
                "vda", destinationXML: "<disk type='file'><source file='\(copy)'/><driver type='qcow2'/></disk>",
                parameters: .init(granularityBytes: 65536), flags: .transientJob)
            let job = try #require(try await domain.blockJobInfo("vda"))
            #expect(job.type == .copy)
            #expect(job.current <= job.end)
            try await domain.setBlockJobSpeed("vda", bandwidth: 5)
            #expect(try await domain.blockJobInfo("vda", flags: .bandwidthBytes)?.bandwidth == 5 << 20)
            #expect(try await domain.blockJobInfo("vda")?.bandwidth == 5)
            try await domain.abortBlockJob("vda")
            #expect(try await domain.blockJobInfo("vda") == nil)
            #expect(FileManager.default.fileExists(atPath: copy))

            // Without a backing chain, a pull or rebase has nothing to move and ends at once.
            try await domain.blockPull("vda")
            try await waitForNoBlockJob(domain, "vda")
            try await domain.blockRebase("vda", base: nil, bandwidth: 1)
            try await waitForNoBlockJob(domain, "vda")
        }
    }

    /// Waits up to 5 s for the block job on `disk` to end.
    func waitForNoBlockJob(_ domain: Domain, _ disk: String) async throws {
        for _ in 0..<100 {
            if try await domain.blockJobInfo(disk) == nil { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the block job on \(disk) did not end")
    }

    @Test("typed parameters of a running guest: block I/O tune round-trips; agent and SEV refuse")
    func typedParameters() async throws {
        try await QEMUGuest.with { guest in
            let domain = guest.domain
            var tune = Domain.BlockIoTune()
            tune.totalBytesPerSecond = 10 << 20
            tune.totalBytesPerSecondMax = 20 << 20
            tune.totalBytesPerSecondMaxLength = .seconds(5)
            tune.readIopsPerSecond = 400
            tune.groupName = "swift-libvirt"
            try await domain.setBlockIoTune("vda", tune, impact: .live)
            let read = try await domain.blockIoTune("vda", impact: .live)
            #expect(read.totalBytesPerSecond == 10 << 20)
            #expect(read.totalBytesPerSecondMax == 20 << 20)
            #expect(read.totalBytesPerSecondMaxLength == .seconds(5))
            #expect(read.readIopsPerSecond == 400)
            #expect(read.writeIopsPerSecond == 0)
            #expect(read.groupName == "swift-libvirt")
            // The record read back can be sent back as it is.
            try await domain.setBlockIoTune("vda", read, impact: .live)
            #expect(try await domain.blockIoTune("vda", impact: .live) == read)

            // No guest agent, no SEV: libvirt's own errors.
            let agent = await libvirtError { try await domain.guestInfo(types: .hostname) }
            #expect(agent?.function == "virDomainGetGuestInfo")
            #expect(agent?.code == .argumentUnsupported, "\(String(describing: agent))")
            let secret = await libvirtError {
                try await domain.setLaunchSecurityState(Domain.LaunchSecurityState(sevSecretHeader: "aA==", sevSecret: "cw=="))
            }
            #expect(secret?.function == "virDomainSetLaunchSecurityState")
            #expect(secret != nil)
        }
    }

    @Test("attach and detach a disk in the persistent configuration; unknown alias")
    func attachDetach() async throws {
        try await QEMUGuest.with { guest in
            let extra = "/tmp/\(guest.name)-extra.qcow2"
            let disk = """
                <disk type='file' device='disk'><driver name='qemu' type='raw'/>
                <source file='\(extra)'/><target dev='vdc' bus='virtio'/></disk>
                """
            #expect(FileManager.default.createFile(atPath: extra, contents: Data(count: 1 << 20)))
            try await guest.domain.attachDevice(disk, flags: .config)
            #expect(try await guest.domain.xml(flags: .inactive).contains("dev='vdc'"))
            #expect(try await !guest.domain.xml().contains("dev='vdc'"))
            try await guest.domain.detachDevice(disk, flags: .config)
            #expect(try await !guest.domain.xml(flags: .inactive).contains("dev='vdc'"))
            let alias = await libvirtError { try await guest.domain.detachDevice(alias: "ua-nothing", flags: .live) }
            #expect(alias?.function == "virDomainDetachDeviceAlias")
            #expect(alias?.code == .internalError, "\(String(describing: alias))")
        }
    }

    @Test("job info, migration tunables, and migrations that cannot happen")
    func jobsAndMigration() async throws {
        try await QEMUGuest.with { guest in
            let domain = guest.domain
            #expect(try await domain.jobInfo().type == .noJob)
            #expect(try await domain.jobStats().type == .noJob)
            #expect(await libvirtError { try await domain.abortJob() }?.code == .operationInvalid)
            try await domain.setMigrationMaxSpeed(100)
            #expect(try await domain.migrationMaxSpeed() == 100)
            try await domain.setMigrationMaxDowntime(450)
            #expect(try await domain.migrationMaxDowntime() == 450)
            try await domain.setMigrationCompressionCacheSize(32 << 20)
            #expect(try await domain.migrationCompressionCacheSize() == 32 << 20)
            let postCopy = await libvirtError { try await domain.startPostCopyMigration() }
            #expect(postCopy?.function == "virDomainMigrateStartPostCopy")
            #expect(postCopy?.code == .operationInvalid)
            // Migrating a guest to its own host is refused.
            let toSelf = await libvirtError { _ = try await domain.migrate(to: guest.connection, flags: .live) }
            #expect(toSelf?.function == "virDomainMigrate" && toSelf != nil)
            let toURI = await libvirtError {
                try await domain.migrate(toURI: "qemu:///system", flags: [.live, .peerToPeer])
            }
            #expect(toURI?.function == "virDomainMigrateToURI" && toURI != nil)
            var parameters = Domain.MigrationParameters()
            parameters.bandwidthMiBPerSecond = 10
            let others: [(String, () async throws -> Void)] = [
                ("virDomainMigrate2", { _ = try await domain.migrate(to: guest.connection, xml: nil, flags: .live) }),
                ("virDomainMigrate3", {
                    _ = try await domain.migrate(to: guest.connection, parameters: parameters, flags: .live)
                }),
                ("virDomainMigrateToURI2", {
                    try await domain.migrate(
                        toURI: "qemu:///system", migrationURI: nil, xml: nil, flags: [.live, .peerToPeer])
                }),
                ("virDomainMigrateToURI3", {
                    try await domain.migrate(toURI: "qemu:///system", parameters: parameters, flags: [.live, .peerToPeer])
                }),
                ("virDomainAbortJobFlags", { try await domain.abortJob(flags: .postCopy) }),
            ]
            for (function, call) in others {
                let error = await libvirtError { try await call() }
                #expect(error?.function == function, "\(function): \(String(describing: error))")
            }
            #expect(try await domain.jobStats(flags: .completed).type == .noJob)
            #expect(try await domain.state().state == .running)
        }
    }

    @Test("a pull-mode backup job: its XML, job stats, abort")
    func backup() async throws {
        try await QEMUGuest.with { guest in
            let domain = guest.domain
            let socket = "/tmp/\(guest.name)-nbd.sock"
            let scratch = "/tmp/\(guest.name)-scratch.qcow2"
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            try await domain.beginBackup("""
                <domainbackup mode='pull'>
                  <server transport='unix' socket='\(socket)'/>
                  <disks>
                    <disk name='vda' backup='yes' type='file'><scratch file='\(scratch)'/></disk>
                    <disk name='vdb' backup='no'/>
                  </disks>
                </domainbackup>
                """)
            let xml = try await domain.backupXML()
            #expect(xml.contains("mode='pull'") && xml.contains(socket), "\(xml)")
            let stats = try await domain.jobStats()
            #expect(stats.operation == .backup, "\(stats)")
            #expect(stats.type == .unbounded || stats.type == .bounded)
            try await domain.abortJob()
            // QEMU tears the job down asynchronously; on a loaded machine it
            // may still be listed for a moment after abortJob returns.
            var type = try await domain.jobInfo().type
            for _ in 0..<50 where type != .noJob {
                try await Task.sleep(for: .milliseconds(100))
                type = try await domain.jobInfo().type
            }
            #expect(type == .noJob)
            #expect(await libvirtError { try await domain.backupXML() }?.function == "virDomainBackupGetXMLDesc")
        }
    }

    @Test("console stream and screenshot")
    func consoleAndScreenshot() async throws {
        try await QEMUGuest.with { guest in
            let console = try await guest.connection.makeStream()
            try await guest.domain.openConsole(stream: console)
            try await console.abort()
            let screen = try await guest.connection.makeStream()
            #expect(try await guest.domain.screenshot(stream: screen) == "image/png")
            let image = try await screen.receiveAll()
            #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let channel = try await guest.connection.makeStream()
            let missing = await libvirtError { try await guest.domain.openChannel("org.qemu.guest_agent.0", stream: channel) }
            #expect(missing?.function == "virDomainOpenChannel" && missing != nil)
            let graphics = await libvirtError { try await guest.domain.openGraphicsFileDescriptor() }
            #expect(graphics?.function == "virDomainOpenGraphicsFD" && graphics != nil)
        }
    }

    /// A checkpoint of the qcow2 disk only: raw images hold no bitmaps.
    static func checkpointXML(_ name: String) -> String {
        "<domaincheckpoint><name>\(name)</name><disks><disk name='vda' checkpoint='bitmap'/><disk name='vdb' checkpoint='no'/></disks></domaincheckpoint>"
    }

    @Test("snapshot create, revert restores the running state, delete")
    func snapshots() async throws {
        try await QEMUGuest.with(withRawDisk: false) { guest in
            let domain = guest.domain
            let first = try await domain.createSnapshot("<domainsnapshot><name>s1</name></domainsnapshot>")
            #expect(try await first.isCurrent())
            #expect(try await first.hasMetadata())
            #expect(try await first.xml().contains("<state>running</state>"))
            try await domain.suspend()
            #expect(try await domain.state().state == .paused)
            let second = try await domain.createSnapshot("<domainsnapshot><name>s2</name></domainsnapshot>")
            #expect(try await second.parent().name() == "s1")
            try await first.revert()
            #expect(try await domain.state().state == .running)
            #expect(try await domain.currentSnapshot().name() == "s1")
            try await second.revert()
            #expect(try await domain.state().state == .paused)
            #expect(try await domain.snapshotNames(flags: .leaves) == ["s2"])
            try await first.delete(flags: .children)
            #expect(try await domain.snapshotCount() == 0)
        }
    }

    @Test("checkpoints of a qcow2 disk")
    func checkpoints() async throws {
        try await QEMUGuest.with { guest in
            let domain = guest.domain
            let first = try await domain.createCheckpoint(Self.checkpointXML("c1"))
            let second = try await domain.createCheckpoint(Self.checkpointXML("c2"))
            #expect(try await second.parent().name() == "c1")
            #expect(try await first.children().count == 1)
            #expect(try await domain.checkpoints().count == 2)
            let sized = try await second.xml(flags: .size)
            // The qcow2 disk is tracked by a bitmap named after the checkpoint; the raw one is not.
            #expect(sized.contains("<name>c2</name>") && sized.contains("bitmap='c2'"), "\(sized)")
            #expect(sized.contains("size='"), "\(sized)")  // the data changed since, with .size
            #expect(sized.contains("<disk name='vdb' checkpoint='no'/>"), "\(sized)")
            try await first.delete(flags: .children)
            #expect(try await domain.checkpoints().isEmpty)
        }
    }
}
