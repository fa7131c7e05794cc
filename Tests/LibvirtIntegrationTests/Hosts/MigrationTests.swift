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
        static func guest(_ name: String, marker: String, memoryMiB: Int = 64) -> String {
            """
            <domain type='kvm'><name>\(name)</name><memory unit='MiB'>\(memoryMiB)</memory><vcpu>1</vcpu>\
            <sysinfo type='smbios'><system><entry name='serial'>\(marker)</entry></system></sysinfo>\
            <os><type arch='x86_64' machine='pc'>hvm</type><smbios mode='sysinfo'/></os>\
            <devices><video><model type='none'/></video><memballoon model='none'/></devices></domain>
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

        /// Migrates `domain` from `source` to `destination` with progress, and
        /// returns the finished job's statistics.
        static func migrate(
            _ domain: Domain, to destination: Domain.MigrationDestination, flags: Domain.MigrateFlags
        ) async throws -> Domain.JobStats? {
            var completed: Domain.JobStats?
            var finished = false
            for try await update in domain.migration(to: destination, flags: flags, every: .milliseconds(20)) {
                if case .completed(_, let job) = update {
                    completed = job
                    finished = true
                }
            }
            #expect(finished)
            return completed
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
                    let job = try await Self.migrate(
                        domain, to: hop.peerToPeer ? .uri(hosts[hop.to]) : .connection(destination),
                        flags: hop.peerToPeer ? [.live, .peerToPeer] : [.live])
                    print(
                        "migration \(hop.from + 1) -> \(hop.to + 1) (\(hop.peerToPeer ? "peer to peer" : "client")):",
                        "elapsed \(job?.timeElapsed.map { "\($0)" } ?? "?"), downtime \(job?.downtime.map { "\($0)" } ?? "?")")
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
            #expect(returned - cancelled < .seconds(1), "the aborted migration returned after \(returned - cancelled)")
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
        }
    }
}
