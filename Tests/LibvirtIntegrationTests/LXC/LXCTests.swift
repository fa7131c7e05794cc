import Foundation
import Libvirt
import LibvirtLXC
import Testing

/// libvirt's LXC API (LibvirtLXC). The in-process test driver has no
/// containers; a private daemon with the LXC driver
/// (`libvirt-daemon-driver-lxc`) has, though this machine cannot start one
/// (its cgroup hierarchy is not writable): each call either works or gives
/// libvirt's own error.
@Suite("LXC API", .serialized)
struct LXCTests {
    @Test("a driver without containers answers libvirt's noSupport; a read-only connection may not enter a cgroup")
    func testDriver() async throws {
        let connection = try await Connection.open("test:///default")
        let domain = try await connection.domain(named: "test")
        let error = await libvirtError { try await domain.openNamespaces() }
        #expect(error?.code == .noSupport)
        #expect(error?.function == "virDomainLxcOpenNamespace")
        try await connection.close()

        let readOnly = try await Connection.open("test:///default", flags: .readOnly)
        let denied = await libvirtError { try await readOnly.domain(named: "test").enterCGroup() }
        #expect(denied?.code == .operationDenied)
        #expect(denied?.function == "virDomainLxcEnterCGroup")
        try await readOnly.close()
    }

    @Test("entering the process's own UTS namespace returns its namespaces; no or a bad descriptor is refused")
    func enterOwnNamespace() async throws {
        let connection = try await Connection.open("test:///default")
        let domain = try await connection.domain(named: "test")
        let uts = open("/proc/self/ns/uts", O_RDONLY)
        try #require(uts >= 0)
        defer { close(uts) }
        // The namespace this thread is in already: entering it changes nothing.
        let own = try domain.enterNamespaces([Int(uts)])
        #expect(!own.isEmpty)
        for descriptor in own {
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)")
            #expect(target.contains(":["), "\(target)")
            close(Int32(descriptor))
        }
        #expect(libvirtErrorSync { try domain.enterNamespaces([]) }?.code == .invalidArg)
        #expect(libvirtErrorSync { try domain.enterNamespaces([-1]) }?.code == .invalidArg)
        try await connection.close()
    }

    @Test("the security model none is entered as a no-op; an unknown model is libvirt's argumentUnsupported")
    func securityLabel() throws {
        let old = try Domain.enterSecurityLabel(model: SecurityModel(model: "none", doi: "0"), label: "anything")
        #expect(old.label.isEmpty)
        #expect(!old.isEnforcing)
        let unknown = libvirtErrorSync { try Domain.enterSecurityLabel(model: SecurityModel(model: "bogus", doi: "0"), label: "x") }
        #expect(unknown?.code == .argumentUnsupported)
        #expect(unknown?.function == "virDomainLxcEnterSecurityLabel")
        let long = libvirtErrorSync {
            try Domain.enterSecurityLabel(model: SecurityModel(model: "none", doi: "0"), label: String(repeating: "x", count: 5_000))
        }
        #expect(long?.code == .invalidArg)
    }

    @Test(
        "with the LXC driver: a container is defined; opening its namespaces works once it runs, or gives libvirt's error",
        .needsPrivateDaemon,
        .enabled(
            if: FileManager.default.fileExists(atPath: "\(PrivateDaemon.systemDrivers)/libvirt_driver_lxc.so"),
            "needs libvirt-daemon-driver-lxc (scripts/install-deps.sh --daemon)"))
    func lxcDriver() async throws {
        let daemon = try await PrivateDaemon.start(drivers: ["lxc"])
        defer { daemon.shutdown() }
        let connection = try await Connection.open("lxc:///system?socket=\(daemon.folder)/libvirt-sock")
        #expect(try await connection.hypervisorType() == "LXC")
        let name = Guests.uniqueName("lxc")
        let domain = try await connection.defineDomain(xml: """
            <domain type='lxc'><name>\(name)</name><memory unit='MiB'>64</memory>\
            <os><type>exe</type><init>/bin/sleep</init><initarg>600</initarg></os>\
            <devices><console type='pty'/></devices></domain>
            """)
        // Not running: libvirt's own error.
        let stopped = await libvirtError { try await domain.openNamespaces() }
        #expect(stopped?.code == .operationInvalid)
        #expect(stopped?.function == "virDomainLxcOpenNamespace")
        do {
            try await domain.start()
            let namespaces = try await domain.openNamespaces()
            #expect(!namespaces.isEmpty)
            namespaces.forEach { close(Int32($0)) }
            try await domain.destroy()
        } catch {
            // This machine: "Unable to create directory /sys/fs/cgroup/unified".
            #expect(error.function == "virDomainCreate")
        }
        try await domain.undefine()
        try await connection.close()
    }
}

/// The `LibvirtError` that `body` throws, or nil.
private func libvirtErrorSync<T>(_ body: () throws -> T) -> LibvirtError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? LibvirtError
    }
}
