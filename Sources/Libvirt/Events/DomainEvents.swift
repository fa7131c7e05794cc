/// A subscription to domain events: an `AsyncSequence` of ``DomainEventRecord``s.
///
/// Made by ``Connection/domainEvents(_:domain:buffering:)``, registered
/// before that returns. Iterate it once; ending the iteration (`break`, a
/// thrown error, task cancellation) or dropping the sequence deregisters
/// its libvirt callbacks, and the sequence finishes when the connection
/// closes. Events arrive in the order libvirt delivers them.
///
/// (The five event sequence types are written out, not one public generic:
/// a generic's `next()` would run unspecialized in the consumer's module, on
/// the per-event path.)
public struct DomainEvents: AsyncSequence, Sendable {
    /// A delivered event.
    public typealias Element = DomainEventRecord

    let buffer: EventBuffer<DomainEventRecord>
    let subscription: EventSubscription

    /// How many events the buffering policy dropped because the consumer
    /// fell behind (always 0 with ``EventBuffering/unbounded``).
    public var droppedCount: Int {
        subscription.counters.dropped.load(ordering: .relaxed)
    }

    /// Ends the subscription now: deregisters its callbacks; the iteration
    /// finishes once the buffered events are read.
    public func cancel() {
        subscription.end()
        subscription.finish()
    }

    /// Creates the iterator.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(reader: EventBufferReader(buffer), token: IterationToken(subscription))
    }

    /// Iterates the events.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var reader: EventBufferReader<DomainEventRecord>
        /// Ends the subscription when the iteration ends (`break` drops the iterator).
        let token: IterationToken

        /// The next event, or nil once the subscription ended.
        public mutating func next() async -> DomainEventRecord? {
            await reader.next(isolation: nil)
        }

        /// The next event, or nil once the subscription ended.
        public mutating func next(isolation actor: isolated (any Actor)?) async -> DomainEventRecord? {
            await reader.next(isolation: actor)
        }
    }
}
