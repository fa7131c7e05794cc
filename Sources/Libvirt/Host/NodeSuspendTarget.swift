/// Where the host's state goes when it suspends (`virNodeSuspendTarget`).
///
/// A `RawRepresentable` struct rather than an enum, so that a target a newer
/// libvirt adds still round-trips.
public struct NodeSuspendTarget: RawRepresentable, Sendable, Hashable {
    /// The C value.
    public let rawValue: UInt32

    /// Creates a target from its C value.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }
}
