import CLibvirt
import Glibc
import Synchronization

/// A registration seen without its generic parameters, by the connection's
/// hub and the subscriptions that joined it.
protocol AnyEventRegistration: AnyObject, Sendable {
    var key: EventKey { get }
    /// Takes a subscriber out; true if none is left. Under the hub's lock.
    func remove(_ subscriber: AnyObject) -> Bool
    /// Ends every subscriber (the connection is closing or closed).
    func endSubscribers()
    /// The subscribers, as identities (for tests).
    var subscriberIDs: [ObjectIdentifier] { get }
    /// Deregisters from libvirt and releases the cached handles; false if
    /// libvirt failed to deregister. On the connection's executor, with the
    /// C connection open; once.
    func deregister(_ connection: OpaquePointer) -> Bool
    /// libvirt ran the free callback: the registration is gone.
    func freed()
}

/// The Swift state behind one libvirt event registration (one object type,
/// event id and filter on one connection): its subscribers, and the handle
/// cache shared by all of them.
///
/// libvirt holds it through the callback's opaque pointer, retained, and
/// releases it in the free callback it runs once the registration is gone
/// (``releaseEventRegistration``). A C callback hands its payload to
/// ``deliver(_:_:refresh:evict:)``: one handle lookup and one record per
/// event, however many subscribers, then one append to each subscriber.
///
/// Handles are cached per object, keyed by name (see ``EventObject``): one
/// actor per object, not one per event. Taking a reference and making an
/// actor costs about 3 µs; a cache hit costs one `virDomainGetName` (0.08 µs).
/// The entry is checked against the object's UUID and id when the event may
/// have changed them (`refresh`, and every event of a registration other
/// than lifecycle, which does not see when a name changes hands), and
/// dropped when the object goes away (`evict`).
final class EventRegistration<Object: EventObject, Event: Sendable & Hashable>: AnyEventRegistration, @unchecked Sendable {
    // @unchecked: `callbackID` is written once, before the registration is published.
    typealias Record = EventRecord<Object, Event>
    typealias Subscriber = EventSubscription<Record>

    /// One cached handle.
    final class Entry: @unchecked Sendable {
        // @unchecked: immutable after init; `cKey` is freed in deinit only.
        let object: Object
        let identity: EventIdentity
        /// The key, as a C string, to compare with the handle's without making a String.
        let cKey: UnsafeMutablePointer<CChar>

        init(object: Object, identity: EventIdentity) {
            self.object = object
            self.identity = identity
            cKey = strdup(identity.key)
        }

        deinit { free(cKey) }
    }

    private struct State {
        var subscribers: [Subscriber] = []
        var entries: [String: Entry] = [:]
        /// The last entry used (most events in a row concern one object).
        var last: Entry?
        /// Deregistered: deliver nothing more, cache nothing more.
        var released = false
    }

    let key: EventKey
    private let source: EventSource<Object, Event>
    private let connection: Connection
    private let state = Mutex(State())
    /// Whether this registration receives lifecycle events (id 0 of every
    /// object type), the ones that tell when a name may change hands.
    private let seesLifecycle: Bool
    /// libvirt's callback id, once registered.
    private(set) var callbackID: Int32 = -1

    init(key: EventKey, source: EventSource<Object, Event>, connection: Connection) {
        self.key = key
        self.source = source
        self.connection = connection
        seesLifecycle = key.kind == 0 && key.qualifier == nil
    }

    // MARK: - Delivery (on libvirt's event loop thread)

    /// Finds or makes the handle for the borrowed C handle, and hands the
    /// record to every subscriber.
    ///
    /// - Parameters:
    ///   - refresh: the event may have changed the object's UUID or id: check them.
    ///   - evict: the object is gone: drop its cache entry after this event.
    @inline(__always)
    func deliver(_ pointer: OpaquePointer, _ event: Event, refresh: Bool = false, evict: Bool = false) {
        let (record, subscribers) = state.withLock { state -> (Record?, [Subscriber]) in
            guard !state.released else { return (nil, []) }
            let entry = lookup(pointer, in: &state, refresh: refresh || !seesLifecycle, evict: evict)
            return (Record(object: entry.object, name: entry.identity.name, uuid: entry.identity.uuid, event: event), state.subscribers)
        }
        guard let record else { return }
        for subscriber in subscribers {
            let dropped = subscriber.push(record)
            if dropped > 0 { connection.logger.droppedEvent(kind: "\(Event.self)", total: dropped) }
        }
    }

