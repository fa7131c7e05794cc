import CLibvirt
import Glibc
import Synchronization

/// The events delivered to one subscription and not yet read.
///
/// libvirt's event loop thread appends (``push(_:)``); the consumer takes
/// everything pending at once (``take(returning:)``), so a consumer that fell behind
/// catches up at the cost of one lock per batch rather than per event. A
/// `Void` `AsyncStream` (the doorbell) wakes the consumer when the buffer
/// goes from empty to not empty, and finishes when the subscription ends: the
/// sequences are built over `AsyncStream`, which brings its cancellation and
/// termination handling, without its per-element cost.
///
/// Waking the consumer costs more than delivering an event (a thread wake-up
/// on each side), so in a burst the doorbell rings at most once per
/// ``coalescingNanoseconds``: the first event after a quiet spell rings at
/// once; an event that comes sooner arms a one-shot 1 ms timeout on libvirt's
/// loop, and the first event after the window (or that timeout, if the burst
/// stopped) rings. A sparse stream of events pays no delay; a burst is
/// handed over in batches.
package final class EventBuffer<Element: Sendable>: Sendable {
    private struct State {
        var items: ContiguousArray<Element> = []
        /// An emptied array the consumer gave back, reused for its capacity.
        var spare: ContiguousArray<Element> = []
        /// Items before `head` were dropped (``EventBuffering/newest(_:)``).
        var head = 0
        var finished = false
        /// When the doorbell last rang (CLOCK_MONOTONIC, ns).
        var lastRing: Int64 = 0
        /// The coalescing timeout, -1 when there is none.
        var timer: Int32 = -1
        /// Whether the timeout is armed.
        var armed = false
        var count: Int { items.count - head }
    }

    /// The shortest time between two rings in a burst: 250 µs. Measured on
    /// the `events` workload (20,000 suspend/resume pairs, 2 cores): ringing
    /// on every event, or once per 0.5-1 ms, gave both fewer events per
    /// second and higher latency than 100-250 µs.
    static var coalescingNanoseconds: Int64 { 250_000 }

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
    /// the buffer was empty. Returns how many events the subscription dropped
    /// so far when this push dropped one, else 0.
    @inline(__always)
    @discardableResult
    func push(_ element: Element) -> Int {
        let (ringNow, dropped) = state.withLock { state -> (Bool, Bool) in
            if state.finished { return (false, false) }
            let wasEmpty = state.count == 0
            var dropped = false
            if let limit, state.count >= limit {
                guard dropsOldest, limit > 0 else { return (false, true) }
                state.head += 1
                dropped = true
                if state.head >= 1_024, state.head * 2 >= state.items.count {
                    state.items.removeFirst(state.head)
                    state.head = 0
                }
            }
            state.items.append(element)
            guard wasEmpty || state.armed else { return (false, dropped) }
            let now = monotonicNanoseconds()
            if state.timer < 0 || now - state.lastRing >= Self.coalescingNanoseconds {
                // A quiet spell, or a window over: ring now.
                if state.armed {
                    state.armed = false
                    virEventUpdateTimeout(state.timer, -1)
                }
                state.lastRing = now
                return (true, dropped)
            }
            if !state.armed {
                // In a burst: ring when the window ends, unless an event comes after it.
                state.armed = true
                virEventUpdateTimeout(state.timer, 1)
            }
            return (false, dropped)
        }
        let total = dropped ? counters.dropped.wrappingAdd(1, ordering: .relaxed).newValue : 0
        if ringNow { ring.yield() }
        return total
    }

    /// The coalescing timeout fired: disarm it and ring. On the loop thread.
    fileprivate func windowEnded() {
        let pending = state.withLock { state -> Bool in
            state.armed = false
            if state.timer >= 0 { virEventUpdateTimeout(state.timer, -1) }
            state.lastRing = monotonicNanoseconds()
            return state.count > 0
        }
        if pending { ring.yield() }
    }

    // MARK: - The coalescing timeout

    /// Adds the coalescing timeout to libvirt's loop (disabled until armed);
    /// without it, every ring is immediate.
    ///
    /// Wraps `virEventAddTimeout`.
    func startCoalescing() {
        let opaque = Unmanaged.passRetained(self).toOpaque()
        let timer = virEventAddTimeout(-1, coalescingTimeoutFired, opaque, releaseCoalescingBuffer)
        if timer < 0 {
            virResetLastError()
            Unmanaged<EventBuffer>.fromOpaque(opaque).release()
            return
        }
        state.withLock { $0.timer = timer }
    }

    // MARK: - Consumer

    /// Everything pending, in order, leaving the buffer empty.
    ///
    /// - Parameter spent: the consumer's previous batch, all read: emptied and
    ///   kept, so that appending reuses its capacity.
    func take(returning spent: inout ContiguousArray<Element>) -> ContiguousArray<Element> {
        spent.removeAll(keepingCapacity: true)
        return state.withLock { state in
            var taken: ContiguousArray<Element> = []
            if state.head == 0 {
                swap(&taken, &state.items)
                if state.spare.capacity < spent.capacity { swap(&state.spare, &spent) }
                swap(&state.items, &state.spare)
            } else {
                taken = ContiguousArray(state.items[state.head...])
                state.items = []
                state.head = 0
            }
            return taken
        }
    }

    /// No more events will come: the consumer reads what is pending, then ends.
    ///
    /// Wraps `virEventRemoveTimeout` (libvirt then releases the buffer's
    /// retain through the timeout's free callback).
    func finish() {
        let timer = state.withLock { state -> Int32 in
            state.finished = true
            defer { state.timer = -1 }
            return state.timer
        }
        if timer >= 0, virEventRemoveTimeout(timer) < 0 {
            virResetLastError()
        }
        ring.finish()
    }

    /// Runs `handler` once when the doorbell's consumer goes away or the
    /// buffer finishes.
    func onTermination(_ handler: @escaping @Sendable () -> Void) {
        ring.onTermination = { _ in handler() }
    }
}

