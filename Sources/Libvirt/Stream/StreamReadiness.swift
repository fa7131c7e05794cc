import CLibvirt
import Synchronization

// MARK: - Readiness shared with libvirt's event loop

/// What a stream's event callback and the tasks waiting on the stream share.
///
/// One task may wait to read and one to write at the same time (a console
/// is read and written at once). The callback (on the event loop's thread)
/// disarms itself, then resumes every waiter: each retries its call, and one
/// that would still block waits again, re-arming the callback from the
/// stream's executor. Events that arrive with no waiter are kept, and the
/// next waiter consumes them at once. libvirt's callback reaches it through
/// its ``token`` (see ``StreamReadiness/registered(_:)``), never a pointer.
final class StreamReadiness: Sendable {
    /// How a wait ended.
    enum Wake: Sendable {
        /// The stream reported these events (or another waiter's).
        case ready(Int32)
        /// The waiting task was cancelled.
        case cancelled
        /// Arming the callback failed, or the wait was refused.
        case failed(LibvirtError)
    }

    /// Which side of the stream a waiter waits for.
    enum Side: Sendable {
        case reading, writing
    }

    /// What installing a waiter came to.
    private enum Outcome {
        /// Installed: arm the callback with these events.
        case armed(Int32)
        /// Resumed at once with this.
        case immediate(Wake)
    }

    private struct State {
        var pending: Int32 = 0
        var reader: CheckedContinuation<Wake, Never>?
        var writer: CheckedContinuation<Wake, Never>?
        var cancelled = false

        /// The events the installed waiters wait for.
        var mask: Int32 {
            (reader == nil ? 0 : DataStream.readableEvents) | (writer == nil ? 0 : DataStream.writableEvents)
        }

        /// Removes and returns every installed waiter.
        mutating func takeAll() -> [CheckedContinuation<Wake, Never>] {
            defer { reader = nil; writer = nil }
            return [reader, writer].compactMap { $0 }
        }
    }

    private let state = Mutex(State())

    /// What libvirt's callback is given as its opaque value.
    let token: UInt

    /// Creates the state of a stream and registers it for libvirt's callback.
    init() {
        token = readinessRegistry.withLock { registry in
            defer { registry.next += 1 }
            return registry.next
        }
        readinessRegistry.withLock { $0.states[token] = self }
    }

    /// The state registered under `token`, or nil once its stream forgot it.
    static func registered(_ token: UInt) -> StreamReadiness? {
        readinessRegistry.withLock { $0.states[token] }
    }

    /// Unregisters the state: a callback still in flight keeps its own
    /// reference until it returns; a later one finds nothing.
    func forget() {
        _ = readinessRegistry.withLock { $0.states.removeValue(forKey: token) }
    }

    /// Installs `waiter` for `side`, unless events are pending, the task was
    /// cancelled or another task already waits on that side: then it is
    /// resumed at once.
    ///
    /// - Returns: the events to arm the callback with, or nil when the
    ///   waiter was resumed already.
    func install(_ waiter: CheckedContinuation<Wake, Never>, for side: Side, function: String) -> Int32? {
        let outcome: Outcome = state.withLock { state in
            if state.cancelled { return .immediate(.cancelled) }
            if state.pending != 0 {
                defer { state.pending = 0 }
                return .immediate(.ready(state.pending))
            }
            switch side {
            case .reading where state.reader == nil: state.reader = waiter
            case .writing where state.writer == nil: state.writer = waiter
            default:
                return .immediate(.failed(LibvirtError(
                    code: .operationInvalid, domain: .streams,
                    message: "another task is already \(side == .reading ? "reading" : "writing") this stream",
                    function: function)))
            }
            return .armed(state.mask)
        }
        switch outcome {
        case .armed(let mask): return mask
        case .immediate(let wake):
            waiter.resume(returning: wake)
            return nil
        }
    }

    /// Resumes every waiter with `events`, or keeps them for the next one.
    /// Called by the event callback.
    func signal(_ events: Int32) {
        let waiters = state.withLock { state in
            let waiters = state.takeAll()
            if waiters.isEmpty { state.pending |= events }
            return waiters
        }
        for waiter in waiters { waiter.resume(returning: .ready(events)) }
    }

    /// Marks the stream's waits cancelled and resumes every waiter.
    func cancel() {
        let waiters = state.withLock { state in
            state.cancelled = true
            return state.takeAll()
        }
        for waiter in waiters { waiter.resume(returning: .cancelled) }
    }

    /// Resumes the waiter of `side`, if still installed, with `error`.
    func fail(_ side: Side, _ error: LibvirtError) {
        let waiter = state.withLock { state in
            switch side {
            case .reading:
                defer { state.reader = nil }
                return state.reader
            case .writing:
                defer { state.writer = nil }
                return state.writer
            }
        }
        waiter?.resume(returning: .failed(error))
    }

    /// Whether a waiting task was cancelled.
    var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Whether a task waits for `side` now.
    func isWaiting(_ side: Side) -> Bool {
        state.withLock { side == .reading ? $0.reader != nil : $0.writer != nil }
    }
}

