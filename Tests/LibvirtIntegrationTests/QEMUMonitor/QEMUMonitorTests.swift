@testable import Libvirt
import Foundation
import LibvirtQEMU
import Testing

/// libvirt's QEMU API (LibvirtQEMU) on real QEMU guests through the shared
/// daemon. Every guest has a unique name and is removed however the test ends.
@Suite("QEMU monitor, agent and monitor events on QEMU", .needsSharedDaemon)
struct QEMUMonitorTests {
    /// Defines and starts a minimal guest.
    private func startGuest(_ connection: Connection, _ name: String) async throws -> Domain {
        let domain = try await connection.defineDomain(xml: Guests.minimal(name))
        try await domain.start()
        return domain
    }

    @Test("query-status over QMP and info status over HMP give the guest's state, running then paused")
    func monitorCommands() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("qmp")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        let domain = try await startGuest(connection, name)

        let running = try await domain.monitorCommand(#"{"execute":"query-status"}"#)
        #expect(running.result?["status"] == "running")
        #expect(running.result?["running"]?.bool == true)
        #expect(running.raw.contains("\"return\""))
        #expect(try await domain.humanMonitorCommand("info status").contains("VM status: running"))

        try await domain.suspend()
        let paused = try await domain.monitorCommand(["execute": "query-status"])
        #expect(paused.result?["status"] == "paused")
        #expect(try await domain.humanMonitorCommand("info status").contains("VM status: paused"))

        // QEMU's own error comes back in the reply, as QEMU sent it.
        let unknown = try await domain.monitorCommand(#"{"execute":"no-such-command"}"#)
        #expect(unknown.result == nil)
        #expect(unknown.error?["class"] == "CommandNotFound")
        // Text that is not JSON is refused by libvirt, before QEMU sees it.
        let notJSON = await libvirtError { try await domain.monitorCommand("not json") }
        #expect(notJSON?.function == "virDomainQemuMonitorCommand")
        #expect(notJSON?.code == .internalError)
        try await connection.close()
    }

    @Test("a QMP command passes a descriptor to QEMU (getfd, closefd)")
    func monitorCommandWithFiles() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("qmpfd")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        let domain = try await startGuest(connection, name)
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        let (reply, returned) = try await domain.monitorCommand(
            #"{"execute":"getfd","arguments":{"fdname":"swift-test"}}"#, passing: [Int(ends[0])])
        #expect(reply.result == .object([:]))
        #expect(returned.isEmpty)
        // QEMU now holds it under that name: closefd finds it; a second time it does not.
        #expect(try await domain.monitorCommand(#"{"execute":"closefd","arguments":{"fdname":"swift-test"}}"#).result == [:])
        #expect(try await domain.monitorCommand(#"{"execute":"closefd","arguments":{"fdname":"swift-test"}}"#).error?["class"] == "GenericError")
        #expect(await libvirtError { try await domain.monitorCommand("{}", passing: [-1]) }?.code == .invalidArg)
        try await connection.close()
    }

    @Test("monitor events: STOP and RESUME on suspend and resume, RESET with its details decoded")
    func monitorEvents() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("qmpev")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        let domain = try await startGuest(connection, name)
        let named = Recorder(try await connection.qemuMonitorEvents(.pattern("^(STOP|RESUME)$"), domain: domain))
        let all = Recorder(try await connection.qemuMonitorEvents(domain: domain))
        let other = Recorder(try await connection.qemuMonitorEvents(.name("stop", ignoringCase: true)))
        let before = Date().timeIntervalSince1970

        try await domain.suspend()
        let stop = await named.next { $0.event.name == "STOP" }
        #expect(stop?.name == name)
        #expect(stop?.event.details == nil || stop?.event.details == .object([:]))
        if let stop {
            #expect(Double(stop.event.seconds) >= before.rounded(.down) - 1)
            #expect((0..<1_000_000).contains(stop.event.microseconds))
            #expect(abs(stop.event.date.timeIntervalSince1970 - before) < 60)
        }
        #expect(await other.next { $0.name == name && $0.event.name == "STOP" } != nil)
        try await domain.resume()
        #expect(await named.next { $0.event.name == "RESUME" }?.name == name)
        #expect(await all.next { $0.event.name == "STOP" } != nil)
        #expect(await all.next { $0.event.name == "RESUME" } != nil)

        try await domain.reset()
        let reset = await all.next { $0.event.name == "RESET" }
        #expect(reset?.event.details?["guest"] == false)
        #expect(reset?.event.rawDetails?.contains("\"guest\"") == true)
        // The named subscription does not see RESET.
        #expect(await named.elements.allSatisfy { ["STOP", "RESUME"].contains($0.event.name) })
        await named.stop()
        await all.stop()
        await other.stop()
        try await connection.close()
    }

