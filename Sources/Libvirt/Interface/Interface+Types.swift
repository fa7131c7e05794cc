extension Interface {
    /// Filters for listing host interfaces (`virConnectListAllInterfacesFlags`); an empty set lists all.
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for an interface's XML description (`virInterfaceXMLFlags`).
    public struct XMLFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for defining an interface (`virInterfaceDefineFlags`).
    public struct DefineFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
