extension DomainEvent {
    // MARK: - Lifecycle

    /// A lifecycle event: what happened (its ``kind``) and why (the detail,
    /// typed per kind).
    ///
    /// Wraps the `event` and `detail` arguments of `virConnectDomainEventCallback`.
    public enum Lifecycle: Sendable, Hashable {
        /// The domain's configuration was added or changed.
        case defined(DefinedDetail)
        /// The domain's configuration was removed.
        case undefined(UndefinedDetail)
        /// The domain started.
        case started(StartedDetail)
        /// The domain was paused.
        case suspended(SuspendedDetail)
        /// The domain was unpaused.
        case resumed(ResumedDetail)
        /// The domain stopped.
        case stopped(StoppedDetail)
        /// The guest is shutting down, or has shut down.
        case shutdown(ShutdownDetail)
        /// The guest suspended itself (power management).
        case pmSuspended(PMSuspendedDetail)
        /// The guest crashed.
        case crashed(CrashedDetail)
        /// An event kind newer than libvirt 9.0, with its raw detail.
        case other(LifecycleKind, detail: Int32)

        /// Builds the typed event from libvirt's two integers.
        init(event: Int32, detail: Int32) {
            switch LifecycleKind(rawValue: event) {
            case .defined: self = .defined(DefinedDetail(rawValue: detail))
            case .undefined: self = .undefined(UndefinedDetail(rawValue: detail))
            case .started: self = .started(StartedDetail(rawValue: detail))
            case .suspended: self = .suspended(SuspendedDetail(rawValue: detail))
            case .resumed: self = .resumed(ResumedDetail(rawValue: detail))
            case .stopped: self = .stopped(StoppedDetail(rawValue: detail))
            case .shutdown: self = .shutdown(ShutdownDetail(rawValue: detail))
            case .pmSuspended: self = .pmSuspended(PMSuspendedDetail(rawValue: detail))
            case .crashed: self = .crashed(CrashedDetail(rawValue: detail))
            default: self = .other(LifecycleKind(rawValue: event), detail: detail)
            }
        }

        /// What happened, without the detail.
        public var kind: LifecycleKind {
            switch self {
            case .defined: .defined
            case .undefined: .undefined
            case .started: .started
            case .suspended: .suspended
            case .resumed: .resumed
            case .stopped: .stopped
            case .shutdown: .shutdown
            case .pmSuspended: .pmSuspended
            case .crashed: .crashed
            case .other(let kind, _): kind
            }
        }

        /// The detail's C value.
        public var detailValue: Int32 {
            switch self {
            case .defined(let detail): detail.rawValue
            case .undefined(let detail): detail.rawValue
            case .started(let detail): detail.rawValue
            case .suspended(let detail): detail.rawValue
            case .resumed(let detail): detail.rawValue
            case .stopped(let detail): detail.rawValue
            case .shutdown(let detail): detail.rawValue
            case .pmSuspended(let detail): detail.rawValue
            case .crashed(let detail): detail.rawValue
            case .other(_, let detail): detail
            }
        }
    }
}
