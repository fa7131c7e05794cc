import CLibvirt

// MARK: - The C callbacks of node device events
//
// Nonisolated free functions, run on libvirt's event loop thread: they copy
// the payload and hand it to the group, whose sinks each yield it and return.

private typealias DeviceGroup = EventGroup<NodeDevice, NodeDeviceEvent>

private let onDeviceLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let group = DeviceGroup.from(opaque), let object else { return }
    let lifecycle = NodeDeviceEvent.Lifecycle(rawValue: event)
    group.deliver(object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .created || lifecycle == .defined,
        evict: lifecycle == .deleted || lifecycle == .undefined)
}

private let onDeviceUpdate: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, object, opaque in
    guard let group = DeviceGroup.from(opaque), let object else { return }
    group.deliver(object, .update)
}

extension Connection {
    // MARK: - Node device events

    /// Subscribes to node device events: every id by default, or those named; of
    /// every node device, or of one. The callbacks are registered before this
    /// returns, so no event is missed between subscribing and iterating.
    ///
    /// - Parameters:
    ///   - kinds: the event ids to receive (one libvirt registration per id and
    ///     filter on the connection, shared by every subscription asking for it).
    ///   - device: only this node device's events; nil for every node device's.
    ///   - buffering: how many unread events to keep (see ``EventBuffering``).
    /// - Throws: ``LibvirtError``: the connection is closed, or libvirt refused
    ///   an id (a driver without node device events answers ``LibvirtError/Code/noSupport``).
    ///
    /// Wraps `virConnectNodeDeviceEventRegisterAny` and `virConnectNodeDeviceEventDeregisterAny`; for the delivered handles
    /// `virNodeDeviceRef`, `virNodeDeviceGetName`; and `virConnectRegisterCloseCallback`, `virEventAddTimeout`,
    /// `virEventUpdateTimeout` and `virEventRemoveTimeout` (see ``EventBuffering``).
    public func nodeDeviceEvents(
        _ kinds: Set<NodeDeviceEvent.Kind> = NodeDeviceEvent.Kind.all, device: NodeDevice? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> NodeDeviceEvents {
        let filter = device?.pointer
        let (buffer, subscription): (EventBuffer<EventRecord<NodeDevice, NodeDeviceEvent>>, EventSubscription) = try subscribe(
            kinds.map(\.rawValue).sorted(), filter: filter, buffering: buffering, function: "virConnectNodeDeviceEventRegisterAny",
            register: { connection, kind, opaque in
                virConnectNodeDeviceEventRegisterAny(connection, filter, kind, NodeDeviceEvent.Kind(rawValue: kind).callback, opaque, releaseEventSink)
            },
            deregister: { connection, id in virConnectNodeDeviceEventDeregisterAny(connection, id) })
        return NodeDeviceEvents(buffer: buffer, subscription: subscription)
    }
}

extension NodeDeviceEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectNodeDeviceEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onDeviceLifecycle, to: virConnectNodeDeviceEventGenericCallback.self)
        default: onDeviceUpdate
        }
    }
}
