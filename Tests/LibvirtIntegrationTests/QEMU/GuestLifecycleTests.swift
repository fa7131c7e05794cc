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
        let events = Recorder(try await connection.lifecycleEvents())
        /// Waits for the event `kind` of this guest (others, like SHUTDOWN before STOPPED, may come between).
        func saw(_ kind: Int32) async -> Bool {
            await events.next { $0.domain == name && $0.event == kind } != nil
        }

        try await connection.rawDefine(Guests.minimal(name))
        #expect(await saw(LifecycleEvent.defined))
        #expect(try await connection.rawInfo(named: name).state == 5)  // shut off

        try await connection.rawLifecycle(name, "virDomainCreate") { virDomainCreate($0) }
        #expect(await saw(LifecycleEvent.started))
        try await Task.sleep(for: .milliseconds(200))
        let running = try await connection.rawInfo(named: name)
        #expect(running.state == 1)
        #expect(running.maxMemory == 65_536)
        #expect(running.virtualCPUs == 1)
        #expect(running.cpuTime > 0)
        let stats = try await connection.rawStats(named: name)
        #expect(stats["state.state"] == .int(1))
        if case .unsignedLongLong(let time)? = stats["cpu.time"] {
            #expect(time > 0)
        } else {
            Issue.record("no cpu.time in \(stats.names)")
        }
        #expect(stats["vcpu.current"] == .uint(1))

        try await connection.rawLifecycle(name, "virDomainSuspend") { virDomainSuspend($0) }
        #expect(await saw(LifecycleEvent.suspended))
        #expect(try await connection.rawInfo(named: name).state == 3)  // paused
        try await connection.rawLifecycle(name, "virDomainResume") { virDomainResume($0) }
        #expect(await saw(LifecycleEvent.resumed))
        #expect(try await connection.rawInfo(named: name).state == 1)

        try await connection.rawLifecycle(name, "virDomainDestroy") { virDomainDestroy($0) }
        #expect(await saw(LifecycleEvent.stopped))
        #expect(try await connection.rawInfo(named: name).state == 5)
        try await connection.rawLifecycle(name, "virDomainUndefine") { virDomainUndefine($0) }
        #expect(await saw(LifecycleEvent.undefined))
        #expect(await libvirtError { try await connection.rawInfo(named: name) }?.code == .noDomain)
        await events.stop()
        try await connection.close()
    }

    @Test("a guest started by virsh is seen running, with real statistics, by the SDK")
    func guestFromVirsh() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("virsh")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        let events = Recorder(try await connection.lifecycleEvents())
        try await Shell.virsh(Guests.uri, "define", try Shell.temporaryFile(Guests.minimal(name)))
        #expect(await events.next { $0.domain == name }?.event == LifecycleEvent.defined)
        try await Shell.virsh(Guests.uri, "start", name)
        #expect(await events.next { $0.domain == name && $0.event == LifecycleEvent.started } != nil)
        try await Task.sleep(for: .milliseconds(200))
        let info = try await connection.rawInfo(named: name)
        #expect(info.state == 1)
        #expect(info.cpuTime > 0)
        #expect(info.memory == 65_536)
        try await Shell.virsh(Guests.uri, "destroy", name)
        #expect(await events.next { $0.domain == name && $0.event == LifecycleEvent.stopped } != nil)
        await events.stop()
        try await connection.close()
    }
}
