/// A subscription to secret events: an `AsyncSequence` of ``SecretEventRecord``s.
///
/// Made by ``Connection/secretEvents(_:secret:buffering:)``, registered
/// before that returns. Iterate it once; ending the iteration (`break`, a
/// thrown error, task cancellation) or dropping the sequence deregisters
/// its libvirt callbacks, and the sequence finishes when the connection
/// closes. Events arrive in the order libvirt delivers them.
public struct SecretEvents: AsyncSequence, Sendable {
    /// A delivered event.
    public typealias Element = SecretEventRecord

    let buffer: EventBuffer<SecretEventRecord>
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
        var reader: EventBufferReader<SecretEventRecord>
        /// Ends the subscription when the iteration ends (`break` drops the iterator).
        let token: IterationToken

        /// The next event, or nil once the subscription ended.
        public mutating func next() async -> SecretEventRecord? {
            await reader.next(isolation: nil)
        }

        /// The next event, or nil once the subscription ended.
        public mutating func next(isolation actor: isolated (any Actor)?) async -> SecretEventRecord? {
            await reader.next(isolation: actor)
        }
    }
}