/// Reads an ``EventBuffer`` in order: the batch taken last, then the next.
package struct EventBufferReader<Element: Sendable> {
    let buffer: EventBuffer<Element>
    private var bell: AsyncStream<Void>.Iterator
    private var batch: ContiguousArray<Element> = []
    private var index = 0

    package init(_ buffer: EventBuffer<Element>) {
        self.buffer = buffer
        bell = buffer.doorbell.makeAsyncIterator()
    }

    /// The pending batch, handing the spent one back for reuse.
    private mutating func takeNext() -> ContiguousArray<Element> {
        var spent: ContiguousArray<Element> = []
        swap(&spent, &batch)
        return buffer.take(returning: &spent)
    }

    /// The next event; nil once the subscription ended (or the task was
    /// cancelled) and nothing is pending.
    package mutating func next(isolation actor: isolated (any Actor)?) async -> Element? {
        while true {
            if index < batch.count {
                defer { index += 1 }
                return batch[index]
            }
            batch = takeNext()
            index = 0
            if !batch.isEmpty { continue }
            if await bell.next(isolation: actor) == nil {
                // Ended: hand over what came in before the end, then stop.
                batch = Task.isCancelled ? [] : takeNext()
                if batch.isEmpty { return nil }
            }
        }
    }
}

// MARK: - C callbacks of the coalescing timeout

/// Reads CLOCK_MONOTONIC in nanoseconds.
@inline(__always)
func monotonicNanoseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
}

/// Rings a buffer's doorbell when its coalescing window ends.
private let coalescingTimeoutFired: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, opaque in
    guard let opaque else { return }
    (Unmanaged<AnyObject>.fromOpaque(opaque).takeUnretainedValue() as? CoalescingBuffer)?.windowEnded()
}

/// Releases the retain a coalescing timeout held on its buffer.
private let releaseCoalescingBuffer: @convention(c) (UnsafeMutableRawPointer?) -> Void = { opaque in
    guard let opaque else { return }
    Unmanaged<AnyObject>.fromOpaque(opaque).release()
}

/// A buffer seen from its non-generic C callbacks.
private protocol CoalescingBuffer: AnyObject {
    func windowEnded()
}

extension EventBuffer: CoalescingBuffer {}
