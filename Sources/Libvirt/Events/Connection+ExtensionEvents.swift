import CLibvirt

// MARK: - Domain events registered by the package's other libraries

extension Connection {
    /// Subscribes to domain events that another library of this package
    /// registers with libvirt (LibvirtQEMU's monitor events), through the
    /// same hub, registrations and subscriptions as ``domainEvents(_:domain:buffering:)``.
    ///
    /// - Parameters:
    ///   - source: how to register; its qualifier tells these registrations
    ///     apart from every other kind of domain event, and from each other:
    ///     subscriptions of one qualifier and domain share one libvirt
    ///     registration. Its C callback hands each event to
    ///     ``deliverDomainEvent(_:domain:_:)``.
    ///   - domain: only this domain's events; nil for every domain's.
    package func subscribeDomainEvents<Event: Sendable & Hashable>(
        _ source: EventSource<Domain, Event>, domain: Domain?, buffering: EventBuffering
    ) throws(LibvirtError) -> EventSequence<EventRecord<Domain, Event>> {
        try subscribe(source, kinds: [0], filter: domain?.pointer, buffering: buffering)
    }
}

/// Hands an event from a C callback registered through
/// ``Connection/subscribeDomainEvents(_:domain:buffering:)`` to its
/// subscriptions. On libvirt's event loop thread; `domain` is borrowed.
package func deliverDomainEvent<Event: Sendable & Hashable>(
    _ opaque: UnsafeMutableRawPointer?, domain: OpaquePointer, _ event: Event
) {
    // These registrations see no lifecycle events: the registration checks
    // the handle's identity each time.
    EventRegistration<Domain, Event>.from(opaque)?.deliver(domain, event)
}
