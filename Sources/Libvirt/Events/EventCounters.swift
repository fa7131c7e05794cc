import Synchronization

/// What one subscription has seen, shared by its C-side sink and its
/// Swift-side sequence.
final class EventCounters: Sendable {
    /// Events the buffering policy dropped.
    let dropped = Atomic<Int>(0)
    /// C callbacks that ran.
    let callbacks = Atomic<Int>(0)
    /// libvirt registrations holding this subscription's sink (one per event
    /// id), decremented by libvirt's free callback.
    let liveRegistrations = Atomic<Int>(0)
    /// Whether the sink (the Swift state behind the callbacks) was freed.
    let sinkFreed = Atomic<Bool>(false)

    /// libvirt registrations alive in the process, across every subscription.
    static let processRegistrations = Atomic<Int>(0)

    /// Counts a registration handed to libvirt.
    func registered() {
        liveRegistrations.add(1, ordering: .relaxed)
        Self.processRegistrations.add(1, ordering: .relaxed)
    }

    /// Counts a registration libvirt released (or never took).
    func released() {
        liveRegistrations.subtract(1, ordering: .releasing)
        Self.processRegistrations.subtract(1, ordering: .releasing)
    }
}
