import CLibvirt
import Glibc
import Synchronization

/// The Swift state behind one subscription's C callbacks: its buffer of
/// unread events and a cache of handles.
///
/// libvirt holds it through the callbacks' opaque pointer, one retain per
/// registered event id, and releases each in the free callback it runs once
/// the registration is gone (``releaseEventSink``). A callback only copies its
/// payload and calls ``deliver(_:_:refresh:evict:)``, which yields and returns.
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
        // libvirt let go of every registration: nothing more will come.
        buffer.finish()
        counters.sinkFreed.store(true, ordering: .releasing)
        // This may run on libvirt's event loop thread (a free callback after a
        // dispatch). The cached handles and the connection may be the last
        // references: release them on the connection's executor, so that a
        // connection never closes (a blocking round trip) on the loop thread.
        let connection = connection
        let handles = cache.withLock { cache in
            defer { cache = Cache() }
            return cache
        }
        connection.executor.queue.async {
            withExtendedLifetime((connection, handles)) {}
        }
    }

    // MARK: - Delivery (on libvirt's event loop thread)

    /// Finds or makes the handle for the borrowed C handle, and yields the record.
    ///
    /// - Parameters:
    ///   - refresh: the event may have changed the object's UUID or id: check them.
    ///   - evict: the object is gone: drop its cache entry after this event.
    @inline(__always)
    func deliver(_ pointer: OpaquePointer, _ event: Event, refresh: Bool = false, evict: Bool = false) {
        counters.callbacks.add(1, ordering: .relaxed)
        let entry = cache.withLock { cache in
            lookup(pointer, in: &cache, refresh: refresh || !seesLifecycle, evict: evict)
        }
        buffer.push(Record(object: entry.object, name: entry.identity.name, uuid: entry.identity.uuid, event: event))
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

    /// The sink behind a callback's opaque pointer.
    @inline(__always)
    static func from(_ opaque: UnsafeMutableRawPointer?) -> EventSink? {
        guard let opaque else { return nil }
        return Unmanaged<EventSink>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// A new retain of the sink for one libvirt registration.
    func retainedOpaque() -> UnsafeMutableRawPointer {
        counters.registered()
        return Unmanaged.passRetained(self).toOpaque()
    }

    /// Gives back a retain libvirt never took (its registration failed).
    static func releaseUnregistered(_ opaque: UnsafeMutableRawPointer) {
        let sink = Unmanaged<EventSink>.fromOpaque(opaque)
        sink.takeUnretainedValue().counters.released()
        sink.release()
    }
}

/// Keeps what `EventSink.release` needs without generics, for the C free callback.
protocol ReleasableSink: AnyObject {
    var counters: EventCounters { get }
}

extension EventSink: ReleasableSink {}

/// libvirt's free callback for every event registration: drops the retain
/// the registration held on its sink.
let releaseEventSink: @convention(c) (UnsafeMutableRawPointer?) -> Void = { opaque in
    guard let opaque else { return }
    let sink = Unmanaged<AnyObject>.fromOpaque(opaque)
    (sink.takeUnretainedValue() as? ReleasableSink)?.counters.released()
    sink.release()
}
