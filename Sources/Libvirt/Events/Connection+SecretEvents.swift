import CLibvirt

// MARK: - The C callbacks of secret events
//
// Nonisolated free functions, run on libvirt's event loop thread: they copy
// the payload and hand it to the group, whose sinks each yield it and return.

private typealias SecretGroup = EventGroup<Secret, SecretEvent>

private let onSecretLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let group = SecretGroup.from(opaque), let object else { return }
    let lifecycle = SecretEvent.Lifecycle(rawValue: event)
    group.deliver(object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .defined,
        evict: lifecycle == .undefined)
}

private let onSecretValueChanged: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, object, opaque in
    guard let group = SecretGroup.from(opaque), let object else { return }
    group.deliver(object, .valueChanged)
}

extension Connection {
    // MARK: - Secret events

    /// Subscribes to secret events: every id by default, or those named; of
    /// every secret, or of one. The callbacks are registered before this
    /// returns, so no event is missed between subscribing and iterating.
    ///
    /// - Parameters:
    ///   - kinds: the event ids to receive (one libvirt registration per id and
    ///     filter on the connection, shared by every subscription asking for it).
    ///   - secret: only this secret's events; nil for every secret's.
    ///   - buffering: how many unread events to keep (see ``EventBuffering``).
    /// - Throws: ``LibvirtError``: the connection is closed, or libvirt refused
    ///   an id (a driver without secret events answers ``LibvirtError/Code/noSupport``).
    ///
    /// Wraps `virConnectSecretEventRegisterAny` and `virConnectSecretEventDeregisterAny`; for the delivered handles
    /// `virSecretRef`, `virSecretGetUUID`, `virSecretGetUsageID`; and `virConnectRegisterCloseCallback`, `virEventAddTimeout`,
    /// `virEventUpdateTimeout` and `virEventRemoveTimeout` (see ``EventBuffering``).
    public func secretEvents(
        _ kinds: Set<SecretEvent.Kind> = SecretEvent.Kind.all, secret: Secret? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> SecretEvents {
        let filter = secret?.pointer
        let (buffer, subscription): (EventBuffer<EventRecord<Secret, SecretEvent>>, EventSubscription) = try subscribe(
            kinds.map(\.rawValue).sorted(), filter: filter, buffering: buffering, function: "virConnectSecretEventRegisterAny",
            register: { connection, kind, opaque in
                virConnectSecretEventRegisterAny(connection, filter, kind, SecretEvent.Kind(rawValue: kind).callback, opaque, releaseEventSink)
            },
            deregister: { connection, id in virConnectSecretEventDeregisterAny(connection, id) })
        return SecretEvents(buffer: buffer, subscription: subscription)
    }
}

extension SecretEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectSecretEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onSecretLifecycle, to: virConnectSecretEventGenericCallback.self)
        default: onSecretValueChanged
        }
    }
}
