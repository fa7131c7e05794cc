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
    static func guestXML(_ name: String, balloon: Bool = false) -> String {
        """
        <domain type='qemu'>
          <name>\(name)</name>
          <memory unit='MiB'>64</memory>
          <vcpu>1</vcpu>
          <os><type arch='x86_64' machine='pc'>hvm</type></os>
          <devices><video><model type='none'/></video><memballoon model='\(balloon ? "virtio" : "none")'/></devices>
        </domain>
        """
    }

    /// Defines a guest named after the test, runs `body` with it, then removes it
    /// (destroy, managed save image, undefine) whatever `body` did.
    func withGuest(
        _ label: String, balloon: Bool = false, _ body: (Connection, Domain) async throws -> Void
    ) async throws {
        let connection = try await Connection.open("qemu:///system")
        let name = "swift-libvirt-dc-\(label)-\(UUID().uuidString.prefix(8).lowercased())"
        let domain = try await connection.defineDomain(xml: Self.guestXML(name, balloon: balloon))
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
            try await domain.start()
            #expect(try await domain.state() == .running(.booted))
            #expect(try await domain.hypervisorID() != nil)
            #expect(try await domain.osType() == "hvm")
            #expect(await EventWait.until { (try? await domain.info().cpuTime) ?? .zero > .milliseconds(1) })
            let info = try await domain.info()
            #expect(info.state == .running)
            #expect(info.maxMemoryKiB == 65_536)
            #expect(info.memoryKiB == 65_536)
            #expect(info.vcpus == 1)
            #expect(info.cpuTime > .milliseconds(1))  // QEMU has used more than a millisecond of CPU
            let later = try await domain.info().cpuTime
            #expect(later >= info.cpuTime)
            #expect(try await domain.controlInfo().state == .ok)
            #expect(try await domain.xml().contains("<name>\(try await domain.name())</name>"))
            #expect(try await connection.domains(flags: .running).count >= 1)
            let uuid = try await domain.uuid()
            #expect(try await connection.domain(uuid: uuid).name() == domain.name())

            try await domain.destroy()
            #expect(try await domain.state() == .shutoff(.destroyed))
            #expect(try await domain.hypervisorID() == nil)
            try await domain.undefine()
            #expect(await libvirtError { try await domain.isPersistent() }?.code == .noDomain)
        }
    }

    @Test("memory statistics, CPU statistics, scheduler and tunables of a running guest")
    func resources() async throws {
        try await withGuest("resources") { _, domain in
            try await domain.start()
            let stats = try await domain.memoryStats()
            #expect((stats.rssKiB ?? 0) > 1024)  // the QEMU process's resident set, in KiB
            #expect(stats.actualBalloonKiB == nil)  // no balloon device
            let total = try await domain.totalCPUStats()
            #expect((total.cpuTime ?? .zero) > .zero)
            #expect(total.userTime != nil)
            // Per-CPU accounting needs cgroup v1 (cpuacct); on cgroup v2 QEMU's driver refuses it.
            do {
                let perCPU = try await domain.cpuStats()
                #expect(perCPU.count == ProcessInfo.processInfo.activeProcessorCount)
                #expect(perCPU.allSatisfy { $0.cpuTime != nil })
            } catch let error as LibvirtError {
                #expect(error.code == .operationUnsupported)
                #expect(error.message.contains("cgroup V2"))
            }
            let scheduler = try await domain.schedulerType()
            #expect(scheduler.name == "posix")
            let parameters = try await domain.schedulerParameters()
            #expect(parameters.cpuShares != nil)
            #expect(parameters.vcpuPeriod != nil)
            #expect(try await domain.schedulerParameters(impact: .live).cpuShares == parameters.cpuShares)
            #expect(try await domain.memoryParameters().hardLimitKiB == Domain.MemoryParameters.unlimited)
            let messages = try await domain.messages()
            #expect(messages.allSatisfy { !$0.isEmpty })
        }
    }

    @Test("virtual CPU information and pinning")
    func vcpus() async throws {
        try await withGuest("vcpus") { _, domain in
            try await domain.start()
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
            try await domain.start()
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
            try await domain.start()
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
            try await domain.start()
            #expect(try await domain.hasManagedSaveImage() == false)
            try await domain.managedSave()
            #expect(try await domain.hasManagedSaveImage())
            #expect(try await domain.state() == .shutoff(.saved))
            let name = try await domain.name()
            let xml = try await domain.managedSaveXML()
            #expect(xml.contains("<name>\(name)</name>"))
            try await domain.defineManagedSaveXML(xml)
            #expect(try await connection.domains(flags: .managedSave).count >= 1)
            try await domain.start()
            #expect(try await domain.state() == .running(.restored))
            #expect(try await domain.hasManagedSaveImage() == false)

            try await domain.managedSave(flags: .paused)
            try await domain.removeManagedSave()
            #expect(try await domain.hasManagedSaveImage() == false)
            try await domain.start()
            #expect(try await domain.state() == .running(.booted))
        }
    }

    @Test("core dump of a running guest to a file in /tmp")
    func coreDump() async throws {
        try await withGuest("dump") { _, domain in
            try await domain.start()
            let path = "/tmp/swift-libvirt-dc-\(UUID().uuidString).core"
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await domain.coreDump(to: path, flags: .memoryOnly)
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            #expect(size > 64 * 1024 * 1024)  // at least the guest's 64 MiB of memory
            try FileManager.default.removeItem(atPath: path)
            try await domain.coreDump(to: path, format: .kdumpZlib, flags: .memoryOnly)
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(try await domain.state().state == .running)
        }
    }

    @Test("keys, NMI, memory peek, reset, scheduler, IOThreads and metadata on a running guest")
    func guestControls() async throws {
        try await withGuest("controls") { _, domain in
            try await domain.start()
            try await domain.sendKey(codeSet: .linux, holdTime: 10, keycodes: [29, 56, 111])  // Ctrl-Alt-Delete
            try await domain.injectNMI()
            let low = try await domain.peekMemory(at: 0, count: 512, flags: .physical)
            #expect(low.count == 512)
            let bios = try await resetVector(of: domain)
            #expect(bios.count == 16 && bios.first == 0xEA, "\(bios)")  // SeaBIOS's far jump
            try await domain.reset()
            #expect(try await domain.state().state == .running)

            // Scheduler and memory tuning, set then read back.
            var scheduler = Domain.SchedulerParameters()
            scheduler.cpuShares = 512
            scheduler.vcpuPeriod = .microseconds(100_000)
            scheduler.vcpuQuota = .microseconds(50_000)
            scheduler.emulatorQuota = .microseconds(-1)
            try await domain.setSchedulerParameters(scheduler, impact: .live)
            let scheduled = try await domain.schedulerParameters()
            #expect(scheduled.cpuShares == 512)
            #expect(scheduled.vcpuPeriod == .microseconds(100_000))
            #expect(scheduled.vcpuQuota == .microseconds(50_000))
            #expect(scheduled.emulatorQuota == .microseconds(-1))
            var quota = Domain.SchedulerParameters()
            quota.vcpuQuota = .microseconds(40_000)
            try await domain.setSchedulerParameters(quota)
            #expect(try await domain.schedulerParameters(impact: .live).vcpuQuota == .microseconds(40_000))
            // QEMU's relative weight is `cpu_shares` (round-tripped above); the
            // Xen key `weight` is refused with QEMU's own error.
            var weight = Domain.SchedulerParameters()
            weight.weight = 80
            #expect(await libvirtError { try await domain.setSchedulerParameters(weight, impact: .live) }?.code == .argumentUnsupported)
            let memory = Domain.MemoryParameters(hardLimitKiB: 1_048_576, softLimitKiB: 524_288)
            try await domain.setMemoryParameters(memory, impact: .live)
            let limited = try await domain.memoryParameters(impact: .live)
            #expect(limited.hardLimitKiB == 1_048_576)
            #expect(limited.softLimitKiB == 524_288)

            try await domain.addIOThread(7, impact: .live)
            #expect(try await domain.ioThreads().map(\.id).contains(7))
            try await domain.pinIOThread(7, to: [0], impact: .live)
            #expect(try await domain.ioThreads().first { $0.id == 7 }?.affinity == [0])
            try await domain.removeIOThread(7, impact: .live)
            #expect(try await domain.ioThreads().map(\.id).contains(7) == false)

            try await domain.setMetadata(.description, "made by swift-libvirt's tests", impact: [.live, .config])
            #expect(try await domain.metadata(.description, impact: .config) == "made by swift-libvirt's tests")
            try await domain.setAutostart(true)
            #expect(try await domain.autostart())
            try await domain.setAutostart(false)
            try await domain.setLifecycleAction(.destroy, for: .reboot, impact: .config)
            #expect(try await domain.xml(flags: .inactive).contains("<on_reboot>destroy</on_reboot>"))
            #expect(try await domain.isUpdated() == false)

            // Security drivers: "none" first (no label), then DAC, running QEMU as root here.
            let labels = try await domain.securityLabels()
            #expect(labels.count == 2)
            #expect(labels.first?.label == "")
            #expect(try await domain.securityLabel() == labels.first)
            #expect(labels.last?.label.hasPrefix("+") == true)
            // No SEV here: nothing to report, and no error.
            #expect(try await domain.launchSecurityInfo() == Domain.LaunchSecurityInfo())

            // The guest has no agent channel: agent calls fail as libvirt says.
            let agent = await libvirtError { try await domain.fileSystems() }
            #expect(agent?.code == .argumentUnsupported)
            #expect(agent?.message.contains("guest agent is not configured") == true)
            #expect(await libvirtError { try await domain.guestVcpus() }?.code == .argumentUnsupported)
            #expect(await libvirtError { try await domain.setVcpu("0", enabled: false) }?.code == .operationUnsupported)
        }
    }

    @Test("a balloon device: memory statistics, their period and a live memory change")
    func balloon() async throws {
        try await withGuest("balloon", balloon: true) { _, domain in
            try await domain.start()
            let stats = try await domain.memoryStats()
            #expect(stats.actualBalloonKiB == 65_536)
            #expect((stats.rssKiB ?? 0) > 1024)
            try await domain.setMemoryStatsPeriod(2, impact: .live)
            #expect(try await domain.xml().contains("<stats period='2'/>"))
            try await domain.setMemory(49_152, flags: .live)
            // The guest has no balloon driver to honour it; the request is recorded all the same.
            #expect(try await domain.info().maxMemoryKiB == 65_536)
            try await domain.setMemory(32_768, flags: .config)
            #expect(try await domain.xml(flags: .inactive).contains("<currentMemory unit='KiB'>32768</currentMemory>"))
        }
    }
}
