import CLibvirt

extension Domain {
    /// Where a device change applies (`virDomainDeviceModifyFlags`): the running domain, its persistent configuration, or both.
    public struct DeviceModifyFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for ending a block job (`virDomainBlockJobAbortFlags`).
    public struct BlockJobAbortFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for reading a block job's progress (`virDomainBlockJobInfoFlags`).
    public struct BlockJobInfoFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for a block job's bandwidth (`virDomainBlockJobSetSpeedFlags`).
    public struct BlockJobSetSpeedFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for a block pull (`virDomainBlockPullFlags`).
    public struct BlockPullFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for a block rebase (`virDomainBlockRebaseFlags`).
    public struct BlockRebaseFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for a block copy (`virDomainBlockCopyFlags`).
    public struct BlockCopyFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for a block commit (`virDomainBlockCommitFlags`).
    public struct BlockCommitFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for resizing a disk (`virDomainBlockResizeFlags`).
    public struct BlockResizeFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// The kind of a block job (`virDomainBlockJobType`).
    public struct BlockJobType: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a value from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }

    /// The kind of error a disk hit (`virDomainDiskErrorCode`).
    public struct DiskErrorCode: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a value from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }
}
