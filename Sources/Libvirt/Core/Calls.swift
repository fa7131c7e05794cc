import CLibvirt
import Glibc

// MARK: - Checking C results
//
// Each helper runs on the thread of the C call it checks, right after it, so the
// thread-local error it reads is that call's.

/// Returns `result`, or throws the calling thread's libvirt error when it is negative.
@inline(__always)
@discardableResult
package func check(_ result: Int32, _ function: String) throws(LibvirtError) -> Int32 {
    if result < 0 { throw LibvirtError.last(function: function) }
    return result
}

/// Returns `result`, or throws the calling thread's libvirt error when it is negative.
@inline(__always)
package func check(_ result: Int, _ function: String) throws(LibvirtError) -> Int {
    if result < 0 { throw LibvirtError.last(function: function) }
    return result
}

/// Returns the handle a C call gave, or throws the calling thread's libvirt error when it is NULL.
@inline(__always)
package func check(_ pointer: OpaquePointer?, _ function: String) throws(LibvirtError) -> OpaquePointer {
    guard let pointer else { throw LibvirtError.last(function: function) }
    return pointer
}

/// Copies a string libvirt allocated for the caller and frees it, or throws when it is NULL.
package func takeString(_ string: UnsafeMutablePointer<CChar>?, _ function: String) throws(LibvirtError) -> String {
    guard let string else { throw LibvirtError.last(function: function) }
    defer { free(string) }
    return String(cString: string)
}

/// Copies a string libvirt owns, or throws when it is NULL.
package func borrowString(_ string: UnsafePointer<CChar>?, _ function: String) throws(LibvirtError) -> String {
    guard let string else { throw LibvirtError.last(function: function) }
    return String(cString: string)
}

/// Copies `count` strings of a list libvirt allocated for the caller and frees them and the list.
package func takeStrings(
    _ list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, count: Int
) -> [String] {
    guard let list else { return [] }
    defer { free(list) }
    return (0..<count).compactMap { index in
        guard let string = list[index] else { return nil }
        defer { free(string) }
        return String(cString: string)
    }
}

/// Calls a libvirt "list names into a caller buffer" function: first asks
/// `count` how many there are, then fills a buffer with one slot more. A full
/// buffer means objects were added between the two calls (the list would be
/// cut short, silently): the list is asked again with a larger buffer.
func names(
    count: () -> Int32, countFunction: String,
    list: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, Int32) -> Int32, listFunction: String
) throws(LibvirtError) -> [String] {
    var slots = Int(try check(count(), countFunction)) + 1
    while true {
        let buffer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slots)
        defer { buffer.deallocate() }
        let filled = Int(try check(list(buffer, Int32(clamping: slots)), listFunction))
        let names = (0..<filled).compactMap { index -> String? in
            guard let string = buffer[index] else { return nil }
            defer { free(string) }
            return String(cString: string)
        }
        if filled < slots || slots >= Int(Int32.max) { return names }
        slots = min(slots * 2, Int(Int32.max))
    }
}

/// Converts a libvirt boolean (1 true, 0 false, -1 error).
@inline(__always)
package func checkBool(_ result: Int32, _ function: String) throws(LibvirtError) -> Bool {
    try check(result, function) != 0
}
