import CLibvirt
import Glibc
import Synchronization

/// The Swift state behind one subscription: its buffer of unread events and
/// a cache of handles.
///
/// The fan-out groups it joined (one per event id, ``EventGroup``) hold it,
/// and the subscription until it ends; once it left every group (and a
/// delivery in progress is over), it goes, finishing its buffer. A C callback
/// only copies its payload and its group calls ``deliver(_:_:refresh:evict:)``
/// on each sink, which yields and returns.
///
/// Handles are cached per object, keyed by name (see ``EventObject``): one
/// actor per object, not one per event. Taking a reference and making an
/// actor costs about 3 µs; a cache hit costs one `virDomainGetName` (0.08 µs).
/// The entry is checked against the object's UUID and id when the event may
/// have changed them (`refresh`), and dropped when the object goes away (`evict`).
final class EventSink<Object: EventObject, Event: Sendable & Hashable>: Sendable {
    typealias Record = EventRecord<Object, Event>

    /// One cached handle.
    final class Entry: @unchecked Sendable {
        // @unchecked: immutable after init; `cName` is freed in deinit only.
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

    /// The cached handles, and the last one used (most events in a row
    /// concern one object).
    struct Cache {
        var entries: [String: Entry] = [:]
        var last: Entry?
    }

    private let buffer: EventBuffer<Record>
    private let connection: Connection
    let counters: EventCounters
    private let cache = Mutex(Cache())
    /// Whether this subscription receives lifecycle events, the ones that
    /// tell when a name may change hands; without them, every event checks
    /// the UUID (and id) behind the name.
    private let seesLifecycle: Bool

    init(buffer: EventBuffer<Record>, connection: Connection, counters: EventCounters, seesLifecycle: Bool = true) {
        self.buffer = buffer
        self.connection = connection
        self.counters = counters
        self.seesLifecycle = seesLifecycle
    }

    deinit {
        // Out of every group: nothing more will come.
        buffer.finish()
        // This may run on libvirt's event loop thread (after a delivery in
        // progress when the subscription ended). The cached handles and the connection may be the last
        // references: release them on the connection's executor, so that a
        // connection never closes (a blocking round trip) on the loop thread.
        let connection = connection
        let handles = cache.withLock { cache in
            defer { cache = Cache() }
            return cache
        }
        connection.executor.async {
            withExtendedLifetime((connection, handles)) {}
        }
        // Freed: the handles' release is queued, ahead of anything queued after this.
        counters.sinkFreed.store(true, ordering: .releasing)
    }

    // MARK: - Delivery (on libvirt's event loop thread)

    /// Finds or makes the handle for the borrowed C handle, and yields the record.
    ///
    /// - Parameters:
    ///   - refresh: the event may have changed the object's UUID or id: check them.
    ///   - evict: the object is gone: drop its cache entry after this event.
    @inline(__always)
    func deliver(_ pointer: OpaquePointer, _ event: Event, refresh: Bool = false, evict: Bool = false) {
        let entry = cache.withLock { cache in
            lookup(pointer, in: &cache, refresh: refresh || !seesLifecycle, evict: evict)
        }
        let dropped = buffer.push(Record(object: entry.object, name: entry.identity.name, uuid: entry.identity.uuid, event: event))
        if dropped > 0 { connection.logger.droppedEvent(kind: "\(Event.self)", total: dropped) }
        // Counted once buffered, so a test that sees the count can read the event.
        counters.callbacks.add(1, ordering: .releasing)
    }

    /// The cache entry for a handle, made if missing or stale.
    private func lookup(_ pointer: OpaquePointer, in cache: inout Cache, refresh: Bool, evict: Bool) -> Entry {
        var found: Entry?
        if !refresh, let quick = Object.quickKey(of: pointer) {
            if let last = cache.last, strcmp(last.cKey, quick) == 0 {
                // The common case: the same object as the last event.
                if evict { forget(last, &cache) }
                return last
            }
            found = cache.entries[String(cString: quick)]
        }
        if found == nil {
            let identity = Object.identity(of: pointer)
            if let cached = cache.entries[identity.key], cached.identity.uuid == identity.uuid,
                cached.identity.id == identity.id, cached.identity.name == identity.name
            {
                found = cached
            } else {
                found = Entry(object: Object.adopt(pointer, connection: connection), identity: identity)
            }
        }
        let entry = found!
        if evict {
            forget(entry, &cache)
        } else {
            cache.entries[entry.identity.key] = entry
            cache.last = entry
        }
        return entry
    }

    /// Drops an object's entry: it went away.
    private func forget(_ entry: Entry, _ cache: inout Cache) {
        cache.entries[entry.identity.key] = nil
        cache.last = nil
    }
}
