import CLibvirt
import Glibc
import Synchronization

/// The Swift state behind one subscription's C callbacks: the stream's
/// continuation and a cache of handles.
///
/// libvirt holds it through the callbacks' opaque pointer, one retain per
/// registered event id, and releases each in the free callback it runs once
/// the registration is gone (``releaseEventSink``). A callback only copies its
/// payload and calls ``deliver(_:_:evict:)``, which yields and returns.
///
/// Handles are cached per object (UUID, or name for node devices): one actor
/// per object, not one per event, which keeps delivery cheap. An entry is
/// replaced when the name or
/// the domain id no longer matches (rename, restart), and dropped when the
/// object goes away (``deliver(_:_:evict:)`` with `evict`).
final class EventSink<Object: EventObject, Event: Sendable & Hashable>: Sendable {
    typealias Record = EventRecord<Object, Event>

    /// One cached handle.
    final class Entry: @unchecked Sendable {
        // @unchecked: immutable after init; `cName` is freed in deinit only.
        let object: Object
        let name: String
        let cName: UnsafeMutablePointer<CChar>
        let id: UInt32

        init(object: Object, name: UnsafePointer<CChar>?, id: UInt32) {
            self.object = object
            if let name { cName = strdup(name) } else { cName = strdup("") }
            self.name = String(cString: cName)
            self.id = id
        }

        deinit { free(cName) }
    }

    private let continuation: AsyncStream<Record>.Continuation
    private let connection: Connection
    let counters: EventCounters
    private let cache = Mutex<[EventIdentity.Key: Entry]>([:])

    init(continuation: AsyncStream<Record>.Continuation, connection: Connection, counters: EventCounters) {
        self.continuation = continuation
        self.connection = connection
        self.counters = counters
    }

    deinit {
        // libvirt let go of every registration: nothing more will come.
        continuation.finish()
        counters.sinkFreed.store(true, ordering: .releasing)
    }

    // MARK: - Delivery (on libvirt's event loop thread)

    /// Wraps the borrowed handle (from the cache, or with a new reference)
    /// and yields the record.
    @inline(__always)
    func deliver(_ pointer: OpaquePointer, _ event: Event, evict: Bool = false) {
        counters.callbacks.add(1, ordering: .relaxed)
        let identity = Object.identity(of: pointer)
        let entry = cache.withLock { cache -> Entry in
            if let entry = cache[identity.key], entry.id == identity.id,
                identity.name.map({ strcmp(entry.cName, $0) == 0 }) ?? (entry.cName[0] == 0)
            {
                if evict { cache[identity.key] = nil }
                return entry
            }
            let entry = Entry(object: Object.adopt(pointer, connection: connection), name: identity.name, id: identity.id)
            cache[identity.key] = evict ? nil : entry
            return entry
        }
        let record = Record(object: entry.object, name: entry.name, uuid: identity.uuid, event: event)
        if case .dropped = continuation.yield(record) {
            counters.dropped.add(1, ordering: .relaxed)
        }
    }

    /// Finishes the stream (the connection closed).
    func finish() {
        continuation.finish()
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
