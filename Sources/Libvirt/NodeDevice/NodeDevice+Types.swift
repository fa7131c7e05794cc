extension NodeDevice {
    // MARK: - Flags

    /// Which devices ``Connection/nodeDevices(flags:)`` lists; no flag lists them all (`virConnectListAllNodeDeviceFlags`).
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for ``Connection/createNodeDevice(xml:flags:)`` (`virNodeDeviceCreateXMLFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for ``Connection/defineNodeDevice(xml:flags:)`` (`virNodeDeviceDefineXMLFlags`).
    public struct DefineFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
