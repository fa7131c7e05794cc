import Foundation
import Testing

/// scripts/libvirtd.sh as the tests use it.
@Suite("libvirtd.sh", .needsSharedDaemon)
struct ScriptTests {
    @Test("status reports the shared daemon running")
    func status() async throws {
        try Daemon.requireShared()
        let outcome = try await Shell.run([Shell.root.appendingPathComponent("scripts/libvirtd.sh").path, "status"])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("libvirtd running"))
    }

    @Test("start-private is idempotent, isolated, and stop-private ends it", .needsPrivateDaemon)
    func privateDaemon() async throws {
        let daemon = try await PrivateDaemon.start()
        let script = Shell.root.appendingPathComponent("scripts/libvirtd.sh").path
        // A second start finds it running and prints the same pid.
        let again = try await Shell.check([script, "start-private", daemon.folder])
        #expect(pid_t(again.trimmingCharacters(in: .whitespacesAndNewlines)) == daemon.pid)
        // It serves the test driver only: no QEMU driver that could fight the shared daemon.
        #expect(try await Shell.virsh(daemon.defaultURI, "domstate", "test").contains("running"))
        let qemu = try await Shell.run(["virsh", "-c", "qemu+unix:///system?socket=\(daemon.folder)/libvirt-sock", "uri"])
        #expect(qemu.status != 0)
        #expect(qemu.error.contains("no connection driver available"))
        try await Shell.check([script, "stop-private", daemon.folder])
        #expect(!PrivateDaemon.isRunning(daemon.pid))
        // The shared daemon was not disturbed.
        if Daemon.sharedAvailable {
            #expect(try await Shell.run([script, "status"]).status == 0)
        }
    }
}
