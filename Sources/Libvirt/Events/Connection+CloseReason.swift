extension Connection {
    /// Why libvirt closed a connection (`virConnectCloseReason`), as delivered
    /// by ``Connection/closeEvents()``.
    public struct CloseReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a reason from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }
}
