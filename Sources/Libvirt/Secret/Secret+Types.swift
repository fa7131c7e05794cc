extension Secret {
    /// What a secret is used for (`virSecretUsageType`): with its usage id, it
    /// identifies the secret (a volume's path, a Ceph or iSCSI user, a TLS or vTPM name).
    ///
    /// A `RawRepresentable` struct rather than an enum, so that a value a newer
    /// libvirt adds still round-trips.
    public struct UsageType: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from the C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// Filters for listing secrets (`virConnectListAllSecretsFlags`); an empty set lists all.
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for defining a secret (`virSecretDefineFlags`).
    public struct DefineFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
