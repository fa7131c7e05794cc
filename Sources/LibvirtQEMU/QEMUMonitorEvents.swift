import Libvirt

/// A subscription to QEMU monitor events: an `AsyncSequence` of ``QEMUMonitorEventRecord``s.
///
/// Made by ``Libvirt/Connection/qemuMonitorEvents(_:domain:buffering:)``,
/// registered before that returns. It ends as `Connection.domainEvents` does:
/// ending the iteration (`break`, a thrown error, task cancellation) or
/// dropping the sequence deregisters its libvirt callback, and the sequence
/// finishes when the connection closes.
public struct QEMUMonitorEvents: AsyncSequence, Sendable {
    /// A delivered event.
    public typealias Element = QEMUMonitorEventRecord

    let buffer: EventBuffer<QEMUMonitorEventRecord>
    let subscription: EventSubscription

    /// How many events the buffering policy dropped because the consumer
    /// fell behind (always 0 with `EventBuffering.unbounded`).
    public var droppedCount: Int {
        subscription.counters.dropped.load(ordering: .relaxed)
    }

    /// Ends the subscription now: deregisters its callback; the iteration
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
        var reader: EventBufferReader<QEMUMonitorEventRecord>
        /// Ends the subscription when the iteration ends (`break` drops the iterator).
        let token: IterationToken

        /// The next event, or nil once the subscription ended.
        public mutating func next() async -> QEMUMonitorEventRecord? {
            await reader.next(isolation: nil)
        }

        /// The next event, or nil once the subscription ended.
        public mutating func next(isolation actor: isolated (any Actor)?) async -> QEMUMonitorEventRecord? {
            await reader.next(isolation: actor)
        }
    }
}
