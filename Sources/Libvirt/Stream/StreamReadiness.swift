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
/// next waiter consumes them at once. libvirt holds one retained reference
/// through the callback's opaque pointer, released by its free callback.
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
}

// MARK: - The C callbacks

/// libvirt's stream event callback: disarms the callback until the next wait
/// arms it again (so a level-triggered readiness does not spin the event
/// loop), then wakes the waiting tasks. Disarming before waking means no
/// wake-up is lost: a waiter installed after the wake arms the callback anew.
private func streamEventCallback(_ stream: OpaquePointer?, _ events: Int32, _ opaque: UnsafeMutableRawPointer?) {
    guard let opaque else { return }
    if let stream {
        virStreamEventUpdateCallback(stream, 0)
        virResetLastError()
    }
    Unmanaged<StreamReadiness>.fromOpaque(opaque).takeUnretainedValue().signal(events)
}

/// libvirt's free callback: releases the reference the callback held.
private func streamEventFree(_ opaque: UnsafeMutableRawPointer?) {
    guard let opaque else { return }
    Unmanaged<StreamReadiness>.fromOpaque(opaque).release()
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
        let opaque = Unmanaged.passRetained(readiness).toOpaque()
        if virStreamEventAddCallback(pointer, 0, streamEventCallback, opaque, streamEventFree) < 0 {
            let error = LibvirtError.last(function: "virStreamEventAddCallback")
            Unmanaged<StreamReadiness>.fromOpaque(opaque).release()
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

    /// Deregisters the event callback; libvirt's free callback releases its state.
    ///
    /// Wraps `virStreamEventRemoveCallback`.
    func removeCallback() {
        guard readiness != nil else { return }
        readiness = nil
        if virStreamEventRemoveCallback(pointer) < 0 { virResetLastError() }
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
