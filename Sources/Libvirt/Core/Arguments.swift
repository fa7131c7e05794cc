// MARK: - Checking the caller's arguments
//
// Every public argument that reaches C is checked here first, before any C call
// or allocation: a number that does not fit the C type (or the range libvirt
// documents) and a string that holds a NUL (which C would silently cut) are
// refused with `LibvirtError.Code.invalidArg`, naming the parameter and the C
// function that was not called.

extension LibvirtError {
    /// An invalid-argument error for `parameter` of a call to `function`, raised
    /// by the SDK itself before calling libvirt.
    package static func invalidArgument(_ parameter: String, _ reason: String, function: String) -> LibvirtError {
        LibvirtError(
            code: .invalidArg, domain: .unspecified,
            message: "invalid argument: \(parameter) \(reason)", function: function)
    }
}

// MARK: - Numbers

/// Converts `value` to the C integer type `Target`, or throws
/// ``LibvirtError/Code/invalidArg`` naming `parameter` when it does not fit
/// (or falls outside `range`, when one is given).
@inline(__always)
package func cInteger<Target: FixedWidthInteger>(
    _ value: some BinaryInteger, _ parameter: String, function: String,
    in range: ClosedRange<Target> = Target.min...Target.max
) throws(LibvirtError) -> Target {
    guard let converted = Target(exactly: value), range.contains(converted) else {
        throw .invalidArgument(parameter, "must be in \(range.lowerBound)...\(range.upperBound), not \(value)",
                               function: function)
    }
    return converted
}

/// `value` as a C `int`, or ``LibvirtError/Code/invalidArg`` naming `parameter`.
@inline(__always)
package func cInt32(
    _ value: some BinaryInteger, _ parameter: String, function: String,
    in range: ClosedRange<Int32> = Int32.min...Int32.max
) throws(LibvirtError) -> Int32 {
    try cInteger(value, parameter, function: function, in: range)
}

/// `value` as a C `unsigned int`, or ``LibvirtError/Code/invalidArg`` naming `parameter`.
@inline(__always)
package func cUInt32(
    _ value: some BinaryInteger, _ parameter: String, function: String,
    in range: ClosedRange<UInt32> = UInt32.min...UInt32.max
) throws(LibvirtError) -> UInt32 {
    try cInteger(value, parameter, function: function, in: range)
}

/// Checks that `value` lies in `range`, or throws ``LibvirtError/Code/invalidArg``
/// naming `parameter`; returns it unchanged.
@inline(__always)
@discardableResult
func checkRange<Value: BinaryInteger>(
    _ value: Value, _ parameter: String, function: String, in range: ClosedRange<Value>
) throws(LibvirtError) -> Value {
    guard range.contains(value) else {
        throw .invalidArgument(parameter, "must be in \(range.lowerBound)...\(range.upperBound), not \(value)",
                               function: function)
    }
    return value
}

/// `count` elements of `size` units each, or ``LibvirtError/Code/invalidArg``
/// naming `parameter` when the product exceeds `limit` (or overflows).
@inline(__always)
func checkedProduct(
    _ count: Int, _ size: Int, _ parameter: String, function: String, limit: Int = Int(Int32.max)
) throws(LibvirtError) -> Int {
    let (product, overflow) = count.multipliedReportingOverflow(by: size)
    guard count >= 0, size >= 0, !overflow, product <= limit else {
        throw .invalidArgument(parameter, "asks for \(count) x \(size) values, more than \(limit)",
                               function: function)
    }
    return product
}

// MARK: - Strings

/// Returns `value` unchanged, or throws ``LibvirtError/Code/invalidArg`` naming
/// `parameter` when it holds a NUL character, which C would take for its end.
///
/// Call it on every string before passing it to C (implicit bridging or
/// `withCString` alike would silently cut the string at the NUL).
@inline(__always)
@discardableResult
package func cString(_ value: String, _ parameter: String, function: String) throws(LibvirtError) -> String {
    if value.utf8.contains(0) {
        throw .invalidArgument(parameter, "must not contain a NUL character", function: function)
    }
    return value
}

/// Returns `value` unchanged (nil stays nil), or throws
/// ``LibvirtError/Code/invalidArg`` naming `parameter` when it holds a NUL character.
@inline(__always)
@discardableResult
package func cString(_ value: String?, _ parameter: String, function: String) throws(LibvirtError) -> String? {
    guard let value else { return nil }
    let checked: String = try cString(value, parameter, function: function)
    return checked
}

