import Synchronization

/// What one subscription has seen, shared by its C-side sink and its
/// Swift-side sequence.
package final class EventCounters: Sendable {
    /// Events the buffering policy dropped.
    package let dropped = Atomic<Int>(0)
    /// Events the C callbacks delivered to this subscription.
    let callbacks = Atomic<Int>(0)
    /// The fan-out groups (libvirt registrations, shared by the
    /// subscriptions of one event id and filter) this subscription's sink is
    /// in: one per event id while it lives, 0 once it ended.
    let liveRegistrations = Atomic<Int>(0)
    /// Whether the sink (the Swift state behind the callbacks) was freed.
    let sinkFreed = Atomic<Bool>(false)

    /// libvirt registrations alive in the process, across every connection:
    /// incremented when one is made, decremented by libvirt's free callback.
    static let processRegistrations = Atomic<Int>(0)

    /// Counts the sink joining a group.
    func joined() {
        liveRegistrations.add(1, ordering: .relaxed)
    }

    /// Counts the sink leaving a group.
    func left() {
        liveRegistrations.subtract(1, ordering: .releasing)
    }
}

/// libvirt event registrations alive on one connection: incremented when one
/// is made, decremented by libvirt's free callback (or when libvirt refused it).
final class RegistrationCount: Sendable {
    let live = Atomic<Int>(0)
}
