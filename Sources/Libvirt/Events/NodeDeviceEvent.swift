/// Something that happened to a host device (`virNodeDeviceEventID`).
///
/// Subscribe with ``Connection/nodeDeviceEvents(_:device:buffering:)``.
public enum NodeDeviceEvent: Sendable, Hashable {
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
}
