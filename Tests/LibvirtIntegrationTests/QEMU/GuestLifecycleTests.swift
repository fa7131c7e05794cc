@testable import Libvirt
import CLibvirt
import Foundation
import Testing

/// Real QEMU guests on the shared daemon (qemu:///system). Every guest has a
/// unique name and is destroyed and undefined however the test ends.
@Suite("QEMU guests through the daemon", .needsSharedDaemon)
struct GuestLifecycleTests {
    @Test("define, start, stats, suspend, resume, destroy, undefine, with an event for each")
    func lifecycle() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("life")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        #expect(try await connection.hypervisorType() == "QEMU")
        let events = Recorder(try await connection.domainEvents([.lifecycle]))
        /// Waits for a lifecycle event of this guest that `matches` (others, like
        /// SHUTDOWN before STOPPED, may come between).
        func saw(_ matches: @escaping @Sendable (DomainEvent.Lifecycle) -> Bool) async -> Bool {
            await events.next {
                if $0.name == name, case .lifecycle(let lifecycle) = $0.event { matches(lifecycle) } else { false }
            } != nil
        }

        let domain = try await connection.defineDomain(xml: Guests.minimal(name))
        #expect(await saw { if case .defined = $0 { true } else { false } })
        #expect(try await domain.info().state == .shutoff)

        try await domain.start()
        #expect(await saw { if case .started = $0 { true } else { false } })
        // QEMU's first CPU time shows a moment after the start.
        #expect(await waitUntil(within: .seconds(10)) { (try? await domain.info().cpuTime) ?? .zero > .zero })
        let running = try await domain.info()
        #expect(running.state == .running)
        #expect(running.maxMemoryKiB == 65_536)
        #expect(running.vcpus == 1)
        #expect(running.cpuTime > .zero)
        let stats = try #require(try await connection.domainStats(for: [domain]).first)
        #expect(stats.name == name)
        #expect(stats.parameters["state.state"] == .int(1))
        if case .unsignedLongLong(let time)? = stats.parameters["cpu.time"] {
            #expect(time > 0)
        } else {
            Issue.record("no cpu.time in \(stats.parameters.names)")
        }
        #expect(stats.parameters["vcpu.current"] == .uint(1))

        try await domain.suspend()
        #expect(await saw { if case .suspended = $0 { true } else { false } })
        #expect(try await domain.info().state == .paused)
        try await domain.resume()
        #expect(await saw { if case .resumed = $0 { true } else { false } })
        #expect(try await domain.info().state == .running)

        try await domain.destroy()
        #expect(await saw { if case .stopped = $0 { true } else { false } })
        #expect(try await domain.info().state == .shutoff)
        try await domain.undefine()
        #expect(await saw { if case .undefined = $0 { true } else { false } })
        // The handle outlives its domain: a clear error, no crash.
        #expect(await libvirtError { try await domain.info() }?.code == .noDomain)
        #expect(await libvirtError { try await connection.domain(named: name) }?.code == .noDomain)
        await events.stop()
        try await connection.close()
    }

    @Test("a guest started by virsh is seen running, with real statistics, by the SDK")
    func guestFromVirsh() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("virsh")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        let events = Recorder(try await connection.domainEvents([.lifecycle]))
        try await Shell.virsh(Guests.uri, "define", try Shell.temporaryFile(Guests.minimal(name)))
        #expect(await events.next { $0.name == name }?.lifecycle == .defined)
        try await Shell.virsh(Guests.uri, "start", name)
        #expect(await events.next { $0.name == name && $0.lifecycle == .started } != nil)
        let started = try await connection.domain(named: name)
        #expect(await waitUntil(within: .seconds(10)) { (try? await started.info().cpuTime) ?? .zero > .zero })
        let info = try await started.info()
        #expect(info.state == .running)
        #expect(info.cpuTime > .zero)
        #expect(info.memoryKiB == 65_536)
        try await Shell.virsh(Guests.uri, "destroy", name)
        #expect(await events.next { $0.name == name && $0.lifecycle == .stopped } != nil)
        await events.stop()
        try await connection.close()
    }
}
