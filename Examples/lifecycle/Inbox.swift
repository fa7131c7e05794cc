import Libvirt

/// Hands the lifecycle events of one subscription to the guests waiting for
/// them, one guest at a time each.
///
/// Events that arrive before anyone waits are kept, in order, per guest:
/// `next(_:of:)` skips those older than the kind it wants (QEMU, for one,
/// sends `resumed` with `started`), so a step never mistakes an earlier
/// event for its own.
actor Inbox {
    /// Why a wait ended without its event.
    enum Failure: Error, CustomStringConvertible {
        case timedOut(String, DomainEvent.LifecycleKind)
        case subscriptionEnded

        var description: String {
            switch self {
            case .timedOut(let name, let kind): "\(name): no \(kind) event in time"
            case .subscriptionEnded: "the event subscription ended (connection closed?)"
            }
        }
    }

    private struct Waiter {
        let kind: DomainEvent.LifecycleKind
        let continuation: CheckedContinuation<DomainEvent.Lifecycle, any Error>
    }

    private var queued: [String: [DomainEvent.Lifecycle]] = [:]
    private var waiters: [String: Waiter] = [:]
    private var ended = false

    /// Delivers every lifecycle event of `events` until the subscription ends
    /// or the task is cancelled; then fails whoever still waits.
    func route(_ events: DomainEvents) async {
        for await record in events {
            if case .lifecycle(let event) = record.event {
                deliver(event, for: record.name)
            }
        }
        ended = true
        for waiter in waiters.values {
            waiter.continuation.resume(throwing: Failure.subscriptionEnded)
        }
        waiters = [:]
    }

    /// The next event of `kind` for the guest `name`, waiting at most `timeout`.
    func next(
        _ kind: DomainEvent.LifecycleKind, of name: String, timeout: Duration
    ) async throws -> DomainEvent.Lifecycle {
        if let event = takeQueued(kind, of: name) { return event }
        if ended { throw Failure.subscriptionEnded }
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.fail(name, with: Failure.timedOut(name, kind))
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters[name] = Waiter(kind: kind, continuation: continuation)
                }
            }
        } onCancel: {
            Task { await self.fail(name, with: CancellationError()) }
        }
    }

    // MARK: - Bookkeeping

    private func deliver(_ event: DomainEvent.Lifecycle, for name: String) {
        if let waiter = waiters[name] {
            // Someone waits: only its kind matters, an earlier other kind is stale.
            if event.kind == waiter.kind {
                waiters[name] = nil
                waiter.continuation.resume(returning: event)
            }
        } else {
            queued[name, default: []].append(event)
        }
    }

    /// Takes the first queued event of `kind`, dropping the older ones; with
    /// none, drops them all.
    private func takeQueued(_ kind: DomainEvent.LifecycleKind, of name: String) -> DomainEvent.Lifecycle? {
        let events = queued.removeValue(forKey: name) ?? []
        guard let index = events.firstIndex(where: { $0.kind == kind }) else { return nil }
        let rest = events[(index + 1)...]
        if !rest.isEmpty { queued[name] = Array(rest) }
        return events[index]
    }

    private func fail(_ name: String, with error: any Error) {
        waiters.removeValue(forKey: name)?.continuation.resume(throwing: error)
    }
}
