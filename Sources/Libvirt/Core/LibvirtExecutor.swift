import Dispatch

/// A serial executor on which libvirt's blocking calls run.
///
/// Every handle actor (``Connection``, and each object it hands out) runs on one
/// of these, never on Swift's cooperative thread pool. An executor is a serial
/// `DispatchQueue`: jobs run one at a time, in order, on whichever Dispatch
/// worker thread serves the queue, so a blocking libvirt call holds up only the
/// handles that share its executor.
///
/// It is also a `TaskExecutor`. Code that makes many calls in a row on handles
/// of one executor can stay on it, so the awaits between those calls do not
/// move the task between threads:
///
/// ```swift
/// try await withTaskExecutorPreference(domain.executor) {
///     for _ in 0..<1_000 { _ = try await domain.info() }
/// }
/// ```
///
/// An actor of your own that returns an executor's
/// ``asUnownedSerialExecutor()`` from its `unownedExecutor` shares it too: its
/// awaits on handles of that executor run inline, with no hop at all.
public final class LibvirtExecutor: SerialExecutor, TaskExecutor, @unchecked Sendable {
    // @unchecked: the only stored state is an immutable serial queue.

    /// The queue the jobs run on.
    let queue: DispatchQueue

    /// Creates an executor on a new serial queue.
    ///
    /// - Parameter label: the queue's label, shown by debuggers and crash reports.
    public init(label: String) {
        queue = DispatchQueue(label: label)
    }

    // MARK: - SerialExecutor and TaskExecutor

    /// Schedules a job on the queue.
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async {
            job.runSynchronously(
                isolatedTo: self.asUnownedSerialExecutor(),
                taskExecutor: self.asUnownedTaskExecutor())
        }
    }

    /// This executor as the serial executor of an actor.
    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// This executor as a task's preferred executor.
    public func asUnownedTaskExecutor() -> UnownedTaskExecutor {
        UnownedTaskExecutor(ordinary: self)
    }

    /// Traps unless the caller runs on this executor's queue.
    public func checkIsolated() {
        dispatchPrecondition(condition: .onQueue(queue))
    }
}
