import CLibvirt

extension Domain {
    /// Options for reading job statistics (`virDomainGetJobStatsFlags`).
    public struct JobStatsFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for aborting a job (`virDomainAbortJobFlagsValues`).
    public struct AbortJobFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options of a migration (`virDomainMigrateFlags`).
    public struct MigrateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Which migration phase a bandwidth limit applies to (`virDomainMigrateMaxSpeedFlags`).
    public struct MigrateMaxSpeedFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// The state of a domain's background job (`virDomainJobType`).
    public struct JobType: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a value from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }

    /// What a domain's background job does (`virDomainJobOperation`).
    public struct JobOperation: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a value from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }
}
