import Foundation
import Testing
import LibvirtXML

/// The documents the builders make, checked against libvirt's schemas with `virt-xml-validate`.
@Suite struct BuilderTests {
    static let validator = "/usr/bin/virt-xml-validate"
    static let hasValidator = FileManager.default.isExecutableFile(atPath: validator)
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")

    static let documents: [(kind: String, xml: String)] = [
        ("domain", DomainDefinition.qemuGuest(name: "guest", diskPath: "/var/lib/libvirt/images/guest.qcow2").xmlString),
        ("storagepool", StoragePoolDefinition.directory(name: "images", path: "/var/lib/libvirt/images").xmlString),
        ("storagevol", StorageVolumeDefinition.qcow2(name: "guest.qcow2", capacity: Size(10, .gibibytes)).xmlString),
        ("network", NetworkDefinition.nat(
            name: "nat", bridge: "virbr42", address: "192.168.142.1",
            dhcp: NetworkRange(start: "192.168.142.2", end: "192.168.142.254")).xmlString),
        ("nwfilter", NWFilterDefinition.cleanTraffic(
            name: "guest-web", ipAddress: "10.0.0.5",
            rules: [NWFilterRule(.accept, .in, match: { var m = NWFilterMatch(.tcp); m.destinationPortStart = "22"; return m }())]).xmlString),
    ]

    @Test(.enabled(if: hasValidator, "virt-xml-validate or xmllint is absent (packages libvirt-clients, libxml2-utils)"), arguments: documents)
    func builtDocumentValidates(kind: String, xml: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("libvirtxml-\(getpid())-\(kind).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.validator)
        process.arguments = [file.path, kind]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)\n\(xml)")
    }

    @Test func guestHasDiskNICAndConsole() throws {
        let guest = DomainDefinition.qemuGuest(name: "g", memory: Size(64, .mebibytes), diskPath: "/tmp/g.qcow2", network: "n")
        let again = try DomainDefinition(xml: guest.xmlString)
        #expect(again == guest)
        #expect(again.devices?.disks.first?.source?.file == "/tmp/g.qcow2")
        #expect(again.devices?.interfaces.first?.source?.network == "n")
        #expect(again.devices?.consoles.first?.target?.type == "serial")
        #expect(again.memory?.value == 64 && again.memory?.unit == .mebibytes)
    }
}
