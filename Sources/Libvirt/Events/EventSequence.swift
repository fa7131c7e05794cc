/// A subscription to events: an `AsyncSequence` of records (``DomainEvents``,
/// ``NetworkEvents``, ``StoragePoolEvents``, ``NodeDeviceEvents``,
/// ``SecretEvents``; LibvirtQEMU's `QEMUMonitorEvents`).
///
/// Made by ``Connection/domainEvents(_:domain:buffering:)`` and its kin,
/// registered before that returns. Iterate it once; ending the iteration
/// (`break`, a thrown error, task cancellation), ``cancel()``, or dropping the
/// sequence ends the subscription, and the sequence finishes when the
/// connection closes. Events arrive in the order libvirt delivers them.
///
/// A consumer that waits is resumed from libvirt's event loop thread when
/// events arrive, and reads every event pending at once. The SDK's loop
/// resumes it once the callbacks of its iteration ran, so that a burst
/// libvirt dispatches in one go costs one wake-up (libvirt's default loop:
/// at the first event). Iterating from an actor (`next(isolation:)`) resumes
/// on that actor; an actor on ``EventLoopExecutor`` reads its events on the
/// loop thread.
public struct EventSequence<Element: Sendable>: AsyncSequence, Sendable {
    @usableFromInline let holder: EventSubscriptionHolder<Element>

    init(_ subscription: EventSubscription<Element>) {
        holder = EventSubscriptionHolder(subscription, isIterator: false)
    }

    /// The subscription behind the sequence.
    var subscription: EventSubscription<Element> { holder.subscription }

    /// How many events the buffering policy dropped because the consumer
    /// fell behind (always 0 with ``EventBuffering/unbounded``).
    public var droppedCount: Int {
        holder.subscription.droppedCount
    }

    /// Ends the subscription now: leaves its libvirt registrations (those no
    /// other subscription uses are deregistered next, on the connection's
    /// executor); the iteration finishes once the buffered events are read.
    public func cancel() {
        holder.subscription.end(discarding: false)
    }

    /// Creates the iterator.
    public func makeAsyncIterator() -> AsyncIterator {
        holder.subscription.iterate()
        return AsyncIterator(holder: EventSubscriptionHolder(holder.subscription, isIterator: true))
    }

    /// Iterates the events.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// Ends the subscription when the iteration ends (`break` drops the iterator).
        @usableFromInline let holder: EventSubscriptionHolder<Element>
        /// The events taken from the subscription and not yet returned.
        @usableFromInline var batch: ContiguousArray<Element> = []
        @usableFromInline var index = 0

        init(holder: EventSubscriptionHolder<Element>) {
            self.holder = holder
        }

        /// The next event, or nil once the subscription ended.
        @inlinable
        public mutating func next() async -> Element? {
            await next(isolation: nil)
        }

        /// The next event, or nil once the subscription ended.
        @inlinable
        public mutating func next(isolation actor: isolated (any Actor)?) async -> Element? {
            if index < batch.count {
                defer { index += 1 }
                return batch[index]
            }
            return await refill(isolation: actor)
        }

        /// Takes the next batch and returns its first event.
        @usableFromInline
        mutating func refill(isolation actor: isolated (any Actor)?) async -> Element? {
            batch = await holder.subscription.nextBatch(isolation: actor, spent: &batch)
            guard !batch.isEmpty else {
                index = 0
                return nil
            }
            index = 1
            return batch[0]
        }
    }
}

/// A subscription to domain events: an `AsyncSequence` of ``DomainEventRecord``s.
/// Made by ``Connection/domainEvents(_:domain:buffering:)``.
public typealias DomainEvents = EventSequence<DomainEventRecord>
/// A subscription to network events: an `AsyncSequence` of ``NetworkEventRecord``s.
/// Made by ``Connection/networkEvents(_:network:buffering:)``.
public typealias NetworkEvents = EventSequence<NetworkEventRecord>
/// A subscription to storage pool events: an `AsyncSequence` of ``StoragePoolEventRecord``s.
/// Made by ``Connection/storagePoolEvents(_:pool:buffering:)``.
public typealias StoragePoolEvents = EventSequence<StoragePoolEventRecord>
/// A subscription to node device events: an `AsyncSequence` of ``NodeDeviceEventRecord``s.
/// Made by ``Connection/nodeDeviceEvents(_:device:buffering:)``.
public typealias NodeDeviceEvents = EventSequence<NodeDeviceEventRecord>
/// A subscription to secret events: an `AsyncSequence` of ``SecretEventRecord``s.
/// Made by ``Connection/secretEvents(_:secret:buffering:)``.
public typealias SecretEvents = EventSequence<SecretEventRecord>
