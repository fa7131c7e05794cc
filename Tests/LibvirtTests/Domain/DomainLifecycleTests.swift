import Foundation
import Libvirt
import Testing

@Suite("Domain core: lifecycle on the test driver")
struct DomainLifecycleTests {
    @Test("define, start, suspend, resume, shut down, destroy, undefine")
    func lifecycle() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.defineDomain(xml: DomainFixtures.definable("life"))
        #expect(try await connection.definedDomainNames().contains("life"))
        #expect(try await domain.isActive() == false)
        #expect(try await domain.isPersistent() == true)
        #expect(try await domain.state() == .shutoff(.unknown))

        try await domain.start()
        #expect(try await domain.isActive() == true)
        #expect(try await domain.state() == .running(.booted))
        #expect(try await domain.id() != nil)
        #expect(try await connection.definedDomainNames().contains("life") == false)

        try await domain.suspend()
        #expect(try await domain.state() == .paused(.user))
        #expect(try await domain.info().state == .paused)
        try await domain.resume()
        #expect(try await domain.state() == .running(.unpaused))

        try await domain.shutdown()
        #expect(try await domain.state() == .shutoff(.shutdown))
        // The test driver starts domains with no flags only.
        #expect(await libvirtError { try await domain.start(flags: .paused) }?.code == .invalidArg)
        try await domain.start()
        try await domain.reboot()
        try await domain.reset()
        try await domain.destroy()
        #expect(try await domain.state() == .shutoff(.destroyed))

        try await domain.start(flags: [])
        try await domain.destroy(flags: .graceful)
        #expect(try await domain.isActive() == false)

        try await domain.undefine()
        #expect(await libvirtError { try await connection.domain(named: "life") }?.code == .noDomain)
    }

    @Test("define with validation, undefine with flags")
    func defineFlags() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.defineDomain(xml: DomainFixtures.definable("checked"), flags: .validate)
        #expect(try await domain.name() == "checked")
        try await domain.undefine(flags: .managedSave)
        #expect(try await connection.definedDomainCount() == 0)
        #expect(await libvirtError {
            try await connection.defineDomain(xml: "<domain type='test'><name>x</name></domain>", flags: .validate)
        } != nil)
    }

    @Test("a created transient domain runs and disappears when destroyed")
    func transient() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.createDomain(xml: DomainFixtures.definable("fleeting"))
        #expect(try await domain.isActive())
        #expect(try await domain.isPersistent() == false)
        #expect(try await connection.domains(flags: .transient).count == 1)
        try await domain.destroy()
        #expect(await libvirtError { try await connection.domain(named: "fleeting") }?.code == .noDomain)
        // The test driver creates domains with no flags only.
        let error = await libvirtError {
            try await connection.createDomain(xml: DomainFixtures.definable("held"), flags: .paused)
        }
        #expect(error?.code == .invalidArg)
        #expect(error?.function == "virDomainCreateXML")
    }

    @Test("domains start with file descriptors handed over")
    func createWithFiles() async throws {
        let connection = try await DomainFixtures.openNode()
        let created = try await connection.createDomain(xml: DomainFixtures.definable("files"), files: [0])
        #expect(try await created.isActive())
        let domain = try await connection.defineDomain(xml: DomainFixtures.definable("files2"))
        try await domain.start(files: [0])
        #expect(try await domain.state() == .running(.booted))
    }

    @Test("save to a file and restore, with and without flags and parameters")
    func saveRestore() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dc-save-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await domain.save(to: path)
        #expect(try await domain.state() == .shutoff(.saved))
        #expect(FileManager.default.fileExists(atPath: path))
        try await connection.restoreDomain(from: path)
        #expect(try await domain.state() == .running(.restored))

        // The test driver takes no save or restore flags, nor a replacement XML.
        let saveFlags = await libvirtError { try await domain.save(to: path, flags: .paused) }
        #expect(saveFlags?.code == .invalidArg)
        #expect(saveFlags?.function == "virDomainSaveFlags")
        try await domain.save(to: path)
        let restoreFlags = await libvirtError { try await connection.restoreDomain(from: path, flags: .paused) }
        #expect(restoreFlags?.code == .invalidArg)
        #expect(restoreFlags?.function == "virDomainRestoreFlags")
        try await connection.restoreDomain(from: path)
        #expect(try await domain.state() == .running(.restored))

        let parameters = Domain.SaveParameters(file: path)
        let saveError = await libvirtError { try await domain.save(parameters) }
        let restoreError = await libvirtError { try await connection.restoreDomain(parameters) }
        #expect(saveError?.code == .noSupport)
        #expect(restoreError?.code == .noSupport)
    }

    @Test("managed save, its image and its XML")
    func managedSave() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.hasManagedSaveImage() == false)
        try await domain.managedSave()
        #expect(try await domain.hasManagedSaveImage())
        #expect(try await domain.state() == .shutoff(.saved))
        #expect(try await connection.domains(flags: .managedSave).count == 1)
        let xmlError = await libvirtError { try await domain.managedSaveXML() }
        #expect(xmlError?.code == .noSupport)
        let defineError = await libvirtError {
            try await domain.defineManagedSaveXML(try await domain.xml())
        }
        #expect(defineError?.code == .noSupport)
        try await domain.start()
        #expect(try await domain.hasManagedSaveImage() == false)
        #expect(try await domain.state().state == .running)
        try await domain.managedSave(flags: .running)
        try await domain.removeManagedSave()
        #expect(try await domain.hasManagedSaveImage() == false)
    }

    @Test("core dumps go to a file")
    func coreDump() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dc-core-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await domain.coreDump(to: path)
        #expect(FileManager.default.fileExists(atPath: path))
        try await domain.coreDump(to: path, format: .raw, flags: .crash)
        #expect(try await domain.state().state == .shutoff)
    }

    @Test("power management, lifecycle actions and key presses")
    func guestControls() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        try await domain.setLifecycleAction(.restart, for: .powerOff)
        #expect(try await domain.xml().contains("<on_poweroff>restart</on_poweroff>"))
        try await domain.setLifecycleAction(.preserve, for: .crash, impact: .config)
        #expect(try await domain.xml(flags: .inactive).contains("<on_crash>preserve</on_crash>"))
        try await domain.sendKey(codeSet: .linux, holdTime: 10, keycodes: [28])
        #expect(await libvirtError { try await domain.sendKey(codeSet: .linux, keycodes: []) }?.code == .invalidArg)
        let pmError = await libvirtError { try await domain.pmSuspend(to: .memory, duration: 0) }
        #expect(pmError?.code == .noSupport)
        let wakeError = await libvirtError { try await domain.pmWakeup() }
        #expect(wakeError?.code == .noSupport)
    }
}
