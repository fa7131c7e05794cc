import CLibvirt
import Synchronization

/// The event state of one connection: its live subscriptions, its event
/// registrations, and its close callback, multicast to every
/// ``Connection/closeEvents()`` sequence.
///
/// libvirt refuses a second registration of one callback, event id and
/// object filter on a connection: so each (object type, event id, filter) has
/// one registration, a fan-out group (``EventGroup``) that every subscription
/// wanting it joins. The registry of groups lives here, under the same lock
/// as joining and leaving: a group whose last sink left is taken out of it
/// and queued for deregistration, so it is never joined again.
///
/// libvirt keeps one close callback per connection: this registers it once,
/// lazily, with the first subscription of any kind, and unregisters it when
/// the connection closes. When the connection closes (``Connection/close()``,
/// the peer going away, a keepalive timeout), every event sequence of the
/// connection finishes.
final class ConnectionEvents: Sendable {
    /// A weak reference to a subscription, so that dropping a sequence still
    /// ends it.
    private struct Weak {
        weak var subscription: EventSubscription?
    }

    private struct State {
        var subscriptions: [ObjectIdentifier: Weak] = [:]
        var closeContinuations: [Int: AsyncStream<Connection.CloseReason>.Continuation] = [:]
        var nextCloseID = 0
        /// Whether the close callback is registered with libvirt.
        var closeCallbackRegistered = false
        /// Why libvirt closed the connection, once it did.
        var closedReason: Connection.CloseReason?
        /// The registered groups, by what libvirt identifies them with.
        var groups: [EventGroupKey: any AnyEventGroup] = [:]
        /// Groups left empty, not yet deregistered.
        var pendingDeregistrations: [any AnyEventGroup] = []
    }

    private let state = Mutex(State())
    /// libvirt registrations alive on this connection (made, not yet freed).
    let registrations = RegistrationCount()

    // MARK: - Subscriptions

    /// Adds a subscription, registering the close callback first if needed.
    /// On the connection's executor.
    func add(_ subscription: EventSubscription, pointer: OpaquePointer) {
        registerCloseCallback(pointer)
        let closed = state.withLock { state -> Bool in
            state.subscriptions[ObjectIdentifier(subscription)] = Weak(subscription: subscription)
            return state.closedReason != nil
        }
        if closed { subscription.finish() }
    }

    /// Forgets a subscription that ended.
    func remove(_ key: ObjectIdentifier) {
        _ = state.withLock { $0.subscriptions.removeValue(forKey: key) }
    }

    // MARK: - Groups

    /// Adds a sink to the registered group of `key`, if there is one (not
    /// being deregistered); nil otherwise.
    func join<Object: EventObject, Event: Sendable & Hashable>(
        _ sink: EventSink<Object, Event>, key: EventGroupKey
    ) -> EventGroup<Object, Event>? {
        state.withLock { state in
            guard let group = state.groups[key] as? EventGroup<Object, Event> else { return nil }
            group.add(sink)
            return group
        }
    }

    /// Makes a newly registered group (its first sink already in) joinable.
    func insert(_ group: any AnyEventGroup) {
        state.withLock { $0.groups[group.key] = group }
    }

    /// Takes a sink out of its groups; those left empty leave the registry
    /// and are queued for deregistration (``deregisterPending(_:)``).
    func leave(_ sink: AnyObject, groups: [any AnyEventGroup]) {
        state.withLock { state in
            for group in groups where group.remove(sink) {
                if let registered = state.groups[group.key], registered === group {
                    state.groups[group.key] = nil
                }
                state.pendingDeregistrations.append(group)
            }
        }
    }

    /// Deregisters every queued group. On the connection's executor, with
    /// the C connection open. libvirt runs each registration's free callback
    /// (now, or after the dispatch in progress on the loop thread), which
    /// releases the group.
    func deregisterPending(_ pointer: OpaquePointer) {
        let pending = state.withLock { state in
            defer { state.pendingDeregistrations = [] }
            return state.pendingDeregistrations
        }
        for group in pending where group.deregister(pointer, group.callbackID) < 0 {
            virResetLastError()
        }
    }

    /// How many libvirt event registrations (groups) the connection has.
    var registrationCount: Int {
        state.withLock { $0.groups.count }
    }

    /// The registered groups.
    var registeredGroups: [any AnyEventGroup] {
        state.withLock { Array($0.groups.values) }
    }

    /// How many subscriptions are live.
    var subscriptionCount: Int {
        state.withLock { $0.subscriptions.values.filter { $0.subscription != nil }.count }
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
    private func registerCloseCallback(_ pointer: OpaquePointer) {
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

    /// libvirt reported the connection closed: multicast the reason, finish
    /// every sequence. On libvirt's event loop thread.
    func closed(_ reason: Connection.CloseReason) {
        // The keepalive watchdog ends the socket, so libvirt sees end of file.
        let reason = keepAliveExpired.load(ordering: .acquiring) && reason != .client ? .keepAlive : reason
        let (continuations, subscriptions) = state.withLock { state in
            state.closedReason = reason
            defer { state.closeContinuations = [:] }
            return (Array(state.closeContinuations.values), state.subscriptions.values.compactMap(\.subscription))
        }
        for continuation in continuations {
            continuation.yield(reason)
            continuation.finish()
        }
        for subscription in subscriptions {
            subscription.finish()
        }
    }

    // MARK: - Closing the connection

    /// The connection is closing (``Connection/close()`` or its deinit): on
    /// its executor, with the C connection still open, deregisters every
    /// event callback and the close callback, and finishes every sequence.
    ///
    /// Wraps `virConnectUnregisterCloseCallback`.
    func connectionClosing(_ pointer: OpaquePointer) {
        let (continuations, subscriptions, registered) = state.withLock { state in
            defer {
                state.closeContinuations = [:]
                state.subscriptions = [:]
                state.closeCallbackRegistered = false
            }
            return (
                Array(state.closeContinuations.values), state.subscriptions.values.compactMap(\.subscription),
                state.closeCallbackRegistered
            )
        }
        for subscription in subscriptions {
            subscription.endNow()
        }
        // Groups whose sinks' subscriptions are going but not yet ended.
        state.withLock { state in
            state.pendingDeregistrations.append(contentsOf: state.groups.values)
            state.groups = [:]
        }
        deregisterPending(pointer)
        if registered, virConnectUnregisterCloseCallback(pointer, connectionClosed) < 0 {
            virResetLastError()
        }
        for continuation in continuations {
            continuation.finish()
        }
    }
}

/// libvirt's close callback: hands the reason to the connection's events.
private let connectionClosed: @convention(c) (OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
    _, reason, opaque in
    guard let opaque else { return }
    Unmanaged<ConnectionEvents>.fromOpaque(opaque).takeUnretainedValue().closed(Connection.CloseReason(rawValue: reason))
}
