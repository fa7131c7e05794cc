import CLibvirt

extension DomainSnapshot {
    /// Options for creating a snapshot (`virDomainSnapshotCreateFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Which snapshots to list (`virDomainSnapshotListFlags`).
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for deleting a snapshot (`virDomainSnapshotDeleteFlags`).
    public struct DeleteFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for reverting to a snapshot (`virDomainSnapshotRevertFlags`).
    public struct RevertFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for a snapshot's XML (`virDomainSnapshotXMLFlags`).
    public struct XMLFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }
}
