import Synchronization

/// A record of libvirt typed parameters: a struct of optional properties, one
/// per documented key, described once by a field table that serves both
/// directions.
///
/// Every typed-parameter API of the SDK has this one shape: the getter returns
/// the record, the setter takes it and sends only the properties that are not
/// nil, each with the C type libvirt expects for its key (the SDK's business,
/// not the caller's). Keys the table does not know (one a newer libvirt adds)
/// are kept in ``extra``, both ways: read from what libvirt sent, sent as they
/// are. ``init(_:)`` and ``typedParameters(settableOnly:)`` convert from and to the raw form.
///
/// ```swift
/// var tuning = Domain.SchedulerParameters()
/// tuning.cpuShares = 512
/// try await domain.setSchedulerParameters(tuning)
/// let shares = try await domain.schedulerParameters().cpuShares  // 512
/// ```
public protocol TypedParameterRecord: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A record with every property nil and no ``extra`` parameters.
    init()

    /// The record's fields: for each libvirt key, its C type and the property
    /// that holds it.
    static var fields: [TypedParameterField<Self>] { get }

    /// The parameters no field holds: read as libvirt sent them, sent as they
    /// are (each with the C type given here).
    var extra: TypedParameters { get set }
}

extension TypedParameterRecord {
    /// Reads a record from typed parameters: each field from its key (whatever
    /// integer C type libvirt used, if the value fits); the rest, and a value
    /// its field cannot hold, into ``extra``.
    public init(_ parameters: TypedParameters) {
        self.init()
        // One pass: each name is looked up once in the type's index of keys;
        // keys under a prefix are gathered and decoded by their field at the end.
        let table = Self.table
        var seen = FieldSet(count: table.fields.count)
        var groups = [TypedParameters](repeating: TypedParameters(), count: table.grouped.count)
        var rest = TypedParameters()
        for parameter in parameters {
            if let index = table.index[parameter.name] {
                let field = table.fields[index]
                if !field.repeats {
                    // The first value of a key counts; a later one is dropped.
                    guard seen.insert(index) else { continue }
                }
                if !field.decodeValue!(parameter.value, &self) { rest.append(parameter.name, parameter.value) }
                continue
            }
            var grouped = false
            for (slot, group) in table.grouped.enumerated() where parameter.name.hasPrefix(group.prefix) {
                groups[slot].append(parameter.name, parameter.value)
                grouped = true
            }
            if !grouped { rest.append(parameter.name, parameter.value) }
        }
        for (slot, group) in table.grouped.enumerated() where !groups[slot].isEmpty {
            group.field.decodeGroup!(groups[slot], &self)
        }
        extra = rest
    }

    /// The type's fields, indexed for decoding; built once per type.
    static var table: TypedParameterTable<Self> {
        let id = ObjectIdentifier(Self.self)
        if let found = typedParameterTables.withLock({ $0[id] }) {
            return unsafeDowncast(found, to: TypedParameterTable<Self>.self)
        }
        let table = TypedParameterTable(Self.fields)
        typedParameterTables.withLock { $0[id] = table }
        return table
    }

    /// The properties that are not nil, each under its key with the C type
    /// libvirt expects, then ``extra``; a field libvirt only reports (a counter)
    /// is left out when `settableOnly` is true, as the setters do.
    ///
    /// Throws ``LibvirtError/Code/invalidArg`` naming the key when a value does
    /// not fit its C type, or a string holds a NUL character.
    public func typedParameters(settableOnly: Bool = false) throws(LibvirtError) -> TypedParameters {
        var parameters = TypedParameters()
        for field in Self.fields where !settableOnly || field.isSettable {
            try field.encode(self, &parameters)
        }
        for parameter in extra { parameters.append(parameter.name, parameter.value) }
        return parameters
    }

    /// The record's name, then each present key and its value, as in
    /// `SchedulerParameters(cpu_shares: 1024, vcpu_quota: -1)`.
    public var description: String {
        var parts = Self.fields.compactMap { field in field.describe(self).map { "\(field.label): \($0)" } }
        parts += extra.map { "\($0.name): \($0.value)" }
        return "\(Self.self)(\(parts.joined(separator: ", ")))"
    }
}

