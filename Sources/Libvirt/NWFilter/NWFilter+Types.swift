extension NWFilter {
    /// Flags for defining a network filter (`virNWFilterDefineFlags`).
    public struct DefineFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
