/// How many delivered events a subscription keeps while its consumer is busy.
///
/// The default, ``unbounded``, never loses an event: a monitor that reads
/// state changes must not miss one silently, and the buffer only grows while
/// the consumer falls behind. A bounded policy caps memory instead and counts
/// what it drops (`droppedCount` on each event sequence). Either way libvirt's
/// event loop never waits for the consumer.
///
/// Delivery: libvirt's event loop thread appends each event to the
/// subscription's buffer and, if the consumer is waiting, resumes it at once;
/// a consumer that is busy reads everything that came meanwhile in one go
/// when it asks for the next event. A consumer that keeps up pays one wake-up
/// per event; one that falls behind, one per batch.
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
