import CLibvirt

extension Connection {
    // MARK: - Registering a subscription

    /// Registers one callback per event id for a new sequence, all sharing one
    /// sink, before returning: no event is missed between subscribing and
    /// iterating. If one registration fails, those made are undone and
    /// libvirt's error is thrown.
    ///
    /// - Parameters:
    ///   - kinds: the event ids' C values.
    ///   - register: makes one C registration: given the connection, the id
    ///     and the opaque pointer; returns the callback id or -1.
    ///   - deregister: the matching C deregistration.
    func subscribe<Object: EventObject, Event: Sendable & Hashable>(
        _ kinds: [Int32], buffering: EventBuffering, function: String,
        register: (OpaquePointer, Int32, UnsafeMutableRawPointer) -> Int32,
        deregister: @escaping EventSubscription.Deregister
    ) throws(LibvirtError) -> (EventBuffer<EventRecord<Object, Event>>, EventSubscription) {
        let pointer = try handle(function)
        let counters = EventCounters()
        let buffer = EventBuffer<EventRecord<Object, Event>>(buffering: buffering, counters: counters)
        // Lifecycle is event id 0 of every object type.
        let sink = EventSink<Object, Event>(
            buffer: buffer, connection: self, counters: counters, seesLifecycle: kinds.contains(0))
        var ids: [Int32] = []
        for kind in kinds {
            let opaque = sink.retainedOpaque()
            let id = register(pointer, kind, opaque)
            if id < 0 {
                let error = LibvirtError.last(function: function)
                EventSink<Object, Event>.releaseUnregistered(opaque)
                for id in ids where deregister(pointer, id) < 0 {
                    virResetLastError()
                }
                buffer.finish()
                throw error
            }
            ids.append(id)
        }
        let subscription = EventSubscription(
            connection: self, counters: counters, ids: ids, deregister: deregister, function: function,
            finish: { buffer.finish() })
        buffer.onTermination { [weak subscription] in
            subscription?.end()
        }
        buffer.startCoalescing()
        events.add(subscription, pointer: pointer)
        return (buffer, subscription)
    }
}
