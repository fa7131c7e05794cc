import Synchronization

/// One subscriber: its buffer of unread events, its membership in the
/// connection's registrations, and its ending, which happens exactly once,
/// whatever causes it (the iteration ending, task cancellation, the sequence
/// dropped, ``EventSequence/cancel()``, ``Connection/close()``, libvirt
/// closing the connection).
///
/// libvirt's event loop thread appends (``push(_:)``) and resumes the
/// consumer if it is waiting: the consumer takes every pending event at once
/// (``nextBatch(isolation:spent:)``), so one that fell behind catches up at
/// the cost of one lock per batch, and a consumer that keeps up is woken once
/// per event, without a timer in between.
///
/// The registrations it joined hold it while it is a member; the sequence and
/// its iterator hold it through an ``EventSubscriptionHolder`` each, whose
/// release ends it.
@usableFromInline
final class EventSubscription<Element: Sendable>: Sendable {
    private struct State {
        var items: ContiguousArray<Element> = []
        /// An emptied batch the consumer gave back, reused for its capacity.
        var spare: ContiguousArray<Element> = []
        /// Items before `head` were dropped (``EventBuffering/newest(_:)``).
        var head = 0
        /// The consumer, waiting for an event.
        var waiter: UnsafeContinuation<Void, Never>?
        /// No more events will be appended.
        var ended = false
        /// The registrations joined; nil once left.
        var membership: [any AnyEventRegistration]? = []
        /// Whether an iterator was made (its release ends the subscription,
        /// not the sequence's).
        var iterating = false
        /// Events delivered (dropped or not) and dropped: counted under the
        /// lock the delivery takes anyway.
        var delivered = 0
        var dropped = 0
        var count: Int { items.count - head }
    }

    private let state = Mutex(State())
    private let limit: Int?
    private let dropsOldest: Bool
    /// The connection, kept open while the subscription lives; its executor
    /// deregisters the registrations the subscription leaves empty.
    let connection: Connection

    init(buffering: EventBuffering, connection: Connection) {
        switch buffering {
        case .unbounded: (limit, dropsOldest) = (nil, false)
        case .newest(let count): (limit, dropsOldest) = (max(0, count), true)
        case .oldest(let count): (limit, dropsOldest) = (max(0, count), false)
        }
        self.connection = connection
    }

    // MARK: - Producer (libvirt's event loop thread)

    /// Appends an event (or drops one, when bounded and full) and wakes the
    /// consumer if it waits. Returns how many events the subscription dropped
    /// so far when this one dropped one, else 0.
    @inline(__always)
    func push(_ element: Element) -> Int {
        let (waiter, dropped) = state.withLock { state -> (UnsafeContinuation<Void, Never>?, Int) in
            if state.ended { return (nil, 0) }
            state.delivered += 1
            var dropped = 0
            if let limit, state.count >= limit {
                state.dropped += 1
                dropped = state.dropped
                guard dropsOldest, limit > 0 else { return (nil, dropped) }
                state.head += 1
                if state.head >= 1_024, state.head * 2 >= state.items.count {
                    state.items.removeFirst(state.head)
                    state.head = 0
                }
            }
            state.items.append(element)
            defer { state.waiter = nil }
            return (state.waiter, dropped)
        }
        if let waiter { EpollLoop.resumeAfterCallbacks(waiter) }
        return dropped
    }

    // MARK: - Consumer

    /// Everything pending, in order; empty once the subscription ended and
    /// nothing is pending (or the task was cancelled). Waits for an event.
    ///
    /// - Parameter spent: the consumer's previous batch, all read: emptied and
    ///   kept, so that appending reuses its capacity.
    @usableFromInline
    func nextBatch(isolation actor: isolated (any Actor)?, spent: inout ContiguousArray<Element>) async
        -> ContiguousArray<Element>
    {
        spent.removeAll(keepingCapacity: true)
        while true {
            let (batch, ended) = take(returning: &spent)
            if !batch.isEmpty || ended { return batch }
            await withTaskCancellationHandler {
                await withUnsafeContinuation(isolation: actor) { (continuation: UnsafeContinuation<Void, Never>) in
                    let now = state.withLock { state -> Bool in
                        if state.count > 0 || state.ended { return true }
                        state.waiter = continuation
                        return false
                    }
                    if now { continuation.resume() }
                }
            } onCancel: {
                end(discarding: true)
            }
        }
    }

