extension StoragePool {
    // MARK: - Kinds and flags

    /// A pool's run state (`virStoragePoolState`).
    ///
    /// A `RawRepresentable` struct rather than an enum, so that a value a newer
    /// libvirt adds still round-trips; every value of libvirt 9.0 has a constant.
    public struct State: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// How ``build(flags:)`` prepares the pool's underlying storage (`virStoragePoolBuildFlags`).
    public struct BuildFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a pool is started: ``start(flags:)`` and ``Connection/createStoragePool(xml:flags:)`` (`virStoragePoolCreateFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for ``Connection/defineStoragePool(xml:flags:)`` (`virStoragePoolDefineFlags`).
    public struct DefineFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How ``delete(flags:)`` removes the pool's underlying storage (`virStoragePoolDeleteFlags`).
    public struct DeleteFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Which XML ``xml(flags:)`` describes (`virStorageXMLFlags`).
    public struct XMLFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Which pools ``Connection/storagePools(flags:)`` lists; no flag lists them all (`virConnectListAllStoragePoolsFlags`).
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
