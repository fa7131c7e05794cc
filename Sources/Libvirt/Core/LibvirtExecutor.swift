import Dispatch
import Glibc

/// A serial executor on which libvirt's blocking calls run.
///
/// Every handle actor (``Connection``, and each object it hands out) runs on one
/// of these, never on Swift's cooperative thread pool. An executor is a serial
/// `DispatchQueue`: jobs run one at a time, in order, on the Dispatch worker
/// thread that serves the queue, so a blocking libvirt call holds up only the
/// handles that share its executor.
///
/// The queue is one of libvirt's own "overcommit" Dispatch queues, so a job that
/// blocks (a round trip through a daemon, a daemon that froze) never keeps another
/// executor from getting a thread. While jobs keep coming, the executor keeps its
/// thread: after its last job it waits a few milliseconds for the next one
/// before giving the thread back to Dispatch. So an executor busy with awaited
/// calls holds one thread, rather than asking Dispatch for a thread per call, and
/// the process never has more Dispatch threads at work for libvirt than it has
/// busy executors.
///
/// An await from one actor to another actor of the same executor does not
/// leave the thread: Swift runs it inline. So an actor of your own that
/// returns a handle's `unownedExecutor` as its own makes calls on that handle
/// at nearly the cost of the C call, where a call from elsewhere pays two
/// thread switches:
///
/// ```swift
/// actor Poller {
///     let domain: Domain
///     nonisolated var unownedExecutor: UnownedSerialExecutor { domain.unownedExecutor }
///
///     func poll() async throws -> DomainInfo {
///         try await domain.info()  // no hop: same executor
///     }
/// }
/// ```
public final class LibvirtExecutor: SerialExecutor, @unchecked Sendable {
    // @unchecked: `queue`, `lock` and `wakeup` are immutable; `pending`,
    // `isDraining` and `isParked` are read and written under `lock` only;
    // `running` only by the one drain in progress (see `drain()`).

    /// How long a drained executor keeps its thread waiting for the next job
    /// (nanoseconds). Long enough to span the gap between awaited calls from a
    /// task (tens of microseconds, milliseconds under load), short enough that
    /// an idle connection gives its threads back at once.
    static let linger: Int = 20_000_000

    /// One piece of work: a Swift job or a closure (`run(_:)`, releases).
    enum Work {
        case job(UnownedJob)
        case block(@Sendable () -> Void)
    }

    /// The serial queue every job runs on, through `drain()` only.
    private let queue: DispatchQueue
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let wakeup: UnsafeMutablePointer<pthread_cond_t>
    /// Work not yet taken by the drain.
    private var pending: [Work] = []
    /// The batch the drain is running (drain only).
    private var running: [Work] = []
    /// Whether a drain is scheduled or running on `queue`.
    private var isDraining = false
    /// Whether the drain waits on `wakeup` for more work.
    private var isParked = false

    /// Creates an executor on a new serial queue.
    ///
    /// - Parameter label: the queue's label, shown by debuggers and crash reports.
    public init(label: String) {
        queue = DispatchQueue(label: label)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        wakeup = .allocate(capacity: 1)
        var attributes = pthread_condattr_t()
        pthread_condattr_init(&attributes)
        pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)
        pthread_cond_init(wakeup, &attributes)
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(wakeup)
        wakeup.deallocate()
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    // MARK: - SerialExecutor

    /// Schedules a job on the queue.
    ///
    /// Jobs run as this serial executor's and no task executor's, so that an
    /// await between two actors of this executor runs inline.
    public func enqueue(_ job: consuming ExecutorJob) {
        submit(.job(UnownedJob(job)))
    }

    /// This executor as the serial executor of an actor.
    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Traps unless the caller runs on this executor's queue.
    public func checkIsolated() {
        dispatchPrecondition(condition: .onQueue(queue))
    }

    // MARK: - Running work

    /// Runs `body` on this executor, after the work already scheduled, without
    /// waiting for it.
    package func async(_ body: @escaping @Sendable () -> Void) {
        submit(.block(body))
    }

    /// Adds work, waking the parked drain or scheduling one.
    private func submit(_ work: Work) {
        pthread_mutex_lock(lock)
        pending.append(work)
        let schedule = !isDraining
        let wake = !schedule && isParked
        if schedule { isDraining = true }
        pthread_mutex_unlock(lock)
        if schedule {
            queue.async { self.drain() }
        } else if wake {
            // After unlocking, so that the drain does not wake only to wait for the lock.
            pthread_cond_signal(wakeup)
        }
    }

    /// Runs the pending work in order until none has come for ``linger``.
    private func drain() {
        let serial = asUnownedSerialExecutor()
        pthread_mutex_lock(lock)
        while true {
            if pending.isEmpty {
                var deadline = timespec()
                clock_gettime(CLOCK_MONOTONIC, &deadline)
                let nanoseconds = deadline.tv_nsec + Self.linger
                deadline.tv_sec += nanoseconds / 1_000_000_000
                deadline.tv_nsec = nanoseconds % 1_000_000_000
                while pending.isEmpty {
                    isParked = true
                    let waited = pthread_cond_timedwait(wakeup, lock, &deadline)
                    isParked = false
                    if waited == ETIMEDOUT && pending.isEmpty {
                        isDraining = false
                        pthread_mutex_unlock(lock)
                        return
                    }
                }
            }
            swap(&pending, &running)
            pthread_mutex_unlock(lock)
            for work in running {
                switch work {
                case .job(let job): job.runSynchronously(on: serial)
                case .block(let body): body()
                }
            }
            running.removeAll(keepingCapacity: true)
            pthread_mutex_lock(lock)
        }
    }
}
