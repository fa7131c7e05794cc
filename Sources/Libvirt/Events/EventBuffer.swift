import Synchronization

/// The events delivered to one subscription and not yet read.
///
/// libvirt's event loop thread appends (``push(_:)``); the consumer takes
/// everything pending at once (``take()``), so a consumer that fell behind
/// catches up at the cost of one lock per batch rather than per event. A
/// `Void` `AsyncStream` (the doorbell) wakes the consumer when the buffer
/// goes from empty to not empty, and finishes when the subscription ends: the
/// sequences are built over `AsyncStream`, which brings its cancellation and
/// termination handling, without its per-element cost.
final class EventBuffer<Element: Sendable>: Sendable {
    private struct State {
        var items: ContiguousArray<Element> = []
        /// Items before `head` were dropped (``EventBuffering/newest(_:)``).
        var head = 0
        var finished = false
        var count: Int { items.count - head }
    }

    private let state = Mutex(State())
    private let limit: Int?
    private let dropsOldest: Bool
    private let counters: EventCounters
    /// Rings when the buffer stops being empty; finishes with the subscription.
    let doorbell: AsyncStream<Void>
    private let ring: AsyncStream<Void>.Continuation

    init(buffering: EventBuffering, counters: EventCounters) {
        switch buffering {
        case .unbounded: (limit, dropsOldest) = (nil, false)
        case .newest(let count): (limit, dropsOldest) = (max(0, count), true)
        case .oldest(let count): (limit, dropsOldest) = (max(0, count), false)
        }
        self.counters = counters
        (doorbell, ring) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    // MARK: - Producer (libvirt's event loop thread)

    /// Appends an event (or drops one, when bounded and full), and rings if
    /// the buffer was empty.
    @inline(__always)
    func push(_ element: Element) {
        let (wasEmpty, dropped) = state.withLock { state -> (Bool, Bool) in
            if state.finished { return (false, false) }
            let wasEmpty = state.count == 0
            if let limit, state.count >= limit {
                guard dropsOldest, limit > 0 else { return (false, true) }
                state.head += 1
                state.items.append(element)
                if state.head >= 1_024, state.head * 2 >= state.items.count {
                    state.items.removeFirst(state.head)
                    state.head = 0
                }
                return (false, true)
            }
            state.items.append(element)
            return (wasEmpty, false)
        }
        if dropped { counters.dropped.add(1, ordering: .relaxed) }
        if wasEmpty { ring.yield() }
    }

    // MARK: - Consumer

    /// Everything pending, in order, leaving the buffer empty.
    func take() -> ContiguousArray<Element> {
        state.withLock { state in
            var taken: ContiguousArray<Element> = []
            if state.head == 0 {
                swap(&taken, &state.items)
            } else {
                taken = ContiguousArray(state.items[state.head...])
                state.items = []
                state.head = 0
            }
            return taken
        }
    }

    /// No more events will come: the consumer reads what is pending, then ends.
    func finish() {
        state.withLock { $0.finished = true }
        ring.finish()
    }

    /// Runs `handler` once when the doorbell's consumer goes away or the
    /// buffer finishes.
    func onTermination(_ handler: @escaping @Sendable () -> Void) {
        ring.onTermination = { _ in handler() }
    }
}

/// Reads an ``EventBuffer`` in order: the batch taken last, then the next.
struct EventBufferReader<Element: Sendable> {
    let buffer: EventBuffer<Element>
    private var bell: AsyncStream<Void>.Iterator
    private var batch: ContiguousArray<Element> = []
    private var index = 0

    init(_ buffer: EventBuffer<Element>) {
        self.buffer = buffer
        bell = buffer.doorbell.makeAsyncIterator()
    }

    /// The next event; nil once the subscription ended (or the task was
    /// cancelled) and nothing is pending.
    mutating func next(isolation actor: isolated (any Actor)?) async -> Element? {
        while true {
            if index < batch.count {
                defer { index += 1 }
                return batch[index]
            }
            batch = buffer.take()
            index = 0
            if !batch.isEmpty { continue }
            if await bell.next(isolation: actor) == nil {
                // Ended: hand over what came in before the end, then stop.
                batch = Task.isCancelled ? [] : buffer.take()
                if batch.isEmpty { return nil }
            }
        }
    }
}