// MARK: - The registry libvirt's callbacks look states up in

/// The readiness states libvirt's stream callbacks may reach, by token.
///
/// libvirt's callback gets a token, not a pointer, and no free callback:
/// libvirt 9.0's remote driver never calls a stream callback's free function
/// (`remoteStreamCallbackFree` tests `!cbdata->cb`, never true), so a
/// reference handed to libvirt leaked with every remote stream; and a removal
/// may race with a dispatch on the event loop's thread, so an unretained
/// pointer could dangle. Through the registry, a callback either finds the
/// state (and holds it while it signals) or, once the stream forgot it, nothing.
private let readinessRegistry = Mutex<(next: UInt, states: [UInt: StreamReadiness])>((next: 1, states: [:]))

// MARK: - The C callbacks

/// libvirt's stream event callback: disarms the callback until the next wait
/// arms it again (so a level-triggered readiness does not spin the event
/// loop), then wakes the waiting tasks. Disarming before waking means no
/// wake-up is lost: a waiter installed after the wake arms the callback anew.
private func streamEventCallback(_ stream: OpaquePointer?, _ events: Int32, _ opaque: UnsafeMutableRawPointer?) {
    guard let readiness = StreamReadiness.registered(UInt(bitPattern: opaque)) else { return }
    if let stream {
        virStreamEventUpdateCallback(stream, 0)
        virResetLastError()
    }
    readiness.signal(events)
}

// MARK: - Waiting on the stream

extension DataStream {
    /// The C event mask of readability (with errors and hang-ups).
    static let readableEvents = Int32(
        VIR_STREAM_EVENT_READABLE.rawValue | VIR_STREAM_EVENT_ERROR.rawValue | VIR_STREAM_EVENT_HANGUP.rawValue)
    /// The C event mask of writability (with errors and hang-ups).
    static let writableEvents = Int32(
        VIR_STREAM_EVENT_WRITABLE.rawValue | VIR_STREAM_EVENT_ERROR.rawValue | VIR_STREAM_EVENT_HANGUP.rawValue)

    /// The registered readiness state, registering the event callback (disarmed) on first use.
    ///
    /// Wraps `virStreamEventAddCallback`.
    private func registeredReadiness() throws(LibvirtError) -> StreamReadiness {
        if let readiness { return readiness }
        let readiness = StreamReadiness()
        let opaque = UnsafeMutableRawPointer(bitPattern: readiness.token)
        if virStreamEventAddCallback(pointer, 0, streamEventCallback, opaque, nil) < 0 {
            let error = LibvirtError.last(function: "virStreamEventAddCallback")
            readiness.forget()
            throw error
        }
        self.readiness = readiness
        return readiness
    }

    /// Suspends until the stream may be ready for `side`, without holding a thread.
    ///
    /// If the task is cancelled, aborts the stream and throws
    /// ``LibvirtError/Code/operationAborted``.
    ///
    /// Wraps `virStreamEventUpdateCallback`.
    func waitUntilReady(_ side: StreamReadiness.Side, function: String) async throws(LibvirtError) {
        let readiness = try registeredReadiness()
        let stream = pointer
        let wake = await withTaskCancellationHandler {
            await withCheckedContinuation { (waiter: CheckedContinuation<StreamReadiness.Wake, Never>) in
                guard let events = readiness.install(waiter, for: side, function: function) else { return }
                if virStreamEventUpdateCallback(stream, events) < 0 {
                    readiness.fail(side, LibvirtError.last(function: "virStreamEventUpdateCallback"))
                }
            }
        } onCancel: {
            readiness.cancel()
        }
        switch wake {
        case .ready:
            return
        case .failed(let error):
            throw error
        case .cancelled:
            abortQuietly()
            throw LibvirtError(
                code: .operationAborted, domain: .streams,
                message: "the task was cancelled; the stream was aborted", function: function)
        }
    }

    /// Throws, after aborting the stream, when the current task was cancelled.
    func abortIfCancelled(_ function: String) throws(LibvirtError) {
        guard Task.isCancelled || readiness?.isCancelled == true else { return }
        abortQuietly()
        throw LibvirtError(
            code: .operationAborted, domain: .streams,
            message: "the task was cancelled; the stream was aborted", function: function)
    }

    // MARK: - Ending

    /// Deregisters the event callback and forgets its state.
    ///
    /// Wraps `virStreamEventRemoveCallback`.
    func removeCallback() {
        guard let readiness else { return }
        self.readiness = nil
        if virStreamEventRemoveCallback(pointer) < 0 { virResetLastError() }
        readiness.forget()
        connection.releases.streamCallbackRemoved()
    }

    /// Aborts an unfinished transfer, ignoring errors (for cleanup paths).
    ///
    /// Wraps `virStreamAbort`.
    func abortQuietly() {
        removeCallback()
        guard isUnfinished else { return }
        isUnfinished = false
        if virStreamAbort(pointer) < 0 { virResetLastError() }
    }
}
