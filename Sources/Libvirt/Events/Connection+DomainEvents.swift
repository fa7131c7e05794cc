import CLibvirt

extension Connection {
    // MARK: - Domain events

    /// Subscribes to domain events: every id by default, or those named; of
    /// every domain, or of one.
    ///
    /// The callbacks are registered before this returns, so no event is
    /// missed between subscribing and iterating. Any number of subscriptions,
    /// of the same ids or not, may be live on one connection; each receives
    /// every event it asked for:
    ///
    /// ```swift
    /// let events = try await connection.domainEvents([.lifecycle])
    /// for await record in events {
    ///     if case .lifecycle(.stopped(let why)) = record.event {
    ///         print(record.name, "stopped:", why)
    ///     }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - kinds: the event ids to receive (one libvirt registration per id and
    ///     filter on the connection, shared by every subscription asking for it).
    ///   - domain: only this domain's events; nil for every domain's.
    ///   - buffering: how many unread events to keep (see ``EventBuffering``).
    /// - Throws: ``LibvirtError``: the connection is closed, or libvirt refused
    ///   an id (a driver without events answers ``LibvirtError/Code/noSupport``).
    ///
    /// Wraps `virConnectDomainEventRegisterAny` and `virConnectDomainEventDeregisterAny`; for the delivered handles
    /// `virDomainRef`, `virDomainGetName`, `virDomainGetUUID`, `virDomainGetID`; and `virConnectRegisterCloseCallback`, `virEventAddTimeout`,
    /// `virEventUpdateTimeout` and `virEventRemoveTimeout` (see ``EventBuffering``).
    public func domainEvents(
        _ kinds: Set<DomainEvent.Kind> = DomainEvent.Kind.all, domain: Domain? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> DomainEvents {
        let filter = domain?.pointer
        let (buffer, subscription): (EventBuffer<DomainEventRecord>, EventSubscription) = try subscribe(
            kinds.map(\.rawValue).sorted(), filter: filter, buffering: buffering, function: "virConnectDomainEventRegisterAny",
            register: { connection, kind, opaque in
                virConnectDomainEventRegisterAny(
                    connection, filter, kind, DomainEvent.Kind(rawValue: kind).callback, opaque, releaseEventSink)
            },
            deregister: { connection, id in virConnectDomainEventDeregisterAny(connection, id) })
        return DomainEvents(buffer: buffer, subscription: subscription)
    }
}
