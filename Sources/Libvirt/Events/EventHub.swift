import CLibvirt
import Glibc
import Logging
import Synchronization

/// The event state of one connection: its registrations, shared by every
/// subscription that wants the same (object type, event id, filter), and
/// its close callback, multicast to every ``Connection/closeEvents()``
/// sequence.
///
/// libvirt refuses a second registration of one callback, event id and
/// object filter on a connection: so each has one ``EventRegistration``,
/// joined by every subscription asking for it. A registration whose last
/// subscriber left is taken out of the registry and deregistered on the
/// connection's executor: by a job queued when it emptied, by the next
/// subscription (libvirt would refuse its registration meanwhile), or by
/// ``Connection/close()``, whichever runs first. `close()` deregisters
/// everything left, releases the cached handles, and waits for libvirt to
/// free a registration whose dispatch was in progress, before it closes the
/// C connection: so its result counts only the handles the caller holds.
///
/// While registrations are in use the hub holds a ``PromptWatch``, so that
/// the loop watches the connection's socket at once between calls.
///
/// libvirt keeps one close callback per connection: the hub registers it
/// once, with the first subscription of any kind, and unregisters it when
/// the connection closes. When libvirt closes the connection (the peer going
/// away, a keepalive timeout), every event sequence of the connection finishes.
final class EventHub: Sendable {
    private struct State {
        /// The registrations in use, by what libvirt identifies them with.
        var registrations: [EventKey: any AnyEventRegistration] = [:]
        /// Registrations left empty, not yet deregistered.
        var pending: [any AnyEventRegistration] = []
        var closeContinuations: [Int: AsyncStream<Connection.CloseReason>.Continuation] = [:]
        var nextCloseID = 0
        /// Whether the close callback is registered with libvirt.
        var closeCallbackRegistered = false
        /// Why libvirt closed the connection, once it did.
        var closedReason: Connection.CloseReason?
        /// Held while registrations are in use: events cannot wait for a dormant socket.
        var promptWatch: PromptWatch?
    }

    private let state = Mutex(State())
    /// libvirt registrations made and not yet freed by libvirt.
    private let unfreed = Atomic<Int>(0)
    /// The connection's logger (close reasons, deregistrations).
    let logger: Logger
    /// The connection's socket, if it has one: watched at once while registrations are in use.
    private let socket: ConnectionSocket?

    init(logger: Logger, socket: ConnectionSocket?) {
        self.logger = logger
        self.socket = socket
    }

    // MARK: - Subscribing

    /// Makes a subscription and joins it to one registration per event id,
    /// before returning: no event is missed between subscribing and
    /// iterating. A registration in use for the id and filter is joined
    /// without a libvirt call; otherwise one is made. If libvirt refuses one,
    /// the subscription ends (deregistering what it alone used) and libvirt's
    /// error is thrown. On the connection's executor.
    func subscribe<Object: EventObject, Event: Sendable & Hashable>(
        _ source: EventSource<Object, Event>, kinds: [Int32], filter: OpaquePointer?, buffering: EventBuffering,
        connection: Connection, pointer: OpaquePointer
    ) throws(LibvirtError) -> EventSubscription<EventRecord<Object, Event>> {
        registerCloseCallback(pointer)
        // libvirt refuses a registration like one still pending deregistration.
        drain(pointer)
        // The socket is watched at once from before the first registration;
        // the registry's own hold (below) may be dropped by a `leave` meanwhile.
        let promptWatch = socket?.promptWatch()
        defer { withExtendedLifetime(promptWatch) {} }
        let subscription = EventSubscription<EventRecord<Object, Event>>(buffering: buffering, connection: connection)
        // libvirt keys a filter by the object's UUID (a node device's by name).
        let filterKey = filter.map { pointer -> String in
            let identity = Object.identity(of: pointer)
            return identity.uuid?.uuidString ?? identity.key
        }
        for kind in kinds {
            let key = EventKey(
                objectType: ObjectIdentifier(Object.self), kind: kind, filter: filterKey, qualifier: source.qualifier)
            let joined = state.withLock { state -> (any AnyEventRegistration)? in
                guard let registration = state.registrations[key] as? EventRegistration<Object, Event> else { return nil }
                registration.add(subscription)
                return registration
            }
            if let joined {
                if !subscription.joined(joined) { leave(subscription, [joined], connection: connection) }
                continue
            }
            let registration = EventRegistration(key: key, source: source, connection: connection)
            registration.add(subscription)
            if registration.register(pointer, filter: filter, hub: self) < 0 {
                let error = LibvirtError.last(function: source.function)
                subscription.end(discarding: true)
                drain(pointer)
                throw error
            }
            state.withLock { state in
                state.registrations[key] = registration
                if state.promptWatch == nil { state.promptWatch = socket?.promptWatch() }
            }
            if !subscription.joined(registration) { leave(subscription, [registration], connection: connection) }
        }
        if state.withLock({ $0.closedReason != nil }) {
            subscription.end(discarding: false)
        }
        return subscription
    }

