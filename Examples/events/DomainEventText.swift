import Libvirt

/// A domain event as one line with what `virsh event` prints for it:
/// `event 'lifecycle' for domain 'test': Suspended Paused`. Events that virsh
/// spreads over several lines (tunables, completed jobs, graphics
/// identities, memory failures) are joined with `, `.
func describe(_ record: DomainEventRecord) -> String {
    let head = "event '\(name(of: record.event.kind))' for domain '\(record.name)'"
    return switch record.event {
    case .lifecycle(let event): "\(head): \(describe(event))"
    case .reboot, .controlError, .pmWakeup, .pmSuspend, .pmSuspendDisk: head
    case .rtcChange(let offset): "\(head): \(offset)"
    case .watchdog(let action):
        "\(head): " + ["none", "pause", "reset", "poweroff", "shutdown", "debug", "inject-nmi"][safe: action.rawValue]
    case .ioError(let error), .ioErrorReason(let error):
        "\(head): \(error.sourcePath) (\(error.deviceAlias)) "
            + ["none", "pause", "report"][safe: error.action.rawValue]
            + (error.reason.map { " due to \($0)" } ?? "")
    case .graphics(let g):
        "\(head): " + ["connect", "initialize", "disconnect"][safe: g.phase.rawValue]
            + " local[\(describe(g.local))] remote[\(describe(g.remote))] \(g.authScheme)"
            + g.identities.map { ", \($0.type)=\($0.name)" }.joined()
    case .blockJob(let job), .blockJob2(let job):
        "\(head): "
            + ["Unknown", "Block Pull", "Block Copy", "Block Commit", "Active Block Commit", "Backup"][safe: job.type.rawValue]
            + " for \(job.disk) " + ["completed", "failed", "canceled", "ready"][safe: job.status.rawValue]
    case .diskChange(let change):
        "event 'disk-change' for domain '\(record.name)' disk \(change.deviceAlias): "
            + "\(change.oldSourcePath ?? "(null)") -> \(change.newSourcePath ?? "(null)"): "
            + ["changed", "dropped"][safe: change.reason.rawValue]
    case .trayChange(let change):
        "event 'tray-change' for domain '\(record.name)' disk \(change.deviceAlias): "
            + ["opened", "closed"][safe: change.reason.rawValue]
    case .balloonChange(let kib): "\(head): \(kib)KiB"
    case .deviceRemoved(let alias), .deviceAdded(let alias), .deviceRemovalFailed(let alias): "\(head): \(alias)"
    case .tunable(let parameters): "\(head): " + parameters.map { "\($0.name): \($0.value)" }.joined(separator: ", ")
    case .jobCompleted(let stats): "\(head): \(stats)"
    case .agentLifecycle(let state, let reason):
        "\(head): state: '" + ["unknown", "connected", "disconnected"][safe: state.rawValue]
            + "' reason: '" + ["unknown", "domain started", "channel event"][safe: reason.rawValue] + "'"
    case .migrationIteration(let iteration): "\(head): iteration: '\(iteration)'"
    case .metadataChange(let type, let uri):
        "\(head): type " + ["description", "title", "element"][safe: type.rawValue] + ", uri \(uri ?? "(null)")"
    case .blockThreshold(let t):
        "\(head): dev: \(t.device)(\(t.path ?? "(null)")) \(t.threshold) \(t.excess)"
    case .memoryFailure(let f):
        "\(head): recipient: " + ["hypervisor", "guest"][safe: f.recipient.rawValue]
            + ", action: " + ["ignore", "inject", "fatal", "reset"][safe: f.action.rawValue]
            + ", action required: \(f.flags.contains(.actionRequired) ? 1 : 0)"
            + ", recursive: \(f.flags.contains(.recursive) ? 1 : 0)"
    case .memoryDeviceSizeChange(let alias, let size): "\(head): alias: \(alias), size: \(size)"
    }
}

/// An event id's name as virsh lists it (`virsh event --list`).
func name(of kind: DomainEvent.Kind) -> String {
    [
        "lifecycle", "reboot", "rtc-change", "watchdog", "io-error", "graphics", "io-error-reason",
        "control-error", "block-job", "disk-change", "tray-change", "pm-wakeup", "pm-suspend", "balloon-change",
        "pm-suspend-disk", "device-removed", "block-job-2", "tunable", "agent-lifecycle", "device-added",
        "migration-iteration", "job-completed", "device-removal-failed", "metadata-change", "block-threshold",
        "memory-failure", "memory-device-size-change",
    ][safe: kind.rawValue]
}

/// `Suspended Paused`: the kind and its detail.
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

/// One end of a graphics connection: `IPv4 127.0.0.1 5900`.
private func describe(_ address: DomainEvent.GraphicsAddress) -> String {
    ["IPv4", "IPv6", "unix"][safe: address.family.rawValue] + " \(address.node) \(address.service ?? "")"
}
