import CLibvirt
import Synchronization

/// The libvirt side of one event sequence: its sink, and the fan-out groups
/// (libvirt registrations) it joined.
///
/// Ending it (the consumer stops iterating, its task is cancelled, the
/// sequence is dropped, or the connection closes) takes the sink out of
/// every group at once; a group left empty is deregistered on the
/// connection's executor, since deregistering blocks through a daemon, and
/// libvirt then runs the free callback, which releases the group.
package final class EventSubscription: Sendable {
    /// A deregistration function: `virConnectDomainEventDeregisterAny` and its kin.
    package typealias Deregister = @Sendable (OpaquePointer, Int32) -> Int32

    /// The sink and its groups, until the subscription ends.
    struct Membership: Sendable {
        let sink: any AnyObject & Sendable
        let groups: [any AnyEventGroup]
    }

    let connection: Connection
    package let counters: EventCounters
    /// nil once ended.
    private let membership: Mutex<Membership?>
    /// Finishes the consumer's stream.
    private let finishStream: @Sendable () -> Void

    init(
        connection: Connection, counters: EventCounters, membership: Membership,
        finish: @escaping @Sendable () -> Void
    ) {
        self.connection = connection
        self.counters = counters
        self.membership = Mutex(membership)
        finishStream = finish
    }

    deinit {
        end()
    }

    /// Takes the membership, once.
    private func take() -> Membership? {
        membership.withLock { membership in
            defer { membership = nil }
            return membership
        }
    }

    // MARK: - Ending

    /// Leaves every group now; deregisters those left empty asynchronously,
    /// on the connection's executor.
    ///
    /// The emptied groups go to the connection's list of pending
    /// deregistrations at once, and a job on the executor deregisters that
    /// list; a ``Connection/close()`` or a new subscription that runs first
    /// deregisters it there, so no callback outlives the connection, and a
    /// new registration never meets one still pending. The sink is released
    /// by that job, so that it goes off the caller's thread.
    package func end() {
        guard let membership = take() else { return }
        let connection = connection
        connection.events.remove(ObjectIdentifier(self))
        connection.events.leave(membership.sink, groups: membership.groups)
        connection.executor.queue.async {
            withExtendedLifetime(membership) {
                connection.assumeIsolated { connection in
                    // After close(), everything was already deregistered there.
                    guard let pointer = try? connection.handle("deregister") else { return }
                    connection.events.deregisterPending(pointer)
                }
            }
        }
    }

    /// Leaves every group and finishes the stream: the connection is
    /// closing, and deregisters the emptied groups next. On the connection's executor.
    func endNow() {
        if let membership = take() {
            connection.events.leave(membership.sink, groups: membership.groups)
        }
        finishStream()
    }

    /// Finishes the stream (the connection closed under it); leaving the
    /// groups follows through ``end()``.
    package func finish() {
        finishStream()
    }
}

/// Held by an event sequence's iterator: when the iteration ends and the
/// iterator goes (`break`, `return`, a thrown error), the subscription ends,
/// even while the sequence value itself is still in scope.
package final class IterationToken: Sendable {
    let subscription: EventSubscription

    package init(_ subscription: EventSubscription) {
        self.subscription = subscription
    }

    deinit {
        subscription.end()
    }
}
