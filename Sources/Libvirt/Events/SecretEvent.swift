/// Something that happened to a secret (`virSecretEventID`).
///
/// Subscribe with ``Connection/secretEvents(_:secret:buffering:)``.
public enum SecretEvent: Sendable, Hashable {
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
}
