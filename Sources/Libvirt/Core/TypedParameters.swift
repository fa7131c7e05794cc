/// An ordered list of libvirt typed parameters: named values, each with its C type.
///
/// libvirt passes tunables, statistics and call options as `virTypedParameter`
/// arrays. This type is their Swift form. A name may appear more than once
/// (some calls take a list of strings that way); ``subscript(_:)->TypedParameterValue?`` reads the
/// first. A name that is absent reads as `nil`, and reading a value as another
/// type than it has gives `nil` too: nothing here traps on what libvirt sends.
///
/// ```swift
/// var parameters = TypedParameters()
/// parameters["shm_pages_to_scan"] = .uint(200)
/// let pages = parameters.uint64("shm_pages_to_scan") // 200
/// ```
public struct TypedParameters: Sendable, Hashable, Codable, CustomStringConvertible, RandomAccessCollection,
    ExpressibleByDictionaryLiteral {
    /// One named value.
    public struct Parameter: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The parameter's name (at most 79 bytes of UTF-8, as libvirt allows).
        public var name: String
        /// The parameter's value and C type.
        public var value: TypedParameterValue

        /// The name and value: `cpu_shares: 1024`.
        public var description: String { "\(name): \(value)" }

        /// Creates a parameter.
        public init(name: String, value: TypedParameterValue) {
            self.name = name
            self.value = value
        }
    }

    /// The parameters, in libvirt's order.
    public private(set) var elements: [Parameter]

    /// Creates a list of parameters.
    public init(_ elements: [Parameter] = []) {
        self.elements = elements
    }

    /// Creates a list from `name: value` pairs, in their order.
    public init(dictionaryLiteral pairs: (String, TypedParameterValue)...) {
        elements = pairs.map { Parameter(name: $0.0, value: $0.1) }
    }

    /// Decodes the list from an array of `{"name": ..., "value": {"uint": 20}}`.
    public init(from decoder: any Decoder) throws {
        elements = try [Parameter](from: decoder)
    }

    /// Encodes the list as an array of `{"name": ..., "value": {"uint": 20}}`.
    public func encode(to encoder: any Encoder) throws {
        try elements.encode(to: encoder)
    }

    /// Each name and value, in order, as in `[weight: 20, cap: 0]`.
    public var description: String {
        "[\(elements.map { "\($0.name): \($0.value)" }.joined(separator: ", "))]"
    }

    // MARK: - Collection

    /// The position of the first parameter.
    public var startIndex: Int { elements.startIndex }
    /// The position after the last parameter.
    public var endIndex: Int { elements.endIndex }
    /// The parameter at `position`.
    public subscript(position: Int) -> Parameter { elements[position] }

    // MARK: - By name

    /// The names, in order, without repeats.
    public var names: [String] {
        var seen = Set<String>()
        return elements.map(\.name).filter { seen.insert($0).inserted }
    }

    /// The first value named `name`; setting it replaces every value of that
    /// name (or appends one), and setting `nil` removes them.
    public subscript(name: String) -> TypedParameterValue? {
        get { elements.first { $0.name == name }?.value }
        set {
            guard let newValue else {
                elements.removeAll { $0.name == name }
                return
            }
            if let index = elements.firstIndex(where: { $0.name == name }) {
                elements[index].value = newValue
                elements = elements.indices
                    .filter { $0 == index || elements[$0].name != name }
                    .map { elements[$0] }
            } else {
                elements.append(Parameter(name: name, value: newValue))
            }
        }
    }

    /// Every value named `name`, in order.
    public func values(named name: String) -> [TypedParameterValue] {
        elements.filter { $0.name == name }.map(\.value)
    }

    /// Appends a value, keeping any of the same name.
    public mutating func append(_ name: String, _ value: TypedParameterValue) {
        elements.append(Parameter(name: name, value: value))
    }

    /// The value named `name` as a signed integer, whatever its integer C type.
    public func int64(_ name: String) -> Int64? { self[name]?.int64Value }
    /// The value named `name` as an unsigned integer, whatever its integer C type.
    public func uint64(_ name: String) -> UInt64? { self[name]?.uint64Value }
    /// The value named `name` as a `Double`, whatever its numeric C type.
    public func double(_ name: String) -> Double? { self[name]?.doubleValue }
    /// The boolean named `name`.
    public func bool(_ name: String) -> Bool? { self[name]?.boolValue }
    /// The string named `name`.
    public func string(_ name: String) -> String? { self[name]?.stringValue }
}
