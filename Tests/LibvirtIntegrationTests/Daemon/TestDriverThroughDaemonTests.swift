@testable import Libvirt
import CLibvirt
import Foundation
import Testing

/// The test driver served by the shared daemon answers like the in-process one.
@Suite("Test driver through the daemon", .needsSharedDaemon)
struct TestDriverThroughDaemonTests {
    @Test("test+unix:///default: identity and link state")
    func identity() async throws {
        try Daemon.requireShared()
        let remote = try await Connection.open("test+unix:///default")
        let local = try await Connection.open("test:///default")
        #expect(try await remote.hypervisorType() == "TEST")
        #expect(try await remote.hypervisorType() == (try await local.hypervisorType()))
        #expect(try await remote.hostname() == (try await local.hostname()))
        #expect(try await remote.hypervisorVersion() == (try await local.hypervisorVersion()))
        // The daemon's libvirt, here the same Debian package as the client's.
        #expect(try await remote.libraryVersion() == (try await local.libraryVersion()))
        #expect(try await remote.uri() == "test+unix:///default")  // as opened, transport included
        #expect(try await remote.isAlive())
        #expect(try await remote.isSecure())  // a UNIX socket
        #expect(try await remote.isEncrypted() == false)
        // Keepalive is a remote feature: the daemon accepts it, the in-process driver cannot.
        #expect(try await remote.setKeepAlive(interval: 5, count: 3))
        #expect(await libvirtError { try await local.setKeepAlive(interval: 5, count: 3) }?.code == .noSupport)
        let remoteInfo = try await remote.domain(named: "test").info()
        let localInfo = try await local.domain(named: "test").info()
        // Not the state: the daemon's "test" is shared with other suites, which suspend it.
        #expect(try await remote.domain(named: "test").uuid() == (try await local.domain(named: "test").uuid()))
        #expect(remoteInfo.maxMemoryKiB == localInfo.maxMemoryKiB)
        #expect(remoteInfo.vcpus == localInfo.vcpus)
        #expect(try await remote.close() == 0)
        #expect(try await local.close() == 0)
    }

    @Test("test+unix:///ABS/path.xml: a fixture node's domains, as in-process")
    func fixture() async throws {
        try Daemon.requireShared()
        let path = try Nodes.write()
        let remote = try await Connection.open("test+unix://\(path)")
        let local = try await Connection.open("test://\(path)")
        var names: [String] = []
        for domain in try await remote.domains() { names.append(try await domain.name()) }
        #expect(names.sorted() == ["cache", "db", "web"])
        for name in ["web", "db", "cache"] {
            let remoteInfo = try await remote.domain(named: name).info()
            let localInfo = try await local.domain(named: name).info()
            #expect(remoteInfo.state == localInfo.state, "\(name)")
            #expect(remoteInfo.maxMemoryKiB == localInfo.maxMemoryKiB, "\(name)")
            #expect(remoteInfo.memoryKiB == localInfo.memoryKiB, "\(name)")
            #expect(remoteInfo.vcpus == localInfo.vcpus, "\(name)")
        }
        let web = try await remote.domain(named: "web").info()
        #expect(web.state == .running)  // running
        #expect(web.maxMemoryKiB == 262_144)
        #expect(web.memoryKiB == 131_072)
        #expect(web.vcpus == 2)
        #expect(try await remote.domain(named: "db").info().state == .shutoff)  // shut off
        let missing = await libvirtError { try await remote.domain(named: "nothing-here").info() }
        #expect(missing?.code == .noDomain)
        #expect(try await remote.close() == 0)
        #expect(try await local.close() == 0)
    }

    // Only test:///default is one state shared by every client of the daemon (a node
    // file gives each connection its own), so cross-process events use it, on a
    // private daemon, so as not to disturb other suites' use of the shared one.

    @Test("events caused by a virsh process arrive through the daemon", .needsPrivateDaemon)
    func eventsFromVirsh() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let uri = daemon.defaultURI
        let connection = try await Connection.open(uri)
        let events = Recorder(try await connection.domainEvents([.lifecycle]))
        try await expectVirshLifecycle(on: uri, events: events, prefix: "virsh")
        await events.stop()
        try await connection.close()
    }

    @Test("events caused by a second connection arrive on the first", .needsPrivateDaemon)
    func eventsFromSecondConnection() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let uri = daemon.defaultURI
        let watcher = try await Connection.open(uri)
        let actor = try await Connection.open(uri)
        let events = Recorder(try await watcher.domainEvents([.lifecycle]))
        try await actor.domain(named: "test").suspend()
        #expect(await events.next { $0.name == "test" }?.lifecycle == .suspended)
        #expect(try await watcher.domain(named: "test").info().state == .paused)  // paused, seen by the watcher
        try await actor.domain(named: "test").resume()
        #expect(await events.next { $0.name == "test" }?.lifecycle == .resumed)
        _ = try await actor.defineDomain(xml: Nodes.domain("second"))
        #expect(await events.next { $0.name == "second" }?.lifecycle == .defined)
        await events.stop()
        try await actor.close()
        try await watcher.close()
    }

    // libvirt tracks a domain event registration by (C callback, event id,
    // domain filter), not by its opaque pointer: the SDK shares one
    // registration among the subscriptions of one id on a connection.
    @Test("two lifecycle subscriptions on one connection both receive", .needsPrivateDaemon)
    func twoSubscriptions() async throws {
        let daemon = try await PrivateDaemon.start()
        defer { daemon.shutdown() }
        let connection = try await Connection.open(daemon.defaultURI)
        let first = Recorder(try await connection.domainEvents([.lifecycle]))
        let second = Recorder(try await connection.domainEvents([.lifecycle]))
        try await Shell.virsh(daemon.defaultURI, "suspend", "test")
        #expect(await first.next { $0.name == "test" }?.lifecycle == .suspended)
        #expect(await second.next { $0.name == "test" }?.lifecycle == .suspended)
        await second.stop()
        await first.stop()
        try await connection.close()
    }
}
