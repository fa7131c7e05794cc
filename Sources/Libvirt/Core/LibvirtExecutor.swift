import Dispatch

/// A serial executor on which libvirt's blocking calls run.
///
/// Every handle actor (``Connection``, and each object it hands out) runs on one
/// of these, never on Swift's cooperative thread pool. An executor is a serial
/// `DispatchQueue`: jobs run one at a time, in order, on whichever Dispatch
/// worker thread serves the queue, so a blocking libvirt call holds up only the
/// handles that share its executor.
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
    // @unchecked: the only stored state is an immutable serial queue.

    /// The queue the jobs run on.
    package let queue: DispatchQueue

    /// Creates an executor on a new serial queue.
    ///
    /// - Parameter label: the queue's label, shown by debuggers and crash reports.
    public init(label: String) {
        queue = DispatchQueue(label: label)
    }

    // MARK: - SerialExecutor

    /// Schedules a job on the queue.
    ///
    /// Jobs run as this serial executor's and no task executor's, so that an
    /// await between two actors of this executor runs inline.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async {
            job.runSynchronously(on: self.asUnownedSerialExecutor())
        }
    }

    /// This executor as the serial executor of an actor.
    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Traps unless the caller runs on this executor's queue.
    public func checkIsolated() {
        dispatchPrecondition(condition: .onQueue(queue))
    }
}