/// One field of a ``TypedParameterRecord``: a libvirt key, the C type libvirt
/// gives it and takes for it, and the record property that holds it.
///
/// A class, so that walking a table copies one reference per field.
public final class TypedParameterField<Record>: Sendable {
    /// The libvirt key (`VIR_DOMAIN_SCHEDULER_CPU_SHARES` is `cpu_shares`); for
    /// a list of nested records, the key of their count.
    public let key: String
    /// Whether libvirt takes this field back (false for counters it only reports).
    public let isSettable: Bool
    /// What the record's description calls the field: its key, or the prefix of nested records.
    let label: String
    /// For nested records, the `<prefix>.` every key of theirs starts with.
    let prefix: String?
    /// Whether the key may come several times, each value kept (a list of strings).
    let repeats: Bool
    /// Reads one value of the field's key; false when the property cannot hold it.
    /// Nil for a field of keys under a prefix.
    let decodeValue: (@Sendable (TypedParameterValue, inout Record) -> Bool)?
    /// Reads every parameter under the field's prefix (full names). Nil for a
    /// field of one key.
    let decodeGroup: (@Sendable (TypedParameters, inout Record) -> Void)?
    let encode: @Sendable (Record, inout TypedParameters) throws(LibvirtError) -> Void
    let describe: @Sendable (Record) -> String?

    /// A field of one key.
    init(
        key: String, isSettable: Bool, label: String, repeats: Bool = false,
        decode: @escaping @Sendable (TypedParameterValue, inout Record) -> Bool,
        encode: @escaping @Sendable (Record, inout TypedParameters) throws(LibvirtError) -> Void,
        describe: @escaping @Sendable (Record) -> String?
    ) {
        self.key = key
        self.isSettable = isSettable
        self.label = label
        self.prefix = nil
        self.repeats = repeats
        self.decodeValue = decode
        self.decodeGroup = nil
        self.encode = encode
        self.describe = describe
    }

    /// A field of every key under `prefix`.
    init(
        key: String, isSettable: Bool, label: String, prefix: String,
        decodeGroup: @escaping @Sendable (TypedParameters, inout Record) -> Void,
        encode: @escaping @Sendable (Record, inout TypedParameters) throws(LibvirtError) -> Void,
        describe: @escaping @Sendable (Record) -> String?
    ) {
        self.key = key
        self.isSettable = isSettable
        self.label = label
        self.prefix = prefix
        self.repeats = false
        self.decodeValue = nil
        self.decodeGroup = decodeGroup
        self.encode = encode
        self.describe = describe
    }
}

/// A record type's fields, indexed for decoding.
final class TypedParameterTable<Record>: Sendable {
    /// The fields, in the table's order.
    let fields: [TypedParameterField<Record>]
    /// The position in ``fields`` of each field of one key, by its key.
    let index: [String: Int]
    /// The fields of every key under a prefix, with that prefix.
    let grouped: [(prefix: String, field: TypedParameterField<Record>)]

    init(_ fields: [TypedParameterField<Record>]) {
        self.fields = fields
        var index: [String: Int] = [:]
        for (position, field) in fields.enumerated() where field.prefix == nil && index[field.key] == nil {
            index[field.key] = position
        }
        self.index = index
        grouped = fields.compactMap { field in field.prefix.map { (prefix: $0, field: field) } }
    }
}

/// The tables of the record types decoded so far, by type.
private let typedParameterTables = Mutex<[ObjectIdentifier: any AnyObject & Sendable]>([:])

/// Which fields of a record already took a value: bits for the first 128,
/// a list beyond (no table has that many).
struct FieldSet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var more: [Bool]

    init(count: Int) { more = count > 128 ? [Bool](repeating: false, count: count - 128) : [] }

    /// Marks `index`; false when it was marked already.
    mutating func insert(_ index: Int) -> Bool {
        switch index {
        case ..<64:
            defer { low |= 1 << UInt64(index) }
            return low & (1 << UInt64(index)) == 0
        case ..<128:
            defer { high |= 1 << UInt64(index - 64) }
            return high & (1 << UInt64(index - 64)) == 0
        default:
            defer { more[index - 128] = true }
            return !more[index - 128]
        }
    }
}

