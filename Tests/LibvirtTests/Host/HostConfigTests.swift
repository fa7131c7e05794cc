import Foundation
import Libvirt
import Testing

/// Native configuration and saved images on the in-process test driver.
@Suite("Host config")
struct HostConfigTests {
    @Test("native configuration is not supported by the test driver")
    func nativeConfig() async throws {
        let connection = try await Connection.open(Fixtures.defaultURI)
        let from = await libvirtError { try await connection.domainXML(fromNative: "qemu-argv", config: "qemu -m 64") }
        #expect(from?.code == .noSupport)
        #expect(from?.function == "virConnectDomainXMLFromNative")
        let to = await libvirtError {
            try await connection.nativeConfig(format: "qemu-argv", domainXML: "<domain type='test'/>")
        }
        #expect(to?.code == .noSupport)
        #expect(to?.function == "virConnectDomainXMLToNative")
    }

    @Test("a saved image's XML is read back and replaced")
    func saveImage() async throws {
        // Saving stops the domain: a node of this test's own.
        let connection = try await Fixtures.openDefault()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("save-\(UUID().uuidString).img").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await connection.domain(named: "test").save(to: path)

        let xml = try await connection.saveImageXML(path: path)
        #expect(xml.contains("<name>test</name>"))
        let secure = try await connection.saveImageXML(path: path, flags: .secure)
        #expect(secure.contains("<name>test</name>"))

        let changed = xml.replacingOccurrences(of: "<on_reboot>restart</on_reboot>", with: "<on_reboot>destroy</on_reboot>")
        #expect(changed != xml)
        try await connection.defineSaveImageXML(path: path, xml: changed, flags: .paused)
        #expect(try await connection.saveImageXML(path: path).contains("<on_reboot>destroy</on_reboot>"))
        // The image restores with the new definition. (The test driver keeps
        // no running/paused choice in its images, so that part is not checked.)
        try await connection.restoreDomain(from: path)
        let restored = try await connection.domain(named: "test")
        #expect(try await restored.xml().contains("<on_reboot>destroy</on_reboot>"))
    }

    @Test("a missing image cannot be read")
    func missingImage() async throws {
        let connection = try await Connection.open(Fixtures.defaultURI)
        let error = await libvirtError { try await connection.saveImageXML(path: "/nonexistent/image") }
        #expect(error?.code == .systemError)
        #expect(error?.function == "virDomainSaveImageGetXMLDesc")
    }
}
