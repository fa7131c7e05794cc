import Foundation
import Libvirt
import Testing

/// Whether the local libvirtd answers, for the suites that need real QEMU guests.
private let daemonIsRunning = FileManager.default.fileExists(atPath: "/run/libvirt/libvirt-sock")

/// Real QEMU guests through the daemon: each test defines its own guest (a
/// unique name), and destroys and undefines it at the end, even on failure.
@Suite(
    "Domain on QEMU", .serialized,
    .enabled(if: daemonIsRunning, "no libvirtd: /run/libvirt/libvirt-sock is absent"))
struct DomainQEMUTests {
    /// A minimal guest that boots into SeaBIOS and idles.
    static func guestXML(_ name: String) -> String {
        """
        <domain type='qemu'>
          <name>\(name)</name>
          <memory unit='MiB'>64</memory>
          <vcpu>1</vcpu>
          <os><type arch='x86_64' machine='pc'>hvm</type></os>
          <devices><video><model type='none'/></video><memballoon model='none'/></devices>
        </domain>
        """
    }

    /// Defines a guest named after the test, runs `body` with it, then removes it
    /// (destroy, managed save image, undefine) whatever `body` did.
    func withGuest(
        _ label: String, _ body: (Connection, Domain) async throws -> Void
    ) async throws {
        let connection = try await Connection.open("qemu:///system")
        let name = "swift-libvirt-dc-\(label)-\(UUID().uuidString.prefix(8).lowercased())"
        let domain = try await connection.defineDomain(xml: Self.guestXML(name))
        var failure: (any Error)?
        do {
            try await body(connection, domain)
        } catch {
            failure = error
        }
        // Clean up through a fresh lookup: a restore may have replaced the handle's state.
        if let guest = try? await connection.domain(named: name) {
            if (try? await guest.isActive()) == true { try? await guest.destroy() }
            try? await guest.undefine(flags: [.managedSave, .nvram])
        }
        #expect(await libvirtError { try await connection.domain(named: name) }?.code == .noDomain,
                "guest \(name) left behind")
        if let failure { throw failure }
    }

    @Test("define, start, info with real CPU time, destroy, undefine")
    func startAndInfo() async throws {
        try await withGuest("info") { connection, domain in
            #expect(try await domain.state() == .shutoff(.unknown))
            try await domain.create()
            #expect(try await domain.state() == .running(.booted))
            #expect(try await domain.id() != nil)
            #expect(try await domain.osType() == "hvm")
            try await Task.sleep(for: .milliseconds(300))
            let info = try await domain.info()
            #expect(info.state == .running)
            #expect(info.maxMemory == 65_536)
            #expect(info.memory == 65_536)
            #expect(info.vcpus == 1)
            #expect(info.cpuTime > 1_000_000)  // QEMU has used more than a millisecond of CPU
            let later = try await domain.info().cpuTime
            #expect(later >= info.cpuTime)
            #expect(try await domain.controlInfo().state == .ok)
            #expect(try await domain.xmlDescription().contains("<name>\(try await domain.name())</name>"))
            #expect(try await connection.domains(flags: .running).count >= 1)
            let uuid = try await domain.uuid()
            #expect(try await connection.domain(uuid: uuid).name() == domain.name())

            try await domain.destroy()
            #expect(try await domain.state() == .shutoff(.destroyed))
            #expect(try await domain.id() == nil)
            try await domain.undefine()
            #expect(await libvirtError { try await domain.isPersistent() }?.code == .noDomain)
        }
    }

    @Test("memory statistics, CPU statistics, scheduler and tunables of a running guest")
    func resources() async throws {
        try await withGuest("resources") { _, domain in
            try await domain.create()
            let stats = try await domain.memoryStats()
            #expect((stats.rss ?? 0) > 1024)  // the QEMU process's resident set, in KiB
            #expect(stats.actualBalloon == nil)  // no balloon device
            let total = try await domain.totalCPUStats()
            #expect((total.cpuTime ?? 0) > 0)
            #expect(total.userTime != nil)
            let scheduler = try await domain.schedulerType()
            #expect(scheduler.name == "posix")
            let parameters = try await domain.schedulerParameters()
            #expect(parameters.cpuShares != nil)
            #expect(parameters.vcpuPeriod != nil)
            #expect(try await domain.schedulerParameters(impact: .live).cpuShares == parameters.cpuShares)
            #expect(try await domain.memoryParameters().hardLimit == Domain.MemoryParameters.unlimited)
            let messages = try await domain.messages()
            #expect(messages.allSatisfy { !$0.isEmpty })
        }
    }

    @Test("virtual CPU information and pinning")
    func vcpus() async throws {
        try await withGuest("vcpus") { _, domain in
            try await domain.create()
            #expect(try await domain.vcpuCount() == 1)
            #expect(try await domain.maxVcpus() >= 1)
            let vcpus = try await domain.vcpus()
            #expect(vcpus.count == 1)
            let vcpu = try #require(vcpus.first)
            #expect(vcpu.number == 0)
            #expect(vcpu.state == .running)
            #expect(vcpu.cpu != nil)
            let hostCPUs = ProcessInfo.processInfo.activeProcessorCount
            #expect(vcpu.affinity == Set(0..<hostCPUs))
            try await domain.pinVcpu(0, to: [0])
            #expect(try await domain.vcpus().first?.affinity == [0])
            #expect(try await domain.vcpuPinning() == [[0]])
            #expect(try await domain.emulatorPinning() == Set(0..<hostCPUs))
        }
    }

    @Test("suspend and resume")
    func suspendResume() async throws {
        try await withGuest("pause") { _, domain in
            try await domain.create()
            try await domain.suspend()
            #expect(try await domain.state() == .paused(.user))
            #expect(try await domain.info().state == .paused)
            try await domain.resume()
            #expect(try await domain.state() == .running(.unpaused))
        }
    }

    @Test("save to a file in /tmp and restore")
    func saveRestore() async throws {
        try await withGuest("save") { connection, domain in
            try await domain.create()
            let path = "/tmp/swift-libvirt-dc-\(UUID().uuidString).save"
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await domain.save(to: path)
            #expect(try await domain.state() == .shutoff(.saved))
            #expect(FileManager.default.fileExists(atPath: path))
            try await connection.restoreDomain(from: path)
            #expect(try await domain.state() == .running(.restored))

            try await domain.save(to: path, flags: .paused)
            try await connection.restoreDomain(from: path, flags: .paused)
            #expect(try await domain.state().state == .paused)
            try await domain.resume()

            try await domain.save(Domain.SaveParameters(file: path))
            #expect(try await domain.state() == .shutoff(.saved))
            try await connection.restoreDomain(Domain.SaveParameters(file: path))
            #expect(try await domain.isActive())
        }
    }

    @Test("managed save, its XML, restart from it, and removal")
    func managedSave() async throws {
        try await withGuest("managed") { connection, domain in
            try await domain.create()
            #expect(try await domain.hasManagedSaveImage() == false)
            try await domain.managedSave()
            #expect(try await domain.hasManagedSaveImage())
            #expect(try await domain.state() == .shutoff(.saved))
            let name = try await domain.name()
            let xml = try await domain.managedSaveXMLDescription()
            #expect(xml.contains("<name>\(name)</name>"))
            try await domain.defineManagedSaveXML(xml)
            #expect(try await connection.domains(flags: .managedSave).count >= 1)
            try await domain.create()
            #expect(try await domain.state() == .running(.restored))
            #expect(try await domain.hasManagedSaveImage() == false)

            try await domain.managedSave(flags: .paused)
            try await domain.removeManagedSave()
            #expect(try await domain.hasManagedSaveImage() == false)
            try await domain.create()
            #expect(try await domain.state() == .running(.booted))
        }
    }
}
