import Synchronization

extension Domain {
    // MARK: - Migrating with progress

    /// Where a migration with progress goes.
    public enum MigrationDestination: Sendable, CustomStringConvertible {
        /// The libvirt at this URI, such as `qemu+tls://host/system`: with
        /// ``MigrateFlags/peerToPeer`` the source's libvirt drives the migration
        /// (`virDomainMigrateToURI3`).
        case uri(String)
        /// The hypervisor of this open connection: the client drives the
        /// migration (`virDomainMigrate3`) and gets the domain there.
        case connection(Connection)

        /// The destination: `uri("qemu+tls://b/system")`, or `connection` for an open one.
        public var description: String {
            switch self {
            case .uri(let uri): "uri(\"\(uri)\")"
            case .connection: "connection"
            }
        }
    }

    /// Migrates the domain, reporting the job's progress as it goes.
    ///
    /// Iterating the sequence starts the migration; while it runs, the job's
    /// statistics (data processed and remaining, dirty rate, iteration, ...)
    /// arrive every `interval`, then one ``MigrationProgress/Update/completed(_:_:)``
    /// with the statistics of the finished job and the sequence ends. A failed
    /// migration throws its error.
    ///
    /// Ending the iteration early (task cancellation, `break`) aborts the
    /// migration (`virDomainAbortJob`): the guest keeps running on the source,
    /// and a cancelled iteration throws libvirt's operation-aborted error
    /// (or completes, when the migration finished before the abort took effect).
    ///
    /// ```swift
    /// for try await update in domain.migration(to: .uri("qemu+tls://b/system"), flags: [.live, .peerToPeer]) {
    ///     if case .progress(let job) = update { print(job.dataRemaining ?? 0) }
    /// }
    /// ```
    ///
    /// Progress is read through a second reference to the domain on an executor
    /// of its own, so it keeps coming while the migration call blocks.
    ///
    /// - Parameters:
    ///   - destination: the destination libvirt's URI or an open connection to it.
    ///   - parameters: the migration's typed parameters.
    ///   - flags: ``MigrateFlags/live`` and the others; add ``MigrateFlags/peerToPeer``
    ///     with a URI destination.
    ///   - interval: how often to read the job's statistics.
    ///
    /// Wraps `virDomainMigrateToURI3` or `virDomainMigrate3`, `virDomainGetJobStats`
    /// and `virDomainAbortJob`.
    public nonisolated func migration(
        to destination: MigrationDestination, parameters: MigrationParameters = MigrationParameters(),
        flags: MigrateFlags = [.live], every interval: Duration = .milliseconds(100)
    ) -> MigrationProgress {
        MigrationProgress(
            domain: self, destination: destination, parameters: parameters, flags: flags, interval: interval)
    }
}

/// The progress of a migration started by ``Domain/migration(to:parameters:flags:every:)``:
/// an `AsyncSequence` of ``Update``s. Iterate it once.
public struct MigrationProgress: AsyncSequence, Sendable {
    /// What a migration reports.
    public enum Update: Sendable, Hashable, CustomStringConvertible {
        /// The running job's statistics.
        case progress(Domain.JobStats)
        /// The migration finished: the domain on the destination (when the
        /// destination was a connection) and the finished job's statistics
        /// (`downtime`, `timeElapsed`, ...), when the hypervisor kept them.
        case completed(Domain?, Domain.JobStats?)

        /// The update on one line: `progress(JobStats(...))`, or
        /// `completed(JobStats(...))` (the domain by its UUID, when there is one).
        public var description: String {
            switch self {
            case .progress(let stats): "progress(\(stats))"
            case .completed(let domain, let stats):
                "completed(" + [domain.map { "domain: \($0.id)" }, stats.map { "\($0)" }].compactMap { $0 }
                    .joined(separator: ", ") + ")"
            }
        }
    }

    public typealias Element = Update
    public typealias Failure = LibvirtError

    let domain: Domain
    let destination: Domain.MigrationDestination
    let parameters: Domain.MigrationParameters
    let flags: Domain.MigrateFlags
    let interval: Duration

