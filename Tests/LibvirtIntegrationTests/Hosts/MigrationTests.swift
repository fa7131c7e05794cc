import Foundation
import Libvirt
import Synchronization
import Testing

extension NamespaceHosts {
    /// Live migration of a running QEMU guest between the namespace hosts.
    @Suite("Live migration between the namespace hosts", .serialized)
    struct MigrationTests {
        /// A minimal guest whose SMBIOS serial is `marker`: SeaBIOS copies it into
        /// guest RAM at boot, where only migration can bring it to another host.
        /// With `disk`, the raw image at that path is its `vda`.
        static func guest(_ name: String, marker: String, memoryMiB: Int = 64, disk: String? = nil) -> String {
            let vda = disk.map {
                "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='\($0)'/>"
                    + "<target dev='vda' bus='virtio'/></disk>"
            }
            return """
                <domain type='kvm'><name>\(name)</name><memory unit='MiB'>\(memoryMiB)</memory><vcpu>1</vcpu>\
                <sysinfo type='smbios'><system><entry name='serial'>\(marker)</entry></system></sysinfo>\
                <os><type arch='x86_64' machine='pc'>hvm</type><smbios mode='sysinfo'/></os>\
                <devices>\(vda ?? "")<video><model type='none'/></video><memballoon model='none'/></devices></domain>
                """
        }

        /// The guest-physical address of `marker` in `domain`'s RAM between `range`,
        /// read in 64 KiB pieces; nil when it is not there.
        static func find(_ marker: String, in domain: Domain, range: Range<Int>) async throws -> UInt64? {
            let needle = Array(marker.utf8)
            let piece = 65_536
            for start in stride(from: range.lowerBound, to: range.upperBound, by: piece) {
                let bytes = try await domain.peekMemory(at: UInt64(start), count: piece, flags: .physical)
                if let offset = bytes.firstRange(of: needle)?.lowerBound {
                    return UInt64(start + offset)
                }
            }
            return nil
        }

        /// Where SeaBIOS put the SMBIOS serial `marker`: it copies the tables into the
        /// F segment (0xE0000-0xFFFFF) early in boot; the rest of RAM is searched once
        /// if they are not there after 10 s.
        static func findSMBIOS(_ marker: String, in domain: Domain) async throws -> UInt64? {
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline {
                if let address = try await find(marker, in: domain, range: 0xE0000..<0x100000) { return address }
                try await Task.sleep(for: .milliseconds(50))
            }
            return try await find(marker, in: domain, range: 0..<(64 << 20))
        }

        /// What a migration with progress reported.
        struct Outcome {
            /// The finished job's statistics, when the source kept them.
            var completed: Domain.JobStats?
            /// The last running job's statistics.
            var lastProgress: Domain.JobStats?
            /// The wall-clock time of the whole call.
            var elapsed: Duration
        }

        /// Migrates `domain` to `destination` with progress.
        static func migrate(
            _ domain: Domain, to destination: Domain.MigrationDestination, flags: Domain.MigrateFlags
        ) async throws -> Outcome {
            let started = ContinuousClock.now
            var outcome = Outcome(elapsed: .zero)
            var finished = false
            for try await update in domain.migration(to: destination, flags: flags, every: .milliseconds(20)) {
                switch update {
                case .progress(let job): outcome.lastProgress = job
                case .completed(_, let job):
                    outcome.completed = job
                    finished = true
                }
            }
            #expect(finished)
            outcome.elapsed = ContinuousClock.now - started
            return outcome
        }

