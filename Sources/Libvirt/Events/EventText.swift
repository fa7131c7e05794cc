// MARK: - Events as virsh prints them
//
// Each event prints as `virsh event --all --loop` prints it, on one line:
// `event 'lifecycle' for domain 'web': Suspended Paused`. Alone, an event
// leaves out its object (`event 'lifecycle': Suspended Paused`); an
// ``EventRecord`` names it. virsh's words are virsh's (`Event wakeup`,
// `Post-copy Error`), its missing strings `<null>`; what virsh spreads over
// several lines (tunables, completed jobs, graphics identities, memory
// failures) is joined with `, `.

/// An event that prints as virsh's line, given the object's part of it.
protocol EventLine {
    /// The line, with `subject` (such as `for domain 'web'`) after the event's name.
    func line(subject: String?) -> String
}

extension EventRecord: CustomStringConvertible {
    /// The event as virsh prints it, naming its object: `event 'lifecycle' for
    /// domain 'web': Started Booted`.
    public var description: String {
        guard let event = event as? any EventLine else { return "\(event) for '\(name)'" }
        let subject =
            switch object {
            case is Domain: "for domain '\(name)'"
            case is Network: "for network \(name)"
            case is StoragePool: "for storage pool \(name)"
            case is NodeDevice: "for node device \(name)"
            // virsh names a secret by its UUID.
            case is Secret: "for secret \(uuid.map { $0.uuidString.lowercased() } ?? name)"
            default: "for '\(name)'"
            }
        return event.line(subject: subject)
    }
}

/// The word at a C value in a virsh table, or `unknown` (virsh's `UNKNOWNSTR`).
private func word(_ words: [String], _ value: Int32) -> String {
    words.indices.contains(Int(value)) ? words[Int(value)] : "unknown"
}

/// `event 'NAME'`, then the subject, then `: rest` when there is one.
private func eventLine(_ name: String, _ subject: String?, _ rest: String?) -> String {
    "event '\(name)'" + (subject.map { " \($0)" } ?? "") + (rest.map { ": \($0)" } ?? "")
}

/// virsh's `NULLSTR`.
private func nullable(_ string: String?) -> String {
    string ?? "<null>"
}

// MARK: - Domain events

extension DomainEvent: CustomStringConvertible, EventLine {
    /// The event as virsh prints it, without its domain: `event 'lifecycle': Started Booted`.
    public var description: String { line(subject: nil) }

    func line(subject: String?) -> String {
        let name = kind.virshName
        return switch self {
        case .lifecycle(let event): eventLine(name, subject, event.description)
        case .reboot, .controlError, .pmWakeup, .pmSuspend, .pmSuspendDisk: eventLine(name, subject, nil)
        case .rtcChange(let offset): eventLine(name, subject, "\(offset)")
        case .watchdog(let action):
            eventLine(name, subject, word(["none", "pause", "reset", "poweroff", "shutdown", "debug", "inject-nmi"], action.rawValue))
        case .ioError(let error), .ioErrorReason(let error):
            eventLine(
                name, subject,
                "\(error.sourcePath) (\(error.deviceAlias)) " + word(["none", "pause", "report"], error.action.rawValue)
                    + (error.reason.map { " due to \($0)" } ?? ""))
        case .graphics(let graphics):
            eventLine(
                name, subject,
                word(["connect", "initialize", "disconnect"], graphics.phase.rawValue)
                    + " local[\(graphics.local.virshText)] remote[\(graphics.remote.virshText)] \(graphics.authScheme)"
                    + graphics.identities.map { ", \($0.type)=\($0.name)" }.joined())
        case .blockJob(let job), .blockJob2(let job):
            eventLine(
                name, subject,
                word(["Unknown", "Block Pull", "Block Copy", "Block Commit", "Active Block Commit", "Backup"], job.type.rawValue)
                    + " for \(job.disk) " + word(["completed", "failed", "canceled", "ready"], job.status.rawValue))
        case .diskChange(let change):
            eventLine(
                name, (subject.map { "\($0) " } ?? "") + "disk \(change.deviceAlias)",
                "\(nullable(change.oldSourcePath)) -> \(nullable(change.newSourcePath)): "
                    + word(["changed", "dropped"], change.reason.rawValue))
        case .trayChange(let change):
            eventLine(
                name, (subject.map { "\($0) " } ?? "") + "disk \(change.deviceAlias)",
                word(["opened", "closed"], change.reason.rawValue))
        case .balloonChange(let kibibytes): eventLine(name, subject, "\(kibibytes)KiB")
        case .deviceRemoved(let alias), .deviceAdded(let alias), .deviceRemovalFailed(let alias):
            eventLine(name, subject, alias)
        case .tunable(let tunables):
            // virsh's `key: value` for each parameter, as the record lists them.
            eventLine(
                name, subject,
                ((try? tunables.typedParameters()) ?? tunables.extra).map { "\($0.name): \($0.value)" }
                    .joined(separator: ", "))
        case .jobCompleted(let statistics):
            // virsh's `key: value` for each statistic, as the record lists them.
            eventLine(
                name, subject,
                ((try? statistics.typedParameters()) ?? statistics.extra).map { "\($0.name): \($0.value)" }
                    .joined(separator: ", "))
        case .agentLifecycle(let state, let reason):
            eventLine(
                name, subject,
                "state: '" + word(["unknown", "connected", "disconnected"], state.rawValue) + "' reason: '"
                    + word(["unknown", "domain started", "channel event"], reason.rawValue) + "'")
        case .migrationIteration(let iteration): eventLine(name, subject, "iteration: '\(iteration)'")
        case .metadataChange(let type, let uri):
            eventLine(name, subject, "type " + word(["description", "title", "element"], type.rawValue) + ", uri \(nullable(uri))")
        case .blockThreshold(let threshold):
            eventLine(
                name, subject,
                "dev: \(threshold.device)(\(nullable(threshold.path))) \(threshold.thresholdBytes) \(threshold.excessBytes)")
        case .memoryFailure(let failure):
            eventLine(
                name, subject,
                "recipient: " + word(["hypervisor", "guest"], failure.recipient.rawValue) + ", action: "
                    + word(["ignore", "inject", "fatal", "reset"], failure.action.rawValue)
                    + ", action required: \(failure.flags.contains(.actionRequired) ? 1 : 0)"
                    + ", recursive: \(failure.flags.contains(.recursive) ? 1 : 0)")
        case .memoryDeviceSizeChange(let alias, let size): eventLine(name, subject, "alias: \(alias), size: \(size)")
        }
    }
}

