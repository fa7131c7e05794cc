extension ReconnectingConnection {
    // MARK: - Subscriptions that survive reconnection

    /// Makes an event subscription that is made again on every new connection.
    ///
    /// `subscribe` is called with the current connection now (when connected)
    /// and with each new connection after a reconnection; the elements of the
    /// sequences it returns arrive, in turn, on the one returned sequence, with
    /// a ``ReconnectingEvent/disconnected(_:)`` element when the link is lost
    /// and a ``ReconnectingEvent/reconnected(gap:)`` element once the
    /// subscription is in place again, before its first new event.
    ///
    /// Ending the loop over the returned sequence (break, task cancellation)
    /// ends the current inner sequence, which deregisters its callback.
    ///
    /// - Parameter subscribe: makes the subscription on a connection, such as
    ///   `{ try await $0.domainEvents() }`.
    /// - Throws: the error of the first `subscribe`, when connected.
    public func subscribe<Events: AsyncSequence & Sendable>(
        _ subscribe: @escaping @Sendable (Connection) async throws(LibvirtError) -> Events
    ) async throws(LibvirtError) -> AsyncStream<ReconnectingEvent<Events.Element>>
    where Events.Element: Sendable {
        let (stream, continuation) = AsyncStream.makeStream(of: ReconnectingEvent<Events.Element>.self)
        guard !isShutDown else {
            continuation.finish()
            return stream
        }
        let resume: @Sendable (Connection, Marker?) async -> Task<Void, Never>? = { connection, marker in
            let events: Events
            do throws(LibvirtError) {
                events = try await subscribe(connection)
            } catch {
                if let marker { continuation.yield(ReconnectingEvent(marker)) }
                continuation.yield(.resubscribeFailed(error))
                return nil
            }
            if let marker { continuation.yield(ReconnectingEvent(marker)) }
            return Task {
                do {
                    for try await event in events { continuation.yield(.event(event)) }
                } catch {
                    // The inner sequence failed, as when its connection is lost:
                    // the supervisor reports the loss and resumes it.
                }
            }
        }
        let entry = SubscriptionEntry(
            resume: resume,
            mark: { continuation.yield(ReconnectingEvent($0)) },
            finish: { continuation.finish() })
        let key = takeKey()
        subscriptions[key] = entry
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            Task { await self.unsubscribe(key) }
        }
        if let current {
            let events: Events
            do throws(LibvirtError) {
                events = try await subscribe(current)
            } catch {
                subscriptions[key] = nil
                continuation.finish()
                throw error
            }
            let pump = Task {
                do {
                    for try await event in events { continuation.yield(.event(event)) }
                } catch {}
            }
            if subscriptions[key] != nil {
                subscriptions[key]?.pump = pump
            } else {
                pump.cancel()
            }
        }
        return stream
    }

    /// Ends a subscription whose consumer stopped.
    private func unsubscribe(_ key: Int) {
        subscriptions.removeValue(forKey: key)?.pump?.cancel()
    }
}

// MARK: - Elements

/// An element of a subscription made through a ``ReconnectingConnection``:
/// an event, or a mark of the link's state.
public enum ReconnectingEvent<Element: Sendable>: Sendable, CustomStringConvertible {
    /// An event of the current connection's subscription.
    case event(Element)
    /// The link was lost: no events arrive until ``reconnected(gap:)``.
    case disconnected(ReconnectingConnection.DisconnectReason)
    /// The subscription is in place again on a new connection; events that
    /// happened during `gap` (from the loss being noticed to the reopening)
    /// are lost: resynchronize what depends on them.
    case reconnected(gap: Duration)
    /// Making the subscription again on the new connection failed; it is
    /// tried again after the next reconnection.
    case resubscribeFailed(LibvirtError)

    /// The element on one line: the event's own text, or the mark, as
    /// `reconnected(gap: 0.5 seconds)`.
    public var description: String {
        if case .event(let event) = self { return describeValue(event) }
        return caseDescription(of: self)
    }

    /// The element of a mark.
    init(_ marker: ReconnectingConnection.Marker) {
        switch marker {
        case .disconnected(let reason): self = .disconnected(reason)
        case .reconnected(let gap): self = .reconnected(gap: gap)
        }
    }
}

extension ReconnectingConnection {
    /// A mark of the link's state, for subscriptions of any element type.
    enum Marker: Sendable {
        case disconnected(DisconnectReason)
        case reconnected(gap: Duration)
    }

    /// One subscription, its element type erased.
    struct SubscriptionEntry {
        /// Makes the subscription on a connection, yields `marker` once it is in
        /// place (or failed), and starts pumping its events.
        let resume: @Sendable (Connection, Marker?) async -> Task<Void, Never>?
        /// Yields a mark.
        let mark: @Sendable (Marker) -> Void
        /// Ends the consumer's sequence.
        let finish: @Sendable () -> Void
        /// The task pumping the current connection's events, if any.
        var pump: Task<Void, Never>?
    }
}

extension ReconnectingEvent: Equatable where Element: Equatable {}
extension ReconnectingEvent: Hashable where Element: Hashable {}
extension ReconnectingEvent: Codable where Element: Codable {}
