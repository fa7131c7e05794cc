import CLibvirt
import FoundationEssentials

// MARK: - UUIDs of storage pools

/// Converts between Foundation `UUID`s and libvirt's 16 raw bytes.
enum StorageUUIDCoding {
    /// Reads the 16 bytes libvirt writes through `fill`, as a `UUID`.
    static func read(_ fill: (UnsafeMutablePointer<UInt8>) -> Int32, _ function: String) throws(LibvirtError) -> UUID {
        var bytes = [UInt8](repeating: 0, count: Int(VIR_UUID_BUFLEN))
        try check(bytes.withUnsafeMutableBufferPointer { fill($0.baseAddress!) }, function)
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// Runs `body` with the 16 raw bytes of `uuid`.
    static func withBytes<T>(_ uuid: UUID, _ body: (UnsafePointer<UInt8>) -> T) -> T {
        withUnsafeBytes(of: uuid.uuid) { raw in
            body(raw.bindMemory(to: UInt8.self).baseAddress!)
        }
    }
}
