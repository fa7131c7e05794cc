import Foundation
import Libvirt
import Testing

@Suite("Secrets")
struct SecretTests {
    @Test("the test driver has no secrets: libvirt's own noSupport")
    func unsupported() async throws {
        let connection = try await Fixtures.openDefault()
        let all = await libvirtError { try await connection.secrets() }
        #expect(all?.code == .noSupport)
        #expect(all?.function == "virConnectListAllSecrets")
        let count = await libvirtError { try await connection.secretCount() }
        #expect(count?.code == .noSupport)
        let uuids = await libvirtError { try await connection.secretUUIDs() }
        #expect(uuids?.code == .noSupport)
        let define = await libvirtError {
            try await connection.defineSecret(xml: "<secret ephemeral='yes'><usage type='volume'><volume>/x</volume></usage></secret>")
        }
        #expect(define?.code == .noSupport)
        #expect(define?.function == "virSecretDefineXML")
        let byUUID = await libvirtError { try await connection.secret(uuid: UUID()) }
        #expect(byUUID?.code == .noSupport)
        let byString = await libvirtError { try await connection.secret(uuidString: UUID().uuidString) }
        #expect(byString?.code == .noSupport)
        let byUsage = await libvirtError { try await connection.secret(usageType: .volume, usageID: "/x") }
        #expect(byUsage?.code == .noSupport)
        #expect(byUsage?.function == "virSecretLookupByUsage")
    }

    @Test("a secret value never shows its bytes")
    func redacted() {
        let value = SecretValue(utf8: "hunter2-\u{00e9}")
        #expect(value.bytes == Array("hunter2-\u{00e9}".utf8))
        #expect(value.description == "SecretValue(redacted)")
        #expect(String(describing: value) == "SecretValue(redacted)")
        #expect(String(reflecting: value) == "SecretValue(redacted)")
        #expect("\(value)" == "SecretValue(redacted)")
        var dumped = ""
        dump(value, to: &dumped)
        #expect(!dumped.contains("104"))  // "h"
        #expect(!dumped.contains("hunter2"))
        #expect(Mirror(reflecting: value).children.isEmpty)
        #expect(String(describing: [value]) == "[SecretValue(redacted)]")
        #expect(String(describing: Optional(value)).contains("SecretValue(redacted)"))
    }

    @Test("secret values compare by their bytes")
    func equality() {
        #expect(SecretValue([1, 2, 3]) == SecretValue([1, 2, 3]))
        #expect(SecretValue([1, 2, 3]) != SecretValue([1, 2, 4]))
        #expect(SecretValue([1, 2]) != SecretValue([1, 2, 3]))
        #expect(SecretValue([]).isEmpty)
    }

    @Test("usage types carry libvirt's values")
    func usageTypes() {
        #expect(Secret.UsageType.unspecified.rawValue == 0)
        #expect(Secret.UsageType.volume.rawValue == 1)
        #expect(Secret.UsageType.ceph.rawValue == 2)
        #expect(Secret.UsageType.iscsi.rawValue == 3)
        #expect(Secret.UsageType.tls.rawValue == 4)
        #expect(Secret.UsageType.vtpm.rawValue == 5)
    }
}
