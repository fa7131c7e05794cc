import CLibvirt

extension Connection {
    /// How ``Connection/allocatePages(_:startCell:cellCount:flags:)`` changes
    /// the pool of pages (`virNodeAllocPagesFlags`). The default, no flag, adds
    /// the counts to the pool (`VIR_NODE_ALLOC_PAGES_ADD`).
    public struct AllocatePagesFlags: OptionSet, Sendable, Hashable {
        /// The C value of the flags.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// Make the pool exactly the given size instead of adding to it
        /// (`VIR_NODE_ALLOC_PAGES_SET`).
        public static let set = AllocatePagesFlags(rawValue: VIR_NODE_ALLOC_PAGES_SET.rawValue)
    }
}
