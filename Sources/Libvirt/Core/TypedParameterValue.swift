/// The value of one libvirt typed parameter (`virTypedParameter`), with its C type.
public enum TypedParameterValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A C `int` (`VIR_TYPED_PARAM_INT`).
    case int(Int32)
    /// A C `unsigned int` (`VIR_TYPED_PARAM_UINT`).
    case uint(UInt32)
    /// A C `long long` (`VIR_TYPED_PARAM_LLONG`).
    case longLong(Int64)
    /// A C `unsigned long long` (`VIR_TYPED_PARAM_ULLONG`).
    case unsignedLongLong(UInt64)
    /// A C `double` (`VIR_TYPED_PARAM_DOUBLE`).
    case double(Double)
    /// A boolean (`VIR_TYPED_PARAM_BOOLEAN`).
    case boolean(Bool)
    /// A string (`VIR_TYPED_PARAM_STRING`).
    case string(String)

    // MARK: - Reading a value whatever its C type

    /// The value as a signed integer, when it is an integer that fits in `Int64`.
    public var int64Value: Int64? {
        switch self {
        case .int(let value): Int64(value)
        case .uint(let value): Int64(value)
        case .longLong(let value): value
        case .unsignedLongLong(let value): Int64(exactly: value)
        case .double, .boolean, .string: nil
        }
    }

    /// The value as an unsigned integer, when it is a non-negative integer.
    public var uint64Value: UInt64? {
        switch self {
        case .int(let value): UInt64(exactly: value)
        case .uint(let value): UInt64(value)
        case .longLong(let value): UInt64(exactly: value)
        case .unsignedLongLong(let value): value
        case .double, .boolean, .string: nil
        }
    }

    /// The value as a `Double`, when it is a number.
    public var doubleValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .uint(let value): Double(value)
        case .longLong(let value): Double(value)
        case .unsignedLongLong(let value): Double(value)
        case .double(let value): value
        case .boolean, .string: nil
        }
    }

    /// The value as a `Bool`, when it is a boolean.
    public var boolValue: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    /// The value as a `String`, when it is a string.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The value as libvirt's tools print it.
    public var description: String {
        switch self {
        case .int(let value): "\(value)"
        case .uint(let value): "\(value)"
        case .longLong(let value): "\(value)"
        case .unsignedLongLong(let value): "\(value)"
        case .double(let value): "\(value)"
        case .boolean(let value): value ? "yes" : "no"
        case .string(let value): value
        }
    }

    // MARK: - Codable

    /// The C type names a value is coded under: `{"uint": 20}`.
    private enum CodingKeys: String, CodingKey {
        case int, uint, llong, ullong, double, boolean, string
    }

    /// Decodes a value coded as one C type name and its value, as `{"uint": 20}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let key = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: "expected one C type name and its value"))
        }
        switch key {
        case .int: self = .int(try container.decode(Int32.self, forKey: key))
        case .uint: self = .uint(try container.decode(UInt32.self, forKey: key))
        case .llong: self = .longLong(try container.decode(Int64.self, forKey: key))
        case .ullong: self = .unsignedLongLong(try container.decode(UInt64.self, forKey: key))
        case .double: self = .double(try container.decode(Double.self, forKey: key))
        case .boolean: self = .boolean(try container.decode(Bool.self, forKey: key))
        case .string: self = .string(try container.decode(String.self, forKey: key))
        }
    }

    /// Encodes the value as its C type name and its value, as `{"uint": 20}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .int(let value): try container.encode(value, forKey: .int)
        case .uint(let value): try container.encode(value, forKey: .uint)
        case .longLong(let value): try container.encode(value, forKey: .llong)
        case .unsignedLongLong(let value): try container.encode(value, forKey: .ullong)
        case .double(let value): try container.encode(value, forKey: .double)
        case .boolean(let value): try container.encode(value, forKey: .boolean)
        case .string(let value): try container.encode(value, forKey: .string)
        }
    }
}
