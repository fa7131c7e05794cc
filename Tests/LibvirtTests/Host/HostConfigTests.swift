import CLibvirt
import Foundation
@testable import Libvirt
import Testing

/// Native configuration and saved images on the in-process test driver.
@Suite("Host config")
struct HostConfigTests {
    @Test("native configuration is not supported by the test driver")
    func nativeConfig() async throws {
        let connection = try await Fixtures.openDefault()
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
        let connection = try await Fixtures.openDefault()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("save-\(UUID().uuidString).img").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Saving belongs to the domain area; make the image with raw C calls.
        try await save(domain: "test", to: path, on: connection)

        let xml = try await connection.saveImageXML(path: path)
        #expect(xml.contains("<name>test</name>"))
        let secure = try await connection.saveImageXML(path: path, flags: .secure)
        #expect(secure.contains("<name>test</name>"))

        let changed = xml.replacingOccurrences(of: "<on_reboot>restart</on_reboot>", with: "<on_reboot>destroy</on_reboot>")
        #expect(changed != xml)
        try await connection.defineSaveImageXML(path: path, xml: changed, flags: .paused)
        #expect(try await connection.saveImageXML(path: path).contains("<on_reboot>destroy</on_reboot>"))
    }

    @Test("a missing image cannot be read")
    func missingImage() async throws {
        let connection = try await Fixtures.openDefault()
        let error = await libvirtError { try await connection.saveImageXML(path: "/nonexistent/image") }
        #expect(error?.code == .systemError)
        #expect(error?.function == "virDomainSaveImageGetXMLDesc")
    }

    /// Saves a domain with `virDomainSave`, on the connection's executor.
    private func save(domain name: String, to path: String, on connection: Connection) async throws {
        try await connection.rawSave(domain: name, to: path)
    }
}

extension Connection {
    /// Saves a domain with raw C calls (the domain area wraps them).
    fileprivate func rawSave(domain name: String, to path: String) throws {
        let domain = try check(virDomainLookupByName(try handle("virDomainLookupByName"), name), "virDomainLookupByName")
        defer { virDomainFree(domain) }
        try check(virDomainSave(domain, path), "virDomainSave")
    }
}