    /// Creates the iterator; the migration starts at its first `next()`.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(run: MigrationRun(self))
    }

    /// Iterates the updates.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let run: MigrationRun

        /// The next update, nil after ``Update/completed(_:_:)``.
        public mutating func next() async throws(LibvirtError) -> Update? {
            try await run.next()
        }

        /// The next update, nil after ``Update/completed(_:_:)``.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws(LibvirtError) -> Update? {
            try await run.next()
        }
    }
}

/// One migration with progress: the migration call and the reads of its job.
/// Aborts the migration when it is released unfinished.
final class MigrationRun: Sendable {
    private let progress: MigrationProgress
    /// The reference that reads the job while the migration call blocks the other.
    private let observer: Domain
    /// Shared with the migration task, which must not keep the run alive (its
    /// release aborts an unfinished migration).
    private let shared = Shared()

    private final class Shared: Sendable {
        let state = Mutex(State())
    }

    private struct State {
        /// The migration call, once started.
        var migration: Task<Void, Never>?
        /// Its result, once it returned.
        var result: Result<Domain?, LibvirtError>?
        /// A `next()` waiting for the result or the next read of the job.
        var waiter: CheckedContinuation<Void, Never>?
        /// Whether the last update (or error) was handed out.
        var reported = false
    }

    init(_ progress: MigrationProgress) {
        self.progress = progress
        observer = progress.domain.handle(on: LibvirtExecutor(label: "libvirt.migration-progress"))
    }

    deinit {
        let (migration, result) = shared.state.withLock { ($0.migration, $0.result) }
        guard let migration, result == nil else { return }
        // Released mid-migration (the loop was left): abort, off this thread.
        let observer = observer
        Task.detached {
            try? await observer.abortJob()
            await migration.value
        }
    }

    /// Starts the migration on first use, then reports its job until it ends.
    func next() async throws(LibvirtError) -> MigrationProgress.Update? {
        let (migration, reported) = shared.state.withLock { state in
            if state.migration == nil { state.migration = start() }
            return (state.migration!, state.reported)
        }
        if reported { return nil }
        while true {
            if Task.isCancelled {
                // A job that already ended makes the abort fail: no matter.
                try? await observer.abortJob()
                await migration.value
                return try await finish()
            }
            await waitForResult(upTo: progress.interval)
            if shared.state.withLock({ $0.result != nil }) { return try await finish() }
            if let job = try? await observer.jobStats(), job.type == .bounded || job.type == .unbounded {
                return .progress(job)
            }
        }
    }

    /// The migration call, in a task of its own; it wakes a waiting `next()` when it returns.
    private func start() -> Task<Void, Never> {
        let progress = progress
        return Task { [shared] in
            let result: Result<Domain?, LibvirtError>
            do throws(LibvirtError) {
                switch progress.destination {
                case .uri(let uri):
                    try await progress.domain.migrate(toURI: uri, parameters: progress.parameters, flags: progress.flags)
                    result = .success(nil)
                case .connection(let connection):
                    result = .success(
                        try await progress.domain.migrate(
                            to: connection, parameters: progress.parameters, flags: progress.flags))
                }
            } catch {
                result = .failure(error)
            }
            shared.state.withLock { state in
                state.result = result
                return state.waiter.take()
            }?.resume()
        }
    }

    /// Suspends until the migration returns, `interval` passes, or the task is cancelled.
    private func waitForResult(upTo interval: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.result() }
            group.addTask { try? await Task.sleep(for: interval) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Suspends until the migration returns or the task is cancelled.
    private func result() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let now = shared.state.withLock { state in
                    if state.result != nil || Task.isCancelled { return true }
                    state.waiter = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            shared.state.withLock { $0.waiter.take() }?.resume()
        }
    }

    /// The last update of a migration that returned, once; then nil.
    private func finish() async throws(LibvirtError) -> MigrationProgress.Update? {
        let (result, reported) = shared.state.withLock { state in
            defer { state.reported = true }
            return (state.result, state.reported)
        }
        guard !reported, let result else { return nil }
        let migrated = try result.get()
        // The finished job's statistics: on the destination's domain when we
        // have it (downtime is known there), else what the source kept.
        let completed: Domain.JobStats?
        if let migrated {
            completed = try? await migrated.jobStats(flags: .completed)
        } else {
            completed = try? await observer.jobStats(flags: .completed)
        }
        return .completed(migrated, completed)
    }
}
