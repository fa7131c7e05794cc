extension NetworkPort {
    /// Flags for creating a network port (`virNetworkPortCreateFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