    /// The registration behind a callback's opaque pointer.
    @inline(__always)
    static func from(_ opaque: UnsafeMutableRawPointer?) -> EventRegistration? {
        guard let opaque else { return nil }
        return Unmanaged<EventRegistration>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// The cache entry for a handle, made if missing or stale.
    private func lookup(_ pointer: OpaquePointer, in state: inout State, refresh: Bool, evict: Bool) -> Entry {
        var found: Entry?
        if !refresh, let quick = Object.quickKey(of: pointer) {
            if let last = state.last, strcmp(last.cKey, quick) == 0 {
                // The common case: the same object as the last event.
                if evict { forget(last, &state) }
                return last
            }
            found = state.entries[String(cString: quick)]
        }
        if found == nil {
            let identity = Object.identity(of: pointer)
            if let cached = state.entries[identity.key], cached.identity.uuid == identity.uuid,
                cached.identity.id == identity.id, cached.identity.name == identity.name
            {
                found = cached
            } else {
                found = Entry(object: Object.adopt(pointer, connection: connection), identity: identity)
            }
        }
        let entry = found!
        if evict {
            forget(entry, &state)
        } else {
            state.entries[entry.identity.key] = entry
            state.last = entry
        }
        return entry
    }

    /// Drops an object's entry: it went away.
    private func forget(_ entry: Entry, _ state: inout State) {
        state.entries[entry.identity.key] = nil
        state.last = nil
    }

    // MARK: - Subscribers (under the hub's lock, or before the registration is published)

    /// Adds a subscriber.
    func add(_ subscriber: Subscriber) {
        state.withLock { $0.subscribers.append(subscriber) }
    }

    func remove(_ subscriber: AnyObject) -> Bool {
        state.withLock { state in
            state.subscribers.removeAll { $0 === subscriber }
            return state.subscribers.isEmpty
        }
    }

    func endSubscribers() {
        for subscriber in state.withLock({ $0.subscribers }) {
            subscriber.end(discarding: false)
        }
    }

    var subscriberIDs: [ObjectIdentifier] {
        state.withLock { $0.subscribers.map { ObjectIdentifier($0) } }
    }

    // MARK: - Registering with libvirt

    /// Registers with libvirt; libvirt's callback id, or -1 (its error is
    /// then the thread's last error, and libvirt holds nothing). On the
    /// connection's executor.
    func register(_ connection: OpaquePointer, filter: OpaquePointer?, hub: EventHub) -> Int32 {
        let opaque = Unmanaged.passRetained(self).toOpaque()
        hub.registrationMade()
        callbackID = source.register(connection, filter, key.kind, opaque, releaseEventRegistration)
        if callbackID < 0 {
            hub.registrationFreed()
            Unmanaged<EventRegistration>.fromOpaque(opaque).release()
        }
        return callbackID
    }

    func deregister(_ connection: OpaquePointer) -> Bool {
        var deregistered = true
        if callbackID >= 0, source.deregister(connection, callbackID) < 0 {
            virResetLastError()
            deregistered = false
        }
        let dropped = state.withLock { state -> ([String: Entry], [Subscriber]) in
            state.released = true
            defer { state.entries = [:]; state.last = nil; state.subscribers = [] }
            return (state.entries, state.subscribers)
        }
        withExtendedLifetime(dropped) {}  // the cached handles go here, on the executor
        return deregistered
    }

    func freed() {
        connection.events.registrationFreed()
    }
}

/// libvirt's free callback for every event registration: drops the retain
/// the registration held. On the deregistering thread, or on libvirt's event
/// loop thread after the dispatch in progress.
let releaseEventRegistration: @convention(c) (UnsafeMutableRawPointer?) -> Void = { opaque in
    guard let opaque else { return }
    let registration = Unmanaged<AnyObject>.fromOpaque(opaque)
    (registration.takeUnretainedValue() as? any AnyEventRegistration)?.freed()
    registration.release()
}