    // MARK: - Leaving

    /// Takes a subscription that ended out of its registrations; those left
    /// empty leave the registry and are deregistered on the connection's
    /// executor, by a job queued here (or before, see ``EventHub``).
    func leave(_ subscriber: AnyObject, _ registrations: [any AnyEventRegistration], connection: Connection) {
        let emptied = state.withLock { state -> Bool in
            var emptied = false
            for registration in registrations where registration.remove(subscriber) {
                // Only the registry's own: one already taken out is being deregistered.
                if let registered = state.registrations[registration.key], registered === registration {
                    state.registrations[registration.key] = nil
                    state.pending.append(registration)
                    emptied = true
                }
            }
            if state.registrations.isEmpty {
                state.promptWatch = nil
            }
            return emptied
        }
        guard emptied else { return }
        connection.executor.async {
            connection.assumeIsolated { connection in
                // After close(), everything was deregistered there.
                guard let pointer = try? connection.handle("deregister") else { return }
                connection.events.drain(pointer)
            }
        }
    }

    /// Deregisters every registration left empty. On the connection's
    /// executor, with the C connection open.
    func drain(_ pointer: OpaquePointer) {
        let pending = state.withLock { state in
            defer { state.pending = [] }
            return state.pending
        }
        deregister(pending, pointer)
    }

    /// Deregisters registrations and logs how many went.
    private func deregister(_ registrations: [any AnyEventRegistration], _ pointer: OpaquePointer) {
        guard !registrations.isEmpty else { return }
        let failed = registrations.filter { !$0.deregister(pointer) }.count
        logger.record(.deregistered(count: registrations.count - failed, failed: failed))
    }

    // MARK: - Counting (libvirt's free callbacks, and tests)

    func registrationMade() {
        unfreed.add(1, ordering: .relaxed)
    }

    func registrationFreed() {
        unfreed.subtract(1, ordering: .releasing)
    }

    /// libvirt registrations made on this connection and not yet freed.
    var liveRegistrations: Int {
        unfreed.load(ordering: .acquiring)
    }

    /// How many registrations are in use.
    var registrationCount: Int {
        state.withLock { $0.registrations.count }
    }

    /// The registrations in use.
    var registrations: [any AnyEventRegistration] {
        state.withLock { Array($0.registrations.values) }
    }

    /// How many subscriptions are members of a registration.
    var subscriptionCount: Int {
        Set(registrations.flatMap(\.subscriberIDs)).count
    }

    // MARK: - Close events

    /// A new stream of close reasons. On the connection's executor.
    func closeStream(pointer: OpaquePointer) -> AsyncStream<Connection.CloseReason> {
        registerCloseCallback(pointer)
        let (stream, continuation) = AsyncStream.makeStream(of: Connection.CloseReason.self)
        let id = state.withLock { state -> Int? in
            if let reason = state.closedReason {
                continuation.yield(reason)
                continuation.finish()
                return nil
            }
            defer { state.nextCloseID += 1 }
            state.closeContinuations[state.nextCloseID] = continuation
            return state.nextCloseID
        }
        if let id {
            continuation.onTermination = { [weak self] _ in
                _ = self?.state.withLock { $0.closeContinuations.removeValue(forKey: id) }
            }
        }
        return stream
    }

    /// Registers the close callback unless it is. On the connection's executor.
    ///
    /// The opaque pointer is this object, unretained: it lives as long as the
    /// connection, which unregisters the callback before it goes (drivers
    /// without close callbacks, such as the test driver, accept the
    /// registration and never call a free callback, so none is passed).
    ///
    /// Wraps `virConnectRegisterCloseCallback`.
    func registerCloseCallback(_ pointer: OpaquePointer) {
        let needed = state.withLock { state -> Bool in
            defer { state.closeCallbackRegistered = true }
            return !state.closeCallbackRegistered
        }
        guard needed else { return }
        let opaque = Unmanaged.passUnretained(self).toOpaque()
        if virConnectRegisterCloseCallback(pointer, connectionClosed, opaque, nil) < 0 {
            // Another close callback is registered (outside this SDK): events
            // still work, only close reasons are not seen.
            virResetLastError()
            state.withLock { $0.closeCallbackRegistered = false }
        }
    }

