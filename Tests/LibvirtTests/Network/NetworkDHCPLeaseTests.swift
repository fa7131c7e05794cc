import CLibvirt
import Foundation
import Testing

@testable import Libvirt

extension NetworkTests {
    @Test("a C DHCP lease converts to a typed record, absent strings as nil")
    func leaseConversion() throws {
        var lease = virNetworkDHCPLease()
        let texts: [String] = ["virbr0", "52:54:00:12:34:56", "192.168.122.77", "guest", "01:52:54:00:12:34:56"]
        let strings: [UnsafeMutablePointer<CChar>?] = texts.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        lease.iface = strings[0]
        lease.expirytime = 1_800_000_000
        lease.type = Int32(VIR_IP_ADDR_TYPE_IPV4.rawValue)
        lease.mac = strings[1]
        lease.ipaddr = strings[2]
        lease.prefix = 24
        lease.hostname = strings[3]
        lease.clientid = strings[4]
        let converted = Network.DHCPLease(lease)
        #expect(converted.interface == "virbr0")
        #expect(converted.expiryTime == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(converted.type == .ipv4)
        #expect(converted.macAddress == "52:54:00:12:34:56")
        #expect(converted.iaid == nil)
        #expect(converted.ipAddress == "192.168.122.77")
        #expect(converted.prefix == 24)
        #expect(converted.hostname == "guest")
        #expect(converted.clientID == "01:52:54:00:12:34:56")
    }

    @Test("the UUID helpers keep the 16 bytes and the string form")
    func uuidBytes() throws {
        let uuid = try #require(UUID(uuidString: "dd8fe884-6c02-601e-7551-cca97df1c5df"))
        let bytes = HandleUUID.withBytes(uuid) { Array(UnsafeBufferPointer(start: $0, count: 16)) }
        #expect(bytes.first == 0xdd && bytes.last == 0xdf)
        let back = try HandleUUID.read("copy") { buffer in
            for index in 0..<16 { buffer[index] = bytes[index] }
            return 0
        }
        #expect(back == uuid)
        let failed = libvirtErrorSync { () throws(LibvirtError) -> UUID in
            try HandleUUID.read("virNetworkGetUUID") { _ in -1 }
        }
        #expect(failed?.function == "virNetworkGetUUID")
    }
}

/// The `LibvirtError` that `body` throws, or nil.
private func libvirtErrorSync<T>(_ body: () throws(LibvirtError) -> T) -> LibvirtError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
