/// The reasons libvirt gives for closing a connection: an `AsyncSequence`
/// that yields at most one ``Connection/CloseReason`` and finishes.
///
/// Made by ``Connection/closeEvents()``; see there.
public struct CloseEvents: AsyncSequence, Sendable {
    /// Why the connection closed.
    public typealias Element = Connection.CloseReason

    let stream: AsyncStream<Connection.CloseReason>

    /// Wraps a stream that yields at most one reason (LibvirtAdmin's close events use it too).
    package init(stream: AsyncStream<Connection.CloseReason>) {
        self.stream = stream
    }

    /// Creates the iterator.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: stream.makeAsyncIterator())
    }

    /// Iterates the close reasons.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: AsyncStream<Connection.CloseReason>.Iterator

        /// The reason, or nil once the sequence finished.
        public mutating func next() async -> Connection.CloseReason? {
            await base.next()
        }

        /// The reason, or nil once the sequence finished.
        public mutating func next(isolation actor: isolated (any Actor)?) async -> Connection.CloseReason? {
            await base.next(isolation: actor)
        }
    }
}