/// The C type of a typed parameter (`virTypedParameterType`), as a field table
/// states it.
enum TypedParameterType: Sendable {
    case int, uint, llong, ullong, double, boolean, string
}

// MARK: - Building field tables

extension TypedParameterField {
    /// A field holding one value of C type `type` under `key`.
    ///
    /// - Parameter settable: false for a value libvirt only reports.
    static func value<Value: TypedParameterScalar>(
        _ key: String, _ type: TypedParameterType, _ path: WritableKeyPath<Record, Value?> & Sendable,
        settable: Bool = true
    ) -> TypedParameterField {
        TypedParameterField(
            key: key, isSettable: settable, label: key,
            decode: { value, record in
                let decoded = Value(typedParameter: value)
                record[keyPath: path] = decoded
                return decoded != nil
            },
            encode: { (record, parameters) throws(LibvirtError) in
                guard let value = record[keyPath: path] else { return }
                parameters.append(key, try value.typedParameter(as: type, key: key))
            },
            describe: { record in record[keyPath: path].map { "\($0)" } })
    }

    /// A field holding a C enum of C type `type` (`int` for most) under `key`.
    static func value<Value: RawRepresentable & Sendable>(
        _ key: String, _ type: TypedParameterType, _ path: WritableKeyPath<Record, Value?> & Sendable
    ) -> TypedParameterField where Value.RawValue: TypedParameterScalar {
        TypedParameterField(
            key: key, isSettable: true, label: key,
            decode: { value, record in
                let decoded = Value.RawValue(typedParameter: value).flatMap(Value.init(rawValue:))
                record[keyPath: path] = decoded
                return decoded != nil
            },
            encode: { (record, parameters) throws(LibvirtError) in
                guard let value = record[keyPath: path] else { return }
                parameters.append(key, try value.rawValue.typedParameter(as: type, key: key))
            },
            describe: { record in record[keyPath: path].map { "\($0)" } })
    }

    /// A field holding a time span that libvirt gives as an integer of C type
    /// `type` counting `unit`s; a span that is not a whole number of them (or
    /// does not fit the C type) is refused with ``LibvirtError/Code/invalidArg``.
    ///
    /// - Parameter settable: false for a value libvirt only reports.
    static func duration(
        _ key: String, _ type: TypedParameterType, _ unit: DurationUnit,
        _ path: WritableKeyPath<Record, Duration?> & Sendable, settable: Bool = true
    ) -> TypedParameterField {
        TypedParameterField(
            key: key, isSettable: settable, label: key,
            decode: { value, record in
                let decoded: Duration? =
                    if let signed = value.int64Value { unit.duration(signed) }
                    else if let unsigned = value.uint64Value { unit.duration(unsigned) }
                    else { nil }
                record[keyPath: path] = decoded
                return decoded != nil
            },
            encode: { (record, parameters) throws(LibvirtError) in
                guard let value = record[keyPath: path] else { return }
                guard let count = unit.count(in: value) else {
                    throw LibvirtError(
                        code: .invalidArg, domain: .unspecified,
                        message: "invalid argument: typed parameter '\(key)' cannot hold \(value): not a whole number of \(unit) within 64 bits",
                        function: "virTypedParamsAdd")
                }
                parameters.append(key, try count.typedParameter(as: type, key: key))
            },
            describe: { record in record[keyPath: path].map { unit.text($0) } })
    }

    /// A field holding a list of strings, passed as repeated `key` strings.
    static func strings(_ key: String, _ path: WritableKeyPath<Record, [String]?> & Sendable) -> TypedParameterField {
        TypedParameterField(
            key: key, isSettable: true, label: key, repeats: true,
            decode: { value, record in
                guard let string = value.stringValue else { return false }
                if record[keyPath: path] == nil { record[keyPath: path] = [] }
                record[keyPath: path]!.append(string)
                return true
            },
            encode: { (record, parameters) throws(LibvirtError) in
                for value in record[keyPath: path] ?? [] {
                    parameters.append(key, try value.typedParameter(as: .string, key: key))
                }
            },
            describe: { record in record[keyPath: path].map { "\($0)" } })
    }