    /// The pending events and whether the subscription ended.
    private func take(returning spent: inout ContiguousArray<Element>) -> (ContiguousArray<Element>, Bool) {
        state.withLock { state in
            var taken: ContiguousArray<Element> = []
            if state.head == 0 {
                swap(&taken, &state.items)
                if state.spare.capacity < spent.capacity { swap(&state.spare, &spent) }
                swap(&state.items, &state.spare)
            } else {
                taken = ContiguousArray(state.items[state.head...])
                state.items = []
                state.head = 0
            }
            return (taken, state.ended)
        }
    }

    /// How many events the buffering policy dropped.
    var droppedCount: Int { state.withLock { $0.dropped } }

    /// How many events were delivered, dropped or not (for tests).
    var deliveredCount: Int { state.withLock { $0.delivered } }

    /// Whether a consumer waits for an event (for tests).
    var isWaiting: Bool { state.withLock { $0.waiter != nil } }

    /// Whether the subscription ended and left its registrations (for tests).
    var isReleased: Bool { state.withLock { $0.ended && $0.membership == nil } }

    /// How many registrations the subscription is a member of (for tests).
    var membershipCount: Int { state.withLock { $0.membership?.count ?? 0 } }

    // MARK: - Membership

    /// Records a registration joined; false if the subscription already
    /// ended (the caller then takes it out again).
    func joined(_ registration: any AnyEventRegistration) -> Bool {
        state.withLock { state in
            guard state.membership != nil, !state.ended else { return false }
            state.membership?.append(registration)
            return true
        }
    }

    /// An iterator is made: from now on its release ends the subscription.
    func iterate() {
        state.withLock { $0.iterating = true }
    }

    // MARK: - Ending

    /// Ends the subscription, once: no more events are appended, the waiting
    /// consumer wakes, and the subscription leaves its registrations (those
    /// left empty are deregistered on the connection's executor, next, and
    /// by ``Connection/close()`` at the latest).
    ///
    /// - Parameter discarding: drop the unread events (the consumer is gone);
    ///   otherwise the consumer reads them, then the iteration finishes.
    func end(discarding: Bool) {
        let (membership, waiter, unread) = state.withLock {
            state -> ([any AnyEventRegistration]?, UnsafeContinuation<Void, Never>?, ContiguousArray<Element>) in
            state.ended = true
            defer { state.membership = nil; state.waiter = nil }
            var unread: ContiguousArray<Element> = []
            if discarding {
                swap(&unread, &state.items)
                state.head = 0
            }
            return (state.membership, state.waiter, unread)
        }
        waiter?.resume()
        if let membership, !membership.isEmpty {
            connection.events.leave(self, membership, connection: connection)
        }
        withExtendedLifetime(unread) {}  // the unread events' handles go here, outside the lock
    }

    /// A holder went: the iterator's ends the subscription; the sequence's
    /// does unless an iterator took over.
    func holderReleased(iterator: Bool) {
        if iterator || !state.withLock({ $0.iterating }) {
            end(discarding: true)
        }
    }
}

/// Ends its subscription when released: each copy of an ``EventSequence``
/// shares one, and its iterator holds its own, so that leaving the loop
/// (`break`, a thrown error) ends the subscription even while the sequence
/// is still in scope, and dropping a sequence never iterated ends it too.
@usableFromInline
final class EventSubscriptionHolder<Element: Sendable>: Sendable {
    @usableFromInline let subscription: EventSubscription<Element>
    private let isIterator: Bool

    init(_ subscription: EventSubscription<Element>, isIterator: Bool) {
        self.subscription = subscription
        self.isIterator = isIterator
    }

    deinit {
        subscription.holderReleased(iterator: isIterator)
    }
}
