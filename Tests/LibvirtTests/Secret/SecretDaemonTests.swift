import Foundation
import Libvirt
import Testing

@Suite(
    "Secrets on the daemon", .serialized,
    .enabled(if: ObjectsDaemon.isRunning, "no libvirtd socket at /run/libvirt/libvirt-sock"))
struct SecretDaemonTests {
    @Test("a volume secret is defined, holds a value byte for byte, never shows it, and is undefined")
    func volumeSecret() async throws {
        let connection = try await Connection.open(ObjectsDaemon.uri)
        let uuid = UUID()
        let volume = "/var/lib/swift-libvirt-tests/\(ObjectsDaemon.uniqueName("vol")).img"
        let xml = """
            <secret ephemeral='no' private='no'>
              <uuid>\(uuid.uuidString.lowercased())</uuid>
              <description>swift-libvirt test secret</description>
              <usage type='volume'><volume>\(volume)</volume></usage>
            </secret>
            """
        // Every byte value, a NUL among them, so nothing is lost as a C string would lose it.
        let bytes: [UInt8] = (0...255).map { UInt8($0) }.shuffled() + Array("passphrase".utf8)
        let value = SecretValue(bytes)
        try await ObjectsDaemon.withCleanup {
            let secret = try await connection.defineSecret(xml: xml)
            #expect(try await secret.uuid() == uuid)
            #expect(try await secret.uuidString() == uuid.uuidString.lowercased())
            #expect(try await secret.usageType() == .volume)
            #expect(try await secret.usageID() == volume)
            #expect(try await secret.xml().contains("<volume>\(volume)</volume>"))

            let unset = await libvirtError { try await secret.value() }
            #expect(unset?.code == .noSecret)
            #expect(unset?.function == "virSecretGetValue")

            try await secret.setValue(value)
            let read = try await secret.value()
            #expect(read.bytes == bytes)
            #expect(read == value)

            // The value shows nowhere: not in descriptions, not in the XML.
            let base64 = Data(bytes).base64EncodedString()
            let shown = [
                String(describing: read), String(reflecting: read), "\(read)",
                String(describing: secret), try await secret.xml(),
            ]
            for text in shown {
                #expect(!text.contains("passphrase"))
                #expect(!text.contains(base64))
                #expect(!text.contains(bytes.map(String.init).joined(separator: ", ")))
            }

            let byUsage = try await connection.secret(usageType: .volume, usageID: volume)
            #expect(try await byUsage.uuid() == uuid)
            #expect(try await connection.secret(uuid: uuid).usageID() == volume)
            #expect(try await connection.secret(uuidString: uuid.uuidString).value() == value)
            #expect(try await connection.secretUUIDs().contains(uuid))
            #expect(try await connection.secretCount() >= 1)
            var listed: [UUID] = []
            for each in try await connection.secrets(flags: .noEphemeral) { listed.append(try await each.uuid()) }
            #expect(listed.contains(uuid))
            var ephemeral: [UUID] = []
            for each in try await connection.secrets(flags: .ephemeral) { ephemeral.append(try await each.uuid()) }
            #expect(!ephemeral.contains(uuid))

            try await secret.setValue(SecretValue(utf8: "second"))
            #expect(try await secret.value().bytes == Array("second".utf8))

            try await secret.undefine()
            let gone = await libvirtError { try await connection.secret(uuid: uuid) }
            #expect(gone?.code == .noSecret)
        } cleanup: {
            if let leftover = try? await connection.secret(uuid: uuid) { try? await leftover.undefine() }
        }
        #expect(try await connection.close() == 0)
    }

    @Test("a private secret keeps its value from clients")
    func privateSecret() async throws {
        let connection = try await Connection.open(ObjectsDaemon.uri)
        let uuid = UUID()
        let name = ObjectsDaemon.uniqueName("tls")
        let xml = """
            <secret ephemeral='yes' private='yes'>
              <uuid>\(uuid.uuidString)</uuid>
              <usage type='tls'><name>\(name)</name></usage>
            </secret>
            """
        try await ObjectsDaemon.withCleanup {
            let secret = try await connection.defineSecret(xml: xml, flags: .validate)
            #expect(try await secret.usageType() == .tls)
            #expect(try await secret.usageID() == name)
            try await secret.setValue(SecretValue(utf8: "kept"))
            let refused = await libvirtError { try await secret.value() }
            #expect(refused != nil)
            #expect(refused?.function == "virSecretGetValue")
            #expect(refused.map { !String(describing: $0).contains("kept") } ?? true)
            var listed: [UUID] = []
            for each in try await connection.secrets(flags: [.ephemeral, .private]) {
                listed.append(try await each.uuid())
            }
            #expect(listed.contains(uuid))
            try await secret.undefine()
        } cleanup: {
            if let leftover = try? await connection.secret(uuid: uuid) { try? await leftover.undefine() }
        }
        #expect(try await connection.close() == 0)
    }
}