    /// A field holding nested records numbered from 0: `<prefix>.count` (a C
    /// `unsigned int`) and each record's keys under `<prefix>.<n>.`.
    static func records<Nested: TypedParameterRecord>(
        _ prefix: String, _ path: WritableKeyPath<Record, [Nested]?> & Sendable
    ) -> TypedParameterField {
        let countKey = "\(prefix).count"
        return TypedParameterField(
            key: countKey, isSettable: true, label: prefix, prefix: "\(prefix).",
            decodeGroup: { parameters, record in
                // No more records than parameters: a count libvirt garbled allocates nothing huge.
                guard let reported = parameters[countKey]?.uint64Value else { return }
                let count = min(reported, UInt64(parameters.count))
                var nested = (0..<count).map { _ in TypedParameters() }
                for parameter in parameters {
                    let (index, name) = splitIndexed(parameter.name, prefix: prefix)
                    guard let index, index < count, let name else { continue }
                    nested[Int(index)].append(name, parameter.value)
                }
                record[keyPath: path] = nested.map(Nested.init)
            },
            encode: { (record, parameters) throws(LibvirtError) in
                guard let nested = record[keyPath: path] else { return }
                parameters.append(countKey, try nested.count.typedParameter(as: .uint, key: countKey))
                for (index, element) in nested.enumerated() {
                    for parameter in try element.typedParameters() {
                        parameters.append("\(prefix).\(index).\(parameter.name)", parameter.value)
                    }
                }
            },
            describe: { record in record[keyPath: path].map { "[\($0.map(\.description).joined(separator: ", "))]" } })
    }
}

extension TypedParameterField {
    /// A field holding strings under numbered keys, `format` being libvirt's
    /// key with `%u` for the number (`cputune.vcpupin%u`): a dictionary by number.
    static func numbered(_ format: String, _ path: WritableKeyPath<Record, [Int: String]?> & Sendable) -> TypedParameterField {
        let prefix = format.hasSuffix("%u") ? String(format.dropLast(2)) : format
        return TypedParameterField(
            key: format, isSettable: true, label: prefix + "<n>", prefix: prefix,
            decodeGroup: { parameters, record in
                var found: [Int: String] = [:]
                for parameter in parameters {
                    let digits = parameter.name.dropFirst(prefix.count)
                    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits),
                          let string = parameter.value.stringValue else { continue }
                    found[number] = string
                }
                record[keyPath: path] = found.isEmpty ? nil : found
            },
            encode: { (record, parameters) throws(LibvirtError) in
                for (number, value) in (record[keyPath: path] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let key = "\(prefix)\(number)"
                    parameters.append(key, try value.typedParameter(as: .string, key: key))
                }
            },
            describe: { record in
                record[keyPath: path].map { "[" + $0.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "]" }
            })
    }

    /// A field holding another record whose keys all start with `<prefix>.`
    /// (`blkdeviotune.total_bytes_sec`), less those whose rest starts with one
    /// of `except` (other fields hold them).
    static func nested<Nested: TypedParameterRecord>(
        _ prefix: String, _ path: WritableKeyPath<Record, Nested?> & Sendable, except: [String] = []
    ) -> TypedParameterField {
        let dotted = prefix + "."
        return TypedParameterField(
            key: prefix, isSettable: true, label: prefix, prefix: dotted,
            decodeGroup: { parameters, record in
                var inner = TypedParameters()
                for parameter in parameters {
                    let name = String(parameter.name.dropFirst(dotted.count))
                    if !except.contains(where: name.hasPrefix) { inner.append(name, parameter.value) }
                }
                record[keyPath: path] = inner.isEmpty ? nil : Nested(inner)
            },
            encode: { (record, parameters) throws(LibvirtError) in
                guard let nested = record[keyPath: path] else { return }
                for parameter in try nested.typedParameters() { parameters.append(dotted + parameter.name, parameter.value) }
            },
            describe: { record in record[keyPath: path]?.description })
    }
}