/// Returns `values` unchanged, or throws ``LibvirtError/Code/invalidArg``
/// naming `parameter` when any of them holds a NUL character.
@discardableResult
func cStrings(_ values: [String], _ parameter: String, function: String) throws(LibvirtError) -> [String] {
    for value in values { try cString(value, parameter, function: function) }
    return values
}

/// Passes `value` to `body` as a NUL-terminated C string, after refusing an
/// interior NUL with ``LibvirtError/Code/invalidArg`` naming `parameter`.
@inline(__always)
func withCheckedCString<Result>(
    _ value: String, _ parameter: String, function: String,
    _ body: (UnsafePointer<CChar>) throws(LibvirtError) -> Result
) throws(LibvirtError) -> Result {
    try cString(value, parameter, function: function)
    let result = value.withCString { pointer in Swift.Result { () throws(LibvirtError) in try body(pointer) } }
    return try result.get()
}

// MARK: - File descriptors

/// `files` as C descriptors, or ``LibvirtError/Code/invalidArg`` when one is
/// negative or does not fit a C `int`.
package func fileDescriptors(_ files: [Int], function: String) throws(LibvirtError) -> [Int32] {
    var descriptors: [Int32] = []
    descriptors.reserveCapacity(files.count)
    for file in files {
        descriptors.append(try cInt32(file, "files", function: function, in: 0...Int32.max))
    }
    return descriptors
}

// MARK: - Domain XML

/// The most virtual CPUs a domain XML may declare: 16,384, far above what any
/// hypervisor libvirt 9.0 drives accepts (QEMU/KVM: 4,096 at most on x86).
let domainVcpuLimit = 16384

/// Returns domain XML unchanged after ``cString(_:_:function:)``'s check,
/// or throws ``LibvirtError/Code/invalidArg`` when a `<vcpu>` element holds a
/// negative number, a number above ``domainVcpuLimit``, or anything but a
/// plain number (an entity or CDATA that could hide one).
///
/// libvirt 9.0 reads `<vcpu>` as an unsigned int (`-1` is 4,294,967,295) and
/// allocates that many vCPU records before any check: the process (or, through
/// a daemon, libvirtd) aborts in glib's allocator or runs for minutes. This
/// cheap textual check refuses such documents before libvirt parses them; it
/// looks at every `<vcpu>` element with text, wherever it sits.
@discardableResult
func checkedDomainXML(_ xml: String, _ parameter: String = "xml", function: String) throws(LibvirtError) -> String {
    try cString(xml, parameter, function: function)
    var copy = xml
    let problem = copy.withUTF8 { vcpuProblem(in: $0) }
    if let problem {
        throw .invalidArgument(parameter, problem, function: function)
    }
    return xml
}

/// What is wrong with the first bad `<vcpu>` element of a document's bytes, or nil.
private func vcpuProblem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let tag = Array("<vcpu".utf8), close = Array("</vcpu".utf8)
    func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        index + pattern.count <= bytes.count && pattern.indices.allSatisfy { bytes[index + $0] == pattern[$0] }
    }
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    var index = 0
    while index < bytes.count {
        guard bytes[index] == UInt8(ascii: "<"), matches(tag, at: index) else {
            index += 1
            continue
        }
        index += tag.count
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") || isSpace(bytes[index]) else { continue }
        guard let tagEnd = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        index = tagEnd + 1
        if bytes[tagEnd - 1] == UInt8(ascii: "/") { continue }  // <vcpu .../>
        var end = index
        while end < bytes.count, !matches(close, at: end) { end += 1 }
        let text = bytes[index..<end].filter { !isSpace($0) }
        if text.contains(UInt8(ascii: "<")) || text.contains(UInt8(ascii: "&")) {
            return "<vcpu> must hold a plain number"
        }
        // libvirt's strtoul takes a sign and any digits; refuse what would
        // wrap around or be too large, leave other text to libvirt's own error.
        let digits = text.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { continue }
        let number = String(decoding: text, as: UTF8.self)
        if text.first == UInt8(ascii: "-") || Int(String(decoding: digits, as: UTF8.self)).map({ $0 > domainVcpuLimit }) ?? true {
            return "<vcpu> must be in 0...\(domainVcpuLimit), not \(number)"
        }
        index = end
    }
    return nil
}

/// ``checkedDomainXML(_:_:function:)`` for an optional document (nil stays nil).
@discardableResult
func checkedDomainXML(_ xml: String?, _ parameter: String = "xml", function: String) throws(LibvirtError) -> String? {
    guard let xml else { return nil }
    let checked: String = try checkedDomainXML(xml, parameter, function: function)
    return checked
}
