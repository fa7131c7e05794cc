/// Something that happened to a secret (`virSecretEventID`).
///
/// Subscribe with ``Connection/secretEvents(_:secret:buffering:)``.
public enum SecretEvent: Sendable, Hashable, Codable {
    /// The secret was defined or undefined (`VIR_SECRET_EVENT_ID_LIFECYCLE`).
    /// The detail is always 0 in libvirt 9.0.
    case lifecycle(Lifecycle, detail: Int32)
    /// The secret's value was set (`VIR_SECRET_EVENT_ID_VALUE_CHANGED`).
    case valueChanged

    /// The event id this event was delivered for.
    public var kind: Kind {
        switch self {
        case .lifecycle: .lifecycle
        case .valueChanged: .valueChanged
        }
    }

    /// A secret event id (`virSecretEventID`).
    public struct Kind: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates an event id from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
        /// Every secret event id of libvirt 9.0.
        public static let all: Set<Kind> = [.lifecycle, .valueChanged]
    }

    /// What happened to a secret (`virSecretEventLifecycleType`).
    public struct Lifecycle: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a lifecycle event type from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }
}
