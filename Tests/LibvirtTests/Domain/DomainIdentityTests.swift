import Foundation
import Libvirt
import Testing

@Suite("Domain core: identity, XML and metadata on the test driver")
struct DomainIdentityTests {
    @Test("info, state, OS type and control info of the default domain")
    func info() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        let info = try await domain.info()
        #expect(info.state == .running)
        #expect(info.maxMemoryKiB == 8_388_608)
        #expect(info.memoryKiB == 2_097_152)
        #expect(info.vcpus == 2)
        #expect(info.cpuTime > .zero)
        // A domain a node file starts has no reason; one started later is "booted".
        #expect(try await domain.state() == .running(.unknown))
        #expect(try await domain.osType() == "linux")
        let control = try await domain.controlInfo()
        #expect(control.state == .ok)
        #expect(control.errorReason == nil)
        #expect(try await domain.isUpdated() == false)
    }

    @Test("a state reason keeps its state and raw value")
    func stateReason() {
        let reason = Domain.StateReason(state: .paused, rawReason: 1)
        #expect(reason == .paused(.user))
        #expect(reason.state == .paused)
        #expect(reason.rawReason == 1)
        let future = Domain.StateReason(state: Domain.State(rawValue: 42), rawReason: 7)
        #expect(future == .other(Domain.State(rawValue: 42), reason: 7))
        #expect(future.rawReason == 7)
        #expect(future.state.rawValue == 42)
    }

    @Test("XML round-trips through define")
    func xmlRoundTrip() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.defineDomain(xml: DomainFixtures.definable("round"))
        let xml = try await domain.xml()
        #expect(xml.contains("<name>round</name>"))
        #expect(xml.contains("<memory unit='KiB'>262144</memory>"))
        let redefined = try await connection.defineDomain(xml: xml)
        #expect(try await redefined.xml() == xml)
        #expect(try await redefined.uuid() == domain.uuid())
        let secure = try await domain.xml(flags: [.secure, .inactive])
        #expect(secure.contains("<name>round</name>"))
    }

    @Test("metadata set then read back, and removed")
    func metadata() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(await libvirtError { try await domain.metadata(.title) }?.code == .noDomainMetadata)
        try await domain.setMetadata(.title, "A title")
        try await domain.setMetadata(.description, "A longer description")
        #expect(try await domain.metadata(.title) == "A title")
        #expect(try await domain.metadata(.description) == "A longer description")
        let uri = "http://example.org/swift-libvirt/1"
        try await domain.setMetadata(.element, "<app colour='blue'/>", key: "app", uri: uri)
        let element = try await domain.metadata(.element, uri: uri)
        #expect(element.contains("colour=\"blue\"") || element.contains("colour='blue'"))
        try await domain.setMetadata(.title, nil)
        #expect(await libvirtError { try await domain.metadata(.title) }?.code == .noDomainMetadata)
        try await domain.setMetadata(.title, "Persistent", impact: .config)
        #expect(try await domain.metadata(.title, impact: .config) == "Persistent")
    }

    @Test("autostart toggles")
    func autostart() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.autostart() == false)
        try await domain.setAutostart(true)
        #expect(try await domain.autostart())
        #expect(try await connection.domains(flags: .autostart).count == 1)
        try await domain.setAutostart(false)
        #expect(try await domain.autostart() == false)
    }

    @Test("hostname, guest time and rename")
    func guestIdentity() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.hostname() == "testhost")
        let time = try await domain.time()
        #expect(time.seconds > 0)
        try await domain.setTime(Domain.GuestTime(seconds: 1_700_000_000, nanoseconds: 5))
        try await domain.setTime(Domain.GuestTime(seconds: 0), flags: .sync)

        let inactive = try await connection.defineDomain(xml: DomainFixtures.definable("before"))
        try await inactive.rename(to: "after")
        #expect(try await connection.domain(named: "after").uuid() == inactive.uuid())
        #expect(try await connection.definedDomainNames() == ["after"])
        #expect(await libvirtError { try await domain.rename(to: "other") }?.code == .operationInvalid)
    }

    @Test("calls the test driver lacks throw its own error")
    func unsupported() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        // What the test driver has no code for: "this function is not supported".
        var missing: [String: LibvirtError?] = [:]
        missing["guestInfo"] = await libvirtError { try await domain.guestInfo() }
        missing["authorizedSSHKeys"] = await libvirtError { try await domain.authorizedSSHKeys(user: "root") }
        missing["setAuthorizedSSHKeys"] = await libvirtError {
            try await domain.setAuthorizedSSHKeys(["ssh-ed25519 AAAA"], user: "root", flags: .append)
        }
        missing["associateFiles"] = await libvirtError { try await domain.associateFiles([0], name: "group") }
        missing["startDirtyRateCalculation"] = await libvirtError {
            try await domain.startDirtyRateCalculation(seconds: 1)
        }
        missing["setAgentResponseTimeout"] = await libvirtError { try await domain.setAgentResponseTimeout(.seconds(5)) }
        missing["setLaunchSecurityState"] = await libvirtError {
            try await domain.setLaunchSecurityState(Domain.LaunchSecurityState(sevSecretHeader: "aGVhZA==", sevSecret: "eA=="))
        }
        missing["guestVcpus"] = await libvirtError { try await domain.guestVcpus() }
        missing["setGuestVcpus"] = await libvirtError { try await domain.setGuestVcpus("1", online: false) }
        missing["setVcpu"] = await libvirtError { try await domain.setVcpu("1", enabled: false) }
        missing["pmSuspend"] = await libvirtError { try await domain.pmSuspend(to: .memory, duration: 0) }
        missing["pmWakeup"] = await libvirtError { try await domain.pmWakeup() }
        missing["securityLabels"] = await libvirtError { try await domain.securityLabels() }
        for (name, error) in missing {
            #expect(error?.code == .noSupport, "\(name)")
        }
        #expect(missing["setVcpu"]??.function == "virDomainSetVcpu")

        // What it has, but refuses these flags for ("unsupported flags" is an invalid argument).
        var refused: [String: LibvirtError?] = [:]
        refused["hostname agent"] = await libvirtError { try await domain.hostname(flags: .agent) }
        // libvirt adds VIR_TYPED_PARAM_STRING_OKAY for the driver, which the test driver refuses.
        refused["launchSecurityInfo"] = await libvirtError { try await domain.launchSecurityInfo() }
        refused["schedulerParameters flags"] = await libvirtError { try await domain.schedulerParameters(impact: .config) }
        refused["shutdown flags"] = await libvirtError { try await domain.shutdown(flags: .acpiPowerButton) }
        refused["pinVcpu live"] = await libvirtError { try await domain.pinVcpu(0, to: [1], impact: .live) }
        for (name, error) in refused {
            #expect(error?.code == .invalidArg, "\(name)")
            #expect(error?.message.contains("unsupported flags") == true, "\(name)")
        }
    }

    @Test("messages and guest commands the test driver accepts")
    func guestCommands() async throws {
        let connection = try await DomainFixtures.openNode()
        let domain = try await connection.domain(named: "test")
        #expect(try await domain.messages() == [])
        #expect(try await domain.messages(types: .deprecation) == [])
        try await domain.injectNMI()
        try await domain.sendProcessSignal(.term, toProcess: 1)
        try await domain.setUserPassword(user: "root", password: "secret")
        try await domain.setUserPassword(user: "root", password: "$6$salt$hash", flags: .encrypted)
        let bytes = try await domain.peekMemory(at: 0, count: 64, flags: .physical)
        #expect(bytes.count == 64)
        #expect(await libvirtError { try await domain.peekMemory(at: 0, count: 64, flags: []) }?.code == .invalidArg)
        try await domain.destroy()
        #expect(await libvirtError { try await domain.injectNMI() }?.code == .operationInvalid)
    }
}