    /// Set by the keepalive watchdog before it ends the socket of a daemon that
    /// stopped answering: the close reason is then keepalive.
    let keepAliveExpired = Atomic<Bool>(false)

    /// libvirt reported the connection closed: multicast the reason, end
    /// every subscription. On libvirt's event loop thread.
    func closed(_ reason: Connection.CloseReason) {
        // The keepalive watchdog ends the socket, so libvirt sees end of file.
        let reason = keepAliveExpired.load(ordering: .acquiring) && reason != .client ? .keepAlive : reason
        logger.record(.closedByLibvirt(reason))
        let (continuations, registrations) = state.withLock { state in
            state.closedReason = reason
            defer { state.closeContinuations = [:] }
            return (Array(state.closeContinuations.values), Array(state.registrations.values))
        }
        for continuation in continuations {
            continuation.yield(reason)
            continuation.finish()
        }
        for registration in registrations {
            registration.endSubscribers()
        }
    }

    // MARK: - Closing the connection

    /// The connection is closing (``Connection/close()`` or its deinit): on
    /// its executor, with the C connection still open, ends every
    /// subscription, deregisters every registration and the close callback,
    /// and finishes every close-event sequence. Returns once libvirt freed
    /// every registration and the cached handles are released.
    ///
    /// Wraps `virConnectUnregisterCloseCallback`.
    func connectionClosing(_ pointer: OpaquePointer) {
        let (registrations, continuations, registered) = state.withLock { state in
            defer {
                state.registrations = [:]
                state.closeContinuations = [:]
                state.closeCallbackRegistered = false
                state.promptWatch = nil
            }
            return (
                Array(state.registrations.values), Array(state.closeContinuations.values),
                state.closeCallbackRegistered
            )
        }
        for registration in registrations {
            registration.endSubscribers()
        }
        deregister(registrations, pointer)
        drain(pointer)
        // A registration deregistered while libvirt's loop thread dispatched
        // an event is freed when that dispatch ends: wait for it, so that
        // its reference to the C connection is gone before the caller closes.
        var waits = 0
        while liveRegistrations > 0, waits < 10 {
            waitForLoopIteration()
            waits += 1
        }
        if registered, virConnectUnregisterCloseCallback(pointer, connectionClosed) < 0 {
            virResetLastError()
        }
        for continuation in continuations {
            continuation.finish()
        }
    }
}

/// libvirt's close callback: hands the reason to the connection's hub.
private let connectionClosed: @convention(c) (OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
    _, reason, opaque in
    guard let opaque else { return }
    Unmanaged<EventHub>.fromOpaque(opaque).takeUnretainedValue().closed(Connection.CloseReason(rawValue: reason))
}

// MARK: - Waiting for libvirt's event loop thread

/// A semaphore the loop thread posts.
private final class LoopBarrier {
    let semaphore = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)

    init() { sem_init(semaphore, 0, 0) }

    deinit {
        sem_destroy(semaphore)
        semaphore.deallocate()
    }
}

/// Blocks the calling thread (a connection's executor, never the cooperative
/// pool) until libvirt's event loop thread has finished the callback it is
/// running, at most 1 s: a one-shot timeout runs after it.
///
/// Wraps `virEventAddTimeout` and `virEventRemoveTimeout`.
private func waitForLoopIteration() {
    let barrier = LoopBarrier()
    // Two retains: the timeout's, released when it fires, and this thread's.
    let opaque = Unmanaged.passRetained(barrier).toOpaque()
    guard virEventAddTimeout(0, loopBarrierFired, opaque, nil) >= 0 else {
        virResetLastError()
        Unmanaged<LoopBarrier>.fromOpaque(opaque).release()
        return
    }
    var deadline = timespec()
    clock_gettime(CLOCK_REALTIME, &deadline)
    deadline.tv_sec += 1
    while sem_timedwait(barrier.semaphore, &deadline) != 0, errno == EINTR {}
}

/// The barrier's one-shot timeout: removes itself, posts, releases its retain.
private let loopBarrierFired: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { timer, opaque in
    virEventRemoveTimeout(timer)
    guard let opaque else { return }
    let barrier = Unmanaged<LoopBarrier>.fromOpaque(opaque).takeRetainedValue()
    sem_post(barrier.semaphore)
}
