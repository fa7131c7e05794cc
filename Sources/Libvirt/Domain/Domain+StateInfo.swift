import CLibvirt

extension Domain {
    // MARK: - State

    /// The domain's state and why it is in it.
    ///
    /// Wraps `virDomainGetState`.
    public func state() throws(LibvirtError) -> StateReason {
        var state: Int32 = 0
        var reason: Int32 = 0
        try check(virDomainGetState(pointer, &state, &reason, 0), "virDomainGetState")
        return StateReason(state: State(rawValue: state), rawReason: reason)
    }

    /// The domain's state, memory, virtual CPU count and CPU time.
    ///
    /// Wraps `virDomainGetInfo`.
    public func info() throws(LibvirtError) -> DomainInfo {
        var info = virDomainInfo()
        try check(virDomainGetInfo(pointer, &info), "virDomainGetInfo")
        return DomainInfo(
            state: State(rawValue: Int32(info.state)), maxMemoryKiB: UInt64(info.maxMem), memoryKiB: UInt64(info.memory),
            vcpus: Int(info.nrVirtCpu), cpuTime: .nanoseconds(info.cpuTime))
    }

    /// The state of the hypervisor's control of the domain (is a job or a
    /// monitor command under way).
    ///
    /// Wraps `virDomainGetControlInfo`.
    public func controlInfo() throws(LibvirtError) -> ControlInfo {
        var info = virDomainControlInfo()
        try check(virDomainGetControlInfo(pointer, &info, 0), "virDomainGetControlInfo")
        let state = ControlState(rawValue: Int32(bitPattern: info.state))
        return ControlInfo(
            state: state,
            errorReason: state == .error ? ControlErrorReason(rawValue: Int32(bitPattern: info.details)) : nil,
            stateTime: .milliseconds(info.stateTime))
    }
}

// MARK: - Records

/// What ``Domain/info()`` reports (`virDomainInfo`).
public struct DomainInfo: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// The run state.
    public let state: Domain.State
    /// The most memory the domain may have, in KiB.
    public let maxMemoryKiB: UInt64
    /// The memory the domain has, in KiB.
    public let memoryKiB: UInt64
    /// The number of virtual CPUs.
    public let vcpus: Int
    /// The CPU time used.
    public let cpuTime: Duration
}

extension Domain {
    /// What ``Domain/controlInfo()`` reports (`virDomainControlInfo`).
    public struct ControlInfo: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The control state.
        public let state: ControlState
        /// Why control is in error, when ``state`` is ``ControlState/error``.
        public let errorReason: ControlErrorReason?
        /// How long the domain has been in this state (zero when ``state``
        /// is ``ControlState/ok``).
        public let stateTime: Duration
    }

    /// A domain's state with the reason for it, typed per state; prints as
    /// `running (booted)`.
    public enum StateReason: Sendable, Hashable, Codable, CustomStringConvertible {
        /// No state.
        case noState(NoStateReason)
        /// Running.
        case running(RunningReason)
        /// Blocked on a resource.
        case blocked(BlockedReason)
        /// Paused.
        case paused(PausedReason)
        /// Shutting down.
        case shutdown(ShutdownReason)
        /// Shut off.
        case shutoff(ShutoffReason)
        /// Crashed.
        case crashed(CrashedReason)
        /// Suspended by guest power management.
        case pmSuspended(PMSuspendedReason)
        /// A state this libvirt does not define, with its raw reason.
        case other(State, reason: Int32)

        /// Pairs a state with its C reason.
        public init(state: State, rawReason reason: Int32) {
            switch state {
            case .noState: self = .noState(NoStateReason(rawValue: reason))
            case .running: self = .running(RunningReason(rawValue: reason))
            case .blocked: self = .blocked(BlockedReason(rawValue: reason))
            case .paused: self = .paused(PausedReason(rawValue: reason))
            case .shutdown: self = .shutdown(ShutdownReason(rawValue: reason))
            case .shutoff: self = .shutoff(ShutoffReason(rawValue: reason))
            case .crashed: self = .crashed(CrashedReason(rawValue: reason))
            case .pmSuspended: self = .pmSuspended(PMSuspendedReason(rawValue: reason))
            default: self = .other(state, reason: reason)
            }
        }

        /// The state alone.
        public var state: State {
            switch self {
            case .noState: .noState
            case .running: .running
            case .blocked: .blocked
            case .paused: .paused
            case .shutdown: .shutdown
            case .shutoff: .shutoff
            case .crashed: .crashed
            case .pmSuspended: .pmSuspended
            case .other(let state, _): state
            }
        }

        /// The state and its reason: `running (booted)`, `shutoff (destroyed)`.
        public var description: String {
            let reason: String =
                switch self {
                case .noState(let reason): describeValue(reason)
                case .running(let reason): describeValue(reason)
                case .blocked(let reason): describeValue(reason)
                case .paused(let reason): describeValue(reason)
                case .shutdown(let reason): describeValue(reason)
                case .shutoff(let reason): describeValue(reason)
                case .crashed(let reason): describeValue(reason)
                case .pmSuspended(let reason): describeValue(reason)
                case .other(_, let reason): "\(reason)"
                }
            return "\(describeValue(state)) (\(reason))"
        }

        /// The reason's C value.
        public var rawReason: Int32 {
            switch self {
            case .noState(let reason): reason.rawValue
            case .running(let reason): reason.rawValue
            case .blocked(let reason): reason.rawValue
            case .paused(let reason): reason.rawValue
            case .shutdown(let reason): reason.rawValue
            case .shutoff(let reason): reason.rawValue
            case .crashed(let reason): reason.rawValue
            case .pmSuspended(let reason): reason.rawValue
            case .other(_, let reason): reason
            }
        }
    }
}
