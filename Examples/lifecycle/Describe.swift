import Libvirt

/// A lifecycle event as `virsh event` prints it: `Started Booted`,
/// `Suspended Paused`...
func describe(_ event: DomainEvent.Lifecycle) -> String {
    let detail: String =
        switch event {
        case .defined(let d): ["Added", "Updated", "Renamed", "Snapshot"][safe: d.rawValue]
        case .undefined(let d): ["Removed", "Renamed"][safe: d.rawValue]
        case .started(let d): ["Booted", "Migrated", "Restored", "Snapshot", "Event wakeup"][safe: d.rawValue]
        case .suspended(let d):
            ["Paused", "Migrated", "I/O Error", "Watchdog", "Restored", "Snapshot", "API error", "Post-copy",
             "Post-copy Error"][safe: d.rawValue]
        case .resumed(let d): ["Unpaused", "Migrated", "Snapshot", "Post-copy", "Post-copy Error"][safe: d.rawValue]
        case .stopped(let d):
            ["Shutdown", "Destroyed", "Crashed", "Migrated", "Saved", "Failed", "Snapshot"][safe: d.rawValue]
        case .shutdown(let d):
            ["Finished", "Finished after guest request", "Finished after host request"][safe: d.rawValue]
        case .pmSuspended(let d): ["Memory", "Disk"][safe: d.rawValue]
        case .crashed(let d): ["Panicked", "Crashloaded"][safe: d.rawValue]
        case .other: "unknown"
        }
    let kind = ["Defined", "Undefined", "Started", "Suspended", "Resumed", "Stopped", "Shutdown", "PMSuspended",
                "Crashed"][safe: event.kind.rawValue]
    return "\(kind) \(detail)"
}

/// A lifecycle kind in lower case: `started`, `suspended`...
func describe(_ kind: DomainEvent.LifecycleKind) -> String {
    ["defined", "undefined", "started", "suspended", "resumed", "stopped", "shutdown", "pmsuspended", "crashed"][
        safe: kind.rawValue]
}

extension Array where Element == String {
    /// The element at a C enum value, or `unknown` for a value this code predates.
    subscript(safe index: Int32) -> String {
        indices.contains(Int(index)) ? self[Int(index)] : "unknown"
    }
}
