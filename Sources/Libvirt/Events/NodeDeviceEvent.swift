/// Something that happened to a host device (`virNodeDeviceEventID`).
///
/// Subscribe with ``Connection/nodeDeviceEvents(_:device:buffering:)``.
public enum NodeDeviceEvent: Sendable, Hashable, Codable {
    /// The device was created, deleted, defined or undefined
    /// (`VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE`). The detail is always 0 in libvirt 9.0.
    case lifecycle(Lifecycle, detail: Int32)
    /// The device's properties changed (`VIR_NODE_DEVICE_EVENT_ID_UPDATE`).
    case update

    /// The event id this event was delivered for.
    public var kind: Kind {
        switch self {
        case .lifecycle: .lifecycle
        case .update: .update
        }
    }

    /// A node device event id (`virNodeDeviceEventID`).
    public struct Kind: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates an event id from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
        /// Every node device event id of libvirt 9.0.
        public static let all: Set<Kind> = [.lifecycle, .update]
    }

    /// What happened to a device (`virNodeDeviceEventLifecycleType`).
    public struct Lifecycle: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a lifecycle event type from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }
}