extension DomainEvent.Kind {
    /// The event id's name as virsh lists it (`virsh event --list`), such as `rtc-change`.
    var virshName: String {
        word(
            [
                "lifecycle", "reboot", "rtc-change", "watchdog", "io-error", "graphics", "io-error-reason",
                "control-error", "block-job", "disk-change", "tray-change", "pm-wakeup", "pm-suspend",
                "balloon-change", "pm-suspend-disk", "device-removed", "block-job-2", "tunable", "agent-lifecycle",
                "device-added", "migration-iteration", "job-completed", "device-removal-failed", "metadata-change",
                "block-threshold", "memory-failure", "memory-device-size-change",
            ], rawValue)
    }
}

extension DomainEvent.GraphicsAddress {
    /// `IPv4 127.0.0.1 5900`, as virsh prints one end of a graphics connection.
    fileprivate var virshText: String {
        word(["IPv4", "IPv6", "unix"], family.rawValue) + " \(node) \(nullable(service))"
    }
}

extension DomainEvent.Lifecycle: CustomStringConvertible {
    /// What happened and why, in virsh's words: `Suspended Paused`, `Started Booted`.
    public var description: String {
        let detail: String =
            switch self {
            case .defined(let detail): word(["Added", "Updated", "Renamed", "Snapshot"], detail.rawValue)
            case .undefined(let detail): word(["Removed", "Renamed"], detail.rawValue)
            case .started(let detail): word(["Booted", "Migrated", "Restored", "Snapshot", "Event wakeup"], detail.rawValue)
            case .suspended(let detail):
                word(
                    ["Paused", "Migrated", "I/O Error", "Watchdog", "Restored", "Snapshot", "API error", "Post-copy",
                     "Post-copy Error"], detail.rawValue)
            case .resumed(let detail): word(["Unpaused", "Migrated", "Snapshot", "Post-copy", "Post-copy Error"], detail.rawValue)
            case .stopped(let detail):
                word(["Shutdown", "Destroyed", "Crashed", "Migrated", "Saved", "Failed", "Snapshot"], detail.rawValue)
            case .shutdown(let detail):
                word(["Finished", "Finished after guest request", "Finished after host request"], detail.rawValue)
            case .pmSuspended(let detail): word(["Memory", "Disk"], detail.rawValue)
            case .crashed(let detail): word(["Panicked", "Crashloaded"], detail.rawValue)
            case .other: "unknown"
            }
        let kind = word(
            ["Defined", "Undefined", "Started", "Suspended", "Resumed", "Stopped", "Shutdown", "PMSuspended", "Crashed"],
            kind.rawValue)
        return "\(kind) \(detail)"
    }
}

// MARK: - Network, storage pool, node device and secret events

extension NetworkEvent: CustomStringConvertible, EventLine {
    /// The event as virsh prints it, without its network: `event 'lifecycle': Started`.
    public var description: String { line(subject: nil) }

    func line(subject: String?) -> String {
        switch self {
        case .lifecycle(let what, _):
            eventLine("lifecycle", subject, word(["Defined", "Undefined", "Started", "Stopped"], what.rawValue))
        }
    }
}

extension StoragePoolEvent: CustomStringConvertible, EventLine {
    /// The event as virsh prints it, without its pool: `event 'refresh'`.
    public var description: String { line(subject: nil) }

    func line(subject: String?) -> String {
        switch self {
        case .lifecycle(let what, _):
            eventLine(
                "lifecycle", subject,
                word(["Defined", "Undefined", "Started", "Stopped", "Created", "Deleted"], what.rawValue))
        case .refresh: eventLine("refresh", subject, nil)
        }
    }
}

extension NodeDeviceEvent: CustomStringConvertible, EventLine {
    /// The event as virsh prints it, without its device: `event 'lifecycle': Created`.
    public var description: String { line(subject: nil) }

    func line(subject: String?) -> String {
        switch self {
        case .lifecycle(let what, _):
            eventLine("lifecycle", subject, word(["Created", "Deleted", "Defined", "Undefined"], what.rawValue))
        case .update: eventLine("update", subject, nil)
        }
    }
}

extension SecretEvent: CustomStringConvertible, EventLine {
    /// The event as virsh prints it, without its secret: `event 'value-changed'`.
    public var description: String { line(subject: nil) }

    func line(subject: String?) -> String {
        switch self {
        case .lifecycle(let what, _): eventLine("lifecycle", subject, word(["Defined", "Undefined"], what.rawValue))
        case .valueChanged: eventLine("value-changed", subject, nil)
        }
    }
}
