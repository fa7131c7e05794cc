extension Domain {
    /// The format of a core dump (`virDomainCoreDumpFormat`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct CoreDumpFormat: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// A guest event with a configurable action (`virDomainLifecycle`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct LifecycleEvent: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// What the hypervisor does on a lifecycle event (`virDomainLifecycleAction`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct LifecycleAction: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Which piece of a domain's metadata to read or write (`virDomainMetadataType`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct MetadataType: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// The code set of key codes sent to a guest (`virKeycodeSet`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct KeycodeSet: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// A signal sent to a guest process (`virDomainProcessSignal`): the Linux numbering, whatever the guest.
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct ProcessSignal: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// The state of the hypervisor's control of a domain (`virDomainControlState`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct ControlState: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why control of a domain is in error (`virDomainControlErrorReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct ControlErrorReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// The state of a virtual CPU (`virVcpuState`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct VcpuState: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Where a guest's interface addresses are read from (`virDomainInterfaceAddressesSource`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct InterfaceAddressSource: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// How a guest's memory is placed on host NUMA nodes (`virDomainNumatuneMemMode`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct NumaMode: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// How long to wait for a guest agent (`virDomainAgentResponseTimeoutValues`): a constant, or a positive number of seconds via ``seconds(_:)``.
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct AgentTimeout: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain has no state (`virDomainNostateReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct NoStateReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain is running (`virDomainRunningReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct RunningReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain is blocked (`virDomainBlockedReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct BlockedReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain is paused (`virDomainPausedReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct PausedReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain is shutting down (`virDomainShutdownReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct ShutdownReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain is shut off (`virDomainShutoffReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct ShutoffReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain crashed (`virDomainCrashedReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct CrashedReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Why a domain is suspended by power management (`virDomainPMSuspendedReason`).
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct PMSuspendedReason: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }
}
