/// A subscription to network events: an `AsyncSequence` of ``NetworkEventRecord``s.
///
/// Made by ``Connection/networkEvents(_:network:buffering:)``, registered
/// before that returns. Iterate it once; ending the iteration (`break`, a
/// thrown error, task cancellation) or dropping the sequence deregisters
/// its libvirt callbacks, and the sequence finishes when the connection
/// closes. Events arrive in the order libvirt delivers them.
public struct NetworkEvents: AsyncSequence, Sendable {
    /// A delivered event.
    public typealias Element = NetworkEventRecord

    let buffer: EventBuffer<NetworkEventRecord>
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
        var reader: EventBufferReader<NetworkEventRecord>
        /// Ends the subscription when the iteration ends (`break` drops the iterator).
        let token: IterationToken

        /// The next event, or nil once the subscription ended.
        public mutating func next() async -> NetworkEventRecord? {
            await reader.next(isolation: nil)
        }

        /// The next event, or nil once the subscription ended.
        public mutating func next(isolation actor: isolated (any Actor)?) async -> NetworkEventRecord? {
            await reader.next(isolation: actor)
        }
    }
}
