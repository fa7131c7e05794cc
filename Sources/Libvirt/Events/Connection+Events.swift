import CLibvirt

extension Connection {
    // MARK: - Subscribing

    /// Subscribes through the connection's hub (see ``EventHub``): the
    /// registrations are made or joined before this returns. A connection
    /// for calls only refuses: through a daemon its events would come only
    /// while a call happened to be reading the socket.
    package func subscribe<Object: EventObject, Event: Sendable & Hashable>(
        _ source: EventSource<Object, Event>, kinds: [Int32], filter: OpaquePointer?, buffering: EventBuffering
    ) throws(LibvirtError) -> EventSequence<EventRecord<Object, Event>> {
        let pointer = try handle(source.function)
        try requireEventLoop(source.function, for: "events")
        return EventSequence(
            try events.subscribe(
                source, kinds: kinds, filter: filter, buffering: buffering, connection: self, pointer: pointer))
    }

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
    /// `virDomainRef`, `virDomainGetName`, `virDomainGetUUID`, `virDomainGetID`; and `virConnectRegisterCloseCallback`.
    public func domainEvents(
        _ kinds: Set<DomainEvent.Kind> = DomainEvent.Kind.all, domain: Domain? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> DomainEvents {
        try subscribe(.domains, kinds: kinds.map(\.rawValue).sorted(), filter: domain?.pointer, buffering: buffering)
    }

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
    /// `virNetworkRef`, `virNetworkGetName`, `virNetworkGetUUID`; and `virConnectRegisterCloseCallback`.
    public func networkEvents(
        _ kinds: Set<NetworkEvent.Kind> = NetworkEvent.Kind.all, network: Network? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> NetworkEvents {
        try subscribe(.networks, kinds: kinds.map(\.rawValue).sorted(), filter: network?.pointer, buffering: buffering)
    }

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
    /// `virStoragePoolRef`, `virStoragePoolGetName`, `virStoragePoolGetUUID`; and `virConnectRegisterCloseCallback`.
    public func storagePoolEvents(
        _ kinds: Set<StoragePoolEvent.Kind> = StoragePoolEvent.Kind.all, pool: StoragePool? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> StoragePoolEvents {
        try subscribe(.storagePools, kinds: kinds.map(\.rawValue).sorted(), filter: pool?.pointer, buffering: buffering)
    }

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
    /// `virNodeDeviceRef`, `virNodeDeviceGetName`; and `virConnectRegisterCloseCallback`.
    public func nodeDeviceEvents(
        _ kinds: Set<NodeDeviceEvent.Kind> = NodeDeviceEvent.Kind.all, device: NodeDevice? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> NodeDeviceEvents {
        try subscribe(.nodeDevices, kinds: kinds.map(\.rawValue).sorted(), filter: device?.pointer, buffering: buffering)
    }

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
    /// `virSecretRef`, `virSecretGetUUID`, `virSecretGetUsageID`; and `virConnectRegisterCloseCallback`.
    public func secretEvents(
        _ kinds: Set<SecretEvent.Kind> = SecretEvent.Kind.all, secret: Secret? = nil,
        buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> SecretEvents {
        try subscribe(.secrets, kinds: kinds.map(\.rawValue).sorted(), filter: secret?.pointer, buffering: buffering)
    }
}
