import Foundation
import Libvirt
import Testing

@Suite(
    "Interfaces on the daemon", .serialized,
    .enabled(if: ObjectsDaemon.isRunning, "no libvirtd socket at /run/libvirt/libvirt-sock"))
struct InterfaceDaemonTests {
    @Test("the host's loopback is found by name and MAC, and listed (read only)")
    func loopback() async throws {
        let connection = try await Connection.open(ObjectsDaemon.uri)
        let lo = try await connection.interface(named: "lo")
        #expect(try await lo.name() == "lo")
        #expect(try await lo.macAddress() == "00:00:00:00:00:00")
        #expect(try await lo.xml().contains("name='lo'"))
        var names: [String] = []
        for each in try await connection.interfaces() { names.append(try await each.name()) }
        #expect(names.contains("lo"))
        // Other suites may add bridges meanwhile: compare names, not exact counts.
        let active = try await connection.activeInterfaceNames()
        #expect(try await connection.activeInterfaceCount() >= 1)
        #expect(try await connection.definedInterfaceCount() >= 0)
        _ = try await connection.definedInterfaceNames()
        if let first = active.first {
            let interface = try await connection.interface(named: first)
            #expect(try await interface.isActive())
            let mac = try await interface.macAddress()
            #expect(mac.count == 17)
            #expect(try await interface.xml(flags: .inactive).contains(first))
        }
        try await connection.close()
    }
}
