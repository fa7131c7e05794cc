import CLibvirt

/// How one object type's events are registered with libvirt: the small
/// description the generic pipeline (``EventHub``, ``EventRegistration``,
/// ``EventSubscription``) needs of each object type. The C callback of each
/// event id lives beside the event type (`DomainEvent+Callbacks.swift`,
/// `NetworkEvent.swift`...) and hands its payload to the registration behind
/// its opaque pointer (``EventRegistration/deliver(_:_:refresh:evict:)``).
package struct EventSource<Object: EventObject, Event: Sendable & Hashable>: Sendable {
    /// Makes one C registration: given the connection, the filter object
    /// (nil for every object), the event id, the opaque pointer and the free
    /// callback to pass to libvirt; returns the callback id, or -1.
    package typealias Register = @Sendable (
        _ connection: OpaquePointer, _ filter: OpaquePointer?, _ kind: Int32, _ opaque: UnsafeMutableRawPointer,
        _ free: virFreeCallback
    ) -> Int32
    /// A deregistration function: `virConnectDomainEventDeregisterAny` and its kin.
    package typealias Deregister = @Sendable (_ connection: OpaquePointer, _ callbackID: Int32) -> Int32

    /// The registering C function's name, for errors.
    let function: String
    let register: Register
    let deregister: Deregister
    /// What tells registrations of one object type and event id apart besides
    /// the filter (a QEMU monitor event's name filter); nil for the event ids
    /// of libvirt-api.
    let qualifier: String?

    package init(function: String, qualifier: String? = nil, register: @escaping Register, deregister: @escaping Deregister) {
        self.function = function
        self.qualifier = qualifier
        self.register = register
        self.deregister = deregister
    }
}

/// What identifies a libvirt event registration: libvirt tracks one by its C
/// callback (one per object type and event id here), its event id and its
/// object filter, not by its opaque pointer, and refuses a second one alike.
struct EventKey: Hashable, Sendable {
    /// The handle type the events are about (`Domain`, `Network`…).
    let objectType: ObjectIdentifier
    /// The event id's C value.
    let kind: Int32
    /// The filter object's UUID (its name for node devices), read at
    /// subscribe time; nil for every object.
    let filter: String?
    /// See ``EventSource/qualifier``.
    let qualifier: String?
}
