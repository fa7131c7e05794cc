import CLibvirt
import Synchronization

/// The libvirt side of one event sequence: its callback ids, and how to
/// deregister them.
///
/// Ending it (the consumer stops iterating, its task is cancelled, the
/// sequence is dropped, or the connection closes) deregisters every callback
/// on the connection's executor, since deregistering blocks through a daemon.
/// libvirt then runs the free callback, which releases the sink.
final class EventSubscription: Sendable {
    /// A deregistration function: `virConnectDomainEventDeregisterAny` and its kin.
    typealias Deregister = @Sendable (OpaquePointer, Int32) -> Int32

    let connection: Connection
    let counters: EventCounters
    private let deregisterFunction: Deregister
    private let functionName: String
    /// The callback ids; nil once deregistered.
    private let ids: Mutex<[Int32]?>
    /// Finishes the consumer's stream.
    private let finishStream: @Sendable () -> Void

    init(
        connection: Connection, counters: EventCounters, ids: [Int32],
        deregister: @escaping Deregister, function: String, finish: @escaping @Sendable () -> Void
    ) {
        self.connection = connection
        self.counters = counters
        self.ids = Mutex(ids)
        deregisterFunction = deregister
        functionName = function
        finishStream = finish
    }

    deinit {
        end()
    }

    /// Takes the ids, once.
    private func take() -> [Int32]? {
        ids.withLock { ids in
            defer { ids = nil }
            return ids
        }
    }

    // MARK: - Ending

    /// Deregisters, asynchronously, on the connection's executor.
    ///
    /// The ids go to the connection's list of pending deregistrations at
    /// once, and a job on the executor deregisters that list; a ``Connection/close()``
    /// that runs first deregisters it there, so no callback outlives the
    /// connection whichever comes first.
    func end() {
        guard let ids = take() else { return }
        let connection = connection
        connection.events.remove(ObjectIdentifier(self))
        connection.events.scheduleDeregistration(ids, deregisterFunction)
        connection.executor.queue.async {
            connection.assumeIsolated { connection in
                // After close(), everything was already deregistered there.
                guard let pointer = try? connection.handle("deregister") else { return }
                connection.events.deregisterPending(pointer)
            }
        }
    }

    /// Deregisters now, on the connection's executor, and finishes the stream:
    /// the connection is closing.
    func endNow(_ pointer: OpaquePointer) {
        if let ids = take() {
            for id in ids where deregisterFunction(pointer, id) < 0 {
                virResetLastError()
            }
        }
        finishStream()
    }

    /// Finishes the stream (the connection closed under it); the
    /// deregistration follows through ``end()``.
    func finish() {
        finishStream()
    }
}

/// Held by an event sequence's iterator: when the iteration ends and the
/// iterator goes (`break`, `return`, a thrown error), the subscription ends,
/// even while the sequence value itself is still in scope.
final class IterationToken: Sendable {
    let subscription: EventSubscription

    init(_ subscription: EventSubscription) {
        self.subscription = subscription
    }

    deinit {
        subscription.end()
    }
}
