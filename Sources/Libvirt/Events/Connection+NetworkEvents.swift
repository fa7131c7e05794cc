import CLibvirt

// MARK: - The C callbacks of network events
//
// Nonisolated free functions, run on libvirt's event loop thread: they copy
// the payload and hand it to the group, whose sinks each yield it and return.

private typealias NetworkGroup = EventGroup<Network, NetworkEvent>

private let onNetworkLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let group = NetworkGroup.from(opaque), let object else { return }
    let lifecycle = NetworkEvent.Lifecycle(rawValue: event)
    group.deliver(object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .defined,
        evict: lifecycle == .undefined)
}

/// For ids newer than libvirt 9.0, which libvirt refuses: never called.
private let onNetworkUnknown: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, _, _ in
}

extension Connection {
    // MARK: - Network events

    /// Subscribes to network events: every id by default, or those named; of
    /// every network, or of one. The callbacks are registered before this
    /// returns, so no event is missed between subscribing and iterating.
    ///
    /// - Parameters:
    ///   - kinds: the event ids to receive (one libvirt registration per id and
    ///     filter on the connection, shared by every subscription asking for it).
    ///   - network: only this network's events; nil for every network's.
    ///   - buffering: how many unread events to keep (see ``EventBuffering``).
    /// - Throws: ``LibvirtError``: the connection is closed, or libvirt refused
    ///   an id (a driver without network events answers ``LibvirtError/Code/noSupport``).
    ///
    /// Wraps `virConnectNetworkEventRegisterAny` and `virConnectNetworkEventDeregisterAny`; for the delivered handles
    /// `virNetworkRef`, `virNetworkGetName`, `virNetworkGetUUID`; and `virConnectRegisterCloseCallback`, `virEventAddTimeout`,
    /// `virEventUpdateTimeout` and `virEventRemoveTimeout` (see ``EventBuffering``).
    public func networkEvents(
        _ kinds: Set<NetworkEvent.Kind> = NetworkEvent.Kind.all, network: Network? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> NetworkEvents {
        let filter = network?.pointer
        let (buffer, subscription): (EventBuffer<EventRecord<Network, NetworkEvent>>, EventSubscription) = try subscribe(
            kinds.map(\.rawValue).sorted(), filter: filter, buffering: buffering, function: "virConnectNetworkEventRegisterAny",
            register: { connection, kind, opaque in
                virConnectNetworkEventRegisterAny(connection, filter, kind, NetworkEvent.Kind(rawValue: kind).callback, opaque, releaseEventSink)
            },
            deregister: { connection, id in virConnectNetworkEventDeregisterAny(connection, id) })
        return NetworkEvents(buffer: buffer, subscription: subscription)
    }
}

extension NetworkEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectNetworkEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onNetworkLifecycle, to: virConnectNetworkEventGenericCallback.self)
        default: onNetworkUnknown
        }
    }
}
