import CLibvirt
import Synchronization

/// What identifies a libvirt event registration: libvirt tracks one by its C
/// callback (one per object type and event id here), its event id and its
/// object filter, not by its opaque pointer, and refuses a second one alike.
struct EventGroupKey: Hashable, Sendable {
    /// The handle type the events are about (`Domain`, `Network`…).
    let objectType: ObjectIdentifier
    /// The event id's C value.
    let kind: Int32
    /// The filter object's UUID (its name for node devices), read at
    /// subscribe time; nil for every object.
    let filter: String?
    /// What else tells registrations of one object type apart (a QEMU
    /// monitor event's name filter); nil for the event ids of libvirt-api.
    var qualifier: String? = nil
}

/// A fan-out group seen without its generic parameters, by the connection's
/// registry and the subscriptions that joined it.
protocol AnyEventGroup: AnyObject, Sendable {
    var key: EventGroupKey { get }
    /// libvirt's callback id.
    var callbackID: Int32 { get }
    /// The matching C deregistration.
    var deregister: EventSubscription.Deregister { get }
    /// The connection's count of live registrations.
    var registrations: RegistrationCount { get }
    /// Removes a sink; true if the group is now empty.
    func remove(_ sink: AnyObject) -> Bool
}

/// The Swift state behind one libvirt event registration: every
/// subscription's sink that receives this (object type, event id, filter)
/// on one connection.
///
/// libvirt holds it through the callback's opaque pointer, retained, and
/// releases it in the free callback it runs once the registration is gone
/// (``releaseEventSink``). A C callback hands its payload to ``deliver(_:_:refresh:evict:)``,
/// which delivers it to each sink: the sinks are read under the lock, and
/// delivered to outside it, so that joining or leaving never waits for a delivery.
///
/// Sinks join and leave under the connection's registry lock
/// (``ConnectionEvents``); the last one to leave takes the group out of the
/// registry and queues its deregistration, so a group being deregistered is
/// never joined.
final class EventGroup<Object: EventObject, Event: Sendable & Hashable>: AnyEventGroup {
    typealias Sink = EventSink<Object, Event>

    let key: EventGroupKey
    let deregister: EventSubscription.Deregister
    let registrations: RegistrationCount
    private let sinks = Mutex<[Sink]>([])
    private let id = Atomic<Int32>(-1)

    init(key: EventGroupKey, registrations: RegistrationCount, deregister: @escaping EventSubscription.Deregister) {
        self.key = key
        self.registrations = registrations
        self.deregister = deregister
    }

    // MARK: - Delivery (on libvirt's event loop thread)

    /// Hands the event to every sink of the group.
    @inline(__always)
    func deliver(_ pointer: OpaquePointer, _ event: Event, refresh: Bool = false, evict: Bool = false) {
        let current = sinks.withLock { $0 }
        for sink in current {
            sink.deliver(pointer, event, refresh: refresh, evict: evict)
        }
    }

    /// The group behind a callback's opaque pointer.
    @inline(__always)
    static func from(_ opaque: UnsafeMutableRawPointer?) -> EventGroup? {
        guard let opaque else { return nil }
        return Unmanaged<EventGroup>.fromOpaque(opaque).takeUnretainedValue()
    }

    // MARK: - Membership

    /// Adds a sink. Under the registry lock, or before the group is registered.
    func add(_ sink: Sink) {
        sink.counters.joined()
        sinks.withLock { $0.append(sink) }
    }

    /// Removes a sink; true if the group is now empty. Under the registry
    /// lock, or before the group is registered.
    func remove(_ sink: AnyObject) -> Bool {
        let (removed, empty) = sinks.withLock { sinks -> (Sink?, Bool) in
            guard let index = sinks.firstIndex(where: { $0 === sink }) else { return (nil, sinks.isEmpty) }
            return (sinks.remove(at: index), sinks.isEmpty)
        }
        removed?.counters.left()
        return empty
    }

    // MARK: - Registration

    /// libvirt's callback id, once registered.
    var callbackID: Int32 {
        id.load(ordering: .acquiring)
    }

    /// Records libvirt's callback id, before the group is in the registry.
    func registered(as callbackID: Int32) {
        id.store(callbackID, ordering: .releasing)
    }

    /// A retain of the group for its libvirt registration.
    func retainedOpaque() -> UnsafeMutableRawPointer {
        EventCounters.processRegistrations.add(1, ordering: .relaxed)
        registrations.live.add(1, ordering: .relaxed)
        return Unmanaged.passRetained(self).toOpaque()
    }

    /// Gives back a retain libvirt never took (its registration failed).
    static func releaseUnregistered(_ opaque: UnsafeMutableRawPointer) {
        let group = Unmanaged<EventGroup>.fromOpaque(opaque)
        EventCounters.processRegistrations.subtract(1, ordering: .releasing)
        group.takeUnretainedValue().registrations.live.subtract(1, ordering: .releasing)
        group.release()
    }
}

/// libvirt's free callback for every event registration: drops the retain
/// the registration held on its group.
let releaseEventSink: @convention(c) (UnsafeMutableRawPointer?) -> Void = { opaque in
    guard let opaque else { return }
    let group = Unmanaged<AnyObject>.fromOpaque(opaque)
    EventCounters.processRegistrations.subtract(1, ordering: .releasing)
    (group.takeUnretainedValue() as? any AnyEventGroup)?.registrations.live.subtract(1, ordering: .releasing)
    group.release()
}
