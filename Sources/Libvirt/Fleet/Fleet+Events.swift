// MARK: - Merged event sequences

extension Fleet {
    /// Makes `subscribe` on every host and merges what they deliver into one
    /// sequence whose elements name their host.
    ///
    /// Each host's subscription is a ``ReconnectingConnection/subscribe(_:)``:
    /// it is made again after that host reconnects, and the host's loss and
    /// return are elements of the sequence while the other hosts go on
    /// delivering. A host that is unreachable when the fleet opens is reported
    /// (``FleetEvent/Event/unreachable(_:)``) and subscribed once it answers
    /// (``FleetEvent/Event/joined``).
    ///
    /// Ending the loop over the sequence (break, task cancellation) ends the
    /// subscription on every host, which deregisters its callbacks; closing the
    /// fleet finishes the sequence.
    ///
    /// - Parameter subscribe: makes the subscription on one host's connection,
    ///   such as `{ try await $0.domainEvents([.lifecycle]) }`.
    ///
    /// Wraps the registration functions `subscribe` calls, on each host.
    public func subscribe<Events: AsyncSequence & Sendable>(
        _ subscribe: @escaping @Sendable (Connection) async throws(LibvirtError) -> Events
    ) async -> AsyncStream<FleetEvent<Events.Element>> where Events.Element: Sendable {
        let (stream, continuation) = AsyncStream.makeStream(of: FleetEvent<Events.Element>.self)
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let subscription = MergedSubscription(
            attach: { host, link in
                let events: AsyncStream<ReconnectingEvent<Events.Element>>
                do throws(LibvirtError) {
                    events = try await link.subscribe(subscribe)
                } catch {
                    continuation.yield(FleetEvent(host: host, event: .resubscribeFailed(error)))
                    return nil
                }
                return Task {
                    for await element in events {
                        continuation.yield(FleetEvent(host: host, event: FleetEvent.Event(element)))
                    }
                }
            },
            mark: { host, event in continuation.yield(FleetEvent(host: host, event: event.map())) },
            finish: { continuation.finish() })
        let key = nextKey
        nextKey += 1
        subscriptions[key] = subscription
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            Task { await self.unsubscribe(key) }
        }
        for uri in uris {
            if let link = links[uri] {
                await attach(key, subscription, to: uri, link)
            } else if let error = unreachable[uri] {
                subscription.mark(uri, .unreachable(error))
            }
        }
        return stream
    }

    /// Domain events of every host, merged (see ``subscribe(_:)``).
    ///
    /// Wraps `virConnectDomainEventRegisterAny` and `virConnectDomainEventDeregisterAny`
    /// (through ``Connection/domainEvents(_:domain:buffering:)``), on each host.
    public func domainEvents(
        _ kinds: Set<DomainEvent.Kind> = DomainEvent.Kind.all, buffering: EventBuffering = .unbounded
    ) async -> AsyncStream<FleetEvent<DomainEventRecord>> {
        await subscribe { connection throws(LibvirtError) in
            try await connection.domainEvents(kinds, buffering: buffering)
        }
    }

    /// Subscribes `subscription` on one host and keeps its pump.
    func attach(_ key: Int, _ subscription: MergedSubscription, to host: String, _ link: ReconnectingConnection) async {
        guard let pump = await subscription.attach(host, link) else { return }
        if subscriptions[key] != nil {
            pumps[key, default: [:]][host] = pump
        } else {
            pump.cancel()  // the consumer left while the host was being subscribed
        }
    }

    /// Ends a merged subscription whose consumer stopped: ends it on every host.
    private func unsubscribe(_ key: Int) {
        subscriptions[key] = nil
        for pump in (pumps.removeValue(forKey: key) ?? [:]).values { pump.cancel() }
    }
}

/// One merged subscription of a ``Fleet``, its element type erased.
struct MergedSubscription: Sendable {
    /// Subscribes on one host and starts forwarding its elements; nil when the
    /// subscription failed there (reported as an element).
    let attach: @Sendable (String, ReconnectingConnection) async -> Task<Void, Never>?
    /// Yields a mark about a host.
    let mark: @Sendable (String, FleetEvent<Never>.Event) -> Void
    /// Finishes the merged sequence.
    let finish: @Sendable () -> Void
}

// MARK: - Elements

/// An element of a ``Fleet``'s merged sequence: what happened on which host.
public struct FleetEvent<Element: Sendable>: Sendable, CustomStringConvertible {
    /// The URI of the host it comes from.
    public let host: String
    /// What happened there.
    public let event: Event

    /// The host and what happened there, on one line.
    public var description: String { "\(host): \(event)" }

    /// What happened on a host.
    public enum Event: Sendable, CustomStringConvertible {
        /// An event of the host's subscription.
        case event(Element)
        /// The host's link was lost: it delivers nothing until ``reconnected(gap:)``.
        case disconnected(ReconnectingConnection.DisconnectReason)
        /// The host's subscription is in place again on a new connection; what
        /// happened there during `gap` is lost.
        case reconnected(gap: Duration)
        /// Making the subscription on the host failed; after a reconnection it
        /// is tried again.
        case resubscribeFailed(LibvirtError)
        /// The host did not answer when the fleet opened; it is tried again in
        /// the background.
        case unreachable(LibvirtError)
        /// A host that was unreachable answered: its subscription is in place.
        case joined

        /// The element on one line: the event's own text, or the mark, as
        /// `unreachable(...)`, `joined`.
        public var description: String {
            switch self {
            case .event(let event): describeValue(event)
            case .joined: "joined"
            default: caseDescription(of: self)
            }
        }

        /// The element of a host's kept-open subscription.
        init(_ element: ReconnectingEvent<Element>) {
            switch element {
            case .event(let event): self = .event(event)
            case .disconnected(let reason): self = .disconnected(reason)
            case .reconnected(let gap): self = .reconnected(gap: gap)
            case .resubscribeFailed(let error): self = .resubscribeFailed(error)
            }
        }
    }
}

extension FleetEvent<Never>.Event {
    /// The same mark, for a sequence of any element type.
    func map<Other: Sendable>() -> FleetEvent<Other>.Event {
        switch self {
        case .disconnected(let reason): .disconnected(reason)
        case .reconnected(let gap): .reconnected(gap: gap)
        case .resubscribeFailed(let error): .resubscribeFailed(error)
        case .unreachable(let error): .unreachable(error)
        case .joined: .joined
        }
    }
}

extension FleetEvent: Equatable where Element: Equatable {}
extension FleetEvent: Hashable where Element: Hashable {}
extension FleetEvent: Codable where Element: Codable {}
extension FleetEvent.Event: Equatable where Element: Equatable {}
extension FleetEvent.Event: Hashable where Element: Hashable {}
extension FleetEvent.Event: Codable where Element: Codable {}
