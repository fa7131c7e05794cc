/// Something that happened to a virtual network. libvirt 9.0 has one network
/// event id, lifecycle (`virNetworkEventID`); metadata-change events came
/// with libvirt 9.8.
///
/// Subscribe with ``Connection/networkEvents(_:network:buffering:)``.
public enum NetworkEvent: Sendable, Hashable {
    /// The network was defined, undefined, started or stopped (`VIR_NETWORK_EVENT_ID_LIFECYCLE`).
    /// The detail is always 0 in libvirt 9.0.
    case lifecycle(Lifecycle, detail: Int32)

    /// The event id this event was delivered for.
    public var kind: Kind {
        switch self {
        case .lifecycle: .lifecycle
        }
    }
}
