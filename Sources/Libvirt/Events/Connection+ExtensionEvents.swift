import CLibvirt

// MARK: - Domain events registered by the package's other libraries

extension Connection {
    /// Subscribes to domain events that another library of this package
    /// registers with libvirt (LibvirtQEMU's monitor events), through the
    /// same fan-out groups, buffers and ending as ``domainEvents(_:domain:buffering:)``.
    ///
    /// - Parameters:
    ///   - qualifier: tells these registrations apart from every other kind
    ///     of domain event, and from each other: subscriptions of one
    ///     qualifier and domain share one libvirt registration.
    ///   - register: makes the C registration, given the connection, the
    ///     opaque pointer and the free callback to pass to libvirt; returns
    ///     the callback id or -1. Its C callback hands each event to
    ///     ``deliverDomainEvent(_:domain:_:)``.
    ///   - deregister: the matching C deregistration.
    package func subscribeDomainEvents<Event: Sendable & Hashable>(
        qualifier: String, domain: Domain?, buffering: EventBuffering, function: String,
        register: (OpaquePointer, UnsafeMutableRawPointer, virFreeCallback) -> Int32,
        deregister: @escaping EventSubscription.Deregister
    ) throws(LibvirtError) -> (EventBuffer<EventRecord<Domain, Event>>, EventSubscription) {
        try subscribe(
            [0], filter: domain?.pointer, buffering: buffering, function: function,
            register: { connection, _, opaque in register(connection, opaque, releaseEventSink) },
            deregister: deregister, qualifier: qualifier)
    }
}

/// Hands an event from a C callback registered through
/// ``Connection/subscribeDomainEvents(qualifier:domain:buffering:function:register:deregister:)``
/// to its subscriptions. On libvirt's event loop thread; `domain` is borrowed.
package func deliverDomainEvent<Event: Sendable & Hashable>(
    _ opaque: UnsafeMutableRawPointer?, domain: OpaquePointer, _ event: Event
) {
    // These subscriptions see no lifecycle events: check the handle's identity each time.
    EventGroup<Domain, Event>.from(opaque)?.deliver(domain, event, refresh: true)
}
