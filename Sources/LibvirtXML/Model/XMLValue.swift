import FoundationEssentials

// MARK: - Values of attributes and text

/// A value written as the text of an attribute or element. Parsing must be exact: a text
/// that does not format back to itself is not taken (the model then keeps it raw), so no
/// document changes by being read and written.
public protocol XMLValue: Sendable {
    /// Parses the text, or returns nil when it is not a value of this type.
    init?(xmlText: String)
    /// The text of the value.
    var xmlText: String { get }
}

extension String: XMLValue {
    /// The string itself.
    public init?(xmlText: String) { self = xmlText }
    /// The string itself.
    public var xmlText: String { self }
}

extension Int: XMLValue {
    /// A decimal integer.
    public init?(xmlText: String) { self.init(xmlText, radix: 10) }
    /// Decimal digits.
    public var xmlText: String { String(self) }
}

extension UInt64: XMLValue {
    /// A decimal unsigned integer.
    public init?(xmlText: String) { self.init(xmlText, radix: 10) }
    /// Decimal digits.
    public var xmlText: String { String(self) }
}

extension UInt: XMLValue {
    /// A decimal unsigned integer.
    public init?(xmlText: String) { self.init(xmlText, radix: 10) }
    /// Decimal digits.
    public var xmlText: String { String(self) }
}

extension Double: XMLValue {
    /// A decimal number.
    public init?(xmlText: String) { self.init(xmlText) }
    /// The shortest text that reads back as the same number.
    public var xmlText: String { String(self) }
}

extension Bool: XMLValue {
    /// `yes` or `no` (libvirt's usual spelling; see `XMLCodec.onOff` for the other one).
    public init?(xmlText: String) {
        switch xmlText {
        case "yes": self = true
        case "no": self = false
        default: return nil
        }
    }
    /// `yes` or `no`.
    public var xmlText: String { self ? "yes" : "no" }
}

extension UUID: XMLValue {
    /// A UUID in libvirt's spelling: lower-case hexadecimal with dashes.
    public init?(xmlText: String) { self.init(uuidString: xmlText) }
    /// Lower-case hexadecimal with dashes.
    public var xmlText: String { uuidString.lowercased() }
}

/// A way to read and write values of type `V` as text, for types with more than one
/// spelling in libvirt's documents (booleans: `yes`/`no` and `on`/`off`).
public struct XMLCodec<V>: Sendable {
    let parse: @Sendable (String) -> V?
    let format: @Sendable (V) -> String

    /// A codec from a parse and a format function.
    public init(parse: @escaping @Sendable (String) -> V?, format: @escaping @Sendable (V) -> String) {
        self.parse = parse
        self.format = format
    }
}

extension XMLCodec where V: XMLValue {
    /// The type's own spelling.
    public static var standard: XMLCodec<V> { XMLCodec(parse: { V(xmlText: $0) }, format: { $0.xmlText }) }
}

extension XMLCodec where V == Bool {
    /// `yes` / `no`.
    public static var yesNo: XMLCodec<Bool> { .standard }
    /// `on` / `off`.
    public static var onOff: XMLCodec<Bool> {
        XMLCodec(parse: { $0 == "on" ? true : $0 == "off" ? false : nil }, format: { $0 ? "on" : "off" })
    }
}

// MARK: - Enumerations

/// An enumerated attribute or text: a string wrapper with named constants that keeps any
/// value, including those a newer libvirt adds.
public protocol XMLToken: XMLValue, RawRepresentable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String {
    /// The value spelled `rawValue`.
    init(rawValue: String)
}

extension XMLToken {
    /// The value spelled `xmlText`.
    public init?(xmlText: String) { self.init(rawValue: xmlText) }
    /// The spelling.
    public var xmlText: String { rawValue }
    /// The value spelled by the literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// The spelling.
    public var description: String { rawValue }
}

// MARK: - Sizes

/// A unit of a size, as libvirt spells it (`b`, `bytes`, `KiB`, `k`, `MB`, `GiB`, ...).
public struct SizeUnit: XMLToken {
    /// The spelling.
    public let rawValue: String
    /// The unit spelled `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Bytes.
    public static let bytes: SizeUnit = "bytes"
    /// Kibibytes (1024 bytes).
    public static let kibibytes: SizeUnit = "KiB"
    /// Mebibytes.
    public static let mebibytes: SizeUnit = "MiB"
    /// Gibibytes.
    public static let gibibytes: SizeUnit = "GiB"
    /// Tebibytes.
    public static let tebibytes: SizeUnit = "TiB"
    /// Kilobytes (1000 bytes).
    public static let kilobytes: SizeUnit = "KB"
    /// Megabytes.
    public static let megabytes: SizeUnit = "MB"
    /// Gigabytes.
    public static let gigabytes: SizeUnit = "GB"

    /// How many bytes one unit holds, or nil for a spelling libvirt does not know.
    public var multiplier: UInt64? {
        switch rawValue.lowercased() {
        case "b", "bytes": 1
        case "k", "kib": 1 << 10
        case "kb": 1000
        case "m", "mib": 1 << 20
        case "mb": 1_000_000
        case "g", "gib": 1 << 30
        case "gb": 1_000_000_000
        case "t", "tib": 1 << 40
        case "tb": 1_000_000_000_000
        case "p", "pib": 1 << 50
        case "pb": 1_000_000_000_000_000
        case "e", "eib": 1 << 60
        case "eb": 1_000_000_000_000_000_000
        default: nil
        }
    }
}
