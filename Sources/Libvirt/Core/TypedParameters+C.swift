import CLibvirt
import Glibc

// MARK: - From C

extension TypedParameters {
    /// Copies a C array of typed parameters.
    ///
    /// A parameter of a type this libvirt does not define is passed over rather
    /// than trapped on.
    package init(_ parameters: UnsafePointer<virTypedParameter>?, count: Int) {
        guard let parameters, count > 0 else {
            self.init()
            return
        }
        let elements = [Parameter](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let parameter = parameters + index
                guard let value = TypedParameterValue(type: parameter.pointee.type, value: parameter.pointee.value)
                else { continue }
                (buffer.baseAddress! + initialized).initialize(to: Parameter(name: TypedParameters.name(of: parameter), value: value))
                initialized += 1
            }
        }
        self.init(elements)
    }

    /// Calls a libvirt "get parameters" function the way libvirt asks for it:
    /// once with no array to learn how many there are, then with an array of
    /// that size, which is cleared and freed here.
    ///
    /// - Parameter call: the C call, given the array (NULL the first time) and
    ///   the count to read and update.
    package static func fetch(
        _ function: String,
        _ call: (UnsafeMutablePointer<virTypedParameter>?, UnsafeMutablePointer<Int32>) -> Int32
    ) throws(LibvirtError) -> TypedParameters {
        var count: Int32 = 0
        try check(call(nil, &count), function)
        guard count > 0 else { return TypedParameters() }
        let array = UnsafeMutablePointer<virTypedParameter>.allocate(capacity: Int(count))
        array.initialize(repeating: virTypedParameter(), count: Int(count))
        defer {
            virTypedParamsClear(array, count)
            array.deallocate()
        }
        try check(call(array, &count), function)
        return TypedParameters(array, count: Int(count))
    }

    /// Copies an array libvirt allocated, then frees it.
    ///
    /// Wraps `virTypedParamsFree`.
    package static func take(_ parameters: UnsafeMutablePointer<virTypedParameter>?, count: Int32) -> TypedParameters {
        defer { virTypedParamsFree(parameters, count) }
        return TypedParameters(parameters, count: Int(count))
    }

    /// The name of a C typed parameter, read in place from its fixed-size field
    /// (NUL-terminated within its 80 bytes, as libvirt guarantees).
    static func name(of parameter: UnsafePointer<virTypedParameter>) -> String {
        UnsafeRawPointer(parameter).withMemoryRebound(
            to: CChar.self, capacity: Int(VIR_TYPED_PARAM_FIELD_LENGTH)
        ) { String(cString: $0) }
    }
}

extension TypedParameterValue {
    /// Reads a C typed parameter's value (its type and union), or nil for a
    /// type this libvirt does not define.
    init?(type: Int32, value: _virTypedParameter.__Unnamed_union_value) {
        switch Int(type) {
        case Int(VIR_TYPED_PARAM_INT.rawValue): self = .int(value.i)
        case Int(VIR_TYPED_PARAM_UINT.rawValue): self = .uint(value.ui)
        case Int(VIR_TYPED_PARAM_LLONG.rawValue): self = .longLong(value.l)
        case Int(VIR_TYPED_PARAM_ULLONG.rawValue): self = .unsignedLongLong(value.ul)
        case Int(VIR_TYPED_PARAM_DOUBLE.rawValue): self = .double(value.d)
        case Int(VIR_TYPED_PARAM_BOOLEAN.rawValue): self = .boolean(value.b != 0)
        case Int(VIR_TYPED_PARAM_STRING.rawValue): self = .string(value.s.map { String(cString: $0) } ?? "")
        default: return nil
        }
    }
}

// MARK: - To C

extension TypedParameters {
    /// Builds a C array of these parameters for the length of `body`.
    ///
    /// Wraps `virTypedParamsFree`, after ``makeCParameters()``.
    @discardableResult
    package func withCParameters<Result>(
        _ body: (UnsafeMutablePointer<virTypedParameter>?, Int32) throws(LibvirtError) -> Result
    ) throws(LibvirtError) -> Result {
        let (array, count) = try makeCParameters()
        defer { virTypedParamsFree(array, count) }
        return try body(array, count)
    }

    /// A C array of these parameters, which the caller frees with `virTypedParamsFree`.
    ///
    /// Repeated string names are passed as one string list, the form libvirt
    /// accepts for them; other repeated names are refused by libvirt with its
    /// own error.
    ///
    /// Wraps `virTypedParamsAddInt`, `virTypedParamsAddUInt`, `virTypedParamsAddLLong`,
    /// `virTypedParamsAddULLong`, `virTypedParamsAddDouble`, `virTypedParamsAddBoolean`,
    /// `virTypedParamsAddString`, `virTypedParamsAddStringList` and `virTypedParamsFree`.
    package func makeCParameters() throws(LibvirtError) -> (UnsafeMutablePointer<virTypedParameter>?, Int32) {
        var array: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        var capacity: Int32 = 0
        var listed = Set<String>()
        do throws(LibvirtError) {
            for parameter in elements {
                let name = try cString(parameter.name, "typed parameter name", function: "virTypedParamsAdd")
                let status: Int32
                switch parameter.value {
                case .int(let value): status = virTypedParamsAddInt(&array, &count, &capacity, name, value)
                case .uint(let value): status = virTypedParamsAddUInt(&array, &count, &capacity, name, value)
                case .longLong(let value): status = virTypedParamsAddLLong(&array, &count, &capacity, name, value)
                case .unsignedLongLong(let value):
                    status = virTypedParamsAddULLong(&array, &count, &capacity, name, value)
                case .double(let value): status = virTypedParamsAddDouble(&array, &count, &capacity, name, value)
                case .boolean(let value):
                    status = virTypedParamsAddBoolean(&array, &count, &capacity, name, value ? 1 : 0)
                case .string(let value):
                    try cString(value, "typed parameter \(name)", function: "virTypedParamsAddString")
                    let strings = values(named: name).compactMap(\.stringValue)
                    if strings.count == 1 {
                        status = virTypedParamsAddString(&array, &count, &capacity, name, value)
                    } else if listed.insert(name).inserted {
                        status = withCStrings(strings) { list in
                            virTypedParamsAddStringList(&array, &count, &capacity, name, list)
                        }
                    } else {
                        continue
                    }
                }
                try check(status, "virTypedParamsAdd")
            }
        } catch {
            virTypedParamsFree(array, count)
            throw error
        }
        return (array, count)
    }
}

/// Passes a NULL-terminated C array of copies of `strings` to `body`.
func withCStrings<Result>(
    _ strings: [String], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>) -> Result
) -> Result {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var list = copies.map { UnsafePointer<CChar>($0) }
    list.append(nil)
    return list.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
}
