import CLibvirt
import Synchronization

// MARK: - Readiness shared with libvirt's event loop

/// What a stream's event callback and the task waiting on the stream share.
///
/// The callback (on the event loop's thread) records the events and resumes
/// the waiter; a waiter that arrives after the events consumes them at once.
/// libvirt holds one retained reference through the callback's opaque
/// pointer, released by its free callback.
final class StreamReadiness: Sendable {
    /// How a wait ended.
    enum Wake: Sendable {
        /// The stream reported these events.
        case ready(Int32)
        /// The waiting task was cancelled.
        case cancelled
        /// Arming the callback failed.
        case failed(LibvirtError)
    }

    private struct State {
        var pending: Int32 = 0
        var waiter: CheckedContinuation<Wake, Never>?
        var cancelled = false
    }

    private let state = Mutex(State())

    /// Installs `waiter`, unless events are pending or the task was cancelled,
    /// in which case it is resumed at once.
    ///
    /// - Returns: whether the waiter is installed (and the callback must be armed).
    func install(_ waiter: CheckedContinuation<Wake, Never>) -> Bool {
        let immediate: Wake? = state.withLock { state in
            if state.cancelled { return .cancelled }
            if state.pending != 0 {
                defer { state.pending = 0 }
                return .ready(state.pending)
            }
            state.waiter = waiter
            return nil
        }
        guard let immediate else { return true }
        waiter.resume(returning: immediate)
        return false
    }

    /// Records `events` and resumes the waiter, if any. Called by the event callback.
    func signal(_ events: Int32) {
        let waiter = state.withLock { state in
            guard let waiter = state.waiter else {
                state.pending |= events
                return nil as CheckedContinuation<Wake, Never>?
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: .ready(events))
    }

    /// Marks the wait cancelled and resumes the waiter, if any.
    func cancel() {
        let waiter = state.withLock { state in
            state.cancelled = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: .cancelled)
    }

    /// Resumes the waiter, if still installed, with `error`.
    func fail(_ error: LibvirtError) {
        let waiter = state.withLock { state in
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: .failed(error))
    }

    /// Whether the waiting task was cancelled.
    var isCancelled: Bool { state.withLock { $0.cancelled } }
}

// MARK: - The C callbacks

/// libvirt's stream event callback: disarms the callback until the next wait
/// arms it again (so a level-triggered readiness does not spin the event
/// loop), then hands the events to the waiting task.
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

extension Stream {
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

    /// Suspends until the stream reports one of `events`, without holding a thread.
    ///
    /// If the task is cancelled, aborts the stream and throws
    /// ``LibvirtError/Code/operationAborted``.
    ///
    /// Wraps `virStreamEventUpdateCallback`.
    func waitUntilReady(_ events: Int32, function: String) async throws(LibvirtError) {
        let readiness = try registeredReadiness()
        let stream = pointer
        let wake = await withTaskCancellationHandler {
            await withCheckedContinuation { (waiter: CheckedContinuation<StreamReadiness.Wake, Never>) in
                guard readiness.install(waiter) else { return }
                if virStreamEventUpdateCallback(stream, events) < 0 {
                    readiness.fail(LibvirtError.last(function: "virStreamEventUpdateCallback"))
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
