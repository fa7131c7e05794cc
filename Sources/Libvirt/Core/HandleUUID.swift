import CLibvirt
import FoundationEssentials

/// Moves UUIDs between Foundation's `UUID` and libvirt's raw and string forms,
/// for the handles of networks, ports, secrets and network filters.
enum HandleUUID {
    // MARK: - From C

    /// Reads the 16 raw bytes a C call writes (`virNetworkGetUUID` and the like).
    ///
    /// - Parameter fill: the C call, given a buffer of `VIR_UUID_BUFLEN` bytes.
    static func read(
        _ function: String, _ fill: (UnsafeMutablePointer<UInt8>) -> Int32
    ) throws(LibvirtError) -> UUID {
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let result = withUnsafeMutableBytes(of: &raw) { buffer in
            fill(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        try check(result, function)
        return UUID(uuid: raw)
    }

    /// Reads the string a C call writes (`virNetworkGetUUIDString` and the like).
    ///
    /// - Parameter fill: the C call, given a buffer of `VIR_UUID_STRING_BUFLEN` bytes.
    static func readString(
        _ function: String, _ fill: (UnsafeMutablePointer<CChar>) -> Int32
    ) throws(LibvirtError) -> String {
        // VIR_UUID_STRING_BUFLEN: 36 characters and the terminating NUL.
        let capacity = Int(VIR_UUID_BUFLEN) * 2 + 4 + 1
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        buffer.initialize(repeating: 0, count: capacity)
        try check(fill(buffer), function)
        return String(cString: buffer)
    }

    // MARK: - Identity of a handle

    /// The UUID a new handle holds, read once when its actor is made (on a libvirt
    /// thread). `virXGetUUID` only copies bytes the client already has and cannot
    /// fail for a valid handle; if it did, the UUID is all zeros.
    static func identity(_ fill: (UnsafeMutablePointer<UInt8>) -> Int32) -> UUID {
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let result = withUnsafeMutableBytes(of: &raw) { buffer in
            fill(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        if result < 0 { virResetLastError() }
        return UUID(uuid: raw)
    }

    /// The name or key a new handle holds (a string libvirt keeps), read once when
    /// its actor is made; empty if libvirt gave none.
    static func identity(_ string: UnsafePointer<CChar>?) -> String {
        guard let string else {
            virResetLastError()
            return ""
        }
        return String(cString: string)
    }

    // MARK: - To C

    /// Passes the 16 raw bytes of `uuid` to `body` (`virNetworkLookupByUUID` and the like).
    static func withBytes<Value>(_ uuid: UUID, _ body: (UnsafePointer<UInt8>) -> Value) -> Value {
        withUnsafeBytes(of: uuid.uuid) { buffer in
            body(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
    }
}
