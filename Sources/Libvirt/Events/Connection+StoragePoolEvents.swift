import CLibvirt

// MARK: - The C callbacks of storage pool events
//
// Nonisolated free functions, run on libvirt's event loop thread: they copy
// the payload and hand it to the group, whose sinks each yield it and return.

private typealias PoolGroup = EventGroup<StoragePool, StoragePoolEvent>

private let onPoolLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let group = PoolGroup.from(opaque), let object else { return }
    let lifecycle = StoragePoolEvent.Lifecycle(rawValue: event)
    group.deliver(object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .defined,
        evict: lifecycle == .undefined)
}

private let onPoolRefresh: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, object, opaque in
    guard let group = PoolGroup.from(opaque), let object else { return }
    group.deliver(object, .refresh)
}

extension Connection {
    // MARK: - Storage pool events

    /// Subscribes to storage pool events: every id by default, or those named; of
    /// every storage pool, or of one. The callbacks are registered before this
    /// returns, so no event is missed between subscribing and iterating.
    ///
    /// - Parameters:
    ///   - kinds: the event ids to receive (one libvirt registration per id and
    ///     filter on the connection, shared by every subscription asking for it).
    ///   - pool: only this storage pool's events; nil for every storage pool's.
    ///   - buffering: how many unread events to keep (see ``EventBuffering``).
    /// - Throws: ``LibvirtError``: the connection is closed, or libvirt refused
    ///   an id (a driver without storage pool events answers ``LibvirtError/Code/noSupport``).
    ///
    /// Wraps `virConnectStoragePoolEventRegisterAny` and `virConnectStoragePoolEventDeregisterAny`; for the delivered handles
    /// `virStoragePoolRef`, `virStoragePoolGetName`, `virStoragePoolGetUUID`; and `virConnectRegisterCloseCallback`, `virEventAddTimeout`,
    /// `virEventUpdateTimeout` and `virEventRemoveTimeout` (see ``EventBuffering``).
    public func storagePoolEvents(
        _ kinds: Set<StoragePoolEvent.Kind> = StoragePoolEvent.Kind.all, pool: StoragePool? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> StoragePoolEvents {
        let filter = pool?.pointer
        let (buffer, subscription): (EventBuffer<EventRecord<StoragePool, StoragePoolEvent>>, EventSubscription) = try subscribe(
            kinds.map(\.rawValue).sorted(), filter: filter, buffering: buffering, function: "virConnectStoragePoolEventRegisterAny",
            register: { connection, kind, opaque in
                virConnectStoragePoolEventRegisterAny(connection, filter, kind, StoragePoolEvent.Kind(rawValue: kind).callback, opaque, releaseEventSink)
            },
            deregister: { connection, id in virConnectStoragePoolEventDeregisterAny(connection, id) })
        return StoragePoolEvents(buffer: buffer, subscription: subscription)
    }
}

extension StoragePoolEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectStoragePoolEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onPoolLifecycle, to: virConnectStoragePoolEventGenericCallback.self)
        default: onPoolRefresh
        }
    }
}
