import CLibvirt

extension Connection {
    // MARK: - Registering a subscription

    /// Makes a new sequence's sink and joins it to one fan-out group per
    /// event id, before returning: no event is missed between subscribing
    /// and iterating. A group already registered for the id and filter on
    /// this connection is joined without a libvirt call; otherwise a new one
    /// is registered. If one registration fails, the groups joined are left
    /// (and deregistered if that emptied them) and libvirt's error is thrown.
    ///
    /// - Parameters:
    ///   - kinds: the event ids' C values.
    ///   - filter: the one object whose events to receive; nil for every object's.
    ///   - register: makes one C registration: given the connection, the id
    ///     and the opaque pointer; returns the callback id or -1.
    ///   - deregister: the matching C deregistration.
    ///   - qualifier: part of the group key beside the id and filter (see ``EventGroupKey``).
    func subscribe<Object: EventObject, Event: Sendable & Hashable>(
        _ kinds: [Int32], filter: OpaquePointer?, buffering: EventBuffering, function: String,
        register: (OpaquePointer, Int32, UnsafeMutableRawPointer) -> Int32,
        deregister: @escaping EventSubscription.Deregister, qualifier: String? = nil
    ) throws(LibvirtError) -> (EventBuffer<EventRecord<Object, Event>>, EventSubscription) {
        let pointer = try handle(function)
        let counters = EventCounters()
        let buffer = EventBuffer<EventRecord<Object, Event>>(buffering: buffering, counters: counters)
        // Lifecycle is event id 0 of every object type.
        let sink = EventSink<Object, Event>(
            buffer: buffer, connection: self, counters: counters, seesLifecycle: kinds.contains(0))
        // libvirt keys a filter by the object's UUID (a node device's by name).
        let filterKey = filter.map { pointer -> String in
            let identity = Object.identity(of: pointer)
            return identity.uuid?.uuidString ?? identity.key
        }
        var groups: [any AnyEventGroup] = []
        for kind in kinds {
            let key = EventGroupKey(
                objectType: ObjectIdentifier(Object.self), kind: kind, filter: filterKey, qualifier: qualifier)
            if let group = events.join(sink, key: key) {
                groups.append(group)
                continue
            }
            // A group of this key may be pending deregistration: libvirt
            // would refuse a second registration until it is gone.
            events.deregisterPending(pointer)
            let group = EventGroup<Object, Event>(key: key, registrations: events.registrations, deregister: deregister)
            group.add(sink)
            let opaque = group.retainedOpaque()
            let id = register(pointer, kind, opaque)
            if id < 0 {
                let error = LibvirtError.last(function: function)
                _ = group.remove(sink)
                EventGroup<Object, Event>.releaseUnregistered(opaque)
                events.leave(sink, groups: groups)
                events.deregisterPending(pointer)
                buffer.finish()
                throw error
            }
            group.registered(as: id)
            events.insert(group)
            groups.append(group)
        }
        let subscription = EventSubscription(
            connection: self, counters: counters,
            membership: EventSubscription.Membership(sink: sink, groups: groups),
            finish: { buffer.finish() })
        buffer.onTermination { [weak subscription] in
            subscription?.end()
        }
        buffer.startCoalescing()
        events.add(subscription, pointer: pointer)
        return (buffer, subscription)
    }
}
