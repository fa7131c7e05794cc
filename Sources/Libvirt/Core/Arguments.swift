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