/// Splits `<prefix>.<index>.<name>` into its index and name.
private func splitIndexed(_ key: String, prefix: String) -> (UInt64?, String?) {
    guard key.hasPrefix("\(prefix).") else { return (nil, nil) }
    let rest = key.dropFirst(prefix.count + 1)
    guard let dot = rest.firstIndex(of: ".") else { return (nil, nil) }
    return (UInt64(rest[..<dot]), String(rest[rest.index(after: dot)...]))
}

// MARK: - Values of fields

/// A Swift type a field can hold: read from any C type whose value it
/// represents exactly, written as the C type the field states.
protocol TypedParameterScalar: Sendable, CustomStringConvertible {
    /// The value, or nil when `value` is of another kind or does not fit.
    init?(typedParameter value: TypedParameterValue)
    /// The value as C type `type`, or ``LibvirtError/Code/invalidArg`` naming `key`.
    func typedParameter(as type: TypedParameterType, key: String) throws(LibvirtError) -> TypedParameterValue
}

extension TypedParameterScalar {
    /// The error for a value that C type `type` cannot hold.
    func refused(_ key: String, as type: TypedParameterType) -> LibvirtError {
        LibvirtError(
            code: .invalidArg, domain: .unspecified,
            message: "invalid argument: typed parameter '\(key)' cannot hold \(self) as a C \(type)",
            function: "virTypedParamsAdd")
    }
}

extension TypedParameterScalar where Self: FixedWidthInteger {
    init?(typedParameter value: TypedParameterValue) {
        if let signed = value.int64Value, let exact = Self(exactly: signed) {
            self = exact
        } else if let unsigned = value.uint64Value, let exact = Self(exactly: unsigned) {
            self = exact
        } else {
            return nil
        }
    }

    func typedParameter(as type: TypedParameterType, key: String) throws(LibvirtError) -> TypedParameterValue {
        let converted: TypedParameterValue? = switch type {
        case .int: Int32(exactly: self).map { .int($0) }
        case .uint: UInt32(exactly: self).map { .uint($0) }
        case .llong: Int64(exactly: self).map { .longLong($0) }
        case .ullong: UInt64(exactly: self).map { .unsignedLongLong($0) }
        case .double: .double(Double(self))
        case .boolean, .string: nil
        }
        guard let converted else { throw refused(key, as: type) }
        return converted
    }
}

extension Int: TypedParameterScalar {}
extension Int32: TypedParameterScalar {}
extension UInt32: TypedParameterScalar {}
extension Int64: TypedParameterScalar {}
extension UInt64: TypedParameterScalar {}

extension Double: TypedParameterScalar {
    init?(typedParameter value: TypedParameterValue) {
        guard let number = value.doubleValue else { return nil }
        self = number
    }

    func typedParameter(as type: TypedParameterType, key: String) throws(LibvirtError) -> TypedParameterValue {
        guard type == .double else { throw refused(key, as: type) }
        return .double(self)
    }
}

extension Bool: TypedParameterScalar {
    /// A boolean, or an integer 0 or 1 (some keys are booleans carried as `unsigned int`).
    init?(typedParameter value: TypedParameterValue) {
        if let boolean = value.boolValue {
            self = boolean
        } else if let number = value.uint64Value, number <= 1 {
            self = number == 1
        } else {
            return nil
        }
    }

    func typedParameter(as type: TypedParameterType, key: String) throws(LibvirtError) -> TypedParameterValue {
        switch type {
        case .boolean: .boolean(self)
        case .int: .int(self ? 1 : 0)
        case .uint: .uint(self ? 1 : 0)
        default: throw refused(key, as: type)
        }
    }
}

extension String: TypedParameterScalar {
    init?(typedParameter value: TypedParameterValue) {
        guard let string = value.stringValue else { return nil }
        self = string
    }

    func typedParameter(as type: TypedParameterType, key: String) throws(LibvirtError) -> TypedParameterValue {
        guard type == .string, !utf8.contains(0) else { throw refused(key, as: type) }
        return .string(self)
    }
}
