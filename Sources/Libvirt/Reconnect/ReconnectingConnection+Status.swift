extension ReconnectingConnection {
    // MARK: - Why the link was lost

    /// Why a ``ReconnectingConnection`` considers its connection lost.
    public enum DisconnectReason: Sendable, Hashable, Codable, CustomStringConvertible {
        /// libvirt closed the connection and said why: ``Connection/CloseReason/eof``
        /// (the daemon went away), ``Connection/CloseReason/keepAlive`` (it stopped
        /// answering), ``Connection/CloseReason/error``.
        case closed(Connection.CloseReason)
        /// Polling found the connection no longer alive (the fallback when no
        /// close event came first): the daemon closed the socket, keepalive gave
        /// up on it, or the link failed.
        case linkLost
        /// Asking the connection whether it is alive failed with this error.
        case checkFailed(LibvirtError)

        /// The reason on one line: `closed(eof)`, `linkLost`.
        public var description: String { self == .linkLost ? "linkLost" : caseDescription(of: self) }
    }

    // MARK: - Status

    /// A change in a ``ReconnectingConnection``'s state, as ``statuses()`` reports it.
    public enum Status: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The connection was lost; reopening starts.
        case disconnected(DisconnectReason)
        /// Reopening failed; the next attempt comes after `retryIn`.
        case reconnectFailed(attempt: Int, error: LibvirtError, retryIn: Duration)
        /// A new connection is open (the `generation`-th so far), `gap` after the
        /// old one was found lost; events in the gap are lost.
        case reconnected(generation: Int, gap: Duration)
        /// ``Policy/maximumAttempts`` attempts failed in a row: no more are made.
        case gaveUp(LibvirtError)
        /// ``close()`` ran.
        case closed

        /// The change on one line: `reconnected(generation: 2, gap: 0.5 seconds)`.
        public var description: String { self == .closed ? "closed" : caseDescription(of: self) }
    }

    /// The changes of state from now on, until ``close()``. Each call returns a
    /// new sequence; ending the loop over one ends only it.
    public func statuses() -> AsyncStream<Status> {
        let (stream, continuation) = AsyncStream.makeStream(of: Status.self)
        guard !isShutDown else {
            continuation.yield(.closed)
            continuation.finish()
            return stream
        }
        let key = takeKey()
        statusConsumers[key] = continuation
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            Task { await self.removeStatusConsumer(key) }
        }
        return stream
    }

    /// Forgets a consumer whose loop ended.
    private func removeStatusConsumer(_ key: Int) {
        statusConsumers[key] = nil
    }

    /// Logs `status` and hands it to every consumer.
    func report(_ status: Status) {
        logger.record(.reconnecting(status))
        for consumer in statusConsumers.values { consumer.yield(status) }
    }

    /// A fresh key for a consumer or subscription.
    func takeKey() -> Int {
        defer { nextKey += 1 }
        return nextKey
    }
}