        @Test("a running guest goes A -> B -> C -> A live, its RAM intact, events on both ends")
        func roundTrip() async throws {
            try TestHosts.require()
            let hosts = TestHosts.tcpURIs
            let name = Guests.uniqueName("migrate")
            let marker = "swift-libvirt-\(UUID().uuidString)"
            defer { TestHosts.remove(name) }

            try await Fleet.with(hosts, policy: NamespaceHosts.FleetTests.policy) { fleet in
                let events = Recorder(await fleet.domainEvents([.lifecycle]))
                let first = try await fleet.connection(to: hosts[0])
                var domain = try await first.createDomain(xml: Self.guest(name, marker: marker))
                let at = try #require(
                    try await Self.findSMBIOS(marker, in: domain), "the SMBIOS serial never appeared in guest RAM")
                let expected = try await domain.peekMemory(at: at, count: 256, flags: .physical)

                // A -> B peer to peer, B -> C driven by this client, C -> A peer to peer.
                let hops: [(from: Int, to: Int, peerToPeer: Bool)] = [(0, 1, true), (1, 2, false), (2, 0, true)]
                for hop in hops {
                    let destination = try await fleet.connection(to: hosts[hop.to])
                    let outcome = try await Self.migrate(
                        domain, to: hop.peerToPeer ? .uri(hosts[hop.to]) : .connection(destination),
                        flags: hop.peerToPeer ? [.live, .peerToPeer] : [.live])
                    // A transient guest's finished job leaves with it: only a client-driven
                    // migration (whose destination reports) gives the job's own figures.
                    print(
                        "migration \(hop.from + 1) -> \(hop.to + 1) (\(hop.peerToPeer ? "peer to peer" : "client")):",
                        "call \(outcome.elapsed),",
                        "job \(outcome.completed?.timeElapsed.map { "\($0)" } ?? "?"),",
                        "downtime \(outcome.completed?.downtime.map { "\($0)" } ?? "?")")
                    let source = hosts[hop.from], target = hosts[hop.to]
                    // The two hosts' events interleave in no fixed order: look for each.
                    #expect(
                        await events.saw {
                            NamespaceHosts.FleetTests.lifecycle($0, host: source, name: name) {
                                if case .stopped(.migrated) = $0 { true } else { false }
                            }
                        }, "no stopped (migrated) event on \(source)")
                    #expect(
                        await events.saw {
                            NamespaceHosts.FleetTests.lifecycle($0, host: target, name: name) {
                                if case .started(.migrated) = $0 { true } else { false }
                            }
                        }, "no started (migrated) event on \(target)")
                    domain = try await destination.domain(named: name)
                    #expect(try await domain.info().state == .running)
                    #expect(try await domain.peekMemory(at: at, count: 256, flags: .physical) == expected)
                    let gone = await libvirtError { try await fleet.connection(to: source).domain(named: name) }
                    #expect(gone?.code == .noDomain)
                }
                try await domain.destroy()
                await events.stop()
            }
        }

        @Test("cancelling a migration aborts it; the guest runs on at the source")
        func cancelled() async throws {
            try TestHosts.require()
            // Under the full suite's load (core dumps, saves and migrations of other
            // suites at once) the source daemon once took 5.1 s to end an aborted
            // migration; alone it takes ~0.23 s. A slow attempt is made again, with a
            // new guest, up to three times; an abort that is slow every time still fails.
            for attempt in 1...3 {
                if try await abortOneMigration(lastAttempt: attempt == 3) { return }
                print("migration abort: attempt \(attempt) was slow; again")
            }
        }

        /// Cancels one migration once RAM moves; false when the call took longer
        /// than 1 s to return after the cancellation (and `lastAttempt` is false).
        private func abortOneMigration(lastAttempt: Bool) async throws -> Bool {
            let hosts = TestHosts.tcpURIs
            let name = Guests.uniqueName("abort")
            defer { TestHosts.remove(name) }
            let source = try await Connection.open(hosts[0])
            // Idle RAM is zero pages, which cost QEMU ~9 bytes each to send: at 1 MiB/s,
            // 4 GiB of them (never touched, so never allocated) take about 9 s.
            let domain = try await source.createDomain(xml: Self.guest(name, marker: name, memoryMiB: 4096))
            var parameters = Domain.MigrationParameters()
            parameters.bandwidthMiBPerSecond = 1
            // The iterating task cancels itself once RAM is moving (an abort during the
            // set-up phase waits for the destination to be ready, which can take longer).
            let cancelledAt = Mutex<ContinuousClock.Instant?>(nil)
            let migration = Task {
                for try await update in domain.migration(
                    to: .uri(hosts[1]), parameters: parameters, flags: [.live, .peerToPeer], every: .milliseconds(50))
                {
                    if case .progress(let job) = update, (job.memoryProcessedBytes ?? 0) > 0, cancelledAt.withLock({ $0 }) == nil {
                        cancelledAt.withLock { $0 = .now }
                        withUnsafeCurrentTask { $0?.cancel() }
                    }
                }
            }
            let error = await libvirtError { try await migration.value }
            let returned = ContinuousClock.now
            let cancelled = try #require(cancelledAt.withLock { $0 }, "no progress update came")
            #expect(error?.code == .operationAborted, "\(String(describing: error))")
            print("migration aborted: the call returned \(returned - cancelled) after the cancellation")
            let prompt = returned - cancelled < .seconds(1)
            #expect(prompt || !lastAttempt, "the aborted migration returned after \(returned - cancelled)")
            // Checked through another connection, which no call of the migration holds up.
            let observer = try await Connection.open(hosts[0])
            let watched = try await observer.domain(named: name)
            var jobGone = false
            while !jobGone, ContinuousClock.now < returned + .seconds(1) {
                let job = try await watched.jobStats()
                jobGone = !(job.type == .unbounded || job.type == .bounded)
                if !jobGone { try await Task.sleep(for: .milliseconds(10)) }
            }
            #expect(jobGone, "the job outlived the cancellation by a second")
            #expect(try await domain.info().state == .running)
            let destination = try await Connection.open(hosts[1])
            #expect(await libvirtError { try await destination.domain(named: name) }?.code == .noDomain)
            try await domain.destroy()
            return prompt
        }

        @Test("a guest with a disk of its own goes A -> B live, the disk copied to a pool of B")
        func diskCopied() async throws {
            try TestHosts.require()
            let hosts = TestHosts.tcpURIs
            let name = Guests.uniqueName("diskcopy")
            let pool = Guests.uniqueName("images")
            let image = "\(name).img"
            defer {
                TestHosts.remove(name)
                TestHosts.removePool(pool, volumes: [image])
            }
            let source = try await Connection.open(hosts[0])
            let destination = try await Connection.open(hosts[1])
            // The same directory pool on both hosts: libvirt creates the disk's copy in
            // the destination's pool before QEMU copies the blocks over NBD.
            let poolXML = """
                <pool type='dir'><name>\(pool)</name>\
                <target><path>/var/lib/libvirt/images</path></target></pool>
                """
            let sourcePool = try await source.createStoragePool(xml: poolXML)
            let destinationPool = try await destination.createStoragePool(xml: poolXML)
            let volume = try await sourcePool.createVolume(
                xml: """
                    <volume><name>\(image)</name><capacity unit='MiB'>16</capacity>\
                    <target><format type='raw'/></target></volume>
                    """)
            let marker = Array("swift-libvirt-\(UUID().uuidString)".utf8)
            let offset: UInt64 = 5 << 20
            try await volume.upload(contentsOf: AsyncStream { $0.yield(marker); $0.finish() }, offset: offset)
            let path = try await volume.path()

            let domain = try await source.createDomain(xml: Self.guest(name, marker: name, disk: path))
            #expect(try await domain.peekBlock("vda", offset: offset, count: marker.count) == marker)
            let outcome = try await Self.migrate(
                domain, to: .uri(hosts[1]), flags: [.live, .peerToPeer, .nonSharedDisk])
            print(
                "migration with its disk copied: \(outcome.elapsed),",
                "disk \(outcome.lastProgress?.diskTotalBytes.map { "\($0 >> 20) MiB" } ?? "?")")
            #expect(outcome.lastProgress?.diskTotalBytes == 16 << 20)

            let moved = try await destination.domain(named: name)
            #expect(try await moved.info().state == .running)
            #expect(try await moved.peekBlock("vda", offset: offset, count: marker.count) == marker)
            #expect(await libvirtError { try await source.domain(named: name) }?.code == .noDomain)
            try await destinationPool.refresh()
            #expect(try await destinationPool.volumeNames().contains(image))
            try await moved.destroy()
        }

        @Test("a post-copy migration switches over mid-way; the guest runs on B with its RAM intact")
        func postCopy() async throws {
            try TestHosts.require()
            let hosts = Array(TestHosts.tcpURIs.prefix(2))
            let name = Guests.uniqueName("postcopy")
            let marker = "swift-libvirt-\(UUID().uuidString)"
            defer { TestHosts.remove(name) }

            try await Fleet.with(hosts, policy: NamespaceHosts.FleetTests.policy) { fleet in
                let events = Recorder(await fleet.domainEvents([.lifecycle]))
                let source = try await fleet.connection(to: hosts[0])
                // 1 GiB at 1 MiB/s would take minutes of pre-copy: only the switch to
                // post-copy (pages then move at full speed, or on demand) ends it soon.
                let domain = try await source.createDomain(xml: Self.guest(name, marker: marker, memoryMiB: 1024))
                let at = try #require(
                    try await Self.findSMBIOS(marker, in: domain), "the SMBIOS serial never appeared in guest RAM")
                let expected = try await domain.peekMemory(at: at, count: 256, flags: .physical)
                var parameters = Domain.MigrationParameters()
                parameters.bandwidthMiBPerSecond = 1
                var switched = false
                var completed = false
                let started = ContinuousClock.now
                for try await update in domain.migration(
                    to: .uri(hosts[1]), parameters: parameters, flags: [.live, .peerToPeer, .postCopy],
                    every: .milliseconds(50))
                {
                    switch update {
                    case .progress(let job):
                        if !switched, (job.memoryProcessedBytes ?? 0) > 0 {
                            try await domain.startPostCopyMigration()
                            switched = true
                        }
                    case .completed:
                        completed = true
                    }
                }
                print("post-copy migration of a 1 GiB guest: \(ContinuousClock.now - started)")
                #expect(switched && completed)
                #expect(
                    await events.saw {
                        NamespaceHosts.FleetTests.lifecycle($0, host: hosts[0], name: name) {
                            if case .suspended(.postCopy) = $0 { true } else { false }
                        }
                    }, "no suspended (post-copy) event on the source")
                #expect(
                    await events.saw {
                        NamespaceHosts.FleetTests.lifecycle($0, host: hosts[1], name: name) {
                            if case .resumed(.postCopy) = $0 { true } else { false }
                        }
                    }, "no resumed (post-copy) event on the destination")
                let moved = try await fleet.connection(to: hosts[1]).domain(named: name)
                #expect(try await moved.info().state == .running)
                #expect(try await moved.peekMemory(at: at, count: 256, flags: .physical) == expected)
                #expect(await libvirtError { try await source.domain(named: name) }?.code == .noDomain)
                try await moved.destroy()
                await events.stop()
            }
        }
    }
}