    @Test("monitor events end as domain events do: break deregisters, close finishes")
    func monitorEventsEnd() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("qmpend")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        let domain = try await startGuest(connection, name)

        let events = try await connection.qemuMonitorEvents(.name("STOP"), domain: domain)
        let twin = try await connection.qemuMonitorEvents(.name("STOP"), domain: domain)
        // The same filter and domain share one libvirt registration.
        #expect(connection.events.registrationCount == 1)
        try await domain.suspend()
        for await record in events {
            #expect(record.event.name == "STOP")
            break
        }
        #expect(await until { connection.events.subscriptionCount == 1 })
        twin.cancel()
        #expect(await until { connection.events.liveRegistrations == 0 })

        let open = try await connection.qemuMonitorEvents(domain: domain)
        let finished = Task { () -> Int in
            var count = 0
            for await _ in open { count += 1 }
            return count
        }
        try await connection.close()
        _ = await finished.value  // finishes: the connection closed
        #expect(connection.events.registrationCount == 0)
    }

    @Test("a bad pattern and a driver without QEMU give libvirt's own errors")
    func monitorEventErrors() async throws {
        try Daemon.requireShared()
        let connection = try await Connection.open(Guests.uri)
        let bad = await libvirtError { try await connection.qemuMonitorEvents(.pattern("(")) }
        #expect(bad?.code == .invalidArg)
        #expect(bad?.function == "virConnectDomainQemuMonitorEventRegister")
        try await connection.close()
        let test = try await Connection.open("test:///default")
        #expect(await libvirtError { try await test.qemuMonitorEvents() }?.code == .noSupport)
        let domain = try await test.domain(named: "test")
        #expect(await libvirtError { try await domain.monitorCommand(#"{"execute":"query-status"}"#) }?.code == .noSupport)
        // A NUL, which C would take for the end, is refused before libvirt is called.
        #expect(await libvirtError { try await domain.monitorCommand("{}\u{0}{}") }?.code == .invalidArg)
        #expect(await libvirtError { try await domain.agentCommand("{}\u{0}") }?.code == .invalidArg)
        #expect(await libvirtError { try await test.qemuMonitorEvents(.name("STOP\u{0}")) }?.code == .invalidArg)
        try await test.close()
    }

    @Test("a guest agent command without an agent fails with libvirt's code, in bounded time")
    func agentWithoutAgent() async throws {
        try Daemon.requireShared()
        let name = Guests.uniqueName("agent")
        defer { Guests.remove(name) }
        let connection = try await Connection.open(Guests.uri)
        let domain = try await startGuest(connection, name)
        let clock = ContinuousClock()
        let start = clock.now
        let error = await libvirtError { try await domain.agentCommand(#"{"execute":"guest-ping"}"#, timeout: .seconds(2)) }
        let elapsed = clock.now - start
        #expect(error?.code == .argumentUnsupported)
        #expect(error?.function == "virDomainQemuAgentCommand")
        #expect(elapsed < .seconds(5))
        #expect(await libvirtError { try await domain.agentCommand(["execute": "guest-info"], timeout: .noWait) }?.code == .argumentUnsupported)
        try await connection.close()
    }

    @Test("attaching to a QEMU process gives libvirt's own error; a bad process id is refused first")
    func attach() async throws {
        try Daemon.requireShared()
        let connection = try await Connection.open(Guests.uri)
        let error = await libvirtError { try await connection.attachQEMU(processID: Int(getpid())) }
        #expect(error?.function == "virDomainQemuAttach")
        #expect(error?.code == .noSupport)  // libvirt's QEMU driver dropped attaching in 5.5
        #expect(await libvirtError { try await connection.attachQEMU(processID: 0) }?.code == .invalidArg)
        #expect(await libvirtError { try await connection.attachQEMU(processID: -5) }?.code == .invalidArg)
        try await connection.close()
    }
}

/// Waits up to 10 s for `condition`, polling; true once it holds.
private func until(_ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}
