import CLibvirt
import Dispatch
import Glibc
import Synchronization

/// An executor that runs jobs on the thread of the process's event loop,
/// between the loop's own callbacks: a serial executor for actors, and a task
/// executor for tasks.
///
/// libvirt's event loop thread delivers every event. A consumer on the
/// cooperative pool is woken on another thread for each event (or each batch)
/// it waits for. A task that prefers this executor is resumed on the loop
/// thread itself, inside the callback that delivered the event, before libvirt
/// delivers the next one, as libvirt's own C callbacks run:
///
/// ```swift
/// let monitor = Task(executorPreference: EventLoopExecutor.shared) {
///     for await record in events { print(record) }  // on the loop thread
/// }
/// ```
///
/// An actor that runs on this executor is resumed on the loop thread too,
/// right after that callback when its task also prefers this executor, and
/// at the loop's next iteration otherwise:
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
/// handle's executor and the task resumes here afterwards.
///
/// Jobs run in the order they were enqueued, a batch per loop iteration,
/// through a timeout registered on the loop (`virEventAddTimeout`), so it works
/// with either ``EventLoopKind``; the job of a consumer that an event resumes
/// runs at once, unless jobs enqueued before it wait.
///
/// Wraps `virEventAddTimeout` and `virEventUpdateTimeout`.
public final class EventLoopExecutor: SerialExecutor, TaskExecutor, Sendable {
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
        /// The loop thread, once it ran jobs.
        var loopThread: pthread_t?
        /// The loop thread is resuming a consumer (``resumeNow(_:)``): the
        /// jobs enqueued meanwhile run at once.
        var resuming = false
    }

    private let state = Mutex(State())
    /// Runs the jobs when no event loop could be registered with libvirt.
    private let fallback = DispatchQueue(label: "libvirt.event-loop-executor")

    private init() {}

    /// Schedules a job on the loop thread: at once when the loop thread is
    /// resuming a consumer, else in the loop's next iteration.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let now = state.withLock { state -> Bool in
            state.pending.append(job)
            if state.resuming, state.runner == nil, let thread = state.loopThread, pthread_equal(thread, pthread_self()) != 0 {
                return true
            }
            if !state.armed {
                state.armed = true
                arm(&state)
            }
            return false
        }
        if now { runPending() }
    }

    /// This executor as the serial executor of an actor.
    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// This executor as the preferred executor of a task.
    public func asUnownedTaskExecutor() -> UnownedTaskExecutor {
        UnownedTaskExecutor(ordinary: self)
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

    // MARK: - Resuming consumers

    /// Resumes a consumer waiting for an event. On the loop thread, outside
    /// this executor's jobs, a consumer whose task prefers this executor runs
    /// now, inside the callback delivering the event (its job would otherwise
    /// wait for the callbacks after it, such as the rest of a batch of events
    /// libvirt dispatches in one go); then, once, the jobs it enqueued, which
    /// resume an actor on this executor that it hops to.
    func resumeNow(_ continuation: UnsafeContinuation<Void, Never>) {
        let claimed = state.withLock { state -> Bool in
            guard !state.resuming, state.runner == nil, let thread = state.loopThread,
                pthread_equal(thread, pthread_self()) != 0
            else { return false }
            state.resuming = true
            return true
        }
        continuation.resume()
        guard claimed else { return }
        let hopped = state.withLock { state -> Bool in
            defer { state.resuming = false }
            return !state.pending.isEmpty
        }
        if hopped { runPending() }
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
            if state.timer != -1 { state.loopThread = pthread_self() }
            var batch: [UnownedJob] = []
            swap(&batch, &state.spare)
            swap(&batch, &state.pending)
            return batch
        }
        for job in batch {
            job.runSynchronously(isolatedTo: asUnownedSerialExecutor(), taskExecutor: asUnownedTaskExecutor())
        }
        batch.removeAll(keepingCapacity: true)
        state.withLock { state in
            state.runner = nil
            if state.spare.capacity < batch.capacity { swap(&state.spare, &batch) }
            if state.pending.isEmpty {
                if state.armed, let timer = state.timer, timer >= 0 { virEventUpdateTimeout(timer, -1) }
                state.armed = false
            } else if !state.armed {
                state.armed = true
                arm(&state)
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
