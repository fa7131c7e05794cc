import CLibvirt
import Dispatch
import Glibc
import Synchronization

/// A serial executor that runs jobs on the thread of the process's event loop,
/// between the loop's own callbacks.
///
/// libvirt's event loop thread delivers every event. A consumer on the
/// cooperative pool runs on another thread for each batch it waits for; an
/// actor that runs on this executor reads its events on the loop thread, at
/// the loop's next iteration after the callback that delivered them, all
/// that came meanwhile at once. With the SDK's loop, which wakes a waiting
/// consumer once per iteration, the two cost about the same CPU per event
/// (7.8 µs on the pool, 8.9 here, for the whole process of the performance
/// article's events benchmark); this executor keeps a monitor's work off the
/// pool and in the order the loop runs it. Its resumption passes through the
/// cooperative pool first, as every continuation's does in Swift, so it is
/// not the C callback's inline call: libvirt holds the connection's event
/// lock while it dispatches, and a consumer run inside the callback would
/// slow the next event's producer.
///
/// ```swift
/// actor Monitor {
///     nonisolated var unownedExecutor: UnownedSerialExecutor {
///         EventLoopExecutor.shared.asUnownedSerialExecutor()
///     }
///
///     func watch(_ events: DomainEvents) async {
///         for await record in events { print(record) }  // on the loop thread
///     }
/// }
/// ```
///
/// What runs here holds up the event loop of the whole process (the events,
/// keepalive and stream I/O of every connection) while it runs: keep it short
/// and never block. Awaiting a handle's call is fine: the call runs on the
/// handle's executor and the actor resumes here afterwards.
///
/// Jobs run in the order they were enqueued, a batch per loop iteration,
/// through a timeout registered on the loop (`virEventAddTimeout`), so it works
/// with either ``EventLoopKind``.
///
/// Wraps `virEventAddTimeout` and `virEventUpdateTimeout`.
public final class EventLoopExecutor: SerialExecutor, Sendable {
    /// The executor of the process's event loop.
    public static let shared = EventLoopExecutor()

    private struct State {
        /// Jobs not yet run, and an emptied batch kept for its capacity.
        var pending: [UnownedJob] = []
        var spare: [UnownedJob] = []
        /// Whether a run of the pending jobs is scheduled.
        var armed = false
        /// The loop's timeout that runs the jobs: nil until the first job,
        /// -1 when no loop could take it (the jobs then run on `fallback`).
        var timer: Int32?
        /// The thread running jobs now, for ``checkIsolated()``.
        var runner: pthread_t?
    }

    private let state = Mutex(State())
    /// Runs the jobs when no event loop could be registered with libvirt.
    private let fallback = DispatchQueue(label: "libvirt.event-loop-executor")

    private init() {}

    /// Schedules a job on the loop thread.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        state.withLock { state in
            state.pending.append(job)
            if !state.armed {
                state.armed = true
                arm(&state)
            }
        }
    }

    /// This executor as the serial executor of an actor.
    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Traps unless the caller runs one of this executor's jobs.
    public func checkIsolated() {
        precondition(isCurrent, "not running on the event loop's executor")
    }

    /// Whether the calling thread runs one of this executor's jobs.
    var isCurrent: Bool {
        state.withLock { state in
            state.runner.map { pthread_equal($0, pthread_self()) != 0 } ?? false
        }
    }

    // MARK: - Running jobs

    /// Makes the loop run the pending jobs in its next iteration (at once when
    /// called from the loop thread, between callbacks). Under the lock.
    private func arm(_ state: inout State) {
        if state.timer == nil {
            Library.prepare()
            let timer = virEventAddTimeout(0, runPendingJobs, nil, nil)
            if timer < 0 { virResetLastError() }
            state.timer = max(timer, -1)
            if timer >= 0 { return }
        }
        if let timer = state.timer, timer >= 0 {
            virEventUpdateTimeout(timer, 0)
        } else {
            fallback.async { self.runPending() }
        }
    }

    /// Runs the jobs pending now, in order; jobs they enqueue run in the next
    /// iteration, so that the loop's own callbacks are never starved.
    fileprivate func runPending() {
        var batch = state.withLock { state in
            state.runner = pthread_self()
            var batch: [UnownedJob] = []
            swap(&batch, &state.spare)
            swap(&batch, &state.pending)
            return batch
        }
        let serial = asUnownedSerialExecutor()
        for job in batch {
            job.runSynchronously(on: serial)
        }
        batch.removeAll(keepingCapacity: true)
        state.withLock { state in
            state.runner = nil
            if state.spare.capacity < batch.capacity { swap(&state.spare, &batch) }
            if state.pending.isEmpty {
                state.armed = false
                if let timer = state.timer, timer >= 0 { virEventUpdateTimeout(timer, -1) }
            } else if state.timer == -1 {
                fallback.async { self.runPending() }
            }
        }
    }
}

/// The loop's timeout of ``EventLoopExecutor``: runs its pending jobs. On the loop thread.
private let runPendingJobs: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, _ in
    EventLoopExecutor.shared.runPending()
}
