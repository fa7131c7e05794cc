/// How many delivered events a subscription keeps while its consumer is busy.
///
/// The default, ``unbounded``, never loses an event: a monitor that reads
/// state changes must not miss one silently, and the buffer only grows while
/// the consumer falls behind. A bounded policy caps memory instead and counts
/// what it drops (`droppedCount` on each event sequence). Either way libvirt's
/// event loop never waits for the consumer.
///
/// Delivery: an event after a quiet spell wakes the consumer at once; in a
/// burst, the consumer is woken at most every 250 µs and reads what came
/// meanwhile in one go (a timeout on libvirt's loop, `virEventAddTimeout`,
/// makes sure the last events of a burst are not held longer than ~1 ms).
/// Waking a task costs more than delivering an event, so this keeps a burst
/// of events as cheap as libvirt's own C callbacks.
public enum EventBuffering: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Keep every event until it is read.
    case unbounded
    /// Keep at most this many unread events, dropping the oldest when full.
    case newest(Int)
    /// Keep at most this many unread events, dropping new ones when full.
    case oldest(Int)

    /// The policy and its bound: `unbounded`, `newest(64)`.
    public var description: String { self == .unbounded ? "unbounded" : caseDescription(of: self) }

}
