import CLibvirt
import CLibvirtAdmin
import Libvirt
import Synchronization

/// The close callback of one admin connection, multicast to every
/// ``AdminConnection/closeEvents()`` sequence.
///
/// libvirt keeps one close callback per admin connection: it is registered
/// when the connection opens and unregistered when it closes (the
/// registration holds a reference to the connection, so it must go first).
final class AdminCloseEvents: Sendable {
    private struct State {
        var continuations: [Int: AsyncStream<Connection.CloseReason>.Continuation] = [:]
        var nextID = 0
        var reason: Connection.CloseReason?
        var registered = false
    }

    private let state = Mutex(State())

    /// Registers the callback; on failure close reasons are not seen, the
    /// connection still works. On the connection's executor.
    ///
    /// Wraps `virAdmConnectRegisterCloseCallback`.
    func register(_ connection: OpaquePointer) {
        let opaque = Unmanaged.passRetained(self).toOpaque()
        if virAdmConnectRegisterCloseCallback(connection, adminConnectionClosed, opaque, releaseCloseEvents) < 0 {
            virResetLastError()
            Unmanaged<AdminCloseEvents>.fromOpaque(opaque).release()
            return
        }
        state.withLock { $0.registered = true }
    }

    /// Unregisters the callback (libvirt then releases this object's retain)
    /// and finishes every sequence. On the connection's executor.
    ///
    /// Wraps `virAdmConnectUnregisterCloseCallback`.
    func unregister(_ connection: OpaquePointer) {
        let (registered, continuations) = state.withLock { state in
            defer {
                state.registered = false
                state.continuations = [:]
            }
            return (state.registered, Array(state.continuations.values))
        }
        if registered, virAdmConnectUnregisterCloseCallback(connection, adminConnectionClosed) < 0 {
            virResetLastError()
        }
        for continuation in continuations { continuation.finish() }
    }

    /// A new sequence of close reasons: it yields the reason and finishes
    /// when the daemon closes the connection (at once if it did already),
    /// and finishes without one when ``AdminConnection/close()`` runs.
    func stream() -> AsyncStream<Connection.CloseReason> {
        let (stream, continuation) = AsyncStream.makeStream(of: Connection.CloseReason.self)
        let id = state.withLock { state -> Int? in
            if let reason = state.reason {
                continuation.yield(reason)
                continuation.finish()
                return nil
            }
            if !state.registered {
                continuation.finish()
                return nil
            }
            defer { state.nextID += 1 }
            state.continuations[state.nextID] = continuation
            return state.nextID
        }
        if let id {
            continuation.onTermination = { [weak self] _ in
                _ = self?.state.withLock { $0.continuations.removeValue(forKey: id) }
            }
        }
        return stream
    }

    /// libvirt reported the connection closed. On libvirt's event loop thread.
    fileprivate func closed(_ reason: Connection.CloseReason) {
        let continuations = state.withLock { state in
            state.reason = reason
            defer { state.continuations = [:] }
            return Array(state.continuations.values)
        }
        for continuation in continuations {
            continuation.yield(reason)
            continuation.finish()
        }
    }
}

/// libvirt's admin close callback.
private let adminConnectionClosed: virAdmConnectCloseFunc = { _, reason, opaque in
    guard let opaque else { return }
    Unmanaged<AdminCloseEvents>.fromOpaque(opaque).takeUnretainedValue().closed(Connection.CloseReason(rawValue: reason))
}

/// libvirt's free callback for the close callback's opaque pointer.
private let releaseCloseEvents: virFreeCallback = { opaque in
    guard let opaque else { return }
    Unmanaged<AdminCloseEvents>.fromOpaque(opaque).release()
}
