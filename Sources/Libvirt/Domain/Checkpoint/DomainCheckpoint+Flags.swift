import CLibvirt

extension DomainCheckpoint {
    /// Options for creating a checkpoint (`virDomainCheckpointCreateFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Which checkpoints to list (`virDomainCheckpointListFlags`).
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for deleting a checkpoint (`virDomainCheckpointDeleteFlags`).
    public struct DeleteFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for a checkpoint's XML (`virDomainCheckpointXMLFlags`).
    public struct XMLFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }
}
