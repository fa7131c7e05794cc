extension Domain {
    /// A domain's run state (`virDomainState`).
    ///
    /// A `RawRepresentable` struct rather than an enum, so that a state a newer
    /// libvirt adds still round-trips; every state of libvirt 9.0 has a constant.
    public struct State: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a state from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }
}
